/* kmdftest: see kmdftest.h. */
#include "callback_log.h"
#include <initguid.h>

#include "kmdftest.h"


#define MAX_HELD 256

typedef struct _DEVICE_CONTEXT {
    ULONG Unused;
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, GetDeviceContext)

DRIVER_INITIALIZE DriverEntry;
static EVT_WDF_DRIVER_DEVICE_ADD TestEvtDeviceAdd;
static EVT_WDF_DRIVER_UNLOAD TestEvtDriverUnload;
static EVT_WDF_DEVICE_PREPARE_HARDWARE TestEvtPrepareHardware;
static EVT_WDF_DEVICE_RELEASE_HARDWARE TestEvtReleaseHardware;
static EVT_WDF_DEVICE_D0_ENTRY TestEvtD0Entry;
static EVT_WDF_DEVICE_D0_EXIT TestEvtD0Exit;
static EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT TestEvtSelfManagedIoInit;
static EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND TestEvtSelfManagedIoSuspend;
static EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART TestEvtSelfManagedIoRestart;
static EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH TestEvtSelfManagedIoFlush;
static EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP TestEvtSelfManagedIoCleanup;
static EVT_WDF_DEVICE_QUERY_REMOVE TestEvtQueryRemove;
static EVT_WDF_OBJECT_CONTEXT_CLEANUP TestEvtDeviceCleanup;
static EVT_WDF_OBJECT_CONTEXT_DESTROY TestEvtDeviceDestroy;
static EVT_WDF_OBJECT_CONTEXT_CLEANUP TestEvtQueueCleanup;
static EVT_WDF_OBJECT_CONTEXT_CLEANUP TestEvtRequestCleanup;
static EVT_WDF_IO_QUEUE_IO_READ TestEvtIoRead;
static EVT_WDF_IO_QUEUE_IO_WRITE TestEvtIoWrite;
static EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL TestEvtIoDeviceControl;
static EVT_WDF_REQUEST_CANCEL TestEvtRequestCancel;

static KMDFTEST_CONFIG g_config = {WdfIoQueueDispatchSequential, 0, 0, 0, 0, TRUE, FALSE, FALSE};
static KSPIN_LOCK g_lock;
static WDFREQUEST g_held[MAX_HELD];
static ULONG g_heldCount;
static WDFQUEUE g_queue;
static WDFQUEUE g_ioctlQueue;
static WDFDEVICE g_device;
static WDFTIMER g_oneShotTimer;
static WDFTIMER g_periodicTimer;
static volatile LONG g_oneShotFires;
static volatile LONG g_periodicFires;
static EVT_WDF_TIMER TestEvtOneShotTimer;
static EVT_WDF_TIMER TestEvtPeriodicTimer;


void KmdfTestSetConfig(const KMDFTEST_CONFIG* Config) { g_config = *Config; }

ULONG KmdfTestReadLog(char* Buffer, ULONG Size) { return CallbackLogRead(Buffer, Size); }

void KmdfTestResetLog(void) { CallbackLogReset(); }

static BOOLEAN TakeHeld(WDFREQUEST Request)
{
    KIRQL irql;
    ULONG i;
    BOOLEAN found = FALSE;
    KeAcquireSpinLock(&g_lock, &irql);
    for (i = 0; i < g_heldCount; i++) {
        if (g_held[i] == Request) {
            RtlMoveMemory(&g_held[i], &g_held[i + 1], (g_heldCount - i - 1) * sizeof(WDFREQUEST));
            g_heldCount--;
            found = TRUE;
            break;
        }
    }
    KeReleaseSpinLock(&g_lock, irql);
    return found;
}

ULONG KmdfTestHeldCount(void)
{
    KIRQL irql;
    ULONG n;
    KeAcquireSpinLock(&g_lock, &irql);
    n = g_heldCount;
    KeReleaseSpinLock(&g_lock, irql);
    return n;
}

ULONG KmdfTestCompleteHeld(ULONG Count, NTSTATUS Status)
{
    ULONG done = 0;
    while (done < Count) {
        WDFREQUEST request = NULL;
        KIRQL irql;
        KeAcquireSpinLock(&g_lock, &irql);
        if (g_heldCount > 0) {
            request = g_held[0];
        }
        KeReleaseSpinLock(&g_lock, irql);
        if (request == NULL) {
            break;
        }
        if (WdfRequestUnmarkCancelable(request) == STATUS_CANCELLED) {
            continue; /* the cancel routine completes it and removes it */
        }
        TakeHeld(request);
        CallbackLogLine("Complete 0x%08x", Status);
        WdfRequestComplete(request, Status);
        done++;
    }
    return done;
}

NTSTATUS KmdfTestRetrieveAndComplete(NTSTATUS Status)
{
    WDFREQUEST request;
    NTSTATUS status = WdfIoQueueRetrieveNextRequest(g_queue, &request);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    CallbackLogLine("Retrieved");
    WdfRequestComplete(request, Status);
    return STATUS_SUCCESS;
}

void KmdfTestStopQueue(BOOLEAN Synchronously)
{
    if (Synchronously) {
        WdfIoQueueStopSynchronously(g_queue);
        CallbackLogLine("QueueStoppedSynchronously");
    } else {
        WdfIoQueueStop(g_queue, NULL, NULL);
    }
}

void KmdfTestStartQueue(void) { WdfIoQueueStart(g_queue); }

ULONG KmdfTestQueueState(ULONG* QueueRequests, ULONG* DriverRequests)
{
    return (ULONG)WdfIoQueueGetState(g_queue, QueueRequests, DriverRequests);
}

BOOLEAN KmdfTestTimerStart(BOOLEAN Periodic, LONGLONG DueTime)
{
    return WdfTimerStart(Periodic ? g_periodicTimer : g_oneShotTimer, DueTime);
}

BOOLEAN KmdfTestTimerStop(BOOLEAN Periodic, BOOLEAN Wait)
{
    return WdfTimerStop(Periodic ? g_periodicTimer : g_oneShotTimer, Wait);
}

LONG KmdfTestTimerFires(BOOLEAN Periodic)
{
    return Periodic ? InterlockedCompareExchange(&g_periodicFires, 0, 0)
                    : InterlockedCompareExchange(&g_oneShotFires, 0, 0);
}

BOOLEAN KmdfTestTimerParentIsExpected(void)
{
    return WdfTimerGetParentObject(g_oneShotTimer) == (WDFOBJECT)g_device &&
           WdfTimerGetParentObject(g_periodicTimer) == (WDFOBJECT)g_queue;
}

static VOID TestEvtOneShotTimer(WDFTIMER Timer)
{
    UNREFERENCED_PARAMETER(Timer);
    InterlockedIncrement(&g_oneShotFires);
    CallbackLogLine("EvtTimer one-shot irql=%d", (int)KeGetCurrentIrql());
}

static VOID TestEvtPeriodicTimer(WDFTIMER Timer)
{
    UNREFERENCED_PARAMETER(Timer);
    InterlockedIncrement(&g_periodicFires);
}

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    NTSTATUS status;

    KeInitializeSpinLock(&g_lock);
    CallbackLogLine("DriverEntry");
    WDF_DRIVER_CONFIG_INIT(&config, TestEvtDeviceAdd);
    config.EvtDriverUnload = TestEvtDriverUnload;
    status = WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
    CallbackLogLine("WdfDriverCreate 0x%08x", status);
    return status;
}

static VOID TestEvtDriverUnload(_In_ WDFDRIVER Driver)
{
    UNREFERENCED_PARAMETER(Driver);
    CallbackLogLine("EvtDriverUnload");
}

static NTSTATUS TestEvtDeviceAdd(_In_ WDFDRIVER Driver, _Inout_ PWDFDEVICE_INIT DeviceInit)
{
    WDF_PNPPOWER_EVENT_CALLBACKS callbacks;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    CallbackLogLine("EvtDriverDeviceAdd");

    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&callbacks);
    callbacks.EvtDevicePrepareHardware = TestEvtPrepareHardware;
    callbacks.EvtDeviceReleaseHardware = TestEvtReleaseHardware;
    callbacks.EvtDeviceD0Entry = TestEvtD0Entry;
    callbacks.EvtDeviceD0Exit = TestEvtD0Exit;
    callbacks.EvtDeviceSelfManagedIoInit = TestEvtSelfManagedIoInit;
    callbacks.EvtDeviceSelfManagedIoSuspend = TestEvtSelfManagedIoSuspend;
    callbacks.EvtDeviceSelfManagedIoRestart = TestEvtSelfManagedIoRestart;
    callbacks.EvtDeviceSelfManagedIoFlush = TestEvtSelfManagedIoFlush;
    callbacks.EvtDeviceSelfManagedIoCleanup = TestEvtSelfManagedIoCleanup;
    callbacks.EvtDeviceQueryRemove = TestEvtQueryRemove;
    WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, &callbacks);

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.EvtCleanupCallback = TestEvtRequestCleanup;
    WdfDeviceInitSetRequestAttributes(DeviceInit, &attributes);

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEVICE_CONTEXT);
    attributes.EvtCleanupCallback = TestEvtDeviceCleanup;
    attributes.EvtDestroyCallback = TestEvtDeviceDestroy;
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        CallbackLogLine("WdfDeviceCreate 0x%08x", status);
        return status;
    }

    status = WdfDeviceCreateDeviceInterface(device, &GUID_DEVINTERFACE_KMDFTEST, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    if (g_config.DispatchType == WdfIoQueueDispatchParallel) {
        WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
        if (g_config.NumberOfPresentedRequests != 0) {
            queueConfig.Settings.Parallel.NumberOfPresentedRequests = g_config.NumberOfPresentedRequests;
        }
    } else {
        WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, g_config.DispatchType);
    }
    if (g_config.DispatchType != WdfIoQueueDispatchManual) {
        queueConfig.EvtIoRead = TestEvtIoRead;
        queueConfig.EvtIoWrite = TestEvtIoWrite;
        queueConfig.EvtIoDeviceControl = TestEvtIoDeviceControl;
    }
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.EvtCleanupCallback = TestEvtQueueCleanup;
    status = WdfIoQueueCreate(device, &queueConfig, &attributes, &g_queue);
    if (!NT_SUCCESS(status)) {
        CallbackLogLine("WdfIoQueueCreate 0x%08x", status);
        return status;
    }

    if (g_config.IoctlQueue) {
        WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchParallel);
        queueConfig.EvtIoDeviceControl = TestEvtIoDeviceControl;
        status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &g_ioctlQueue);
        if (!NT_SUCCESS(status)) {
            return status;
        }
        status = WdfDeviceConfigureRequestDispatching(device, g_ioctlQueue, WdfRequestTypeDeviceControl);
        if (!NT_SUCCESS(status)) {
            CallbackLogLine("WdfDeviceConfigureRequestDispatching 0x%08x", status);
            return status;
        }
    }

    g_device = device;
    {
        WDF_TIMER_CONFIG timerConfig;
        WDF_OBJECT_ATTRIBUTES timerAttributes;
        g_oneShotFires = 0;
        g_periodicFires = 0;
        WDF_TIMER_CONFIG_INIT(&timerConfig, TestEvtOneShotTimer);
        WDF_OBJECT_ATTRIBUTES_INIT(&timerAttributes);
        timerAttributes.ParentObject = device;
        status = WdfTimerCreate(&timerConfig, &timerAttributes, &g_oneShotTimer);
        if (!NT_SUCCESS(status)) {
            return status;
        }
        WDF_TIMER_CONFIG_INIT_PERIODIC(&timerConfig, TestEvtPeriodicTimer, 5);
        WDF_OBJECT_ATTRIBUTES_INIT(&timerAttributes);
        timerAttributes.ParentObject = g_queue;
        status = WdfTimerCreate(&timerConfig, &timerAttributes, &g_periodicTimer);
        if (!NT_SUCCESS(status)) {
            return status;
        }
    }

    if (g_config.LeakMemoryObject) {
        WDFMEMORY memory;
        status = WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPoolNx, 'kaeL', 64, &memory, NULL);
        if (NT_SUCCESS(status)) {
            /* An extra reference nobody drops keeps it alive past the driver's deletion. */
            WdfObjectReference(memory);
        }
    }
    return STATUS_SUCCESS;
}

static NTSTATUS TestEvtPrepareHardware(WDFDEVICE Device, WDFCMRESLIST Raw, WDFCMRESLIST Translated)
{
    UNREFERENCED_PARAMETER(Device);
    CallbackLogLine("EvtDevicePrepareHardware %s", (Raw != NULL && Translated != NULL) ? "lists" : "no-lists");
    return g_config.PrepareHardwareStatus;
}

static NTSTATUS TestEvtReleaseHardware(WDFDEVICE Device, WDFCMRESLIST Translated)
{
    UNREFERENCED_PARAMETER(Device);
    UNREFERENCED_PARAMETER(Translated);
    CallbackLogLine("EvtDeviceReleaseHardware");
    return STATUS_SUCCESS;
}

static NTSTATUS TestEvtD0Entry(WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState)
{
    UNREFERENCED_PARAMETER(Device);
    CallbackLogLine("EvtDeviceD0Entry %d", (int)PreviousState);
    return g_config.D0EntryStatus;
}

static NTSTATUS TestEvtD0Exit(WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState)
{
    UNREFERENCED_PARAMETER(Device);
    CallbackLogLine("EvtDeviceD0Exit %d", (int)TargetState);
    return STATUS_SUCCESS;
}

static NTSTATUS TestEvtSelfManagedIoInit(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    CallbackLogLine("EvtDeviceSelfManagedIoInit");
    return g_config.SelfManagedIoInitStatus;
}

static NTSTATUS TestEvtSelfManagedIoSuspend(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    CallbackLogLine("EvtDeviceSelfManagedIoSuspend");
    return STATUS_SUCCESS;
}

static NTSTATUS TestEvtSelfManagedIoRestart(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    CallbackLogLine("EvtDeviceSelfManagedIoRestart");
    return STATUS_SUCCESS;
}

static VOID TestEvtSelfManagedIoFlush(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    CallbackLogLine("EvtDeviceSelfManagedIoFlush");
}

static VOID TestEvtSelfManagedIoCleanup(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    CallbackLogLine("EvtDeviceSelfManagedIoCleanup");
}

static NTSTATUS TestEvtQueryRemove(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    CallbackLogLine("EvtDeviceQueryRemove");
    return STATUS_SUCCESS;
}

static VOID TestEvtDeviceCleanup(WDFOBJECT Object)
{
    UNREFERENCED_PARAMETER(Object);
    CallbackLogLine("EvtDeviceCleanup");
}

static VOID TestEvtDeviceDestroy(WDFOBJECT Object)
{
    UNREFERENCED_PARAMETER(Object);
    CallbackLogLine("EvtDeviceDestroy");
}

static VOID TestEvtQueueCleanup(WDFOBJECT Object)
{
    UNREFERENCED_PARAMETER(Object);
    CallbackLogLine("EvtQueueCleanup");
}

static VOID TestEvtRequestCleanup(WDFOBJECT Object)
{
    UNREFERENCED_PARAMETER(Object);
    CallbackLogLine("EvtRequestCleanup");
}

static VOID TestEvtRequestCancel(WDFREQUEST Request)
{
    if (TakeHeld(Request)) {
        CallbackLogLine("EvtRequestCancel");
        WdfRequestComplete(Request, STATUS_CANCELLED);
    }
}

static VOID HoldOrComplete(WDFREQUEST Request, size_t Length)
{
    KIRQL irql;
    BOOLEAN held = FALSE;
    if (g_config.HoldRequests) {
        KeAcquireSpinLock(&g_lock, &irql);
        if (g_heldCount < MAX_HELD) {
            g_held[g_heldCount++] = Request;
            held = TRUE;
        }
        KeReleaseSpinLock(&g_lock, irql);
    }
    if (held) {
        NTSTATUS status;
        WdfRequestSetInformation(Request, Length);
        status = WdfRequestMarkCancelableEx(Request, TestEvtRequestCancel);
        if (!NT_SUCCESS(status)) {
            TakeHeld(Request);
            WdfRequestComplete(Request, status);
        }
        return;
    }
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, Length);
}

static VOID TestEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    UNREFERENCED_PARAMETER(Queue);
    CallbackLogLine("EvtIoRead %u", (ULONG)Length);
    HoldOrComplete(Request, Length);
}

static VOID TestEvtIoWrite(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    UNREFERENCED_PARAMETER(Queue);
    CallbackLogLine("EvtIoWrite %u", (ULONG)Length);
    HoldOrComplete(Request, Length);
}

static VOID TestEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                                   size_t InputBufferLength, ULONG IoControlCode)
{
    PVOID in;
    PVOID out;
    NTSTATUS status;
    size_t length = InputBufferLength < OutputBufferLength ? InputBufferLength : OutputBufferLength;

    CallbackLogLine("EvtIoDeviceControl 0x%08x%s", IoControlCode, Queue == g_ioctlQueue ? " (ioctl queue)" : "");
    if (IoControlCode != IOCTL_KMDFTEST_ECHO) {
        WdfRequestComplete(Request, STATUS_INVALID_DEVICE_REQUEST);
        return;
    }
    status = WdfRequestRetrieveInputBuffer(Request, 1, &in, NULL);
    if (NT_SUCCESS(status)) {
        status = WdfRequestRetrieveOutputBuffer(Request, length, &out, NULL);
    }
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
        return;
    }
    RtlMoveMemory(out, in, length);
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, length);
}
