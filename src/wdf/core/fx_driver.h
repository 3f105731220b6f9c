// FxDriver: the WDFDRIVER object. Created once by WdfDriverCreate from DriverEntry; it
// takes over the DRIVER_OBJECT's dispatch table, AddDevice and unload, so that every
// IRP for the driver's devices reaches the framework first.
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include <string>

#include "object/fx_object.h"

namespace wdf {

class FxDriver : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::Driver;

    FxDriver(FxDriverGlobals* globals, PDRIVER_OBJECT driverObject, PCUNICODE_STRING registryPath,
             const WDF_DRIVER_CONFIG& config);

    PDRIVER_OBJECT driverObject() const { return driverObject_; }
    const WDF_DRIVER_CONFIG& config() const { return config_; }
    PUNICODE_STRING registryPath() { return &registryPath_; }
    bool isNonPnp() const { return (config_.DriverInitFlags & WdfDriverInitNonPnpDriver) != 0; }

    // Installs the framework's dispatch routines, AddDevice and unload routine in the
    // DRIVER_OBJECT. IRQL PASSIVE_LEVEL, from WdfDriverCreate.
    void takeOverDriverObject();

    // The WDFDRIVER may not be deleted by the driver: the framework deletes it at unload.
    bool driverMayDelete() const override { return false; }

private:
    // DRIVER_ADD_DEVICE: builds a WDFDEVICE_INIT and calls EvtDriverDeviceAdd.
    // IRQL PASSIVE_LEVEL, PnP manager thread.
    static NTSTATUS addDevice(PDRIVER_OBJECT driverObject, PDEVICE_OBJECT physicalDeviceObject);
    // DRIVER_UNLOAD: EvtDriverUnload, then deletes the WDFDRIVER and its children.
    // IRQL PASSIVE_LEVEL.
    static void unload(PDRIVER_OBJECT driverObject);

    PDRIVER_OBJECT driverObject_;
    WDF_DRIVER_CONFIG config_;
    std::u16string registryPathText_;
    UNICODE_STRING registryPath_{};
};

// The framework globals of the driver that owns `driverObject` (bound by WdfVersionBind),
// or nullptr. Any thread, IRQL <= DISPATCH_LEVEL.
FxDriverGlobals* fxGlobalsOfDriverObject(PDRIVER_OBJECT driverObject);

}  // namespace wdf
