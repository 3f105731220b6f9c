/* Echo driver: the sequential default queue, its timer and cancellation. */
#include "echo.h"

NTSTATUS EchoQueueInitialize(WDFDEVICE Device)
{
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDF_OBJECT_ATTRIBUTES queueAttributes;
    WDF_OBJECT_ATTRIBUTES childAttributes;
    WDF_TIMER_CONFIG timerConfig;
    PQUEUE_CONTEXT queueContext;
    WDFQUEUE queue;
    NTSTATUS status;

    PAGED_CODE();

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchSequential);
    queueConfig.EvtIoRead = EchoEvtIoRead;
    queueConfig.EvtIoWrite = EchoEvtIoWrite;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&queueAttributes, QUEUE_CONTEXT);
    queueAttributes.EvtDestroyCallback = EchoEvtIoQueueContextDestroy;

    status = WdfIoQueueCreate(Device, &queueConfig, &queueAttributes, &queue);
    if (!NT_SUCCESS(status)) {
        KdPrint(("Echo: WdfIoQueueCreate failed 0x%x\n", status));
        return status;
    }
    EchoGetDeviceContext(Device)->Queue = queue;

    queueContext = EchoGetQueueContext(queue);
    queueContext->Buffer = NULL;
    queueContext->Length = 0;
    queueContext->CurrentRequest = NULL;
    queueContext->CurrentStatus = STATUS_INVALID_DEVICE_REQUEST;

    WDF_OBJECT_ATTRIBUTES_INIT(&childAttributes);
    childAttributes.ParentObject = queue;
    status = WdfSpinLockCreate(&childAttributes, &queueContext->Lock);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    /* A periodic timer parented to the queue completes the pending write. */
    WDF_TIMER_CONFIG_INIT_PERIODIC(&timerConfig, EchoEvtTimerFunc, ECHO_TIMER_PERIOD_MS);
    timerConfig.AutomaticSerialization = FALSE;
    WDF_OBJECT_ATTRIBUTES_INIT(&childAttributes);
    childAttributes.ParentObject = queue;
    status = WdfTimerCreate(&timerConfig, &childAttributes, &queueContext->Timer);
    if (!NT_SUCCESS(status)) {
        KdPrint(("Echo: WdfTimerCreate failed 0x%x\n", status));
        return status;
    }
    return STATUS_SUCCESS;
}

VOID EchoEvtIoQueueContextDestroy(_In_ WDFOBJECT Object)
{
    PQUEUE_CONTEXT queueContext = EchoGetQueueContext(Object);

    if (queueContext->Buffer != NULL) {
        ExFreePoolWithTag(queueContext->Buffer, ECHO_POOL_TAG);
        queueContext->Buffer = NULL;
    }
}

VOID EchoEvtRequestCancel(_In_ WDFREQUEST Request)
{
    PQUEUE_CONTEXT queueContext = EchoGetQueueContext(WdfRequestGetIoQueue(Request));
    BOOLEAN ours = FALSE;

    KdPrint(("Echo: cancel request %p\n", Request));
    WdfSpinLockAcquire(queueContext->Lock);
    if (queueContext->CurrentRequest == Request) {
        queueContext->CurrentRequest = NULL;
        ours = TRUE;
    }
    WdfSpinLockRelease(queueContext->Lock);

    /* The cancel routine owns a request that was still marked cancelable. */
    if (ours) {
        WdfRequestCompleteWithInformation(Request, STATUS_CANCELLED, 0);
    }
}

VOID EchoEvtIoRead(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request, _In_ size_t Length)
{
    PQUEUE_CONTEXT queueContext = EchoGetQueueContext(Queue);
    WDFMEMORY memory;
    NTSTATUS status;
    ULONG copied = 0;

    WdfSpinLockAcquire(queueContext->Lock);
    if (queueContext->Buffer == NULL) {
        WdfSpinLockRelease(queueContext->Lock);
        WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, 0);
        return;
    }
    copied = queueContext->Length < Length ? queueContext->Length : (ULONG)Length;

    status = WdfRequestRetrieveOutputMemory(Request, &memory);
    if (NT_SUCCESS(status)) {
        status = WdfMemoryCopyFromBuffer(memory, 0, queueContext->Buffer, copied);
    }
    WdfSpinLockRelease(queueContext->Lock);

    if (!NT_SUCCESS(status)) {
        KdPrint(("Echo: read failed 0x%x\n", status));
        copied = 0;
    }
    WdfRequestCompleteWithInformation(Request, status, copied);
}

VOID EchoEvtIoWrite(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request, _In_ size_t Length)
{
    PQUEUE_CONTEXT queueContext = EchoGetQueueContext(Queue);
    WDFMEMORY memory;
    PVOID buffer;
    NTSTATUS status;

    if (Length > ECHO_MAX_WRITE_LENGTH) {
        KdPrint(("Echo: write of %u bytes is larger than %u\n", (ULONG)Length, ECHO_MAX_WRITE_LENGTH));
        WdfRequestCompleteWithInformation(Request, STATUS_BUFFER_OVERFLOW, 0);
        return;
    }

    status = WdfRequestRetrieveInputMemory(Request, &memory);
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
        return;
    }

    buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, Length, ECHO_POOL_TAG);
    if (buffer == NULL) {
        WdfRequestCompleteWithInformation(Request, STATUS_INSUFFICIENT_RESOURCES, 0);
        return;
    }
    status = WdfMemoryCopyToBuffer(memory, 0, buffer, Length);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(buffer, ECHO_POOL_TAG);
        WdfRequestComplete(Request, status);
        return;
    }

    WdfSpinLockAcquire(queueContext->Lock);
    if (queueContext->Buffer != NULL) {
        ExFreePoolWithTag(queueContext->Buffer, ECHO_POOL_TAG);
    }
    queueContext->Buffer = buffer;
    queueContext->Length = (ULONG)Length;
    WdfRequestSetInformation(Request, Length);

    /* The write stays pending until the timer completes it, unless it is cancelled. */
    status = WdfRequestMarkCancelableEx(Request, EchoEvtRequestCancel);
    if (NT_SUCCESS(status)) {
        queueContext->CurrentRequest = Request;
        queueContext->CurrentStatus = STATUS_SUCCESS;
    }
    WdfSpinLockRelease(queueContext->Lock);

    if (!NT_SUCCESS(status)) {
        /* Already cancelled: complete it now. */
        WdfRequestCompleteWithInformation(Request, status, 0);
    }
}

VOID EchoEvtTimerFunc(_In_ WDFTIMER Timer)
{
    WDFQUEUE queue = (WDFQUEUE)WdfTimerGetParentObject(Timer);
    PQUEUE_CONTEXT queueContext = EchoGetQueueContext(queue);
    WDFREQUEST request;
    NTSTATUS status = STATUS_SUCCESS;

    WdfSpinLockAcquire(queueContext->Lock);
    request = queueContext->CurrentRequest;
    if (request != NULL) {
        if (WdfRequestUnmarkCancelable(request) == STATUS_CANCELLED) {
            /* EchoEvtRequestCancel runs (or ran) for it and completes it. */
            request = NULL;
        } else {
            queueContext->CurrentRequest = NULL;
            status = queueContext->CurrentStatus;
        }
    }
    WdfSpinLockRelease(queueContext->Lock);

    if (request != NULL) {
        WdfRequestComplete(request, status);
    }
}
