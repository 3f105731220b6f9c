/* kmdfcontrol: a configurable non-PnP test driver with one control device, for the
 * control-device and preprocess conformance tests. The test sets the configuration
 * before System::loadDriver and reads what the driver saw through the exports. */
#pragma once

#include <ntddk.h>
#include <wdf.h>

#define KMDFCONTROL_EXPORT __attribute__((visibility("default")))

#define KMDFCONTROL_PREPROCESS_NONE 0
#define KMDFCONTROL_PREPROCESS_SKIP 1       /* IoSkipCurrentIrpStackLocation, then dispatch */
#define KMDFCONTROL_PREPROCESS_NO_SKIP 2    /* dispatch without preparing a location (a bug) */
#define KMDFCONTROL_PREPROCESS_COMPLETE 3   /* complete it with STATUS_ACCESS_DENIED */

typedef struct _KMDFCONTROL_CONFIG {
    BOOLEAN AssignName;           /* \Device\KmdfControl, link \DosDevices\KmdfControl */
    BOOLEAN FinishInitializing;   /* WdfControlFinishInitializing in DriverEntry */
    BOOLEAN FreeFirstInit;        /* allocate, free with WdfDeviceInitFree, allocate again */
    BOOLEAN BadSddl;              /* WdfControlDeviceInitAllocate with text that is not SDDL */
    BOOLEAN DeleteInUnload;       /* WdfObjectDelete(device) in EvtDriverUnload */
    ULONG PreprocessMode;         /* KMDFCONTROL_PREPROCESS_* for IRP_MJ_DEVICE_CONTROL */
    ULONG PreprocessMinorCount;   /* 0: every minor function */
    UCHAR PreprocessMinors[4];
    /* EvtDeviceWdmIrpDispatch for device controls: function 0x801 goes back to the framework
     * (WdfDeviceWdmDispatchIrp), 0x802 to the second queue (WdfDeviceWdmDispatchIrpToIoQueue). */
    BOOLEAN IrpDispatchCallback;
} KMDFCONTROL_CONFIG;

typedef struct _KMDFCONTROL_STATE {
    ULONG Preprocessed;
    ULONG Queued;
    ULONG QueuedOnSecondQueue;    /* completes with Information 0x1000 | (code & 0xFF) */
    ULONG Dispatched;             /* EvtDeviceWdmIrpDispatch calls */
    ULONG LastDispatchedCode;
    ULONG Unloads;
    ULONG DeviceCleanups;
    NTSTATUS RetrieveNameStatus;
    WCHAR Name[64];               /* WdfDeviceRetrieveDeviceName */
    ULONG Characteristics;        /* WdfDeviceGetCharacteristics */
    CCHAR StackSize;              /* of the WDM device object */
    BOOLEAN InitWasNull;          /* WdfControlDeviceInitAllocate returned NULL */
} KMDFCONTROL_STATE;

KMDFCONTROL_EXPORT void KmdfControlSetConfig(const KMDFCONTROL_CONFIG* Config);
KMDFCONTROL_EXPORT void KmdfControlGetState(KMDFCONTROL_STATE* State);
/* WdfControlFinishInitializing / WdfObjectDelete on the control device, from the test. */
KMDFCONTROL_EXPORT void KmdfControlFinish(void);
KMDFCONTROL_EXPORT void KmdfControlDeleteDevice(void);
