/* KMDF 1.33: miniport drivers whose port driver owns the WDM dispatch table. */
#pragma once

WDF_EXTERN_C_START

//
// WDF Function: WdfDeviceMiniportCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFDEVICEMINIPORTCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDRIVER Driver,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_opt_ PDEVICE_OBJECT AttachedDeviceObject,
    _In_opt_ PDEVICE_OBJECT Pdo,
    _Out_ WDFDEVICE* Device
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfDeviceMiniportCreate(
    _In_ WDFDRIVER Driver,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_opt_ PDEVICE_OBJECT AttachedDeviceObject,
    _In_opt_ PDEVICE_OBJECT Pdo,
    _Out_ WDFDEVICE* Device
    )
{
    return ((PFN_WDFDEVICEMINIPORTCREATE) WdfFunctions[WdfDeviceMiniportCreateTableIndex])(WdfDriverGlobals, Driver, Attributes, DeviceObject, AttachedDeviceObject, Pdo, Device);
}

//
// WDF Function: WdfDriverMiniportUnload
//
typedef
VOID
(NTAPI *PFN_WDFDRIVERMINIPORTUNLOAD)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDRIVER Driver
    );

FORCEINLINE
VOID
WdfDriverMiniportUnload(
    _In_ WDFDRIVER Driver
    )
{
    ((PFN_WDFDRIVERMINIPORTUNLOAD) WdfFunctions[WdfDriverMiniportUnloadTableIndex])(WdfDriverGlobals, Driver);
}

WDF_EXTERN_C_END
