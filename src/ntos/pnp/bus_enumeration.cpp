// Bus enumeration: after a device starts (and when its bus driver calls
// IoInvalidateDeviceRelations(BusRelations)), the PnP manager asks the stack for its
// BusRelations. Each PDO it did not know becomes a child device node: its IDs
// (IRP_MN_QUERY_ID) give the instance path and the driver binding, its capabilities
// (IRP_MN_QUERY_CAPABILITIES) say whether it may run raw (without a function driver),
// and it is started like a root device. A child the bus no longer reports is removed.
// The reporting bus driver owns the PDO; the PnP manager keeps the reference that came
// with the relations until the node goes.
#include "ntos/io/device_header.h"
#include "ntos/io/io_manager.h"
#include "ntos/io/nt_string.h"
#include "ntos/pnp/pnp_irp.h"
#include "ntos/pnp/pnp_manager.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>

namespace ntos {
namespace {

// The IDs a PnP IRP returned in a pool buffer the PnP manager frees: one string, or a
// REG_MULTI_SZ list (split).
std::vector<std::u16string> queryIds(PDEVICE_OBJECT pdo, BUS_QUERY_ID_TYPE type) {
    ULONG_PTR information = 0;
    NTSTATUS status = sendPnpIrp(
        pdo, IRP_MN_QUERY_ID, [type](PIO_STACK_LOCATION stack) { stack->Parameters.QueryId.IdType = type; },
        &information);
    std::vector<std::u16string> ids;
    auto* text = reinterpret_cast<const char16_t*>(information);
    if (!NT_SUCCESS(status) || text == nullptr) return ids;
    const bool multi = type == BusQueryHardwareIDs || type == BusQueryCompatibleIDs;
    while (*text != 0) {
        std::u16string id(text);
        text += id.size() + 1;
        ids.push_back(std::move(id));
        if (!multi) break;
    }
    ExFreePool(reinterpret_cast<PVOID>(information));
    return ids;
}

}  // namespace

void PnpManager::addDriverBinding(DriverBinding binding) {
    platform::LockGuard guard(lock_);
    bindings_.push_back(std::move(binding));
}

bool PnpManager::findBinding(const std::vector<std::u16string>& ids, DriverBinding* binding) const {
    platform::LockGuard guard(lock_);
    for (const std::u16string& id : ids) {
        for (const DriverBinding& candidate : bindings_) {
            if (upcase(candidate.hardwareId) == upcase(id)) {
                *binding = candidate;
                return true;
            }
        }
    }
    return false;
}

std::vector<DeviceNode*> PnpManager::childrenOf(const DeviceNode& node) const {
    platform::LockGuard guard(lock_);
    return node.children;  // a copy: the callers remove children while they walk it
}

void PnpManager::enumerateChildren(DeviceNode& parent) {
    if (parent.state != DeviceNodeState::Started || parent.pdo == nullptr) return;
    ULONG_PTR information = 0;
    NTSTATUS status = sendPnpIrp(
        parent.pdo, IRP_MN_QUERY_DEVICE_RELATIONS,
        [](PIO_STACK_LOCATION stack) { stack->Parameters.QueryDeviceRelations.Type = BusRelations; }, &information);
    std::vector<PDEVICE_OBJECT> reported;
    auto* relations = reinterpret_cast<PDEVICE_RELATIONS>(information);
    if (NT_SUCCESS(status) && relations != nullptr) {
        for (ULONG i = 0; i < relations->Count; ++i) reported.push_back(relations->Objects[i]);
        ExFreePool(relations);
    }
    // Children the bus no longer reports are gone (their PDOs may already be deleted).
    for (DeviceNode* child : childrenOf(parent)) {
        if (std::find(reported.begin(), reported.end(), child->pdo) != reported.end()) continue;
        system_.log("pnp: " + narrow(child->instancePath) + " is no longer reported by its bus");
        removeDescendants(*child);
        removeNode(*child);
        forgetNode(*child);
    }
    for (PDEVICE_OBJECT pdo : reported) {
        if (DeviceNode* known = nodeOfPdo(pdo)) {
            (void)known;
            ObDereferenceObject(pdo);  // the node holds the reference from the first report
            continue;
        }
        addChild(parent, pdo);
    }
}

void PnpManager::addChild(DeviceNode& parent, PDEVICE_OBJECT pdo) {
    const std::vector<std::u16string> deviceId = queryIds(pdo, BusQueryDeviceID);
    const std::vector<std::u16string> instanceId = queryIds(pdo, BusQueryInstanceID);
    if (deviceId.empty()) {
        system_.log("pnp: " + narrow(parent.instancePath) +
                    ": its bus reported a PDO that answers no IRP_MN_QUERY_ID(BusQueryDeviceID); ignored");
        ObDereferenceObject(pdo);
        return;
    }
    auto node = std::make_unique<DeviceNode>();
    node->parent = &parent;
    node->busEnumerated = true;
    node->pdo = pdo;
    node->instancePath = deviceId[0] + u"\\" + (instanceId.empty() ? u"0" : instanceId[0]);
    node->config.hardwareId = deviceId[0];
    node->config.instanceId = instanceId.empty() ? u"0" : instanceId[0];
    node->hardwareIds = queryIds(pdo, BusQueryHardwareIDs);
    node->compatibleIds = queryIds(pdo, BusQueryCompatibleIDs);
    DEVICE_CAPABILITIES capabilities{};
    capabilities.Size = sizeof(capabilities);
    capabilities.Version = 1;
    capabilities.Address = 0xFFFFFFFF;
    capabilities.UINumber = 0xFFFFFFFF;
    if (NT_SUCCESS(sendPnpIrp(pdo, IRP_MN_QUERY_CAPABILITIES, [&capabilities](PIO_STACK_LOCATION stack) {
            stack->Parameters.DeviceCapabilities.Capabilities = &capabilities;
        }))) {
        node->rawCapable = capabilities.RawDeviceOK != 0;
    }
    DriverBinding binding;
    std::vector<std::u16string> ids = node->hardwareIds;
    ids.insert(ids.end(), node->compatibleIds.begin(), node->compatibleIds.end());
    if (ids.empty()) ids.push_back(deviceId[0]);
    if (findBinding(ids, &binding)) {
        node->config.serviceName = binding.serviceName;
        node->config.driverImage = binding.driverImage;
    }
    DeviceHeader::of(pdo)->deviceNode = node.get();
    DeviceHeader::of(pdo)->pnpOpenState = DeviceHeader::PnpOpenState::NotStarted;
    DeviceNode* added = node.get();
    {
        platform::LockGuard guard(lock_);
        // The set of upcased paths, as addRootDevice: no scan of the tree per child.
        if (!instancePathKeys_.insert(upcase(added->instancePath)).second) {
            system_.log("pnp: " + narrow(parent.instancePath) + ": its bus reported a second device " +
                        narrow(added->instancePath) + "; ignored");
            DeviceHeader::of(pdo)->deviceNode = nullptr;
            ObDereferenceObject(pdo);
            return;
        }
        nodes_.push_back(std::move(node));
        parent.children.push_back(added);
    }
    system_.log("pnp: " + narrow(parent.instancePath) + " reported " + narrow(added->instancePath));
    startNode(*added);
}

void PnpManager::removeDescendants(DeviceNode& node) {
    for (DeviceNode* child : childrenOf(node)) {
        removeDescendants(*child);
        removeNode(*child);
        forgetNode(*child);
    }
}

void PnpManager::requestBusEnumeration(PDEVICE_OBJECT pdo) {
    DeviceNode* node = nodeOfPdo(pdo);
    if (node == nullptr) return;
    const std::u16string instancePath = node->instancePath;
    system_.kernel().queueWork([this, instancePath] { enumerateOnWorker(instancePath); });
}

void PnpManager::enumerateOnWorker(std::u16string instancePath) {
    if (shuttingDown_) return;
    // As finishSurpriseRemoval: never block a worker behind a PnP operation.
    if (!operationLock_.try_lock()) {
        platform::sleepFor100ns(10'000);
        system_.kernel().queueWork([this, instancePath] { enumerateOnWorker(instancePath); });
        return;
    }
    platform::LockGuard operation(operationLock_, std::adopt_lock);
    if (DeviceNode* node = nodeByInstancePath(instancePath)) enumerateChildren(*node);
}

namespace {

// The PNP_DEVICE_STATE bits a stack reported, as "not-disableable|failed".
std::string pnpDeviceStateText(ULONG bits) {
    static constexpr std::pair<ULONG, const char*> kNames[] = {
        {PNP_DEVICE_DISABLED, "disabled"},
        {PNP_DEVICE_DONT_DISPLAY_IN_UI, "dont-display-in-ui"},
        {PNP_DEVICE_FAILED, "failed"},
        {PNP_DEVICE_REMOVED, "removed"},
        {PNP_DEVICE_RESOURCE_REQUIREMENTS_CHANGED, "resource-requirements-changed"},
        {PNP_DEVICE_NOT_DISABLEABLE, "not-disableable"},
    };
    std::string text;
    for (const auto& [bit, name] : kNames) {
        if ((bits & bit) == 0) continue;
        if (!text.empty()) text += '|';
        text += name;
        bits &= ~bit;
    }
    if (bits != 0) {
        char rest[16];
        std::snprintf(rest, sizeof(rest), "0x%X", static_cast<unsigned>(bits));
        text += (text.empty() ? "" : "|") + std::string(rest);
    }
    return text;
}

}  // namespace

void PnpManager::appendTreeText(const DeviceNode& node, int depth, std::string& text) const {
    text += std::string(static_cast<size_t>(depth) * 2, ' ') + narrow(node.instancePath) +
            "  service=" + (node.config.serviceName.empty() ? std::string(node.rawCapable ? "(raw)" : "(none)")
                                                            : narrow(node.config.serviceName)) +
            "  state=" + std::string(deviceNodeStateName(node.state));
    if (node.state == DeviceNodeState::Failed) {
        char problem[16];
        std::snprintf(problem, sizeof(problem), "0x%08X", static_cast<unsigned>(node.problem));
        text += std::string("  problem=") + problem;
    }
    if (node.pnpDeviceState != 0) text += "  pnp-state=" + pnpDeviceStateText(node.pnpDeviceState);
    text += "\n";
    for (const DeviceNode* child : node.children) appendTreeText(*child, depth + 1, text);
}

}  // namespace ntos
