// WDFDRIVER DDIs (wdfdriver.h).
#include "wdf/core/fx_driver.h"
#include "wdf/core/fx_library.h"
#include "wdf/ddi/ddi_families.h"
#include "wdf/ddi/ddi_support.h"

using namespace wdf;

extern "C" {

// IRQL PASSIVE_LEVEL, from DriverEntry.
NTSTATUS imp_WdfDriverCreate(PWDF_DRIVER_GLOBALS DriverGlobals, PDRIVER_OBJECT DriverObject,
                             PCUNICODE_STRING RegistryPath, PWDF_OBJECT_ATTRIBUTES DriverAttributes,
                             PWDF_DRIVER_CONFIG DriverConfig, WDFDRIVER* Driver) {
    const char* ddi = "WdfDriverCreate";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    if (DriverObject == nullptr) fxRequiredParameterNull(globals, "DriverObject", ddi);
    if (RegistryPath == nullptr) fxRequiredParameterNull(globals, "RegistryPath", ddi);
    if (DriverConfig == nullptr) fxRequiredParameterNull(globals, "DriverConfig", ddi);
    if (DriverConfig->Size != sizeof(WDF_DRIVER_CONFIG)) {
        return fxBadStructSize(globals, ddi, "WDF_DRIVER_CONFIG", DriverConfig->Size, sizeof(WDF_DRIVER_CONFIG));
    }
    if (globals->driver != nullptr) {
        globals->verifierLog("WdfDriverCreate: called a second time");
        return STATUS_DRIVER_INTERNAL_ERROR;
    }
    if (DriverAttributes != nullptr && DriverAttributes->ParentObject != nullptr) {
        globals->verifierLog("WdfDriverCreate: a WDFDRIVER has no parent (ParentObject must be NULL)");
        return STATUS_INVALID_PARAMETER;
    }
    FxDriver* driver = nullptr;
    NTSTATUS status = fxCreateNamed(ddi, globals, DriverAttributes, nullptr, &driver, DriverObject,
                                    RegistryPath, *DriverConfig);
    if (!NT_SUCCESS(status)) return status;
    globals->driver = driver;
    globals->publicGlobals.Driver = driver->handleAs<WDFDRIVER>();
    if (DriverConfig->DriverPoolTag != 0) globals->publicGlobals.DriverTag = DriverConfig->DriverPoolTag;
    driver->takeOverDriverObject();
    if (Driver != nullptr) *Driver = driver->handleAs<WDFDRIVER>();
    return STATUS_SUCCESS;
}

// IRQL PASSIVE_LEVEL.
PWSTR imp_WdfDriverGetRegistryPath(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDRIVER Driver) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxDriver>(globals, Driver, "WdfDriverGetRegistryPath")->registryPath()->Buffer;
}

// IRQL <= DISPATCH_LEVEL.
PDRIVER_OBJECT imp_WdfDriverWdmGetDriverObject(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDRIVER Driver) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxDriver>(globals, Driver, "WdfDriverWdmGetDriverObject")->driverObject();
}

// IRQL <= DISPATCH_LEVEL.
WDFDRIVER imp_WdfWdmDriverGetWdfDriverHandle(PWDF_DRIVER_GLOBALS DriverGlobals, PDRIVER_OBJECT DriverObject) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    if (DriverObject == nullptr) fxRequiredParameterNull(globals, "DriverObject", "WdfWdmDriverGetWdfDriverHandle");
    FxDriverGlobals* owner = fxGlobalsOfDriverObject(DriverObject);
    if (owner == nullptr || owner->driver == nullptr) return nullptr;
    return owner->driver->handleAs<WDFDRIVER>();
}

// IRQL PASSIVE_LEVEL.
BOOLEAN imp_WdfDriverIsVersionAvailable(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDRIVER Driver,
                                        PWDF_DRIVER_VERSION_AVAILABLE_PARAMS VersionAvailableParams) {
    const char* ddi = "WdfDriverIsVersionAvailable";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxDriver>(globals, Driver, ddi);
    if (VersionAvailableParams == nullptr) fxRequiredParameterNull(globals, "VersionAvailableParams", ddi);
    if (VersionAvailableParams->Size != sizeof(WDF_DRIVER_VERSION_AVAILABLE_PARAMS)) {
        fxBadStructSize(globals, ddi, "WDF_DRIVER_VERSION_AVAILABLE_PARAMS", VersionAvailableParams->Size,
                        sizeof(WDF_DRIVER_VERSION_AVAILABLE_PARAMS));
        return FALSE;
    }
    LibraryVersion library = libraryVersion();
    return VersionAvailableParams->MajorVersion == library.major &&
           VersionAvailableParams->MinorVersion <= library.minor;
}

}  // extern "C"

FX_DDI_SIGNATURE(WdfDriverCreate, PFN_WDFDRIVERCREATE);
FX_DDI_SIGNATURE(WdfDriverGetRegistryPath, PFN_WDFDRIVERGETREGISTRYPATH);
FX_DDI_SIGNATURE(WdfDriverWdmGetDriverObject, PFN_WDFDRIVERWDMGETDRIVEROBJECT);
FX_DDI_SIGNATURE(WdfWdmDriverGetWdfDriverHandle, PFN_WDFWDMDRIVERGETWDFDRIVERHANDLE);
FX_DDI_SIGNATURE(WdfDriverIsVersionAvailable, PFN_WDFDRIVERISVERSIONAVAILABLE);

namespace wdf {

std::span<const DdiEntry> driverDdis() {
    static const DdiEntry kEntries[] = {
        ddiEntry(WdfDriverCreateTableIndex, imp_WdfDriverCreate),
        ddiEntry(WdfDriverGetRegistryPathTableIndex, imp_WdfDriverGetRegistryPath),
        ddiEntry(WdfDriverWdmGetDriverObjectTableIndex, imp_WdfDriverWdmGetDriverObject),
        ddiEntry(WdfWdmDriverGetWdfDriverHandleTableIndex, imp_WdfWdmDriverGetWdfDriverHandle),
        ddiEntry(WdfDriverIsVersionAvailableTableIndex, imp_WdfDriverIsVersionAvailable),
    };
    return kEntries;
}

}  // namespace wdf
