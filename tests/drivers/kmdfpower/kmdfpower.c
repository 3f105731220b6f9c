/* kmdfpower: see kmdfpower.h. */
#include <ntddk.h>
#include <ntstrsafe.h>
#include <string.h>
#include <wdf.h>

#include "callback_log.h"
#include "kmdfpower.h"

static const GUID g_interface = KMDFPOWER_INTERFACE_GUID_INIT;
static const GUID g_childInterface = KMDFPOWER_CHILD_INTERFACE_GUID_INIT;
static const GUID g_rawClass = { 0x2d8f6b01, 0x4e30, 0x4c72, { 0xaf, 0x95, 0x7b, 0x1a, 0x3c, 0x4d, 0x5e, 0x6f } };
static WDFDEVICE g_child;
static KMDFPOWER_CONFIG g_config;
static volatile LONG g_held;
static WDFDEVICE g_device;
static KSPIN_LOCK g_heldLock;
static WDFREQUEST g_heldRequests[8]; /* guarded by g_heldLock */

void KmdfPowerSetConfig(const KMDFPOWER_CONFIG* Config) { g_config = *Config; }
unsigned long KmdfPowerReadLog(char* Buffer, unsigned long Size) { return CallbackLogRead(Buffer, (ULONG)Size); }
long KmdfPowerHeldRequests(void) { return InterlockedCompareExchange(&g_held, 0, 0); }

static BOOLEAN TakeHeld(WDFREQUEST Request)
{
    KIRQL irql;
    ULONG i;
    BOOLEAN found = FALSE;
    KeAcquireSpinLock(&g_heldLock, &irql);
    for (i = 0; i < 8; ++i) {
        if (g_heldRequests[i] == Request) {
            g_heldRequests[i] = NULL;
            found = TRUE;
            break;
        }
    }
    KeReleaseSpinLock(&g_heldLock, irql);
    return found;
}

long KmdfPowerCompleteHeld(void)
{
    long completed = 0;
    ULONG i;
    for (i = 0; i < 8; ++i) {
        WDFREQUEST request = g_heldRequests[i];
        if (request != NULL && TakeHeld(request)) {
            InterlockedDecrement(&g_held);
            WdfRequestComplete(request, STATUS_SUCCESS);
            ++completed;
        }
    }
    return completed;
}

void KmdfPowerSetFailed(int Action) { WdfDeviceSetFailed(g_device, (WDF_DEVICE_FAILED_ACTION)Action); }

int KmdfPowerDeviceStateRoundTrip(void)
{
    WDF_DEVICE_STATE state;
    WDF_DEVICE_STATE_INIT(&state);
    state.NotDisableable = WdfTrue;
    WdfDeviceSetDeviceState(g_device, &state);
    WDF_DEVICE_STATE_INIT(&state);
    WdfDeviceGetDeviceState(g_device, &state);
    return (int)state.NotDisableable * 10 + (int)state.Failed;
}

long KmdfPowerStopIdle(unsigned char WaitForD0) { return WdfDeviceStopIdle(g_device, WaitForD0 ? TRUE : FALSE); }
void KmdfPowerResumeIdle(void) { WdfDeviceResumeIdle(g_device); }

long KmdfPowerAssignIdle(int IdleCaps, int DxState, unsigned long TimeoutMs, unsigned long Size)
{
    WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS settings;
    WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT(&settings, (WDF_POWER_POLICY_S0_IDLE_CAPABILITIES)IdleCaps);
    settings.DxState = (DEVICE_POWER_STATE)DxState;
    settings.IdleTimeout = TimeoutMs;
    if (Size != 0) settings.Size = Size;
    return WdfDeviceAssignS0IdleSettings(g_device, &settings);
}

void KmdfPowerInvalidateBusRelations(void) { IoInvalidateDeviceRelations(WdfDeviceWdmGetPhysicalDevice(g_device), BusRelations); }

void KmdfPowerSetCapabilities(void)
{
    WDF_DEVICE_PNP_CAPABILITIES pnpCaps;
    WDF_DEVICE_POWER_CAPABILITIES powerCaps;
    WDF_DEVICE_PNP_CAPABILITIES_INIT(&pnpCaps);
    pnpCaps.Removable = WdfTrue;
    pnpCaps.SurpriseRemovalOK = WdfTrue;
    pnpCaps.UniqueID = WdfFalse;
    pnpCaps.UINumber = 7;
    WdfDeviceSetPnpCapabilities(g_device, &pnpCaps);
    WDF_DEVICE_POWER_CAPABILITIES_INIT(&powerCaps);
    powerCaps.DeviceD1 = WdfTrue;
    powerCaps.DeviceState[PowerSystemSleeping3] = PowerDeviceD1;
    WdfDeviceSetPowerCapabilities(g_device, &powerCaps);
}

unsigned long KmdfPowerDeviceStates(int Which)
{
    if (Which == 0) return (unsigned long)WdfDeviceGetDevicePnpState(g_device);
    if (Which == 1) return (unsigned long)WdfDeviceGetDevicePowerState(g_device);
    return (unsigned long)WdfDeviceGetDevicePowerPolicyState(g_device);
}

void KmdfPowerSetSpecialFileSupport(int FileType, unsigned char Supported)
{
    WdfDeviceSetSpecialFileSupport(g_device, (WDF_SPECIAL_FILE_TYPE)FileType, Supported ? TRUE : FALSE);
}

void KmdfPowerSetStaticStopRemove(unsigned char Stoppable) { WdfDeviceSetStaticStopRemove(g_device, Stoppable ? TRUE : FALSE); }

long KmdfPowerAssignSxWake(int DxState, int Enabled, unsigned long Size)
{
    WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS settings;
    WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS_INIT(&settings);
    settings.DxState = (DEVICE_POWER_STATE)DxState;
    settings.Enabled = (WDF_TRI_STATE)Enabled;
    if (Size != 0) settings.Size = Size;
    return WdfDeviceAssignSxWakeSettings(g_device, &settings);
}

static const char* StateName(WDF_POWER_DEVICE_STATE State)
{
    switch (State) {
    case WdfPowerDeviceD0: return "WdfPowerDeviceD0";
    case WdfPowerDeviceD1: return "WdfPowerDeviceD1";
    case WdfPowerDeviceD2: return "WdfPowerDeviceD2";
    case WdfPowerDeviceD3: return "WdfPowerDeviceD3";
    case WdfPowerDeviceD3Final: return "WdfPowerDeviceD3Final";
    case WdfPowerDevicePrepareForHibernation: return "WdfPowerDevicePrepareForHibernation";
    default: return "WdfPowerDeviceInvalid";
    }
}

/* The status a callback returns: the configured failure for the named callback. */
static NTSTATUS Outcome(const char* Callback)
{
    return strcmp(Callback, g_config.FailCallback) == 0 ? (NTSTATUS)g_config.FailStatus : STATUS_SUCCESS;
}

/* The child PDO's lines are marked so that the test can tell the two devices apart. */
static const char* Who(WDFOBJECT Device) { return Device != NULL && Device == (WDFOBJECT)g_child ? "[pdo] " : ""; }

static NTSTATUS LogAndReturnFor(WDFDEVICE Device, const char* Callback)
{
    CallbackLogLine("%s%s", Who(Device), Callback);
    return Device != NULL && Device == g_child ? STATUS_SUCCESS : Outcome(Callback);
}

static NTSTATUS LogStateAndReturnFor(WDFDEVICE Device, const char* Callback, WDF_POWER_DEVICE_STATE State)
{
    CallbackLogLine("%s%s(%s)", Who(Device), Callback, StateName(State));
    return Device != NULL && Device == g_child ? STATUS_SUCCESS : Outcome(Callback);
}
#define LogAndReturn(Callback) LogAndReturnFor(Device, Callback)
#define LogStateAndReturn(Callback, State) LogStateAndReturnFor(Device, Callback, State)

#define ADDED_MEMORY 0xFEC00000ull
static char g_prepared[256];

void KmdfPowerPreparedResources(char* Buffer, unsigned long Size) { RtlStringCbCopyA(Buffer, Size, g_prepared); }

static void DescribeResources(WDFCMRESLIST List)
{
    ULONG i;
    char item[64];
    g_prepared[0] = 0;
    for (i = 0; i < WdfCmResourceListGetCount(List); i++) {
        PCM_PARTIAL_RESOURCE_DESCRIPTOR d = WdfCmResourceListGetDescriptor(List, i);
        if (d->Type == CmResourceTypePort) {
            RtlStringCbPrintfA(item, sizeof(item), "port 0x%llX+0x%X", (unsigned long long)d->u.Port.Start.QuadPart,
                               (unsigned)d->u.Port.Length);
        } else if (d->Type == CmResourceTypeMemory) {
            RtlStringCbPrintfA(item, sizeof(item), "memory 0x%llX+0x%X", (unsigned long long)d->u.Memory.Start.QuadPart,
                               (unsigned)d->u.Memory.Length);
        } else if (d->Type == CmResourceTypeInterrupt) {
            RtlStringCbPrintfA(item, sizeof(item), "irq %u", (unsigned)d->u.Interrupt.Vector);
        } else {
            RtlStringCbPrintfA(item, sizeof(item), "type %u", (unsigned)d->Type);
        }
        if (i != 0) RtlStringCbCatA(g_prepared, sizeof(g_prepared), ", ");
        RtlStringCbCatA(g_prepared, sizeof(g_prepared), item);
    }
}

static char g_script[512];

void KmdfPowerResourceScript(char* Buffer, unsigned long Size) { RtlStringCbCopyA(Buffer, Size, g_script); }

static void Note(const char* Format, long Value)
{
    char item[64];
    RtlStringCbPrintfA(item, sizeof(item), Format, Value);
    RtlStringCbCatA(g_script, sizeof(g_script), item);
}

/* Every WdfIoResourceRequirementsList and WdfIoResourceList DDI, on the bus's list: a new
   configuration [irq 10, port 0x400+0x8] goes first and the bus's one is removed. */
static NTSTATUS ScriptRequirements(WDFIORESREQLIST Requirements)
{
    IO_RESOURCE_DESCRIPTOR port, irq;
    WDFIORESLIST added, original;
    NTSTATUS status;
    g_script[0] = 0;
    Note("reqs=%ld", (long)WdfIoResourceRequirementsListGetCount(Requirements));
    original = WdfIoResourceRequirementsListGetIoResList(Requirements, 0);
    Note(" original=%ld", (long)WdfIoResourceListGetCount(original));
    status = WdfIoResourceListCreate(Requirements, WDF_NO_OBJECT_ATTRIBUTES, &added);
    if (!NT_SUCCESS(status)) return status;
    RtlZeroMemory(&port, sizeof(port));
    port.Type = CmResourceTypePort;
    port.Flags = CM_RESOURCE_PORT_IO;
    port.u.Port.Length = 8;
    port.u.Port.Alignment = 1;
    port.u.Port.MinimumAddress.QuadPart = 0x400;
    port.u.Port.MaximumAddress.QuadPart = 0x407;
    RtlZeroMemory(&irq, sizeof(irq));
    irq.Type = CmResourceTypeInterrupt;
    irq.u.Interrupt.MinimumVector = 9;
    irq.u.Interrupt.MaximumVector = 9;
    Note(" append=0x%lX", (long)WdfIoResourceListAppendDescriptor(added, &port));
    Note(" insert=0x%lX", (long)WdfIoResourceListInsertDescriptor(added, &irq, 0));
    Note(" insert-past-end=0x%lX", (long)WdfIoResourceListInsertDescriptor(added, &irq, 5));
    irq.u.Interrupt.MinimumVector = 10;
    irq.u.Interrupt.MaximumVector = 10;
    WdfIoResourceListUpdateDescriptor(added, &irq, 0);
    Note(" first-vector=%ld", (long)WdfIoResourceListGetDescriptor(added, 0)->u.Interrupt.MinimumVector);
    Note(" get-past-end=%ld", WdfIoResourceListGetDescriptor(added, 7) == NULL ? 0 : 1);
    Note(" insert-list=0x%lX", (long)WdfIoResourceRequirementsListInsertIoResList(Requirements, added, 0));
    Note(" insert-again=0x%lX", (long)WdfIoResourceRequirementsListInsertIoResList(Requirements, added, 0));
    Note(" reqs=%ld", (long)WdfIoResourceRequirementsListGetCount(Requirements));
    WdfIoResourceListRemoveByDescriptor(original, WdfIoResourceListGetDescriptor(original, 0));
    WdfIoResourceListRemove(original, 0);
    Note(" original=%ld", (long)WdfIoResourceListGetCount(original));
    WdfIoResourceRequirementsListRemoveByIoResList(Requirements, original);
    WdfIoResourceRequirementsListSetSlotNumber(Requirements, 3);
    WdfIoResourceRequirementsListSetInterfaceType(Requirements, Internal);
    Note(" reqs=%ld", (long)WdfIoResourceRequirementsListGetCount(Requirements));
    Note(" first-is-added=%ld", WdfIoResourceRequirementsListGetIoResList(Requirements, 0) == added ? 1 : 0);
    return STATUS_SUCCESS;
}

/* Every WdfCmResourceList DDI on the raw list: a descriptor appended, inserted, then both
   removed again, so the bus gets the assignment unchanged. */
static void ScriptAssignment(WDFCMRESLIST Raw)
{
    CM_PARTIAL_RESOURCE_DESCRIPTOR memory;
    RtlZeroMemory(&memory, sizeof(memory));
    memory.Type = CmResourceTypeMemory;
    memory.u.Memory.Start.QuadPart = (LONGLONG)ADDED_MEMORY;
    memory.u.Memory.Length = 0x100;
    Note(" cm=%ld", (long)WdfCmResourceListGetCount(Raw));
    Note(" cm-append=0x%lX", (long)WdfCmResourceListAppendDescriptor(Raw, &memory));
    Note(" cm-insert=0x%lX", (long)WdfCmResourceListInsertDescriptor(Raw, &memory, 0));
    Note(" cm-insert-past-end=0x%lX", (long)WdfCmResourceListInsertDescriptor(Raw, &memory, 9));
    Note(" cm=%ld", (long)WdfCmResourceListGetCount(Raw));
    WdfCmResourceListRemove(Raw, 0);
    WdfCmResourceListRemoveByDescriptor(Raw, WdfCmResourceListGetDescriptor(Raw, WdfCmResourceListGetCount(Raw) - 1));
    Note(" cm=%ld", (long)WdfCmResourceListGetCount(Raw));
    Note(" cm-get-past-end=%ld", WdfCmResourceListGetDescriptor(Raw, 9) == NULL ? 0 : 1);
}

static void RemovePorts(WDFIORESREQLIST Requirements)
{
    ULONG c;
    for (c = 0; c < WdfIoResourceRequirementsListGetCount(Requirements); c++) {
        WDFIORESLIST configuration = WdfIoResourceRequirementsListGetIoResList(Requirements, c);
        ULONG i = WdfIoResourceListGetCount(configuration);
        while (i-- > 0) {
            if (WdfIoResourceListGetDescriptor(configuration, i)->Type == CmResourceTypePort) {
                WdfIoResourceListRemove(configuration, i);
            }
        }
    }
}

static NTSTATUS FilterRemoveRequirements(WDFDEVICE Device, WDFIORESREQLIST Requirements)
{
    UNREFERENCED_PARAMETER(Device);
    CallbackLogLine("EvtDeviceFilterRemoveResourceRequirements");
    if (g_config.Resources == 2) return ScriptRequirements(Requirements);
    RemovePorts(Requirements);
    return Outcome("EvtDeviceFilterRemoveResourceRequirements");
}

static NTSTATUS FilterAddRequirements(WDFDEVICE Device, WDFIORESREQLIST Requirements)
{
    IO_RESOURCE_DESCRIPTOR memory;
    WDFIORESLIST configuration;
    NTSTATUS status;
    UNREFERENCED_PARAMETER(Device);
    CallbackLogLine("EvtDeviceFilterAddResourceRequirements");
    if (g_config.Resources == 2) return STATUS_SUCCESS;
    RtlZeroMemory(&memory, sizeof(memory));
    memory.Type = CmResourceTypeMemory;
    memory.ShareDisposition = CmResourceShareDeviceExclusive;
    memory.u.Memory.Length = 0x100;
    memory.u.Memory.Alignment = 1;
    memory.u.Memory.MinimumAddress.QuadPart = (LONGLONG)ADDED_MEMORY;
    memory.u.Memory.MaximumAddress.QuadPart = (LONGLONG)(ADDED_MEMORY + 0xFF);
    if (WdfIoResourceRequirementsListGetCount(Requirements) == 0) {
        status = WdfIoResourceListCreate(Requirements, WDF_NO_OBJECT_ATTRIBUTES, &configuration);
        if (NT_SUCCESS(status)) status = WdfIoResourceRequirementsListAppendIoResList(Requirements, configuration);
        if (!NT_SUCCESS(status)) return status;
    } else {
        configuration = WdfIoResourceRequirementsListGetIoResList(Requirements, 0);
    }
    status = WdfIoResourceListAppendDescriptor(configuration, &memory);
    return NT_SUCCESS(status) ? Outcome("EvtDeviceFilterAddResourceRequirements") : status;
}

static void RemoveAddedMemory(WDFCMRESLIST List)
{
    ULONG i = WdfCmResourceListGetCount(List);
    while (i-- > 0) {
        PCM_PARTIAL_RESOURCE_DESCRIPTOR d = WdfCmResourceListGetDescriptor(List, i);
        if (d->Type == CmResourceTypeMemory && (ULONGLONG)d->u.Memory.Start.QuadPart == ADDED_MEMORY) {
            WdfCmResourceListRemoveByDescriptor(List, d);
        }
    }
}

static NTSTATUS RemoveAddedResources(WDFDEVICE Device, WDFCMRESLIST Raw, WDFCMRESLIST Translated)
{
    UNREFERENCED_PARAMETER(Device);
    CallbackLogLine("EvtDeviceRemoveAddedResources");
    if (g_config.Resources == 2) {
        ScriptAssignment(Raw);
        return STATUS_SUCCESS;
    }
    RemoveAddedMemory(Raw);
    RemoveAddedMemory(Translated);
    return Outcome("EvtDeviceRemoveAddedResources");
}

static NTSTATUS PrepareHardware(WDFDEVICE Device, WDFCMRESLIST Raw, WDFCMRESLIST Translated)
{
    if (Device != g_child) DescribeResources(Raw);
    UNREFERENCED_PARAMETER(Device);
    UNREFERENCED_PARAMETER(Raw);
    UNREFERENCED_PARAMETER(Translated);
    return LogAndReturn("EvtDevicePrepareHardware");
}
static NTSTATUS ReleaseHardware(WDFDEVICE Device, WDFCMRESLIST Translated)
{
    UNREFERENCED_PARAMETER(Device);
    UNREFERENCED_PARAMETER(Translated);
    return LogAndReturn("EvtDeviceReleaseHardware");
}
static NTSTATUS D0Entry(WDFDEVICE Device, WDF_POWER_DEVICE_STATE Previous)
{
    UNREFERENCED_PARAMETER(Device);
    return LogStateAndReturn("EvtDeviceD0Entry", Previous);
}
static NTSTATUS D0EntryPostInterruptsEnabled(WDFDEVICE Device, WDF_POWER_DEVICE_STATE Previous)
{
    UNREFERENCED_PARAMETER(Device);
    return LogStateAndReturn("EvtDeviceD0EntryPostInterruptsEnabled", Previous);
}
static NTSTATUS D0ExitPreInterruptsDisabled(WDFDEVICE Device, WDF_POWER_DEVICE_STATE Target)
{
    UNREFERENCED_PARAMETER(Device);
    return LogStateAndReturn("EvtDeviceD0ExitPreInterruptsDisabled", Target);
}
static NTSTATUS D0Exit(WDFDEVICE Device, WDF_POWER_DEVICE_STATE Target)
{
    UNREFERENCED_PARAMETER(Device);
    return LogStateAndReturn("EvtDeviceD0Exit", Target);
}
static NTSTATUS SelfManagedIoInit(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    return LogAndReturn("EvtDeviceSelfManagedIoInit");
}
static NTSTATUS SelfManagedIoSuspend(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    return LogAndReturn("EvtDeviceSelfManagedIoSuspend");
}
static NTSTATUS SelfManagedIoRestart(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    return LogAndReturn("EvtDeviceSelfManagedIoRestart");
}
static VOID SelfManagedIoFlush(WDFDEVICE Device) { CallbackLogLine("%sEvtDeviceSelfManagedIoFlush", Who(Device)); }
static VOID SelfManagedIoCleanup(WDFDEVICE Device)
{
    CallbackLogLine("%sEvtDeviceSelfManagedIoCleanup", Who(Device));
}
static NTSTATUS QueryRemove(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    return LogAndReturn("EvtDeviceQueryRemove");
}
static NTSTATUS QueryStop(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    return LogAndReturn("EvtDeviceQueryStop");
}
static NTSTATUS ArmWakeFromS0(WDFDEVICE Device) { return LogAndReturn("EvtDeviceArmWakeFromS0"); }
static VOID DisarmWakeFromS0(WDFDEVICE Device) { CallbackLogLine("%sEvtDeviceDisarmWakeFromS0", Who(Device)); }
static VOID WakeFromS0Triggered(WDFDEVICE Device) { CallbackLogLine("%sEvtDeviceWakeFromS0Triggered", Who(Device)); }
static NTSTATUS ArmWakeFromSx(WDFDEVICE Device) { return LogAndReturn("EvtDeviceArmWakeFromSx"); }
static VOID DisarmWakeFromSx(WDFDEVICE Device) { CallbackLogLine("%sEvtDeviceDisarmWakeFromSx", Who(Device)); }
static VOID WakeFromSxTriggered(WDFDEVICE Device) { CallbackLogLine("%sEvtDeviceWakeFromSxTriggered", Who(Device)); }
static VOID RelationsQuery(WDFDEVICE Device, DEVICE_RELATION_TYPE Type)
{
    static const char* const names[] = {"BusRelations",   "EjectionRelations",    "PowerRelations",
                                        "RemovalRelations", "TargetDeviceRelation", "SingleBusRelations",
                                        "TransportRelations"};
    CallbackLogLine("%sEvtDeviceRelationsQuery(%s)", Who(Device),
                    (unsigned)Type < sizeof(names) / sizeof(names[0]) ? names[Type] : "?");
}
static const char* SpecialFileName(WDF_SPECIAL_FILE_TYPE Type)
{
    switch (Type) {
    case WdfSpecialFilePaging: return "WdfSpecialFilePaging";
    case WdfSpecialFileHibernation: return "WdfSpecialFileHibernation";
    case WdfSpecialFileDump: return "WdfSpecialFileDump";
    case WdfSpecialFileBoot: return "WdfSpecialFileBoot";
    default: return "WdfSpecialFileUndefined";
    }
}
static VOID UsageNotification(WDFDEVICE Device, WDF_SPECIAL_FILE_TYPE Type, BOOLEAN InPath)
{
    CallbackLogLine("%sEvtDeviceUsageNotification(%s, %s)", Who(Device), SpecialFileName(Type), InPath ? "TRUE" : "FALSE");
}
static NTSTATUS UsageNotificationEx(WDFDEVICE Device, WDF_SPECIAL_FILE_TYPE Type, BOOLEAN InPath)
{
    CallbackLogLine("%sEvtDeviceUsageNotificationEx(%s, %s)", Who(Device), SpecialFileName(Type),
                    InPath ? "TRUE" : "FALSE");
    return Outcome("EvtDeviceUsageNotificationEx");
}
static const char* NotificationName(WDF_STATE_NOTIFICATION_TYPE Type)
{
    return Type == StateNotificationEnterState ? "Enter" : Type == StateNotificationLeaveState ? "Leave" : "PostProcess";
}
static VOID PnpStateChange(WDFDEVICE Device, PCWDF_DEVICE_PNP_NOTIFICATION_DATA Data)
{
    UNREFERENCED_PARAMETER(Device);
    if (Data->Type == StateNotificationPostProcessState) {
        CallbackLogLine("PnpState(PostProcess 0x%X)", (unsigned)Data->Data.PostProcessState.CurrentState);
    } else {
        CallbackLogLine("PnpState(%s 0x%X->0x%X)", NotificationName(Data->Type), (unsigned)Data->Data.EnterState.CurrentState,
                        (unsigned)Data->Data.EnterState.NewState);
    }
}
static VOID PowerStateChange(WDFDEVICE Device, PCWDF_DEVICE_POWER_NOTIFICATION_DATA Data)
{
    UNREFERENCED_PARAMETER(Device);
    CallbackLogLine("PowerState(%s 0x%X->0x%X)", NotificationName(Data->Type), (unsigned)Data->Data.EnterState.CurrentState,
                    (unsigned)Data->Data.EnterState.NewState);
}
static VOID PolicyStateChange(WDFDEVICE Device, PCWDF_DEVICE_POWER_POLICY_NOTIFICATION_DATA Data)
{
    UNREFERENCED_PARAMETER(Device);
    CallbackLogLine("PolicyState(%s 0x%X->0x%X)", NotificationName(Data->Type), (unsigned)Data->Data.EnterState.CurrentState,
                    (unsigned)Data->Data.EnterState.NewState);
}
static VOID SurpriseRemoval(WDFDEVICE Device) { CallbackLogLine("%sEvtDeviceSurpriseRemoval", Who(Device)); }
static VOID DeviceCleanup(WDFOBJECT Object) { CallbackLogLine("%sEvtCleanupCallback(WDFDEVICE)", Who(Object)); }
static VOID DeviceDestroy(WDFOBJECT Object) { CallbackLogLine("%sEvtDestroyCallback(WDFDEVICE)", Who(Object)); }

/* The queue keeps every request it is given. */
static VOID IoDefault(WDFQUEUE Queue, WDFREQUEST Request)
{
    KIRQL irql;
    ULONG i;
    UNREFERENCED_PARAMETER(Queue);
    KeAcquireSpinLock(&g_heldLock, &irql);
    for (i = 0; i < 8; ++i) {
        if (g_heldRequests[i] == NULL) {
            g_heldRequests[i] = Request;
            break;
        }
    }
    KeReleaseSpinLock(&g_heldLock, irql);
    InterlockedIncrement(&g_held);
}
static VOID IoStop(WDFQUEUE Queue, WDFREQUEST Request, ULONG ActionFlags)
{
    const char* who = Who(WdfIoQueueGetDevice(Queue));
    if ((ActionFlags & WdfRequestStopActionSuspend) != 0) {
        CallbackLogLine("%sEvtIoStop(WdfRequestStopActionSuspend)", who);
        WdfRequestStopAcknowledge(Request, FALSE);
    } else {
        CallbackLogLine("%sEvtIoStop(WdfRequestStopActionPurge)", who);
        if (TakeHeld(Request)) {
            InterlockedDecrement(&g_held);
            WdfRequestComplete(Request, STATUS_CANCELLED);
        }
    }
}
static VOID IoResume(WDFQUEUE Queue, WDFREQUEST Request)
{
    UNREFERENCED_PARAMETER(Request);
    CallbackLogLine("%sEvtIoResume", Who(WdfIoQueueGetDevice(Queue)));
}

static VOID SetCallbacks(PWDF_PNPPOWER_EVENT_CALLBACKS Pnp);

/* The child PDO: same callbacks, same queue, its own interface; raw (no function driver). */
static NTSTATUS CreateChild(WDFDEVICE Parent)
{
    PWDFDEVICE_INIT init = WdfPdoInitAllocate(Parent);
    WDF_PNPPOWER_EVENT_CALLBACKS pnp;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    DECLARE_CONST_UNICODE_STRING(deviceId, L"KMDFPOWER\\CHILD");
    DECLARE_CONST_UNICODE_STRING(instanceId, L"00");
    WDFDEVICE child;
    NTSTATUS status;
    if (init == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    status = WdfPdoInitAssignDeviceID(init, &deviceId);
    if (NT_SUCCESS(status)) status = WdfPdoInitAssignInstanceID(init, &instanceId);
    if (NT_SUCCESS(status)) status = WdfPdoInitAddHardwareID(init, &deviceId);
    if (NT_SUCCESS(status)) status = WdfPdoInitAssignRawDevice(init, &g_rawClass);
    if (!NT_SUCCESS(status)) {
        WdfDeviceInitFree(init);
        return status;
    }
    SetCallbacks(&pnp);
    WdfDeviceInitSetPnpPowerEventCallbacks(init, &pnp);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.EvtCleanupCallback = DeviceCleanup;
    attributes.EvtDestroyCallback = DeviceDestroy;
    status = WdfDeviceCreate(&init, &attributes, &child);
    if (!NT_SUCCESS(status)) {
        WdfDeviceInitFree(init);
        return status;
    }
    g_child = child;
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.PowerManaged = WdfTrue;
    queueConfig.EvtIoDefault = IoDefault;
    queueConfig.EvtIoStop = IoStop;
    queueConfig.EvtIoResume = IoResume;
    status = WdfIoQueueCreate(child, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    if (NT_SUCCESS(status)) status = WdfDeviceCreateDeviceInterface(child, &g_childInterface, NULL);
    if (NT_SUCCESS(status)) status = WdfFdoAddStaticChild(Parent, child);
    return status;
}

static NTSTATUS DeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_PNPPOWER_EVENT_CALLBACKS pnp;
    WDF_POWER_POLICY_EVENT_CALLBACKS policy;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    NTSTATUS status;
    UNREFERENCED_PARAMETER(Driver);
    CallbackLogLine("EvtDriverDeviceAdd");
    SetCallbacks(&pnp);
    WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, &pnp);
    WDF_POWER_POLICY_EVENT_CALLBACKS_INIT(&policy);
    policy.EvtDeviceArmWakeFromS0 = ArmWakeFromS0;
    policy.EvtDeviceDisarmWakeFromS0 = DisarmWakeFromS0;
    policy.EvtDeviceWakeFromS0Triggered = WakeFromS0Triggered;
    policy.EvtDeviceArmWakeFromSx = ArmWakeFromSx;
    policy.EvtDeviceDisarmWakeFromSx = DisarmWakeFromSx;
    policy.EvtDeviceWakeFromSxTriggered = WakeFromSxTriggered;
    WdfDeviceInitSetPowerPolicyEventCallbacks(DeviceInit, &policy);
    if (g_config.Resources) {
        WDF_FDO_EVENT_CALLBACKS fdo;
        WDF_FDO_EVENT_CALLBACKS_INIT(&fdo);
        fdo.EvtDeviceFilterRemoveResourceRequirements = FilterRemoveRequirements;
        fdo.EvtDeviceFilterAddResourceRequirements = FilterAddRequirements;
        fdo.EvtDeviceRemoveAddedResources = RemoveAddedResources;
        WdfFdoInitSetEventCallbacks(DeviceInit, &fdo);
    }
    if (g_config.StateCallbacks) {
        status = WdfDeviceInitRegisterPnpStateChangeCallback(DeviceInit, WdfDevStatePnpStarted, PnpStateChange,
                                                             StateNotificationAllStates);
        if (NT_SUCCESS(status)) {
            status = WdfDeviceInitRegisterPowerStateChangeCallback(DeviceInit, WdfDevStatePowerD0, PowerStateChange,
                                                                   StateNotificationEnterState);
        }
        if (NT_SUCCESS(status)) {
            status = WdfDeviceInitRegisterPowerStateChangeCallback(DeviceInit, WdfDevStatePowerDx, PowerStateChange,
                                                                   StateNotificationEnterState);
        }
        if (NT_SUCCESS(status)) {
            status = WdfDeviceInitRegisterPowerPolicyStateChangeCallback(DeviceInit, WdfDevStatePwrPolWaitingUnarmed,
                                                                         PolicyStateChange, StateNotificationEnterState);
        }
        if (NT_SUCCESS(status)) {
            /* Not a valid registration: CallbackTypes must name at least one type. */
            status = WdfDeviceInitRegisterPnpStateChangeCallback(DeviceInit, WdfDevStatePnpStopped, PnpStateChange, 0) ==
                             STATUS_INVALID_PARAMETER
                         ? STATUS_SUCCESS
                         : STATUS_UNSUCCESSFUL;
        }
        if (!NT_SUCCESS(status)) return status;
    }
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.EvtCleanupCallback = DeviceCleanup;
    attributes.EvtDestroyCallback = DeviceDestroy;
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) return status;
    g_device = device;
    if (g_config.IdleTimeoutMs != 0) {
        status = (NTSTATUS)KmdfPowerAssignIdle(g_config.IdleCanWake ? IdleCanWakeFromS0 : IdleCannotWakeFromS0,
                                               PowerDeviceD3, g_config.IdleTimeoutMs, 0);
        if (!NT_SUCCESS(status)) return status;
    }
    if (g_config.SxWake) {
        status = (NTSTATUS)KmdfPowerAssignSxWake(PowerDeviceMaximum, WdfUseDefault, 0);
        if (!NT_SUCCESS(status)) return status;
    }
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.PowerManaged = WdfTrue;
    queueConfig.EvtIoDefault = IoDefault;
    queueConfig.EvtIoStop = IoStop;
    queueConfig.EvtIoResume = IoResume;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) return status;
    if (g_config.ChildPdo) {
        status = CreateChild(device);
        if (!NT_SUCCESS(status)) return status;
    }
    return WdfDeviceCreateDeviceInterface(device, &g_interface, NULL);
}

static VOID SetCallbacks(PWDF_PNPPOWER_EVENT_CALLBACKS Pnp)
{
    WDF_PNPPOWER_EVENT_CALLBACKS pnp;
    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&pnp);
    pnp.EvtDevicePrepareHardware = PrepareHardware;
    pnp.EvtDeviceReleaseHardware = ReleaseHardware;
    pnp.EvtDeviceD0Entry = D0Entry;
    pnp.EvtDeviceD0EntryPostInterruptsEnabled = D0EntryPostInterruptsEnabled;
    pnp.EvtDeviceD0ExitPreInterruptsDisabled = D0ExitPreInterruptsDisabled;
    pnp.EvtDeviceD0Exit = D0Exit;
    pnp.EvtDeviceSelfManagedIoInit = SelfManagedIoInit;
    pnp.EvtDeviceSelfManagedIoSuspend = SelfManagedIoSuspend;
    pnp.EvtDeviceSelfManagedIoRestart = SelfManagedIoRestart;
    pnp.EvtDeviceSelfManagedIoFlush = SelfManagedIoFlush;
    pnp.EvtDeviceSelfManagedIoCleanup = SelfManagedIoCleanup;
    pnp.EvtDeviceQueryRemove = QueryRemove;
    pnp.EvtDeviceQueryStop = QueryStop;
    pnp.EvtDeviceSurpriseRemoval = SurpriseRemoval;
    if (g_config.RelationsQuery) pnp.EvtDeviceRelationsQuery = RelationsQuery;
    if (g_config.UsageNotification == 1) pnp.EvtDeviceUsageNotification = UsageNotification;
    if (g_config.UsageNotification == 2) pnp.EvtDeviceUsageNotificationEx = UsageNotificationEx;
    *Pnp = pnp;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    CallbackLogReset();
    g_held = 0;
    g_child = NULL;
    KeInitializeSpinLock(&g_heldLock);
    RtlZeroMemory(g_heldRequests, sizeof(g_heldRequests));
    WDF_DRIVER_CONFIG_INIT(&config, DeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
