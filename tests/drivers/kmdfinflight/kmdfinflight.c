/*
 * kmdfinflight — a test driver that keeps I/O in flight so that a test can surprise-remove
 * its device under it (tests/e2e/surprise_io).
 *
 *   reads        a power-managed manual queue the driver never retrieves from: only the
 *                framework's purge at removal can complete them
 *   IOCTL HOLD   forwarded to a power-managed parallel queue whose handler keeps them;
 *                EvtIoStop lets the device leave D0 with them (Suspend) and gives them up
 *                when the device is removed (Purge)
 *   writes       the default queue, not power-managed: a write starting with 'H' is kept
 *                (cancelable) until its sender cancels it, any other write succeeds
 *   IOCTL COUNTS answered from the default queue
 *
 * Each callback that matters to the test logs a "kmdfinflight: ..." line to the host log.
 */
#include <ntddk.h>
#include <wdf.h>

#include "kmdfinflight_public.h"

#define LOG(...) DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL, "kmdfinflight: " __VA_ARGS__)

#define INFLIGHT_MAX_HELD 32

typedef enum _HELD_KIND { HeldNone = 0, HeldHold, HeldHoldRequeue, HeldWrite } HELD_KIND;

typedef struct _HELD_REQUEST {
    WDFREQUEST Request;
    HELD_KIND Kind;
} HELD_REQUEST;

typedef struct _INFLIGHT_CONTEXT {
    WDFSPINLOCK Lock; /* guards Held and SurpriseRemoved */
    HELD_REQUEST Held[INFLIGHT_MAX_HELD];
    WDFQUEUE ReadQueue;
    WDFQUEUE HoldQueue;
    ULONG SurpriseRemoved;
} INFLIGHT_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(INFLIGHT_CONTEXT, InflightContext)

DRIVER_INITIALIZE DriverEntry;
static EVT_WDF_DRIVER_DEVICE_ADD InflightEvtDeviceAdd;
static EVT_WDF_DEVICE_SURPRISE_REMOVAL InflightEvtSurpriseRemoval;
static EVT_WDF_OBJECT_CONTEXT_CLEANUP InflightEvtDeviceCleanup;
static EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL InflightEvtDefaultDeviceControl;
static EVT_WDF_IO_QUEUE_IO_WRITE InflightEvtWrite;
static EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL InflightEvtHoldDeviceControl;
static EVT_WDF_IO_QUEUE_IO_STOP InflightEvtHoldStop;
static EVT_WDF_IO_QUEUE_IO_RESUME InflightEvtHoldResume;
static EVT_WDF_REQUEST_CANCEL InflightEvtRequestCancel;

static const char* KindName(HELD_KIND Kind)
{
    switch (Kind) {
    case HeldHold: return "IOCTL_KMDFINFLIGHT_HOLD";
    case HeldHoldRequeue: return "IOCTL_KMDFINFLIGHT_HOLD_REQUEUE";
    case HeldWrite: return "write";
    default: return "unknown request";
    }
}

static INFLIGHT_CONTEXT* ContextOfRequest(WDFREQUEST Request)
{
    return InflightContext(WdfIoQueueGetDevice(WdfRequestGetIoQueue(Request)));
}

static BOOLEAN AddHeld(INFLIGHT_CONTEXT* Context, WDFREQUEST Request, HELD_KIND Kind)
{
    BOOLEAN added = FALSE;
    ULONG i;
    WdfSpinLockAcquire(Context->Lock);
    for (i = 0; i < INFLIGHT_MAX_HELD && !added; ++i) {
        if (Context->Held[i].Request == NULL) {
            Context->Held[i].Request = Request;
            Context->Held[i].Kind = Kind;
            added = TRUE;
        }
    }
    WdfSpinLockRelease(Context->Lock);
    return added;
}

static HELD_KIND FindHeld(INFLIGHT_CONTEXT* Context, WDFREQUEST Request)
{
    HELD_KIND kind = HeldNone;
    ULONG i;
    WdfSpinLockAcquire(Context->Lock);
    for (i = 0; i < INFLIGHT_MAX_HELD; ++i) {
        if (Context->Held[i].Request == Request) kind = Context->Held[i].Kind;
    }
    WdfSpinLockRelease(Context->Lock);
    return kind;
}

/* Whoever takes a request out of the list (EvtIoStop or the cancel routine) is the one
   that completes it, so the two can never both complete it. */
static HELD_KIND TakeHeld(INFLIGHT_CONTEXT* Context, WDFREQUEST Request)
{
    HELD_KIND kind = HeldNone;
    ULONG i;
    WdfSpinLockAcquire(Context->Lock);
    for (i = 0; i < INFLIGHT_MAX_HELD; ++i) {
        if (Context->Held[i].Request == Request) {
            kind = Context->Held[i].Kind;
            Context->Held[i].Request = NULL;
            Context->Held[i].Kind = HeldNone;
        }
    }
    WdfSpinLockRelease(Context->Lock);
    return kind;
}

static void HoldCancelable(INFLIGHT_CONTEXT* Context, WDFREQUEST Request, HELD_KIND Kind)
{
    NTSTATUS status;
    if (!AddHeld(Context, Request, Kind)) {
        WdfRequestComplete(Request, STATUS_INSUFFICIENT_RESOURCES);
        return;
    }
    LOG("holding %s\n", KindName(Kind));
    /* In the list first: the cancel routine may run as soon as the request is cancelable. */
    status = WdfRequestMarkCancelableEx(Request, InflightEvtRequestCancel);
    if (!NT_SUCCESS(status) && TakeHeld(Context, Request) != HeldNone) WdfRequestComplete(Request, status);
}

static VOID InflightEvtRequestCancel(WDFREQUEST Request)
{
    HELD_KIND kind = TakeHeld(ContextOfRequest(Request), Request);
    if (kind == HeldNone) return;
    LOG("EvtRequestCancel(%s)\n", KindName(kind));
    WdfRequestComplete(Request, STATUS_CANCELLED);
}

static VOID InflightEvtHoldDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                                         size_t InputBufferLength, ULONG IoControlCode)
{
    INFLIGHT_CONTEXT* context = InflightContext(WdfIoQueueGetDevice(Queue));
    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    if (IoControlCode == IOCTL_KMDFINFLIGHT_HOLD) {
        HoldCancelable(context, Request, HeldHold);
    } else if (IoControlCode == IOCTL_KMDFINFLIGHT_HOLD_REQUEUE) {
        if (!AddHeld(context, Request, HeldHoldRequeue)) {
            WdfRequestComplete(Request, STATUS_INSUFFICIENT_RESOURCES);
            return;
        }
        LOG("holding %s\n", KindName(HeldHoldRequeue));
    } else {
        WdfRequestComplete(Request, STATUS_INVALID_DEVICE_REQUEST);
    }
}

static VOID InflightEvtHoldStop(WDFQUEUE Queue, WDFREQUEST Request, ULONG ActionFlags)
{
    INFLIGHT_CONTEXT* context = InflightContext(WdfIoQueueGetDevice(Queue));
    const BOOLEAN purge = (ActionFlags & WdfRequestStopActionPurge) != 0;
    HELD_KIND kind = FindHeld(context, Request);
    LOG("EvtIoStop(%s, %s)\n", KindName(kind),
        purge ? "WdfRequestStopActionPurge" : "WdfRequestStopActionSuspend");
    if (!purge) {
        /* Kept through the power-down; EvtIoResume would follow a return to D0. */
        WdfRequestStopAcknowledge(Request, FALSE);
        return;
    }
    if (kind == HeldHold) {
        /* STATUS_CANCELLED: the cancel routine has it and completes it. */
        if ((ActionFlags & WdfRequestStopRequestCancelable) != 0 &&
            WdfRequestUnmarkCancelable(Request) == STATUS_CANCELLED) {
            return;
        }
        if (TakeHeld(context, Request) == HeldHold) WdfRequestComplete(Request, STATUS_NO_SUCH_DEVICE);
    } else if (kind == HeldHoldRequeue) {
        TakeHeld(context, Request);
        WdfRequestStopAcknowledge(Request, TRUE);
    }
}

static VOID InflightEvtHoldResume(WDFQUEUE Queue, WDFREQUEST Request)
{
    UNREFERENCED_PARAMETER(Queue);
    LOG("EvtIoResume(%s)\n", KindName(FindHeld(ContextOfRequest(Request), Request)));
}

static void CompleteCounts(INFLIGHT_CONTEXT* Context, WDFREQUEST Request)
{
    KMDFINFLIGHT_COUNTS* counts;
    ULONG queued = 0;
    ULONG i;
    NTSTATUS status =
        WdfRequestRetrieveOutputBuffer(Request, sizeof(KMDFINFLIGHT_COUNTS), (PVOID*)&counts, NULL);
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
        return;
    }
    RtlZeroMemory(counts, sizeof(*counts));
    WdfIoQueueGetState(Context->ReadQueue, &queued, NULL);
    counts->QueuedReads = queued;
    WdfSpinLockAcquire(Context->Lock);
    for (i = 0; i < INFLIGHT_MAX_HELD; ++i) {
        if (Context->Held[i].Kind == HeldWrite) {
            ++counts->HeldWrites;
        } else if (Context->Held[i].Kind != HeldNone) {
            ++counts->HeldIoctls;
        }
    }
    counts->SurpriseRemoved = Context->SurpriseRemoved;
    WdfSpinLockRelease(Context->Lock);
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, sizeof(KMDFINFLIGHT_COUNTS));
}

static VOID InflightEvtDefaultDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                                            size_t InputBufferLength, ULONG IoControlCode)
{
    INFLIGHT_CONTEXT* context = InflightContext(WdfIoQueueGetDevice(Queue));
    NTSTATUS status;
    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    switch (IoControlCode) {
    case IOCTL_KMDFINFLIGHT_COUNTS:
        CompleteCounts(context, Request);
        break;
    case IOCTL_KMDFINFLIGHT_HOLD:
    case IOCTL_KMDFINFLIGHT_HOLD_REQUEUE:
        status = WdfRequestForwardToIoQueue(Request, context->HoldQueue);
        if (!NT_SUCCESS(status)) WdfRequestComplete(Request, status);
        break;
    default:
        WdfRequestComplete(Request, STATUS_INVALID_DEVICE_REQUEST);
        break;
    }
}

static VOID InflightEvtWrite(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    const char* data;
    NTSTATUS status = WdfRequestRetrieveInputBuffer(Request, 1, (PVOID*)&data, NULL);
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
        return;
    }
    if (data[0] == 'H') {
        HoldCancelable(InflightContext(WdfIoQueueGetDevice(Queue)), Request, HeldWrite);
        return;
    }
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, Length);
}

static VOID InflightEvtSurpriseRemoval(WDFDEVICE Device)
{
    INFLIGHT_CONTEXT* context = InflightContext(Device);
    WdfSpinLockAcquire(context->Lock);
    context->SurpriseRemoved = 1;
    WdfSpinLockRelease(context->Lock);
    LOG("EvtDeviceSurpriseRemoval\n");
}

static VOID InflightEvtDeviceCleanup(WDFOBJECT Object)
{
    UNREFERENCED_PARAMETER(Object);
    LOG("EvtCleanupCallback(WDFDEVICE)\n");
}

static NTSTATUS InflightEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    static const GUID interfaceGuid = KMDFINFLIGHT_INTERFACE_GUID_INIT;
    DECLARE_CONST_UNICODE_STRING(dosName, KMDFINFLIGHT_DOS_NAME);
    WDF_PNPPOWER_EVENT_CALLBACKS pnp;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    INFLIGHT_CONTEXT* context;
    WDFDEVICE device;
    NTSTATUS status;
    UNREFERENCED_PARAMETER(Driver);

    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&pnp);
    pnp.EvtDeviceSurpriseRemoval = InflightEvtSurpriseRemoval;
    WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, &pnp);
    WdfDeviceInitSetIoType(DeviceInit, WdfDeviceIoBuffered);

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, INFLIGHT_CONTEXT);
    attributes.EvtCleanupCallback = InflightEvtDeviceCleanup;
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) return status;
    context = InflightContext(device);

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfSpinLockCreate(&attributes, &context->Lock);
    if (!NT_SUCCESS(status)) return status;

    /* Not power-managed: the framework delivers from it whatever the device's power state. */
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.PowerManaged = WdfFalse;
    queueConfig.EvtIoDeviceControl = InflightEvtDefaultDeviceControl;
    queueConfig.EvtIoWrite = InflightEvtWrite;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) return status;

    WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchManual);
    queueConfig.PowerManaged = WdfTrue;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &context->ReadQueue);
    if (!NT_SUCCESS(status)) return status;
    status = WdfDeviceConfigureRequestDispatching(device, context->ReadQueue, WdfRequestTypeRead);
    if (!NT_SUCCESS(status)) return status;

    WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.PowerManaged = WdfTrue;
    queueConfig.EvtIoDeviceControl = InflightEvtHoldDeviceControl;
    queueConfig.EvtIoStop = InflightEvtHoldStop;
    queueConfig.EvtIoResume = InflightEvtHoldResume;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &context->HoldQueue);
    if (!NT_SUCCESS(status)) return status;

    status = WdfDeviceCreateSymbolicLink(device, &dosName);
    if (!NT_SUCCESS(status)) return status;
    return WdfDeviceCreateDeviceInterface(device, &interfaceGuid, NULL);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    WDF_DRIVER_CONFIG_INIT(&config, InflightEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
