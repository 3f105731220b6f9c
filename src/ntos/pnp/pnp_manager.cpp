#include "ntos/pnp/pnp_manager.h"

#include "ntos/io/device_header.h"
#include "ntos/io/io_manager.h"
#include "ntos/io/nt_string.h"
#include "ntos/ke/bug_check.h"
#include "ntos/pnp/pnp_irp.h"

#include <cstdio>

namespace ntos {
namespace {

std::string statusText(NTSTATUS status) {
    char text[16];
    std::snprintf(text, sizeof(text), "0x%08X", static_cast<unsigned>(status));
    return text;
}

}  // namespace

PnpManager::PnpManager(System& system, IoManager& io) : system_(system), io_(io), rootBus_(io), interfaces_(io) {}

PnpManager::~PnpManager() = default;

PnpManager& PnpManager::current(const char* routine) {
    System* system = System::current();
    if (system == nullptr) {
        bugCheck(bugcode::ManuallyInitiatedCrash, 0, 0, 0, 0,
                 std::string(routine) + " called on a thread that has no System (hold a System::ThreadScope)");
    }
    return system->pnp();
}

NTSTATUS PnpManager::addRootDevice(RootDeviceConfig device) {
    auto node = std::make_unique<DeviceNode>();
    node->instancePath = device.hardwareId + u"\\" + device.instanceId;
    node->config = std::move(device);
    DeviceNode* added = node.get();
    bool startNow;
    {
        platform::LockGuard guard(lock_);
        for (const auto& existing : nodes_) {
            if (upcase(existing->instancePath) == upcase(added->instancePath)) return STATUS_OBJECT_NAME_COLLISION;
        }
        nodes_.push_back(std::move(node));
        startNow = booted_;
    }
    if (startNow) startNode(*added);
    return STATUS_SUCCESS;
}

NTSTATUS PnpManager::boot() {
    rootBus_.create();
    {
        platform::LockGuard guard(lock_);
        booted_ = true;
    }
    for (DeviceNode* node : nodes()) startNode(*node);
    return STATUS_SUCCESS;
}

void PnpManager::setState(DeviceNode& node, DeviceNodeState state, NTSTATUS problem) {
    platform::LockGuard guard(lock_);
    node.state = state;
    node.problem = problem;
}

void PnpManager::fail(DeviceNode& node, NTSTATUS status, const std::string& what) {
    setState(node, DeviceNodeState::Failed, status);
    system_.log("pnp: " + narrow(node.instancePath) + ": " + what + " failed with " + statusText(status));
}

void PnpManager::startNode(DeviceNode& node) {
    if (node.pdo == nullptr) {
        NTSTATUS status = rootBus_.createPdo(node);
        if (!NT_SUCCESS(status)) return fail(node, status, "creating the PDO");
    }
    PDRIVER_OBJECT driver = nullptr;
    NTSTATUS status = io_.drivers().load(node.config.serviceName, node.config.driverImage, &driver);
    if (!NT_SUCCESS(status)) return fail(node, status, "loading driver " + narrow(node.config.serviceName));
    node.driver = driver;
    PDRIVER_ADD_DEVICE addDevice = driver->DriverExtension->AddDevice;
    if (addDevice == nullptr) return fail(node, STATUS_INVALID_DEVICE_REQUEST, "AddDevice (the driver has none)");
    status = addDevice(driver, node.pdo);
    if (!NT_SUCCESS(status)) return fail(node, status, "AddDevice");
    setState(node, DeviceNodeState::DriversAdded);
    {
        PDEVICE_OBJECT top = IoGetAttachedDeviceReference(node.pdo);
        if (top->Flags & DO_DEVICE_INITIALIZING) {
            system_.log("pnp: " + narrow(node.instancePath) +
                        ": warning: AddDevice left DO_DEVICE_INITIALIZING set on its device object; opens will fail");
        }
        dereferenceDevice(top);
    }
    status = sendPnpIrp(node.pdo, IRP_MN_START_DEVICE, [](PIO_STACK_LOCATION stack) {
        stack->Parameters.StartDevice.AllocatedResources = nullptr;
        stack->Parameters.StartDevice.AllocatedResourcesTranslated = nullptr;
    });
    if (!NT_SUCCESS(status)) {
        fail(node, status, "IRP_MN_START_DEVICE");
        // The stack is torn down as after a failed start: REMOVE, then the driver may go.
        sendPnpIrp(node.pdo, IRP_MN_REMOVE_DEVICE);
        io_.drivers().unloadIfUnused(driver);
        node.driver = nullptr;
        return;
    }
    setState(node, DeviceNodeState::Started);
    DeviceHeader::of(node.pdo)->pnpOpenState = DeviceHeader::PnpOpenState::Started;
    system_.log("pnp: " + narrow(node.instancePath) + " started (service " + narrow(node.config.serviceName) + ")");
}

void PnpManager::removeNode(DeviceNode& node) {
    if (node.pdo != nullptr) DeviceHeader::of(node.pdo)->pnpOpenState = DeviceHeader::PnpOpenState::Removing;
    if (node.state == DeviceNodeState::Started || node.state == DeviceNodeState::DriversAdded) {
        NTSTATUS status = sendPnpIrp(node.pdo, IRP_MN_QUERY_REMOVE_DEVICE);
        if (!NT_SUCCESS(status)) {
            system_.log("pnp: " + narrow(node.instancePath) + ": IRP_MN_QUERY_REMOVE_DEVICE failed with " +
                        statusText(status) + "; removing anyway (system shutdown)");
        }
        setState(node, DeviceNodeState::RemovePending);
        sendPnpIrp(node.pdo, IRP_MN_REMOVE_DEVICE);
        setState(node, DeviceNodeState::Removed);
    }
    if (node.pdo != nullptr) {
        interfaces_.removeDevice(node.pdo);
        rootBus_.deletePdo(node);
    }
}

void PnpManager::shutdown() {
    auto all = nodes();
    for (auto it = all.rbegin(); it != all.rend(); ++it) removeNode(**it);
    io_.drivers().unloadAll();
    platform::LockGuard guard(lock_);
    booted_ = false;
}

std::string PnpManager::deviceTreeText() const {
    std::string text = "ROOT\n";
    platform::LockGuard guard(lock_);
    for (const auto& node : nodes_) {
        text += "  " + narrow(node->instancePath) + "  service=" + narrow(node->config.serviceName) +
                "  state=" + std::string(deviceNodeStateName(node->state));
        if (node->state == DeviceNodeState::Failed) text += "  problem=" + statusText(node->problem);
        text += "\n";
    }
    return text;
}

DeviceNode* PnpManager::nodeOfPdo(PDEVICE_OBJECT pdo) const {
    platform::LockGuard guard(lock_);
    for (const auto& node : nodes_) {
        if (node->pdo == pdo && pdo != nullptr) return node.get();
    }
    return nullptr;
}

DeviceNode* PnpManager::nodeByInstancePath(const std::u16string& instancePath) const {
    platform::LockGuard guard(lock_);
    for (const auto& node : nodes_) {
        if (upcase(node->instancePath) == upcase(instancePath)) return node.get();
    }
    return nullptr;
}

std::vector<DeviceNode*> PnpManager::nodes() const {
    platform::LockGuard guard(lock_);
    std::vector<DeviceNode*> out;
    for (const auto& node : nodes_) out.push_back(node.get());
    return out;
}

}  // namespace ntos
