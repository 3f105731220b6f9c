/* KMDF 1.33: control (non-PnP) device objects. */
#pragma once

WDF_EXTERN_C_START

typedef enum _WDF_DEVICE_SHUTDOWN_FLAGS {
    WdfDeviceShutdown = 0x01,
    WdfDeviceLastChanceShutdown = 0x02,
} WDF_DEVICE_SHUTDOWN_FLAGS;

//
// WDF Function: WdfControlDeviceInitAllocate
//
typedef
PWDFDEVICE_INIT
(NTAPI *PFN_WDFCONTROLDEVICEINITALLOCATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDRIVER Driver,
    _In_ PCUNICODE_STRING SDDLString
    );

FORCEINLINE
PWDFDEVICE_INIT
WdfControlDeviceInitAllocate(
    _In_ WDFDRIVER Driver,
    _In_ PCUNICODE_STRING SDDLString
    )
{
    return ((PFN_WDFCONTROLDEVICEINITALLOCATE) WdfFunctions[WdfControlDeviceInitAllocateTableIndex])(WdfDriverGlobals, Driver, SDDLString);
}

//
// WDF Function: WdfControlDeviceInitSetShutdownNotification
//
typedef
VOID
(NTAPI *PFN_WDFCONTROLDEVICEINITSETSHUTDOWNNOTIFICATION)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION Notification,
    _In_ UCHAR Flags
    );

FORCEINLINE
VOID
WdfControlDeviceInitSetShutdownNotification(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION Notification,
    _In_ UCHAR Flags
    )
{
    ((PFN_WDFCONTROLDEVICEINITSETSHUTDOWNNOTIFICATION) WdfFunctions[WdfControlDeviceInitSetShutdownNotificationTableIndex])(WdfDriverGlobals, DeviceInit, Notification, Flags);
}

//
// WDF Function: WdfControlFinishInitializing
//
typedef
VOID
(NTAPI *PFN_WDFCONTROLFINISHINITIALIZING)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device
    );

FORCEINLINE
VOID
WdfControlFinishInitializing(
    _In_ WDFDEVICE Device
    )
{
    ((PFN_WDFCONTROLFINISHINITIALIZING) WdfFunctions[WdfControlFinishInitializingTableIndex])(WdfDriverGlobals, Device);
}

WDF_EXTERN_C_END
