/* kmdfpower: the reference test driver of docs/sequences/README.md, as far as the
 * framework implements it: every PnP/power callback of WDF_PNPPOWER_EVENT_CALLBACKS, the
 * WDF_POWER_POLICY_EVENT_CALLBACKS (arm/disarm/triggered for S0 and Sx), the
 * WDFDEVICE's cleanup/destroy callbacks, and one power-managed queue whose EvtIoDefault
 * keeps the request, whose EvtIoStop acknowledges a suspend (WdfRequestStopAcknowledge,
 * FALSE) and completes the request on a purge, with EvtIoResume. Each callback logs one
 * line in the golden files' notation, e.g. "EvtDeviceD0Exit(WdfPowerDeviceD3)".
 * Shared between the driver and the tests. */
#ifndef KMDFPOWER_H
#define KMDFPOWER_H

/* {1c7e5a90-3d2f-4b61-9e84-6a0f2b3c4d5e} */
#define KMDFPOWER_INTERFACE_GUID_INIT \
    { 0x1c7e5a90, 0x3d2f, 0x4b61, { 0x9e, 0x84, 0x6a, 0x0f, 0x2b, 0x3c, 0x4d, 0x5e } }

typedef struct _KMDFPOWER_CONFIG {
    /* The callback (its name, e.g. "EvtDevicePrepareHardware") that returns FailStatus. */
    char FailCallback[64];
    long FailStatus;
    /* Nonzero: WdfDeviceAssignS0IdleSettings(IdleCannotWakeFromS0, DxState D3, this
       timeout in ms) in EvtDriverDeviceAdd. */
    unsigned long IdleTimeoutMs;
    /* Nonzero: the device is also a bus with one static raw child PDO (device ID
       KMDFPOWER\CHILD, instance 00) that registers the same callbacks and has the same
       kind of queue and an interface of its own; the child's lines start with "[pdo] ". */
    unsigned char ChildPdo;
    /* Nonzero (with IdleTimeoutMs): IdleCanWakeFromS0 instead of IdleCannotWakeFromS0. */
    unsigned char IdleCanWake;
    /* Nonzero: WdfDeviceAssignSxWakeSettings with WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS_INIT
       defaults (DxState PowerDeviceMaximum: the bus's DeviceWake) in EvtDriverDeviceAdd. */
    unsigned char SxWake;
    /* Nonzero: EvtDeviceRelationsQuery is registered (logs "EvtDeviceRelationsQuery(BusRelations)"). */
    unsigned char RelationsQuery;
    /* 1: EvtDeviceUsageNotification is registered; 2: EvtDeviceUsageNotificationEx (it
       returns FailStatus when FailCallback is "EvtDeviceUsageNotificationEx"). */
    unsigned char UsageNotification;
    /* Nonzero: state-change callbacks for WdfDevStatePnpStarted (all types), WdfDevStatePowerD0
       and WdfDevStatePowerDx (enter), WdfDevStatePwrPolWaitingUnarmed (enter), logged as
       "PnpState(Enter 0x106->0x119)", "PowerState(...)", "PolicyState(...)". */
    unsigned char StateCallbacks;
    /* Nonzero: WDF_FDO_EVENT_CALLBACKS: EvtDeviceFilterRemoveResourceRequirements removes
       every port, EvtDeviceFilterAddResourceRequirements appends memory 0xFEC00000+0x100 to
       the first configuration (making one if there is none), EvtDeviceRemoveAddedResources
       takes it out of both lists; EvtDevicePrepareHardware records what it got
       (KmdfPowerPreparedResources). 2: the filters instead run every resource-list DDI on
       the lists (KmdfPowerResourceScript): the first configuration becomes irq 10 and port
       0x400+0x8. */
    unsigned char Resources;
} KMDFPOWER_CONFIG;

/* {1c7e5a91-3d2f-4b61-9e84-6a0f2b3c4d5e} */
#define KMDFPOWER_CHILD_INTERFACE_GUID_INIT \
    { 0x1c7e5a91, 0x3d2f, 0x4b61, { 0x9e, 0x84, 0x6a, 0x0f, 0x2b, 0x3c, 0x4d, 0x5e } }

#define KMDFPOWER_EXPORT __attribute__((visibility("default")))

KMDFPOWER_EXPORT void KmdfPowerSetConfig(const KMDFPOWER_CONFIG* Config);
KMDFPOWER_EXPORT unsigned long KmdfPowerReadLog(char* Buffer, unsigned long Size);
/* How many requests the driver holds (presented, not completed). */
KMDFPOWER_EXPORT long KmdfPowerHeldRequests(void);
/* Completes every held request with STATUS_SUCCESS; returns how many. */
KMDFPOWER_EXPORT long KmdfPowerCompleteHeld(void);
/* WdfDeviceStopIdle(WaitForD0) / WdfDeviceResumeIdle. */
KMDFPOWER_EXPORT long KmdfPowerStopIdle(unsigned char WaitForD0);
KMDFPOWER_EXPORT void KmdfPowerResumeIdle(void);
/* WdfDeviceSetFailed(Action) on the device. */
KMDFPOWER_EXPORT void KmdfPowerSetFailed(int Action);
/* WdfDeviceSetDeviceState with NotDisableable = WdfTrue, then WdfDeviceGetDeviceState:
   returns NotDisableable and Failed as read back (WDF_TRI_STATE values, packed x*10+y). */
KMDFPOWER_EXPORT int KmdfPowerDeviceStateRoundTrip(void);
/* IoInvalidateDeviceRelations(BusRelations) for the device's PDO. */
KMDFPOWER_EXPORT void KmdfPowerInvalidateBusRelations(void);
/* WdfDeviceSetSpecialFileSupport(FileType, Supported) on the device. */
KMDFPOWER_EXPORT void KmdfPowerSetSpecialFileSupport(int FileType, unsigned char Supported);
/* WdfDeviceSetPnpCapabilities (Removable, SurpriseRemovalOK TRUE, UniqueID FALSE,
   UINumber 7) and WdfDeviceSetPowerCapabilities (DeviceD1 TRUE, S3 -> D1), the other
   members left at their _INIT values. */
KMDFPOWER_EXPORT void KmdfPowerSetCapabilities(void);
/* WdfDeviceGetDevicePnpState (0), PowerState (1) or PowerPolicyState (2). */
KMDFPOWER_EXPORT unsigned long KmdfPowerDeviceStates(int Which);
/* The raw resources EvtDevicePrepareHardware last got, e.g. "irq 5, memory 0xFEC00000+0x100". */
KMDFPOWER_EXPORT void KmdfPowerPreparedResources(char* Buffer, unsigned long Size);
/* What the resource-list DDIs answered in Resources == 2 mode, e.g. "reqs=1 ...". */
KMDFPOWER_EXPORT void KmdfPowerResourceScript(char* Buffer, unsigned long Size);
/* WdfDeviceSetStaticStopRemove(Stoppable) on the device. */
KMDFPOWER_EXPORT void KmdfPowerSetStaticStopRemove(unsigned char Stoppable);
/* WdfDeviceAssignSxWakeSettings with these members (Size 0: the right size). */
KMDFPOWER_EXPORT long KmdfPowerAssignSxWake(int DxState, int Enabled, unsigned long Size);
/* WdfDeviceAssignS0IdleSettings with these members (Size 0: the right size). */
KMDFPOWER_EXPORT long KmdfPowerAssignIdle(int IdleCaps, int DxState, unsigned long TimeoutMs, unsigned long Size);

#endif
