/*
 * The stub linked into every KMDF driver module. FxDriverEntry is the module's entry
 * point: it binds to the framework through the loader (WdfVersionBind), which fills
 * WdfFunctions and WdfDriverGlobals, then calls the driver's DriverEntry. At unload it
 * runs the driver's unload routine and then unbinds.
 * Both globals are hidden (one copy per module), as each driver has its own.
 */
#include "wdf_bind_info.h"

#ifndef KMDF_VERSION_MAJOR
#define KMDF_VERSION_MAJOR 1
#endif
#ifndef KMDF_VERSION_MINOR
#define KMDF_VERSION_MINOR 33
#endif

PWDF_DRIVER_GLOBALS WdfDriverGlobals = NULL;
const WDFFUNC* WdfFunctions_01033 = NULL;

DRIVER_INITIALIZE DriverEntry;

static WDF_BIND_INFO g_bindInfo = {
    sizeof(WDF_BIND_INFO),
    L"KmdfLibrary",
    {KMDF_VERSION_MAJOR, KMDF_VERSION_MINOR, 0},
    WdfFunctionTableNumEntries,
    &WdfFunctions_01033,
    NULL,
};

static UNICODE_STRING g_registryPath;
static WCHAR g_registryPathBuffer[260];
static PDRIVER_UNLOAD g_driverUnload;

static VOID FxStubDriverUnload(PDRIVER_OBJECT DriverObject)
{
    if (g_driverUnload != NULL) {
        g_driverUnload(DriverObject);
    }
    WdfVersionUnbind(&g_registryPath, &g_bindInfo, WdfDriverGlobals);
    WdfDriverGlobals = NULL;
    WdfFunctions_01033 = NULL;
}

__attribute__((visibility("default"))) NTSTATUS FxDriverEntry(PDRIVER_OBJECT DriverObject,
                                                              PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    g_registryPath.Buffer = g_registryPathBuffer;
    g_registryPath.Length = 0;
    g_registryPath.MaximumLength = sizeof(g_registryPathBuffer);
    if (RegistryPath != NULL && RegistryPath->Length <= sizeof(g_registryPathBuffer)) {
        RtlCopyMemory(g_registryPathBuffer, RegistryPath->Buffer, RegistryPath->Length);
        g_registryPath.Length = RegistryPath->Length;
    }

    status = WdfVersionBind(DriverObject, &g_registryPath, &g_bindInfo, &WdfDriverGlobals);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = DriverEntry(DriverObject, RegistryPath);
    if (!NT_SUCCESS(status)) {
        WdfVersionUnbind(&g_registryPath, &g_bindInfo, WdfDriverGlobals);
        WdfDriverGlobals = NULL;
        WdfFunctions_01033 = NULL;
        return status;
    }

    /* Whatever unload routine the framework (or a miniport) installed runs first. */
    g_driverUnload = DriverObject->DriverUnload;
    DriverObject->DriverUnload = FxStubDriverUnload;
    return status;
}
