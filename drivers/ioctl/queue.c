/* ioctl driver: the default queue's device controls, one per buffer method, and the
 * caller-context step METHOD_NEITHER needs. */
#include "ioctl.h"

static NTSTATUS OkIoctlBuffered(_In_ WDFREQUEST Request, _Out_ ULONG_PTR* Information);
static NTSTATUS OkIoctlInDirect(_In_ WDFREQUEST Request, _Out_ ULONG_PTR* Information);
static NTSTATUS OkIoctlOutDirect(_In_ WDFREQUEST Request, _Out_ ULONG_PTR* Information);
static NTSTATUS OkIoctlNeither(_In_ WDFREQUEST Request, _Out_ ULONG_PTR* Information);
static NTSTATUS OkIoctlStatistics(_In_ WDFREQUEST Request, _Out_ ULONG_PTR* Information);

VOID OkIoctlEvtIoInCallerContext(_In_ WDFDEVICE Device, _In_ WDFREQUEST Request)
{
    WDF_REQUEST_PARAMETERS params;
    PREQUEST_CONTEXT context;
    PVOID input = NULL;
    PVOID output = NULL;
    size_t inputLength = 0;
    size_t outputLength = 0;
    NTSTATUS status;

    WDF_REQUEST_PARAMETERS_INIT(&params);
    WdfRequestGetParameters(Request, &params);
    if (params.Type != WdfRequestTypeDeviceControl ||
        params.Parameters.DeviceIoControl.IoControlCode != IOCTL_OKIOCTL_METHOD_NEITHER) {
        status = WdfDeviceEnqueueRequest(Device, Request);
        if (!NT_SUCCESS(status)) {
            WdfRequestComplete(Request, status);
        }
        return;
    }

    /* The caller's own addresses: probe and lock them while in its context. */
    context = OkIoctlGetRequestContext(Request);
    status = WdfRequestRetrieveUnsafeUserInputBuffer(Request, 1, &input, &inputLength);
    if (NT_SUCCESS(status)) {
        status = WdfRequestRetrieveUnsafeUserOutputBuffer(Request, inputLength, &output, &outputLength);
    }
    if (NT_SUCCESS(status)) {
        status = WdfRequestProbeAndLockUserBufferForRead(Request, input, inputLength, &context->InputMemory);
    }
    if (NT_SUCCESS(status)) {
        status = WdfRequestProbeAndLockUserBufferForWrite(Request, output, outputLength, &context->OutputMemory);
    }
    if (NT_SUCCESS(status)) {
        status = WdfDeviceEnqueueRequest(Device, Request);
    }
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
    }
}

VOID OkIoctlEvtIoDeviceControl(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request, _In_ size_t OutputBufferLength,
                               _In_ size_t InputBufferLength, _In_ ULONG IoControlCode)
{
    ULONG_PTR information = 0;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Queue);
    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);

    OkIoctlCountQueueRequest(OkIoctlTakePreprocessedIrp(WdfRequestWdmGetIrp(Request)));

    switch (IoControlCode) {
    case IOCTL_OKIOCTL_METHOD_BUFFERED:
        status = OkIoctlBuffered(Request, &information);
        break;
    case IOCTL_OKIOCTL_METHOD_IN_DIRECT:
        status = OkIoctlInDirect(Request, &information);
        break;
    case IOCTL_OKIOCTL_METHOD_OUT_DIRECT:
        status = OkIoctlOutDirect(Request, &information);
        break;
    case IOCTL_OKIOCTL_METHOD_NEITHER:
        status = OkIoctlNeither(Request, &information);
        break;
    case IOCTL_OKIOCTL_GET_STATISTICS:
        status = OkIoctlStatistics(Request, &information);
        break;
    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }
    WdfRequestCompleteWithInformation(Request, status, NT_SUCCESS(status) ? information : 0);
}

static NTSTATUS OkIoctlBuffered(_In_ WDFREQUEST Request, _Out_ ULONG_PTR* Information)
{
    PUCHAR input;
    PUCHAR output;
    size_t inputLength;
    size_t outputLength;
    size_t i;
    NTSTATUS status;

    *Information = 0;
    status = WdfRequestRetrieveInputBuffer(Request, 1, (PVOID*)&input, &inputLength);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    /* One system buffer for both: each byte is read before it is overwritten. */
    status = WdfRequestRetrieveOutputBuffer(Request, inputLength, (PVOID*)&output, &outputLength);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    for (i = 0; i < inputLength; i++) {
        output[i] = (UCHAR)(input[i] ^ OKIOCTL_XOR_KEY);
    }
    *Information = inputLength;
    return STATUS_SUCCESS;
}

static NTSTATUS OkIoctlInDirect(_In_ WDFREQUEST Request, _Out_ ULONG_PTR* Information)
{
    PUCHAR input;
    PUCHAR data;
    size_t inputLength;
    size_t dataLength;
    size_t i;
    NTSTATUS status;

    *Information = 0;
    status = WdfRequestRetrieveInputBuffer(Request, 1, (PVOID*)&input, &inputLength);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    /* METHOD_IN_DIRECT: the output buffer is the caller's data, mapped for reading. */
    status = WdfRequestRetrieveOutputBuffer(Request, 1, (PVOID*)&data, &dataLength);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    for (i = 0; i < dataLength; i++) {
        if (data[i] != (UCHAR)(input[i % inputLength] ^ OKIOCTL_XOR_KEY)) {
            KdPrint(("OkIoctl: METHOD_IN_DIRECT data differs at byte %u\n", (unsigned)i));
            return STATUS_DATA_ERROR;
        }
    }
    *Information = dataLength;
    return STATUS_SUCCESS;
}

static NTSTATUS OkIoctlOutDirect(_In_ WDFREQUEST Request, _Out_ ULONG_PTR* Information)
{
    PUCHAR input;
    PUCHAR output;
    size_t inputLength;
    size_t outputLength;
    size_t i;
    NTSTATUS status;

    *Information = 0;
    status = WdfRequestRetrieveInputBuffer(Request, 1, (PVOID*)&input, &inputLength);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    /* METHOD_OUT_DIRECT: the output buffer is the caller's, described by an MDL. */
    status = WdfRequestRetrieveOutputBuffer(Request, inputLength, (PVOID*)&output, &outputLength);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    for (i = 0; i < inputLength; i++) {
        output[i] = input[inputLength - 1 - i];
    }
    *Information = inputLength;
    return STATUS_SUCCESS;
}

static NTSTATUS OkIoctlNeither(_In_ WDFREQUEST Request, _Out_ ULONG_PTR* Information)
{
    PREQUEST_CONTEXT context = OkIoctlGetRequestContext(Request);
    PUCHAR input;
    PUCHAR output;
    size_t inputLength;
    size_t outputLength;
    size_t i;

    *Information = 0;
    if (context->InputMemory == NULL || context->OutputMemory == NULL) {
        /* Not through EvtIoInCallerContext: the caller's addresses mean nothing here. */
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    input = (PUCHAR)WdfMemoryGetBuffer(context->InputMemory, &inputLength);
    output = (PUCHAR)WdfMemoryGetBuffer(context->OutputMemory, &outputLength);
    if (outputLength < inputLength) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    for (i = 0; i < inputLength; i++) {
        output[i] = (UCHAR)~input[i];
    }
    *Information = inputLength;
    return STATUS_SUCCESS;
}

static NTSTATUS OkIoctlStatistics(_In_ WDFREQUEST Request, _Out_ ULONG_PTR* Information)
{
    OKIOCTL_STATISTICS* statistics;
    NTSTATUS status;

    *Information = 0;
    status = WdfRequestRetrieveOutputBuffer(Request, sizeof(*statistics), (PVOID*)&statistics, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    OkIoctlGetStatistics(statistics);
    *Information = sizeof(*statistics);
    return STATUS_SUCCESS;
}
