/* kmdfqueue: see kmdfqueue.h. */
#include "callback_log.h"
#include <initguid.h>

#include "kmdfqueue.h"


#define MAX_HELD 64
#define MAX_FILES 8

typedef struct _REQUEST_CONTEXT {
    WDFMEMORY UserInput;  /* METHOD_NEITHER buffers locked in EvtIoInCallerContext */
    WDFMEMORY UserOutput;
} REQUEST_CONTEXT, *PREQUEST_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(REQUEST_CONTEXT, GetRequestContext)

DRIVER_INITIALIZE DriverEntry;
static EVT_WDF_DRIVER_DEVICE_ADD QEvtDeviceAdd;
static EVT_WDF_DEVICE_D0_EXIT QEvtD0Exit;
static EVT_WDF_DEVICE_FILE_CREATE QEvtFileCreate;
static EVT_WDF_IO_IN_CALLER_CONTEXT QEvtIoInCallerContext;
static EVT_WDF_IO_QUEUE_IO_READ QEvtIoRead;
static EVT_WDF_IO_QUEUE_IO_WRITE QEvtIoWrite;
static EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL QEvtIoDeviceControl;
static EVT_WDF_IO_QUEUE_IO_STOP QEvtIoStop;
static EVT_WDF_IO_QUEUE_IO_RESUME QEvtIoResume;
static EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE QEvtIoCanceledOnQueue;
static EVT_WDF_REQUEST_CANCEL QEvtRequestCancel;
static EVT_WDF_IO_QUEUE_STATE QEvtQueueState;

static KMDFQUEUE_CONFIG g_config;
static KSPIN_LOCK g_lock;
static WDFREQUEST g_held[MAX_HELD];
static ULONG g_heldCount;
static WDFFILEOBJECT g_files[MAX_FILES];
static ULONG g_fileCount;
static WDFQUEUE g_queue;
static WDFQUEUE g_manual;
static WDFDEVICE g_device;
static WDFREQUEST g_kept;


void KmdfQueueSetConfig(const KMDFQUEUE_CONFIG* Config) { g_config = *Config; }

ULONG KmdfQueueReadLog(char* Buffer, ULONG Size) { return CallbackLogRead(Buffer, Size); }

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

static WDFREQUEST OldestHeld(void)
{
    KIRQL irql;
    WDFREQUEST request = NULL;
    KeAcquireSpinLock(&g_lock, &irql);
    if (g_heldCount > 0) {
        request = g_held[0];
    }
    KeReleaseSpinLock(&g_lock, irql);
    return request;
}

ULONG KmdfQueueHeldCount(void)
{
    KIRQL irql;
    ULONG n;
    KeAcquireSpinLock(&g_lock, &irql);
    n = g_heldCount;
    KeReleaseSpinLock(&g_lock, irql);
    return n;
}

static size_t LengthOf(WDFREQUEST Request)
{
    WDF_REQUEST_PARAMETERS params;
    WDF_REQUEST_PARAMETERS_INIT(&params);
    WdfRequestGetParameters(Request, &params);
    switch (params.Type) {
    case WdfRequestTypeRead:
        return params.Parameters.Read.Length;
    case WdfRequestTypeWrite:
        return params.Parameters.Write.Length;
    default:
        return params.Parameters.DeviceIoControl.InputBufferLength;
    }
}

ULONG KmdfQueueCompleteHeld(ULONG Count, NTSTATUS Status)
{
    ULONG done = 0;
    while (done < Count) {
        WDFREQUEST request = OldestHeld();
        if (request == NULL) {
            break;
        }
        if (g_config.MarkCancelable && WdfRequestUnmarkCancelable(request) == STATUS_CANCELLED) {
            continue; /* EvtRequestCancel completes it */
        }
        TakeHeld(request);
        WdfRequestCompleteWithInformation(request, Status, LengthOf(request));
        done++;
    }
    return done;
}

static VOID QEvtQueueState(WDFQUEUE Queue, WDFCONTEXT Context)
{
    CallbackLogLine("%s (%s queue)", (const char*)Context, Queue == g_manual ? "manual" : "default");
}

void KmdfQueueDrain(BOOLEAN Synchronously)
{
    if (Synchronously) {
        WdfIoQueueDrainSynchronously(g_queue);
        CallbackLogLine("DrainSynchronously returned");
    } else {
        WdfIoQueueDrain(g_queue, QEvtQueueState, (WDFCONTEXT) "DrainComplete");
    }
}

void KmdfQueuePurge(BOOLEAN Synchronously)
{
    if (Synchronously) {
        WdfIoQueuePurgeSynchronously(g_queue);
        CallbackLogLine("PurgeSynchronously returned");
    } else {
        WdfIoQueuePurge(g_queue, QEvtQueueState, (WDFCONTEXT) "PurgeComplete");
    }
}

void KmdfQueueStopAndPurge(BOOLEAN Synchronously)
{
    if (Synchronously) {
        WdfIoQueueStopAndPurgeSynchronously(g_queue);
        CallbackLogLine("StopAndPurgeSynchronously returned");
    } else {
        WdfIoQueueStopAndPurge(g_queue, QEvtQueueState, (WDFCONTEXT) "StopAndPurgeComplete");
    }
}

void KmdfQueueStart(void) { WdfIoQueueStart(g_queue); }

ULONG KmdfQueueState(ULONG Queue, ULONG* QueueRequests, ULONG* DriverRequests)
{
    return (ULONG)WdfIoQueueGetState(Queue == 0 ? g_queue : g_manual, QueueRequests, DriverRequests);
}

NTSTATUS KmdfQueueReadyNotify(BOOLEAN Register)
{
    return WdfIoQueueReadyNotify(g_manual, Register ? QEvtQueueState : NULL,
                                 Register ? (WDFCONTEXT) "QueueReady" : NULL);
}

NTSTATUS KmdfQueueRetrieveAndComplete(NTSTATUS Status)
{
    WDFREQUEST request;
    NTSTATUS status = WdfIoQueueRetrieveNextRequest(g_manual, &request);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    CallbackLogLine("Retrieved %u", (ULONG)LengthOf(request));
    WdfRequestCompleteWithInformation(request, Status, LengthOf(request));
    return STATUS_SUCCESS;
}

NTSTATUS KmdfQueueRetrieveAndRequeue(void)
{
    WDFREQUEST request;
    NTSTATUS status = WdfIoQueueRetrieveNextRequest(g_manual, &request);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = WdfRequestRequeue(request);
    CallbackLogLine("Requeue %u 0x%08x", (ULONG)LengthOf(request), status);
    return status;
}

NTSTATUS KmdfQueueFindAndComplete(ULONG Length)
{
    WDFREQUEST previous = NULL;
    WDFREQUEST found = NULL;
    NTSTATUS status;
    for (;;) {
        WDF_REQUEST_PARAMETERS params;
        WDF_REQUEST_PARAMETERS_INIT(&params);
        status = WdfIoQueueFindRequest(g_manual, previous, NULL, &params, &found);
        if (previous != NULL) {
            WdfObjectDereference(previous);
        }
        if (!NT_SUCCESS(status)) {
            return status;
        }
        if (params.Type == WdfRequestTypeWrite && params.Parameters.Write.Length == Length) {
            WDFREQUEST request;
            status = WdfIoQueueRetrieveFoundRequest(g_manual, found, &request);
            WdfObjectDereference(found);
            if (NT_SUCCESS(status)) {
                CallbackLogLine("RetrievedFound %u", Length);
                WdfRequestCompleteWithInformation(request, STATUS_SUCCESS, Length);
            }
            return status;
        }
        previous = found;
    }
}

NTSTATUS KmdfQueueFindFirst(void) { return WdfIoQueueFindRequest(g_manual, NULL, NULL, NULL, &g_kept); }

NTSTATUS KmdfQueueRetrieveKept(void)
{
    WDFREQUEST request;
    NTSTATUS status = WdfIoQueueRetrieveFoundRequest(g_manual, g_kept, &request);
    if (NT_SUCCESS(status)) {
        WdfRequestCompleteWithInformation(request, STATUS_SUCCESS, LengthOf(request));
    }
    WdfObjectDereference(g_kept);
    g_kept = NULL;
    return status;
}

NTSTATUS KmdfQueueRetrieveByFile(ULONG FileIndex)
{
    WDFREQUEST request;
    NTSTATUS status;
    if (FileIndex >= g_fileCount) {
        return STATUS_INVALID_PARAMETER;
    }
    status = WdfIoQueueRetrieveRequestByFileObject(g_manual, g_files[FileIndex], &request);
    if (NT_SUCCESS(status)) {
        CallbackLogLine("RetrievedByFile %u", (ULONG)LengthOf(request));
        WdfRequestCompleteWithInformation(request, STATUS_SUCCESS, LengthOf(request));
    }
    return status;
}

NTSTATUS KmdfQueueForwardHeld(BOOLEAN ToSameQueue)
{
    WDFREQUEST request = OldestHeld();
    NTSTATUS status;
    if (request == NULL) {
        return STATUS_NOT_FOUND;
    }
    status = WdfRequestForwardToIoQueue(request, ToSameQueue ? g_queue : g_manual);
    if (NT_SUCCESS(status)) {
        TakeHeld(request);
    }
    return status;
}

NTSTATUS KmdfQueueRequeueHeld(void)
{
    WDFREQUEST request = OldestHeld();
    NTSTATUS status;
    if (request == NULL) {
        return STATUS_NOT_FOUND;
    }
    status = WdfRequestRequeue(request);
    if (NT_SUCCESS(status)) {
        TakeHeld(request);
    }
    return status;
}

PDEVICE_OBJECT KmdfQueueWdmDevice(void) { return WdfDeviceWdmGetDeviceObject(g_device); }

BOOLEAN KmdfQueueHeldFileIs(ULONG FileIndex)
{
    WDFREQUEST request = OldestHeld();
    return request != NULL && FileIndex < g_fileCount && WdfRequestGetFileObject(request) == g_files[FileIndex];
}

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    KeInitializeSpinLock(&g_lock);
    CallbackLogReset();
    g_heldCount = 0;
    g_fileCount = 0;
    g_kept = NULL;
    WDF_DRIVER_CONFIG_INIT(&config, QEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}

static NTSTATUS QEvtDeviceAdd(_In_ WDFDRIVER Driver, _Inout_ PWDFDEVICE_INIT DeviceInit)
{
    WDF_PNPPOWER_EVENT_CALLBACKS callbacks;
    WDF_FILEOBJECT_CONFIG fileConfig;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&callbacks);
    callbacks.EvtDeviceD0Exit = QEvtD0Exit;
    WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, &callbacks);
    WDF_FILEOBJECT_CONFIG_INIT(&fileConfig, QEvtFileCreate, NULL, NULL);
    WdfDeviceInitSetFileObjectConfig(DeviceInit, &fileConfig, WDF_NO_OBJECT_ATTRIBUTES);
    if (g_config.CallerContext) {
        WdfDeviceInitSetIoInCallerContextCallback(DeviceInit, QEvtIoInCallerContext);
    }
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, REQUEST_CONTEXT);
    WdfDeviceInitSetRequestAttributes(DeviceInit, &attributes);

    status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    g_device = device;
    status = WdfDeviceCreateDeviceInterface(device, &GUID_DEVINTERFACE_KMDFQUEUE, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchSequential);
    queueConfig.EvtIoRead = QEvtIoRead;
    queueConfig.EvtIoWrite = QEvtIoWrite;
    queueConfig.EvtIoDeviceControl = QEvtIoDeviceControl;
    if (g_config.StopCallbacks) {
        queueConfig.EvtIoStop = QEvtIoStop;
        queueConfig.EvtIoResume = QEvtIoResume;
    }
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &g_queue);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchManual);
    if (g_config.ManualCanceledOnQueue) {
        queueConfig.EvtIoCanceledOnQueue = QEvtIoCanceledOnQueue;
    }
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &g_manual);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (g_config.IoctlsToManual) {
        status = WdfDeviceConfigureRequestDispatching(device, g_manual, WdfRequestTypeDeviceControl);
    }
    return status;
}

static NTSTATUS QEvtD0Exit(WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState)
{
    UNREFERENCED_PARAMETER(Device);
    CallbackLogLine("EvtDeviceD0Exit %d", (int)TargetState);
    return STATUS_SUCCESS;
}

static VOID QEvtFileCreate(WDFDEVICE Device, WDFREQUEST Request, WDFFILEOBJECT FileObject)
{
    KIRQL irql;
    UNREFERENCED_PARAMETER(Device);
    KeAcquireSpinLock(&g_lock, &irql);
    if (g_fileCount < MAX_FILES) {
        g_files[g_fileCount++] = FileObject;
    }
    KeReleaseSpinLock(&g_lock, irql);
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

static VOID QEvtRequestCancel(WDFREQUEST Request)
{
    if (TakeHeld(Request)) {
        CallbackLogLine("EvtRequestCancel %u", (ULONG)LengthOf(Request));
        WdfRequestComplete(Request, STATUS_CANCELLED);
    }
}

static VOID QEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    KIRQL irql;
    BOOLEAN held = FALSE;
    UNREFERENCED_PARAMETER(Queue);
    CallbackLogLine("EvtIoRead %u", (ULONG)Length);
    KeAcquireSpinLock(&g_lock, &irql);
    if (g_heldCount < MAX_HELD) {
        g_held[g_heldCount++] = Request;
        held = TRUE;
    }
    KeReleaseSpinLock(&g_lock, irql);
    if (!held) {
        WdfRequestComplete(Request, STATUS_INSUFFICIENT_RESOURCES);
        return;
    }
    if (g_config.MarkCancelable) {
        NTSTATUS status = WdfRequestMarkCancelableEx(Request, QEvtRequestCancel);
        if (!NT_SUCCESS(status)) {
            TakeHeld(Request);
            WdfRequestComplete(Request, status);
        }
    }
}

static VOID QEvtIoWrite(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    UNREFERENCED_PARAMETER(Queue);
    CallbackLogLine("EvtIoWrite %u", (ULONG)Length);
    if (g_config.ForwardWrites) {
        NTSTATUS status = WdfRequestForwardToIoQueue(Request, g_manual);
        CallbackLogLine("Forward 0x%08x", status);
        if (!NT_SUCCESS(status)) {
            WdfRequestComplete(Request, status);
        }
        return;
    }
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, Length);
}

static VOID Reverse(UCHAR* Out, const UCHAR* In, size_t Length)
{
    size_t i;
    for (i = 0; i < Length; i++) {
        Out[i] = In[Length - 1 - i];
    }
}

static VOID QEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                                size_t InputBufferLength, ULONG IoControlCode)
{
    NTSTATUS status = STATUS_SUCCESS;
    ULONG_PTR information = 0;
    PVOID in = NULL;
    PMDL mdl = NULL;
    UCHAR* mapped;
    size_t length = 0;
    UNREFERENCED_PARAMETER(Queue);
    CallbackLogLine("EvtIoDeviceControl 0x%08x", IoControlCode);

    switch (IoControlCode) {
    case IOCTL_KMDFQUEUE_OUT_DIRECT:
        status = WdfRequestRetrieveInputBuffer(Request, 1, &in, &length);
        if (NT_SUCCESS(status)) {
            status = WdfRequestRetrieveOutputWdmMdl(Request, &mdl);
        }
        if (NT_SUCCESS(status)) {
            mapped = (UCHAR*)MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
            if (length > MmGetMdlByteCount(mdl)) {
                length = MmGetMdlByteCount(mdl);
            }
            Reverse(mapped, (const UCHAR*)in, length);
            information = length;
        }
        break;
    case IOCTL_KMDFQUEUE_IN_DIRECT:
        status = WdfRequestRetrieveOutputWdmMdl(Request, &mdl);
        if (NT_SUCCESS(status)) {
            ULONG i;
            mapped = (UCHAR*)MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
            for (i = 0; i < MmGetMdlByteCount(mdl); i++) {
                information += mapped[i];
            }
        }
        break;
    case IOCTL_KMDFQUEUE_MIN_LENGTH:
        status = WdfRequestRetrieveInputBuffer(Request, 16, &in, &length);
        information = NT_SUCCESS(status) ? length : 0;
        break;
    case IOCTL_KMDFQUEUE_WRITE_INPUT_MEMORY: {
        WDFMEMORY memory;
        UCHAR byte = 0x5a;
        status = WdfRequestRetrieveInputMemory(Request, &memory);
        if (NT_SUCCESS(status)) {
            status = WdfMemoryCopyFromBuffer(memory, 0, &byte, 1);
        }
        break;
    }
    case IOCTL_KMDFQUEUE_NEITHER: {
        PREQUEST_CONTEXT context = GetRequestContext(Request);
        size_t inLength = 0;
        size_t outLength = 0;
        UCHAR* src;
        UCHAR* dst;
        if (context->UserInput == NULL || context->UserOutput == NULL) {
            status = STATUS_INVALID_DEVICE_STATE;
            break;
        }
        src = (UCHAR*)WdfMemoryGetBuffer(context->UserInput, &inLength);
        dst = (UCHAR*)WdfMemoryGetBuffer(context->UserOutput, &outLength);
        length = inLength < outLength ? inLength : outLength;
        Reverse(dst, src, length);
        information = length;
        break;
    }
    case IOCTL_KMDFQUEUE_NEITHER_LATE:
        status = WdfRequestRetrieveUnsafeUserInputBuffer(Request, 0, &in, &length);
        break;
    case IOCTL_KMDFQUEUE_INPUT_MDL:
        status = WdfRequestRetrieveInputWdmMdl(Request, &mdl);
        if (NT_SUCCESS(status)) {
            information = MmGetMdlByteCount(mdl);
        }
        break;
    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }
    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    WdfRequestCompleteWithInformation(Request, status, information);
}

static VOID QEvtIoInCallerContext(WDFDEVICE Device, WDFREQUEST Request)
{
    WDF_REQUEST_PARAMETERS params;
    NTSTATUS status;
    WDF_REQUEST_PARAMETERS_INIT(&params);
    WdfRequestGetParameters(Request, &params);
    if (params.Type == WdfRequestTypeDeviceControl &&
        params.Parameters.DeviceIoControl.IoControlCode == IOCTL_KMDFQUEUE_NEITHER) {
        PREQUEST_CONTEXT context = GetRequestContext(Request);
        PVOID in;
        PVOID out;
        size_t inLength;
        size_t outLength;
        status = WdfRequestRetrieveUnsafeUserInputBuffer(Request, 1, &in, &inLength);
        if (NT_SUCCESS(status)) {
            status = WdfRequestProbeAndLockUserBufferForRead(Request, in, inLength, &context->UserInput);
        }
        if (NT_SUCCESS(status)) {
            status = WdfRequestRetrieveUnsafeUserOutputBuffer(Request, 1, &out, &outLength);
        }
        if (NT_SUCCESS(status)) {
            status = WdfRequestProbeAndLockUserBufferForWrite(Request, out, outLength, &context->UserOutput);
        }
        CallbackLogLine("EvtIoInCallerContext neither 0x%08x", status);
        if (!NT_SUCCESS(status)) {
            WdfRequestComplete(Request, status);
            return;
        }
    }
    status = WdfDeviceEnqueueRequest(Device, Request);
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
    }
}

static VOID QEvtIoStop(WDFQUEUE Queue, WDFREQUEST Request, ULONG ActionFlags)
{
    UNREFERENCED_PARAMETER(Queue);
    CallbackLogLine("EvtIoStop %u 0x%08x", (ULONG)LengthOf(Request), ActionFlags);
    if ((ActionFlags & WdfRequestStopRequestCancelable) != 0) {
        if (WdfRequestUnmarkCancelable(Request) == STATUS_CANCELLED) {
            return; /* EvtRequestCancel completes it */
        }
    }
    if ((ActionFlags & WdfRequestStopActionPurge) != 0 || g_config.StopAction == KmdfQueueStopComplete) {
        TakeHeld(Request);
        WdfRequestComplete(Request, STATUS_CANCELLED);
        return;
    }
    if (g_config.StopAction == KmdfQueueStopAcknowledgeRequeue) {
        TakeHeld(Request);
        WdfRequestStopAcknowledge(Request, TRUE);
    } else {
        WdfRequestStopAcknowledge(Request, FALSE);
    }
}

static VOID QEvtIoResume(WDFQUEUE Queue, WDFREQUEST Request)
{
    UNREFERENCED_PARAMETER(Queue);
    CallbackLogLine("EvtIoResume %u", (ULONG)LengthOf(Request));
}

static VOID QEvtIoCanceledOnQueue(WDFQUEUE Queue, WDFREQUEST Request)
{
    CallbackLogLine("EvtIoCanceledOnQueue %u (%s queue)", (ULONG)LengthOf(Request), Queue == g_manual ? "manual" : "default");
    WdfRequestComplete(Request, STATUS_CANCELLED);
}
