// Control devices (wdfcontrol.h) and the WDM escape (WdfDeviceInitAssignWdmIrpPreprocessCallback,
// WdfDeviceWdmDispatchPreprocessedIrp): implemented in control_ddi.cpp, listed in deviceDdis().
#pragma once

#include <ntddk.h>
#include <wdf.h>

extern "C" {
PWDFDEVICE_INIT imp_WdfControlDeviceInitAllocate(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDRIVER Driver,
                                                 PCUNICODE_STRING SDDLString);
VOID imp_WdfControlDeviceInitSetShutdownNotification(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                                     PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION Notification, UCHAR Flags);
VOID imp_WdfControlFinishInitializing(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device);
VOID imp_WdfDeviceInitFree(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit);
NTSTATUS imp_WdfDeviceInitAssignSDDLString(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                           PCUNICODE_STRING SDDLString);
NTSTATUS imp_WdfDeviceInitAssignWdmIrpPreprocessCallback(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                                         PFN_WDFDEVICE_WDM_IRP_PREPROCESS EvtDeviceWdmIrpPreprocess,
                                                         UCHAR MajorFunction, PUCHAR MinorFunctions,
                                                         ULONG NumMinorFunctions);
NTSTATUS imp_WdfDeviceWdmDispatchPreprocessedIrp(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device, PIRP Irp);
NTSTATUS imp_WdfDeviceConfigureWdmIrpDispatchCallback(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device,
                                                      WDFDRIVER Driver, UCHAR MajorFunction,
                                                      PFN_WDFDEVICE_WDM_IRP_DISPATCH EvtDeviceWdmIrpDisptach,
                                                      WDFCONTEXT DriverContext);
NTSTATUS imp_WdfDeviceWdmDispatchIrp(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device, PIRP Irp,
                                     WDFCONTEXT DispatchContext);
NTSTATUS imp_WdfDeviceWdmDispatchIrpToIoQueue(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device, PIRP Irp,
                                              WDFQUEUE Queue, ULONG Flags);
}
