#include "wdf/core/fx_driver.h"

#include "wdf/core/fx_device.h"
#include "wdf/core/fx_device_init.h"
#include "wdf/core/fx_irp_dispatch.h"

namespace wdf {

FxDriver::FxDriver(FxDriverGlobals* globals, PDRIVER_OBJECT driverObject, PCUNICODE_STRING registryPath,
                   const WDF_DRIVER_CONFIG& config)
    : FxObject(globals, kObjectType), driverObject_(driverObject), config_(config) {
    if (registryPath != nullptr && registryPath->Buffer != nullptr) {
        registryPathText_.assign(reinterpret_cast<const char16_t*>(registryPath->Buffer),
                                 registryPath->Length / sizeof(WCHAR));
    }
    registryPath_.Buffer = reinterpret_cast<PWCH>(registryPathText_.data());
    registryPath_.Length = static_cast<USHORT>(registryPathText_.size() * sizeof(WCHAR));
    registryPath_.MaximumLength = registryPath_.Length;
}

void FxDriver::takeOverDriverObject() {
    for (int major = 0; major <= IRP_MJ_MAXIMUM_FUNCTION; ++major) {
        driverObject_->MajorFunction[major] = fxDispatchIrp;
    }
    if (!isNonPnp()) {
        driverObject_->DriverExtension->AddDevice = addDevice;
    }
    driverObject_->DriverUnload = unload;
}

NTSTATUS FxDriver::addDevice(PDRIVER_OBJECT driverObject, PDEVICE_OBJECT physicalDeviceObject) {
    FxDriverGlobals* globals = fxGlobalsOfDriverObject(driverObject);
    if (globals == nullptr || globals->driver == nullptr) {
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    FxDriver* driver = globals->driver;
    if (driver->config_.EvtDriverDeviceAdd == nullptr) {
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    FxDeviceInit init(globals, FxDeviceInit::Role::Function);
    init.physicalDevice = physicalDeviceObject;

    NTSTATUS status = driver->config_.EvtDriverDeviceAdd(driver->handleAs<WDFDRIVER>(),
                                                         init.publicHandle());
    if (!NT_SUCCESS(status)) {
        // A device created before the failure is deleted, as the framework does when
        // EvtDriverDeviceAdd fails.
        if (init.createdDevice != nullptr) {
            init.createdDevice->abandonAfterFailedAdd();
        }
        return status;
    }
    if (init.createdDevice == nullptr) {
        globals->verifierLog("EvtDriverDeviceAdd returned success without creating a device");
        return STATUS_SUCCESS;
    }
    init.createdDevice->finishInitializing();
    return STATUS_SUCCESS;
}

void FxDriver::unload(PDRIVER_OBJECT driverObject) {
    FxDriverGlobals* globals = fxGlobalsOfDriverObject(driverObject);
    if (globals == nullptr || globals->driver == nullptr) {
        return;
    }
    FxDriver* driver = globals->driver;
    if (driver->config_.EvtDriverUnload != nullptr) {
        driver->config_.EvtDriverUnload(driver->handleAs<WDFDRIVER>());
    }
    globals->driver = nullptr;
    globals->publicGlobals.Driver = nullptr;
    driver->deleteObject();
}

}  // namespace wdf
