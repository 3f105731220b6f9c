#include "ntos/pnp/pnp_manager.h"

#include "ntos/io/device_header.h"
#include "ntos/io/io_manager.h"
#include "ntos/io/nt_string.h"
#include "ntos/ke/bug_check.h"
#include "ntos/pnp/pnp_irp.h"

#include <cstdio>
#include <utility>

namespace ntos {
namespace {

PCM_RESOURCE_LIST assignedList(std::vector<unsigned char>& storage) {
    return storage.empty() ? nullptr : reinterpret_cast<PCM_RESOURCE_LIST>(storage.data());
}

std::string statusText(NTSTATUS status) {
    char text[16];
    std::snprintf(text, sizeof(text), "0x%08X", static_cast<unsigned>(status));
    return text;
}

}  // namespace

PnpManager::PnpManager(System& system, IoManager& io) : system_(system), io_(io), rootBus_(io), interfaces_(io) {
    io_.setFileObjectClosedHook([this](PDEVICE_OBJECT stackBottom) { fileObjectClosed(stackBottom); });
}

PnpManager::~PnpManager() { io_.setFileObjectClosedHook(nullptr); }

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
        // A set of the upcased paths, not a scan of the nodes: adding N devices stays
        // linear (bench_scale: 10,000 devices took ~2.8 s in this loop alone).
        if (!instancePathKeys_.insert(upcase(added->instancePath)).second) return STATUS_OBJECT_NAME_COLLISION;
        nodes_.push_back(std::move(node));
        startNow = booted_;
    }
    if (startNow) {
        platform::LockGuard operation(operationLock_);
        startNode(*added);
    }
    return STATUS_SUCCESS;
}

NTSTATUS PnpManager::boot() {
    shuttingDown_ = false;
    rootBus_.create();
    {
        platform::LockGuard guard(lock_);
        booted_ = true;
    }
    platform::LockGuard operation(operationLock_);
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
    NTSTATUS status = STATUS_SUCCESS;
    if (node.config.serviceName.empty()) {
        // A reported child no driver is bound to: only a raw-capable PDO starts alone.
        if (!node.rawCapable) {
            system_.log("pnp: " + narrow(node.instancePath) + ": no driver is bound to its IDs; not started");
            return;
        }
    } else {
        PDRIVER_OBJECT driver = nullptr;
        status = io_.drivers().load(node.config.serviceName, node.config.driverImage, &driver);
        if (!NT_SUCCESS(status)) return fail(node, status, "loading driver " + narrow(node.config.serviceName));
        node.driver = driver;
        PDRIVER_ADD_DEVICE addDevice = driver->DriverExtension->AddDevice;
        if (addDevice == nullptr) return fail(node, STATUS_INVALID_DEVICE_REQUEST, "AddDevice (the driver has none)");
        status = addDevice(driver, node.pdo);
        if (!NT_SUCCESS(status)) return fail(node, status, "AddDevice");
    }
    for (const DriverConfig& filter : node.config.upperFilters) {
        status = addUpperFilter(node, filter);
        if (!NT_SUCCESS(status)) {
            // The devices already added are removed, as after a failed start.
            fail(node, status, "AddDevice of upper filter " + narrow(filter.serviceName));
            tearDownFailedStack(node);
            return;
        }
    }
    setState(node, DeviceNodeState::DriversAdded);
    {
        PDEVICE_OBJECT top = IoGetAttachedDeviceReference(node.pdo);
        if (top->Flags & DO_DEVICE_INITIALIZING) {
            system_.log("pnp: " + narrow(node.instancePath) +
                        ": warning: AddDevice left DO_DEVICE_INITIALIZING set on its device object; opens will fail");
        }
        dereferenceDevice(top);
    }
    status = assignResources(node);
    if (!NT_SUCCESS(status)) {
        fail(node, status, "IRP_MN_FILTER_RESOURCE_REQUIREMENTS");
        tearDownFailedStack(node);
        return;
    }
    status = sendPnpIrp(node.pdo, IRP_MN_START_DEVICE, [&node](PIO_STACK_LOCATION stack) {
        stack->Parameters.StartDevice.AllocatedResources = assignedList(node.assignedRaw);
        stack->Parameters.StartDevice.AllocatedResourcesTranslated = assignedList(node.assignedTranslated);
    });
    if (!NT_SUCCESS(status)) {
        fail(node, status, "IRP_MN_START_DEVICE");
        tearDownFailedStack(node);
        return;
    }
    setState(node, DeviceNodeState::Started);
    DeviceHeader::of(node.pdo)->pnpOpenState = DeviceHeader::PnpOpenState::Started;
    system_.log("pnp: " + narrow(node.instancePath) + " started (service " +
                (node.config.serviceName.empty() ? std::string("none: raw") : narrow(node.config.serviceName)) + ")");
    enumerateChildren(node);
}

NTSTATUS PnpManager::addUpperFilter(DeviceNode& node, const DriverConfig& filter) {
    PDRIVER_OBJECT filterDriver = nullptr;
    NTSTATUS status = io_.drivers().load(filter.serviceName, filter.driverImage, &filterDriver);
    if (!NT_SUCCESS(status)) return status;
    node.filterDrivers.push_back(filterDriver);
    PDRIVER_ADD_DEVICE addDevice = filterDriver->DriverExtension->AddDevice;
    if (addDevice == nullptr) return STATUS_INVALID_DEVICE_REQUEST;
    return addDevice(filterDriver, node.pdo);
}

void PnpManager::tearDownFailedStack(DeviceNode& node) {
    // REMOVE to the stack (the drivers detach and delete their devices), then the drivers
    // left without devices unload.
    sendPnpIrp(node.pdo, IRP_MN_REMOVE_DEVICE);
    if (node.driver != nullptr) io_.drivers().unloadIfUnused(node.driver);
    for (PDRIVER_OBJECT filterDriver : node.filterDrivers) io_.drivers().unloadIfUnused(filterDriver);
    node.driver = nullptr;
    node.filterDrivers.clear();
}

bool PnpManager::claimRemoval(DeviceNode& node) {
    platform::LockGuard guard(lock_);
    if (node.removeClaimed) return false;
    node.removeClaimed = true;
    return true;
}

void PnpManager::sendRemoveAndDeletePdo(DeviceNode& node) {
    if (node.pdo == nullptr) return;
    DeviceHeader::of(node.pdo)->pnpOpenState = DeviceHeader::PnpOpenState::Removing;
    if (node.state != DeviceNodeState::Failed && node.state != DeviceNodeState::Initialized &&
        node.state != DeviceNodeState::Removed && node.state != DeviceNodeState::Disabled) {
        sendPnpIrp(node.pdo, IRP_MN_REMOVE_DEVICE);
        setState(node, DeviceNodeState::Removed);
    }
    interfaces_.removeDevice(node.pdo);
    if (!node.busEnumerated) {
        rootBus_.deletePdo(node);
        return;
    }
    // The bus driver owns (and deletes) a reported PDO; the node lets its reference go.
    DeviceHeader::of(node.pdo)->deviceNode = nullptr;
    ObDereferenceObject(node.pdo);
    node.pdo = nullptr;
}

void PnpManager::forgetNode(DeviceNode& node) {
    PDRIVER_OBJECT driver = node.driver;
    const std::vector<PDRIVER_OBJECT> filterDrivers = node.filterDrivers;
    const std::u16string instancePath = node.instancePath;
    {
        platform::LockGuard guard(lock_);
        // Off its parent's list first: erasing it from nodes_ deletes the node.
        if (node.parent != nullptr) std::erase(node.parent->children, &node);
        instancePathKeys_.erase(upcase(instancePath));
        for (auto it = nodes_.begin(); it != nodes_.end(); ++it) {
            if (it->get() == &node) {
                nodes_.erase(it);
                break;
            }
        }
    }
    if (driver != nullptr) io_.drivers().unloadIfUnused(driver);
    for (PDRIVER_OBJECT filterDriver : filterDrivers) io_.drivers().unloadIfUnused(filterDriver);
    system_.log("pnp: " + narrow(instancePath) + " removed");
}

void PnpManager::removeNode(DeviceNode& node) {
    if (!claimRemoval(node)) return;
    if (node.pdo != nullptr) DeviceHeader::of(node.pdo)->pnpOpenState = DeviceHeader::PnpOpenState::Removing;
    if (node.state == DeviceNodeState::Started || node.state == DeviceNodeState::DriversAdded) {
        NTSTATUS status = sendPnpIrp(node.pdo, IRP_MN_QUERY_REMOVE_DEVICE);
        if (!NT_SUCCESS(status)) {
            system_.log("pnp: " + narrow(node.instancePath) + ": IRP_MN_QUERY_REMOVE_DEVICE failed with " +
                        statusText(status) + "; removing anyway (system shutdown)");
        }
        setState(node, DeviceNodeState::RemovePending);
    }
    sendRemoveAndDeletePdo(node);
}

NTSTATUS PnpManager::removeDevice(const std::u16string& instancePath) {
    platform::LockGuard operation(operationLock_);
    DeviceNode* node = nodeByInstancePath(instancePath);
    if (node == nullptr) return STATUS_NO_SUCH_DEVICE;
    if (node->state == DeviceNodeState::SurpriseRemovePending) return STATUS_DELETE_PENDING;
    // Children go first (orderly; they cannot veto yet).
    removeDescendants(*node);
    PDEVICE_OBJECT pdo = node->pdo;
    NTSTATUS vetoed = queryRemoval(*node);
    if (!NT_SUCCESS(vetoed)) return vetoed;
    sendRemoveAndDeletePdo(*node);
    if (pdo != nullptr) targetNotifications_.notify(pdo, TargetDeviceEvent::RemoveComplete);
    forgetNode(*node);
    return STATUS_SUCCESS;
}

NTSTATUS PnpManager::disableDevice(const std::u16string& instancePath) {
    platform::LockGuard operation(operationLock_);
    DeviceNode* node = nodeByInstancePath(instancePath);
    if (node == nullptr) return STATUS_NO_SUCH_DEVICE;
    if (node->state != DeviceNodeState::Started) return STATUS_INVALID_DEVICE_STATE;
    if ((node->pnpDeviceState & PNP_DEVICE_NOT_DISABLEABLE) != 0) {
        system_.log("pnp: " + narrow(node->instancePath) +
                    " cannot be disabled: its stack reports PNP_DEVICE_NOT_DISABLEABLE");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    removeDescendants(*node);
    PDEVICE_OBJECT pdo = node->pdo;
    NTSTATUS vetoed = queryRemoval(*node);
    if (!NT_SUCCESS(vetoed)) return vetoed;
    DeviceHeader::of(pdo)->pnpOpenState = DeviceHeader::PnpOpenState::Removing;
    sendPnpIrp(pdo, IRP_MN_REMOVE_DEVICE);
    targetNotifications_.notify(pdo, TargetDeviceEvent::RemoveComplete);
    DeviceHeader::of(pdo)->pnpOpenState = DeviceHeader::PnpOpenState::NotStarted;
    const PDRIVER_OBJECT driver = node->driver;
    const std::vector<PDRIVER_OBJECT> filterDrivers = node->filterDrivers;
    {
        platform::LockGuard guard(lock_);
        node->state = DeviceNodeState::Disabled;
        node->driver = nullptr;
        node->filterDrivers.clear();
        node->removeClaimed = false;
    }
    if (driver != nullptr) io_.drivers().unloadIfUnused(driver);
    for (PDRIVER_OBJECT filterDriver : filterDrivers) io_.drivers().unloadIfUnused(filterDriver);
    system_.log("pnp: " + narrow(node->instancePath) + " disabled");
    return STATUS_SUCCESS;
}

NTSTATUS PnpManager::enableDevice(const std::u16string& instancePath) {
    platform::LockGuard operation(operationLock_);
    DeviceNode* node = nodeByInstancePath(instancePath);
    if (node == nullptr) return STATUS_NO_SUCH_DEVICE;
    if (node->state != DeviceNodeState::Disabled) return STATUS_INVALID_DEVICE_STATE;
    startNode(*node);
    return node->state == DeviceNodeState::Started ? STATUS_SUCCESS : node->problem;
}

NTSTATUS PnpManager::queryRemoval(DeviceNode& node) {
    PDEVICE_OBJECT pdo = node.pdo;
    DeviceNode* self = &node;
    if (self->state == DeviceNodeState::Started) {
        // Holders of handles on the stack may let them go (or veto) before they are counted.
        NTSTATUS vetoed = targetNotifications_.queryRemove(pdo);
        if (!NT_SUCCESS(vetoed)) {
            system_.log("pnp: " + narrow(self->instancePath) + ": removal vetoed by a target-device notification (" +
                        statusText(vetoed) + ")");
            return vetoed;
        }
        const size_t handles = io_.files().countOnStack(pdo);
        if (handles != 0) {
            system_.log("pnp: " + narrow(self->instancePath) + ": removal vetoed: " + std::to_string(handles) +
                        " open handle(s)");
            targetNotifications_.notify(pdo, TargetDeviceEvent::RemoveCancelled);
            return STATUS_DEVICE_BUSY;
        }
        if (!claimRemoval(*self)) {
            targetNotifications_.notify(pdo, TargetDeviceEvent::RemoveCancelled);
            return STATUS_DELETE_PENDING;
        }
        NTSTATUS status = sendPnpIrp(pdo, IRP_MN_QUERY_REMOVE_DEVICE);
        if (!NT_SUCCESS(status)) {
            system_.log("pnp: " + narrow(self->instancePath) +
                        ": removal vetoed: IRP_MN_QUERY_REMOVE_DEVICE failed with " + statusText(status));
            sendPnpIrp(pdo, IRP_MN_CANCEL_REMOVE_DEVICE);
            {
                platform::LockGuard guard(lock_);
                self->removeClaimed = false;
            }
            targetNotifications_.notify(pdo, TargetDeviceEvent::RemoveCancelled);
            return status;
        }
        setState(*self, DeviceNodeState::RemovePending);
    } else if (!claimRemoval(*self)) {
        return STATUS_DELETE_PENDING;
    }
    return STATUS_SUCCESS;
}

NTSTATUS PnpManager::rebalanceDevice(const std::u16string& instancePath) {
    platform::LockGuard operation(operationLock_);
    DeviceNode* node = nodeByInstancePath(instancePath);
    if (node == nullptr) return STATUS_NO_SUCH_DEVICE;
    if (node->state != DeviceNodeState::Started) return STATUS_INVALID_DEVICE_STATE;
    NTSTATUS status = sendPnpIrp(node->pdo, IRP_MN_QUERY_STOP_DEVICE);
    if (!NT_SUCCESS(status)) {
        system_.log("pnp: " + narrow(node->instancePath) + ": rebalance vetoed: IRP_MN_QUERY_STOP_DEVICE failed with " +
                    statusText(status));
        sendPnpIrp(node->pdo, IRP_MN_CANCEL_STOP_DEVICE);
        return status;
    }
    sendPnpIrp(node->pdo, IRP_MN_STOP_DEVICE);
    status = sendPnpIrp(node->pdo, IRP_MN_START_DEVICE, [node](PIO_STACK_LOCATION stack) {
        // A rebalance here moves nothing: the device restarts with the resources it had.
        stack->Parameters.StartDevice.AllocatedResources = assignedList(node->assignedRaw);
        stack->Parameters.StartDevice.AllocatedResourcesTranslated = assignedList(node->assignedTranslated);
    });
    if (!NT_SUCCESS(status)) {
        fail(*node, status, "IRP_MN_START_DEVICE after a rebalance");
        return status;
    }
    system_.log("pnp: " + narrow(node->instancePath) + " restarted after a rebalance");
    return STATUS_SUCCESS;
}

NTSTATUS PnpManager::surpriseRemoveDevice(const std::u16string& instancePath) {
    platform::LockGuard operation(operationLock_);
    DeviceNode* node = nodeByInstancePath(instancePath);
    if (node == nullptr) return STATUS_NO_SUCH_DEVICE;
    if (node->state != DeviceNodeState::Started) return STATUS_INVALID_DEVICE_STATE;
    beginSurpriseRemoval(*node);
    return STATUS_SUCCESS;
}

NTSTATUS PnpManager::signalWake(const std::u16string& instancePath) {
    platform::LockGuard operation(operationLock_);
    DeviceNode* node = nodeByInstancePath(instancePath);
    if (node == nullptr) return STATUS_NO_SUCH_DEVICE;
    if (node->parent != nullptr) return STATUS_INVALID_DEVICE_REQUEST;
    const NTSTATUS status = RootBusDriver::signalWake(*node);
    system_.log("pnp: " + narrow(node->instancePath) +
                (NT_SUCCESS(status) ? " signalled wake" : " signalled wake, but no wait-wake IRP was armed"));
    return status;
}

NTSTATUS PnpManager::notifyDeviceUsage(const std::u16string& instancePath, DEVICE_USAGE_NOTIFICATION_TYPE type,
                                       bool inPath) {
    platform::LockGuard operation(operationLock_);
    DeviceNode* node = nodeByInstancePath(instancePath);
    if (node == nullptr) return STATUS_NO_SUCH_DEVICE;
    if (node->state != DeviceNodeState::Started) return STATUS_INVALID_DEVICE_STATE;
    return sendPnpIrp(node->pdo, IRP_MN_DEVICE_USAGE_NOTIFICATION, [&](PIO_STACK_LOCATION stack) {
        stack->Parameters.UsageNotification.InPath = inPath ? TRUE : FALSE;
        stack->Parameters.UsageNotification.Type = type;
    });
}

void PnpManager::beginSurpriseRemoval(DeviceNode& node) {
    removeDescendants(node);
    DeviceHeader::of(node.pdo)->pnpOpenState = DeviceHeader::PnpOpenState::Removing;
    sendPnpIrp(node.pdo, IRP_MN_SURPRISE_REMOVAL);
    setState(node, DeviceNodeState::SurpriseRemovePending);
    system_.log("pnp: " + narrow(node.instancePath) + (node.failedAfterStart ? " failed" : " surprise-removed"));
    // The device is gone: holders of handles on it close them (then REMOVE can follow).
    targetNotifications_.notify(node.pdo, TargetDeviceEvent::RemoveComplete);
    if (io_.files().countOnStack(node.pdo) == 0) finishSurpriseRemovalLocked(node.instancePath);
}

void PnpManager::requestDeviceStateQuery(PDEVICE_OBJECT pdo) {
    DeviceNode* node = nodeOfPdo(pdo);
    if (node == nullptr) return;
    const std::u16string instancePath = node->instancePath;
    system_.kernel().queueWork([this, instancePath] { queryDeviceStateOnWorker(instancePath); });
}

void PnpManager::queryDeviceStateOnWorker(std::u16string instancePath) {
    if (shuttingDown_) return;
    if (!operationLock_.try_lock()) {
        platform::sleepFor100ns(10'000);
        system_.kernel().queueWork([this, instancePath] { queryDeviceStateOnWorker(instancePath); });
        return;
    }
    platform::LockGuard operation(operationLock_, std::adopt_lock);
    DeviceNode* node = nodeByInstancePath(instancePath);
    if (node == nullptr || node->state != DeviceNodeState::Started) return;
    ULONG_PTR information = 0;
    NTSTATUS status = sendPnpIrp(node->pdo, IRP_MN_QUERY_PNP_DEVICE_STATE, {}, &information);
    if (!NT_SUCCESS(status)) return;
    {
        platform::LockGuard guard(lock_);  // deviceTreeText reads it under lock_
        node->pnpDeviceState = static_cast<ULONG>(information);
    }
    if ((information & PNP_DEVICE_REMOVED) != 0) {
        beginSurpriseRemoval(*node);  // gone, as if unplugged
    } else if ((information & PNP_DEVICE_FAILED) != 0) {
        node->failedAfterStart = true;
        beginSurpriseRemoval(*node);
    }
}

void PnpManager::fileObjectClosed(PDEVICE_OBJECT pdo) {
    // Runs on whichever thread closed the file, concurrently with PnP operations that
    // change the node's state (setState, under lock_) or delete the node (forgetNode):
    // read the node only under lock_.
    std::u16string instancePath;
    {
        platform::LockGuard guard(lock_);
        const DeviceNode* node = nullptr;
        for (const auto& candidate : nodes_) {
            if (candidate->pdo == pdo && pdo != nullptr) {
                node = candidate.get();
                break;
            }
        }
        if (node == nullptr || node->state != DeviceNodeState::SurpriseRemovePending) return;
        instancePath = node->instancePath;
    }
    if (io_.files().countOnStack(pdo) != 0) return;
    // Not from inside the closing path: the driver that completed CLOSE may hold locks.
    system_.kernel().queueWork([this, instancePath] { finishSurpriseRemoval(instancePath); });
}

void PnpManager::finishSurpriseRemoval(const std::u16string& instancePath) {
    // Runs on a worker: never block it behind a PnP operation that may itself wait for
    // driver work items on the same workers. Shutdown removes the device anyway.
    if (shuttingDown_) return;
    if (!operationLock_.try_lock()) {
        platform::sleepFor100ns(10'000);
        system_.kernel().queueWork([this, instancePath] { finishSurpriseRemoval(instancePath); });
        return;
    }
    platform::LockGuard operation(operationLock_, std::adopt_lock);
    finishSurpriseRemovalLocked(instancePath);
}

void PnpManager::finishSurpriseRemovalLocked(const std::u16string& instancePath) {
    DeviceNode* node = nodeByInstancePath(instancePath);
    if (node == nullptr || node->state != DeviceNodeState::SurpriseRemovePending) return;
    if (io_.files().countOnStack(node->pdo) != 0) return;
    if (!claimRemoval(*node)) return;
    if (node->failedAfterStart) {
        // A failed device keeps its node and PDO (its drivers go), as the device manager
        // shows a device with a problem.
        sendPnpIrp(node->pdo, IRP_MN_REMOVE_DEVICE);
        DeviceHeader::of(node->pdo)->pnpOpenState = DeviceHeader::PnpOpenState::NotStarted;
        const PDRIVER_OBJECT driver = node->driver;
        const std::vector<PDRIVER_OBJECT> filterDrivers = node->filterDrivers;
        {
            platform::LockGuard guard(lock_);
            node->state = DeviceNodeState::Failed;
            node->problem = STATUS_DRIVER_INTERNAL_ERROR;
            node->driver = nullptr;
            node->filterDrivers.clear();
            node->removeClaimed = false;
        }
        if (driver != nullptr) io_.drivers().unloadIfUnused(driver);
        for (PDRIVER_OBJECT filterDriver : filterDrivers) io_.drivers().unloadIfUnused(filterDriver);
        system_.log("pnp: " + narrow(node->instancePath) + " stopped after its driver reported a failure");
        return;
    }
    sendRemoveAndDeletePdo(*node);
    forgetNode(*node);
}

void PnpManager::shutdown() {
    shuttingDown_ = true;
    platform::LockGuard operation(operationLock_);
    auto all = nodes();
    for (auto it = all.rbegin(); it != all.rend(); ++it) removeNode(**it);
    io_.drivers().unloadAll();
    platform::LockGuard guard(lock_);
    booted_ = false;
}

NTSTATUS PnpManager::withStartedDevices(
    const std::function<NTSTATUS(const std::vector<StartedDevice>&)>& transition) {
    platform::LockGuard operation(operationLock_);
    std::vector<StartedDevice> devices;
    {
        platform::LockGuard guard(lock_);
        // nodes_ holds parents before their children (a child is added when its started
        // parent reports it).
        for (const auto& node : nodes_) {
            if (node->state != DeviceNodeState::Started || node->pdo == nullptr) continue;
            ObReferenceObject(node->pdo);
            devices.push_back({node->instancePath, node->pdo});
        }
    }
    const NTSTATUS status = transition(devices);
    for (const StartedDevice& device : devices) ObDereferenceObject(device.pdo);
    return status;
}

NTSTATUS PnpManager::deviceStatusText(const std::u16string& instancePath, std::string* text) {
    platform::LockGuard operation(operationLock_);
    DeviceNode* node = nodeByInstancePath(instancePath);
    if (node == nullptr) return STATUS_NO_SUCH_DEVICE;
    static const char* kDeviceStates[] = {"unspecified", "D0", "D1", "D2", "D3"};
    std::string out = narrow(node->instancePath) + "\n";
    out += "  state: " + std::string(deviceNodeStateName(node->state)) + "\n";
    out += "  problem: " + (node->state == DeviceNodeState::Failed ? statusText(node->problem) : std::string("none")) +
           "\n";
    out += "  service: " + (node->config.serviceName.empty() ? std::string(node->rawCapable ? "(raw)" : "(none)")
                                                             : narrow(node->config.serviceName)) + "\n";
    if (node->parent != nullptr) out += "  parent: " + narrow(node->parent->instancePath) + "\n";
    if (node->pdo != nullptr && node->state == DeviceNodeState::Started) {
        out += "  capabilities: " + capabilitiesText(node->pdo) + "\n";
        out += "  resources: " + resourcesText(assignedList(node->assignedRaw)) + "\n";
        if (!node->resourcesAtBus.empty()) out += "  resources at the bus: " + node->resourcesAtBus + "\n";
    }
    if (node->pdo != nullptr) {
        out += "  stack (top first):\n";
        PDEVICE_OBJECT device = IoGetAttachedDeviceReference(node->pdo);
        for (PDEVICE_OBJECT current = device; current != nullptr;) {
            DeviceHeader* header = DeviceHeader::of(current);
            if (header == nullptr) break;
            const int power = header->devicePowerState;
            out += "    " + (header->name.empty() ? std::string("(unnamed)") : narrow(header->name)) + "  driver " +
                   narrow(std::u16string_view(reinterpret_cast<const char16_t*>(current->DriverObject->DriverName.Buffer),
                                              current->DriverObject->DriverName.Length / sizeof(WCHAR))) +
                   "  power " + (power >= 0 && power <= 4 ? kDeviceStates[power] : "?") + "\n";
            if (header->describe) out += header->describe();
            current = header->attachedTo;
        }
        dereferenceDevice(device);
    }
    *text = std::move(out);
    return STATUS_SUCCESS;
}

// IRP_MN_QUERY_CAPABILITIES to the stack, as `kmdfctl status` shows it.
std::string PnpManager::capabilitiesText(PDEVICE_OBJECT pdo) {
    DEVICE_CAPABILITIES caps{};
    caps.Size = sizeof(caps);
    caps.Version = 1;
    caps.Address = 0xFFFFFFFF;
    caps.UINumber = 0xFFFFFFFF;
    const NTSTATUS status = sendPnpIrp(pdo, IRP_MN_QUERY_CAPABILITIES, [&caps](PIO_STACK_LOCATION stack) {
        stack->Parameters.DeviceCapabilities.Capabilities = &caps;
    });
    if (!NT_SUCCESS(status)) return "(the stack failed IRP_MN_QUERY_CAPABILITIES with " + statusText(status) + ")";
    static const char* const kDevice[] = {"unspecified", "D0", "D1", "D2", "D3"};
    static const char* const kSystem[] = {"unspecified", "S0", "S1", "S2", "S3", "S4", "S5"};
    auto device = [](DEVICE_POWER_STATE s) { return s >= 0 && s <= 4 ? kDevice[s] : "?"; };
    auto system = [](SYSTEM_POWER_STATE s) { return s >= 0 && s <= 6 ? kSystem[s] : "?"; };
    std::string text = std::string("DeviceWake ") + device(caps.DeviceWake) + ", SystemWake " + system(caps.SystemWake) +
                       ", S0..S5 ->";
    for (int s = PowerSystemWorking; s <= PowerSystemShutdown; ++s) text += std::string(" ") + device(caps.DeviceState[s]);
    // DEVICE_CAPABILITIES members are bit fields: copied out by value.
    const std::pair<ULONG, const char*> flags[] = {
        {ULONG{caps.DeviceD1}, "DeviceD1"},
        {ULONG{caps.DeviceD2}, "DeviceD2"},
        {ULONG{caps.WakeFromD0}, "WakeFromD0"},
        {ULONG{caps.WakeFromD1}, "WakeFromD1"},
        {ULONG{caps.WakeFromD2}, "WakeFromD2"},
        {ULONG{caps.WakeFromD3}, "WakeFromD3"},
        {ULONG{caps.LockSupported}, "LockSupported"},
        {ULONG{caps.EjectSupported}, "EjectSupported"},
        {ULONG{caps.Removable}, "Removable"},
        {ULONG{caps.DockDevice}, "DockDevice"},
        {ULONG{caps.UniqueID}, "UniqueID"},
        {ULONG{caps.SilentInstall}, "SilentInstall"},
        {ULONG{caps.RawDeviceOK}, "RawDeviceOK"},
        {ULONG{caps.SurpriseRemovalOK}, "SurpriseRemovalOK"},
        {ULONG{caps.HardwareDisabled}, "HardwareDisabled"},
        {ULONG{caps.NoDisplayInUI}, "NoDisplayInUI"},
    };
    for (const auto& [set, name] : flags) {
        if (set != 0) text += std::string(", ") + name;
    }
    if (caps.Address != 0xFFFFFFFF) text += ", Address " + std::to_string(caps.Address);
    if (caps.UINumber != 0xFFFFFFFF) text += ", UINumber " + std::to_string(caps.UINumber);
    return text;
}

NTSTATUS PnpManager::idleDevice(const std::u16string& instancePath) {
    platform::LockGuard operation(operationLock_);
    DeviceNode* node = nodeByInstancePath(instancePath);
    if (node == nullptr) return STATUS_NO_SUCH_DEVICE;
    if (node->state != DeviceNodeState::Started || node->pdo == nullptr) return STATUS_INVALID_DEVICE_STATE;
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;
    PDEVICE_OBJECT top = IoGetAttachedDeviceReference(node->pdo);
    for (PDEVICE_OBJECT current = top; current != nullptr;) {
        DeviceHeader* header = DeviceHeader::of(current);
        if (header == nullptr) break;
        if (header->idleNow) {
            status = header->idleNow();
            if (status != STATUS_INVALID_DEVICE_REQUEST) break;  // the power policy owner answered
        }
        current = header->attachedTo;
    }
    dereferenceDevice(top);
    return status;
}

std::string PnpManager::deviceTreeText() const {
    std::string text = "ROOT\n";
    platform::LockGuard guard(lock_);
    for (const auto& node : nodes_) {
        if (node->parent == nullptr) appendTreeText(*node, 1, text);
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
