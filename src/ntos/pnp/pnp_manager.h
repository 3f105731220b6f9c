// ntos::PnpManager: the device tree of one System. Root-enumerated devices get a PDO
// from the root bus driver, their service's driver is loaded, AddDevice builds the
// stack and IRP_MN_START_DEVICE starts it; shutdown removes them in order.
#pragma once

#include <ntddk.h>

#include "ntos/platform/platform.h"
#include "ntos/pnp/device_interfaces.h"
#include "ntos/pnp/device_node.h"
#include "ntos/pnp/root_bus_driver.h"
#include "ntos/system.h"

#include <memory>
#include <string>
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

    std::string deviceTreeText() const;
    DeviceInterfaces& interfaces() { return interfaces_; }

    // The node whose PDO is `pdo`, or nullptr.
    DeviceNode* nodeOfPdo(PDEVICE_OBJECT pdo) const;
    DeviceNode* nodeByInstancePath(const std::u16string& instancePath) const;
    std::vector<DeviceNode*> nodes() const;

    static PnpManager& current(const char* routine);

private:
    void startNode(DeviceNode& node);
    void removeNode(DeviceNode& node);
    // Node state changes happen under lock_ (deviceTreeText reads them from any thread).
    void setState(DeviceNode& node, DeviceNodeState state, NTSTATUS problem = STATUS_SUCCESS);
    void fail(DeviceNode& node, NTSTATUS status, const std::string& what);

    System& system_;
    IoManager& io_;
    RootBusDriver rootBus_;
    DeviceInterfaces interfaces_;
    mutable platform::Mutex lock_;
    std::vector<std::unique_ptr<DeviceNode>> nodes_;
    bool booted_ = false;
};

}  // namespace ntos
