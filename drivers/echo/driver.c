/* Echo driver: DriverEntry and unload. */
#include <initguid.h>

#include "echo.h"

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
#endif

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    NTSTATUS status;

    KdPrint(("Echo: DriverEntry %wZ\n", RegistryPath));

    WDF_DRIVER_CONFIG_INIT(&config, EchoEvtDeviceAdd);
    config.EvtDriverUnload = EchoEvtDriverUnload;

    status = WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config,
                             WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) {
        KdPrint(("Echo: WdfDriverCreate failed 0x%x\n", status));
    }
    return status;
}

VOID EchoEvtDriverUnload(_In_ WDFDRIVER Driver)
{
    UNREFERENCED_PARAMETER(Driver);
    PAGED_CODE();
    KdPrint(("Echo: unload\n"));
}
