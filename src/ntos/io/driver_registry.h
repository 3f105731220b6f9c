// The drivers loaded into one System: loading a module and calling its entry point
// (FxDriverEntry for KMDF drivers, else DriverEntry), the DRIVER_OBJECT and its
// extension, built-in drivers written in C++ (the PnP manager's root bus driver),
// unloading with a leak report, and driver-object extensions.
#pragma once

#include <ntddk.h>

#include "ntos/io/driver_image.h"
#include "ntos/platform/platform.h"
#include "ntos/system.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ntos {

class IoManager;

struct LoadedDriver {
    std::u16string serviceName;
    std::string imagePath;      // empty for built-in drivers
    std::u16string driverName;  // \Driver\<service>
    std::u16string registryPath;
    std::u16string hardwareDatabase;
    PDRIVER_OBJECT object = nullptr;
    DriverImage image;
    struct ClientExtension {
        PVOID clientId;
        void* block;
    };
    std::vector<ClientExtension> extensions;
    size_t frameworkLeaks = 0;
    std::vector<std::string> frameworkLeakDetails;
};

class DriverRegistry {
public:
    using UnloadObserver = std::function<void(PDRIVER_OBJECT, UnloadReport&)>;

    explicit DriverRegistry(IoManager& io);
    ~DriverRegistry();

    // Loads the service's driver once; later calls return the same DRIVER_OBJECT.
    // Thread: PASSIVE_LEVEL, System current.
    NTSTATUS load(const std::u16string& serviceName, const std::string& imagePath,
                  PDRIVER_OBJECT* driver);
    // A driver implemented inside ntoskrnl; `initialize` fills in its dispatch table.
    PDRIVER_OBJECT createBuiltin(const std::u16string& name, PDRIVER_INITIALIZE initialize);

    PDRIVER_OBJECT find(const std::u16string& serviceName) const;
    LoadedDriver* record(PDRIVER_OBJECT driver) const;
    std::vector<PDRIVER_OBJECT> all() const;

    // Unloads the driver when it has no device objects left: DriverUnload, leak report,
    // dlclose. false when devices remain. Thread: PASSIVE_LEVEL.
    bool unloadIfUnused(PDRIVER_OBJECT driver);
    // System shutdown: unloads every loaded driver. Waits (bounded) for deleted device
    // objects that are still referenced to go; a driver whose remaining devices are not
    // in a PnP stack (control devices, deleted by its DriverUnload) is unloaded too.
    // Built-in drivers are freed without a report.
    void unloadAll();

    std::vector<UnloadReport> reports() const;
    void addUnloadObserver(UnloadObserver observer);
    void addFrameworkLeaks(PDRIVER_OBJECT driver, size_t count, std::vector<std::string> details);

    NTSTATUS allocateClientExtension(PDRIVER_OBJECT driver, PVOID clientId, ULONG size, PVOID* block);
    PVOID clientExtension(PDRIVER_OBJECT driver, PVOID clientId) const;

private:
    bool unload(PDRIVER_OBJECT driver, bool allowStandaloneDevices);
    std::unique_ptr<LoadedDriver> makeDriverObject(const std::u16string& serviceName,
                                                   const std::u16string& driverName);
    void freeDriver(std::unique_ptr<LoadedDriver> driver);

    IoManager& io_;
    mutable platform::Mutex lock_;
    std::vector<std::unique_ptr<LoadedDriver>> drivers_;
    std::vector<UnloadReport> reports_;
    std::vector<UnloadObserver> observers_;
};

// The routine every MajorFunction entry starts with: completes the IRP with
// STATUS_INVALID_DEVICE_REQUEST. IRQL <= DISPATCH_LEVEL, any thread.
NTSTATUS invalidDeviceRequest(PDEVICE_OBJECT device, PIRP irp);

}  // namespace ntos
