// ntos::PnpManager: the device tree of one System. Root-enumerated devices get a PDO
// from the root bus driver, their service's driver is loaded, AddDevice builds the
// stack and IRP_MN_START_DEVICE starts it; shutdown removes them in order.
#pragma once

#include <ntddk.h>

#include "ntos/platform/platform.h"
#include "ntos/pnp/device_interfaces.h"
#include "ntos/pnp/device_node.h"
#include "ntos/pnp/root_bus_driver.h"
#include "ntos/pnp/target_notifications.h"
#include "ntos/system.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace ntos {

class IoManager;

class PnpManager {
public:
    PnpManager(System& system, IoManager& io);
    ~PnpManager();
    PnpManager(const PnpManager&) = delete;
    PnpManager& operator=(const PnpManager&) = delete;

    // Before boot(): recorded. After: enumerated and started at once.
    // STATUS_OBJECT_NAME_COLLISION for a duplicate instance path. Thread: PASSIVE_LEVEL.
    NTSTATUS addRootDevice(RootDeviceConfig device);

    // Creates the root bus and starts every configured device. A device that fails
    // is left in state Failed; boot() itself succeeds. Thread: PASSIVE_LEVEL.
    NTSTATUS boot();

    // Removes every device (QUERY_REMOVE, then REMOVE even if the query failed: the
    // system is shutting down), deletes the PDOs and unloads the drivers.
    void shutdown();

    // Orderly removal of one device (devcon/kmdfctl "remove"): first the target-device
    // notification QueryRemove (a failure vetoes with its status, RemoveCancelled follows);
    // vetoed with STATUS_DEVICE_BUSY while handles are open on its stack
    // (PNP_VetoOutstandingOpen);
    // IRP_MN_QUERY_REMOVE_DEVICE, and when a driver fails it, IRP_MN_CANCEL_REMOVE_DEVICE
    // and that status; else IRP_MN_REMOVE_DEVICE, the PDO is deleted, the node leaves the
    // tree and the driver unloads when it has no devices left. STATUS_NO_SUCH_DEVICE for
    // an unknown instance path. A veto sends RemoveCancelled, a removal RemoveComplete.
    // Thread: PASSIVE_LEVEL.
    NTSTATUS removeDevice(const std::u16string& instancePath);

    // Surprise removal (the device vanished, "kmdfctl surprise-remove"): new opens fail,
    // IRP_MN_SURPRISE_REMOVAL is sent, and IRP_MN_REMOVE_DEVICE follows once no handle
    // is open on the stack (on a worker thread when the last handle closes), then the
    // node leaves the tree. The target-device notification RemoveComplete follows the
    // IRP_MN_SURPRISE_REMOVAL. STATUS_INVALID_DEVICE_STATE unless the device is Started.
    // Thread: PASSIVE_LEVEL.
    NTSTATUS surpriseRemoveDevice(const std::u16string& instancePath);

    // The device signals wake (System::signalWake): the root bus completes the
    // wait-wake IRP it holds for the device. STATUS_INVALID_DEVICE_REQUEST for a device a
    // driver's bus enumerated (its bus driver indicates wake). Thread: PASSIVE_LEVEL.
    NTSTATUS signalWake(const std::u16string& instancePath);

    // The system places a special file on the device or takes it away
    // (IRP_MN_DEVICE_USAGE_NOTIFICATION to its stack); returns the stack's answer.
    // STATUS_INVALID_DEVICE_STATE unless the device is started. Thread: PASSIVE_LEVEL.
    NTSTATUS notifyDeviceUsage(const std::u16string& instancePath, DEVICE_USAGE_NOTIFICATION_TYPE type, bool inPath);

    // IoInvalidateDeviceState: IRP_MN_QUERY_PNP_DEVICE_STATE is sent on a worker; a stack
    // that reports PNP_DEVICE_FAILED is surprise-removed and stays in the tree as Failed;
    // PNP_DEVICE_REMOVED, as if it had been unplugged. Thread: any, IRQL <= DISPATCH_LEVEL.
    void requestDeviceStateQuery(PDEVICE_OBJECT pdo);

    // See System::addDriverBinding. Thread: any.
    void addDriverBinding(DriverBinding binding);
    // IoInvalidateDeviceRelations(BusRelations): the node's children are enumerated again
    // on a worker thread. Thread: any, IRQL <= DISPATCH_LEVEL.
    void requestBusEnumeration(PDEVICE_OBJECT pdo);

    // A started device stack, for the power manager.
    struct StartedDevice {
        std::u16string instancePath;
        PDEVICE_OBJECT pdo;  // referenced for the duration of the call
    };
    // Runs `transition` with the started devices, parents before children, while no PnP
    // operation (start, removal, enumeration) can run. Thread: PASSIVE_LEVEL.
    NTSTATUS withStartedDevices(const std::function<NTSTATUS(const std::vector<StartedDevice>&)>& transition);

    // Disable ("kmdfctl disable"): the orderly removal of removeDevice (same vetoes; the
    // children are removed first), except that the device keeps its PDO and its node, in
    // state Disabled, with its interfaces registered. enableDevice starts it again (its
    // drivers are loaded again if they were unloaded). STATUS_NO_SUCH_DEVICE;
    // STATUS_INVALID_DEVICE_STATE when the device is not started (disable) / not disabled
    // (enable). Thread: PASSIVE_LEVEL.
    NTSTATUS disableDevice(const std::u16string& instancePath);
    NTSTATUS enableDevice(const std::u16string& instancePath);

    // Resource rebalance of one started device ("kmdfctl rebalance"):
    // IRP_MN_QUERY_STOP_DEVICE; a failure vetoes (IRP_MN_CANCEL_STOP_DEVICE follows, the
    // status is returned); else IRP_MN_STOP_DEVICE and IRP_MN_START_DEVICE with the
    // (same, empty) resources. A failed restart leaves the device Failed.
    // STATUS_NO_SUCH_DEVICE / STATUS_INVALID_DEVICE_STATE. Thread: PASSIVE_LEVEL.
    NTSTATUS rebalanceDevice(const std::u16string& instancePath);

    // `kmdfctl status`: the node's state, problem, service and the device objects of its
    // stack (top first) with their power state and what their framework reports.
    // STATUS_NO_SUCH_DEVICE for an unknown instance path. Thread: PASSIVE_LEVEL.
    NTSTATUS deviceStatusText(const std::u16string& instancePath, std::string* text);
    // `kmdfctl idle INSTANCE`: the stack's power policy owner (the device object whose
    // framework answers DeviceHeader::idleNow, top first) powers the device down now.
    // STATUS_INVALID_DEVICE_REQUEST when no driver of the stack has S0 idle settings.
    // Thread: PASSIVE_LEVEL.
    NTSTATUS idleDevice(const std::u16string& instancePath);
    // A CM_RESOURCE_LIST in one line ("port 0x300+0x20, irq 5"; "none"). Any thread.
    static std::string resourcesText(const CM_RESOURCE_LIST* list);
    // The stack's IRP_MN_QUERY_CAPABILITIES answer in one line. Thread: PASSIVE_LEVEL.
    static std::string capabilitiesText(PDEVICE_OBJECT pdo);

    std::string deviceTreeText() const;
    DeviceInterfaces& interfaces() { return interfaces_; }
    // Target-device-change notification (sent by removeDevice / surpriseRemoveDevice).
    TargetNotifications& targetNotifications() { return targetNotifications_; }

    // The node whose PDO is `pdo`, or nullptr.
    DeviceNode* nodeOfPdo(PDEVICE_OBJECT pdo) const;
    DeviceNode* nodeByInstancePath(const std::u16string& instancePath) const;
    std::vector<DeviceNode*> nodes() const;

    static PnpManager& current(const char* routine);

private:
    // Before IRP_MN_START_DEVICE (resource_assignment.cpp): the bus's requirements, the
    // stack's IRP_MN_FILTER_RESOURCE_REQUIREMENTS, the first configuration assigned into
    // node.assignedRaw/assignedTranslated. A failure of the filter IRP fails the start.
    // Thread: PASSIVE_LEVEL, the operation lock held.
    NTSTATUS assignResources(DeviceNode& node);

    void startNode(DeviceNode& node);
    // Takes ownership of the node's removal; false when another path already has it.
    // Loads an upper filter and calls its AddDevice for the node's PDO.
    NTSTATUS addUpperFilter(DeviceNode& node, const DriverConfig& filter);
    // After a failed AddDevice or start: REMOVE to the stack, unload unused drivers.
    void tearDownFailedStack(DeviceNode& node);
    bool claimRemoval(DeviceNode& node);
    // IRP_MN_REMOVE_DEVICE (when a driver stack exists), interfaces gone, PDO deleted.
    void sendRemoveAndDeletePdo(DeviceNode& node);
    // Drops a removed node from the tree and unloads its driver if unused.
    void forgetNode(DeviceNode& node);
    // A file object on the stack of `pdo` was closed: a surprise-removed device whose last
    // handle went gets its IRP_MN_REMOVE_DEVICE (on a worker).
    void fileObjectClosed(PDEVICE_OBJECT pdo);
    void finishSurpriseRemoval(const std::u16string& instancePath);
    void finishSurpriseRemovalLocked(const std::u16string& instancePath);  // operationLock_ held
    void removeNode(DeviceNode& node);
    // The vetoes and IRP_MN_QUERY_REMOVE_DEVICE of an orderly removal (remove, disable):
    // STATUS_SUCCESS when the removal may proceed (the node's removal is then claimed).
    NTSTATUS queryRemoval(DeviceNode& node);
    // --- bus enumeration (bus_enumeration.cpp) ---------------------------------------------
    // IRP_MN_QUERY_DEVICE_RELATIONS(BusRelations) to a started node: new PDOs become child
    // nodes (IDs and capabilities queried, driver bound, started); children no longer
    // reported are removed. operationLock_ held.
    void enumerateChildren(DeviceNode& parent);
    void addChild(DeviceNode& parent, PDEVICE_OBJECT pdo);
    // Orderly removal (QUERY_REMOVE, REMOVE) of the node's descendants, deepest first.
    void removeDescendants(DeviceNode& node);
    std::vector<DeviceNode*> childrenOf(const DeviceNode& node) const;
    // The service bound to the first of `ids` that has a binding. false when none.
    bool findBinding(const std::vector<std::u16string>& ids, DriverBinding* binding) const;
    void enumerateOnWorker(std::u16string instancePath);
    void queryDeviceStateOnWorker(std::u16string instancePath);
    // Surprise removal of a started node (operationLock_ held): IRP_MN_SURPRISE_REMOVAL
    // now, IRP_MN_REMOVE_DEVICE once no handle is open.
    void beginSurpriseRemoval(DeviceNode& node);
    void appendTreeText(const DeviceNode& node, int depth, std::string& text) const;
    // Node state changes happen under lock_ (deviceTreeText reads them from any thread).
    void setState(DeviceNode& node, DeviceNodeState state, NTSTATUS problem = STATUS_SUCCESS);
    void fail(DeviceNode& node, NTSTATUS status, const std::string& what);

    System& system_;
    IoManager& io_;
    RootBusDriver rootBus_;
    DeviceInterfaces interfaces_;
    TargetNotifications targetNotifications_;
    // Serializes whole PnP operations (start, remove, surprise removal, shutdown), which
    // call drivers; lock_ only guards the node list and node states.
    platform::Mutex operationLock_;
    std::atomic<bool> shuttingDown_{false};
    mutable platform::Mutex lock_;
    std::vector<std::unique_ptr<DeviceNode>> nodes_;
    std::unordered_set<std::u16string> instancePathKeys_;  // upcase(instancePath) of nodes_, under lock_
    std::vector<DriverBinding> bindings_;  // under lock_
    bool booted_ = false;
};

}  // namespace ntos
