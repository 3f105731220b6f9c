/*
 * echofilter: an upper filter on the echo device (written for OpenKMDF). It counts the
 * reads and writes that pass through it, forwards them to the echo driver with a
 * completion routine that adds up the bytes moved, and lets every other request pass
 * through untouched (the framework forwards what a filter does not handle).
 */
#include <ntddk.h>
#include <wdf.h>

typedef struct _FILTER_CONTEXT {
    WDFSPINLOCK Lock; /* guards the counters */
    ULONG Reads;
    ULONG Writes;
    ULONGLONG BytesRead;
    ULONGLONG BytesWritten;
} FILTER_CONTEXT, *PFILTER_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(FILTER_CONTEXT, FilterGetContext)

DRIVER_INITIALIZE DriverEntry;
static EVT_WDF_DRIVER_DEVICE_ADD FilterEvtDeviceAdd;
static EVT_WDF_IO_QUEUE_IO_READ FilterEvtIoRead;
static EVT_WDF_IO_QUEUE_IO_WRITE FilterEvtIoWrite;
static EVT_WDF_REQUEST_COMPLETION_ROUTINE FilterRequestCompleted;

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    WDF_DRIVER_CONFIG_INIT(&config, FilterEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}

static NTSTATUS FilterEvtDeviceAdd(_In_ WDFDRIVER Driver, _Inout_ PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    PFILTER_CONTEXT context;
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    PAGED_CODE();

    WdfFdoInitSetFilter(DeviceInit);

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, FILTER_CONTEXT);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    context = FilterGetContext(device);

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfSpinLockCreate(&attributes, &context->Lock);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    /* Only reads and writes come to the filter's queue; the rest goes down untouched. */
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoRead = FilterEvtIoRead;
    queueConfig.EvtIoWrite = FilterEvtIoWrite;
    return WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
}

static VOID FilterForward(WDFQUEUE Queue, WDFREQUEST Request)
{
    WDFDEVICE device = WdfIoQueueGetDevice(Queue);

    WdfRequestFormatRequestUsingCurrentType(Request);
    WdfRequestSetCompletionRoutine(Request, FilterRequestCompleted, device);
    if (!WdfRequestSend(Request, WdfDeviceGetIoTarget(device), WDF_NO_SEND_OPTIONS)) {
        NTSTATUS status = WdfRequestGetStatus(Request);
        KdPrint(("EchoFilter: WdfRequestSend failed 0x%x\n", status));
        WdfRequestComplete(Request, status);
    }
}

static VOID FilterEvtIoRead(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request, _In_ size_t Length)
{
    PFILTER_CONTEXT context = FilterGetContext(WdfIoQueueGetDevice(Queue));
    UNREFERENCED_PARAMETER(Length);
    WdfSpinLockAcquire(context->Lock);
    context->Reads++;
    WdfSpinLockRelease(context->Lock);
    FilterForward(Queue, Request);
}

static VOID FilterEvtIoWrite(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request, _In_ size_t Length)
{
    PFILTER_CONTEXT context = FilterGetContext(WdfIoQueueGetDevice(Queue));
    UNREFERENCED_PARAMETER(Length);
    WdfSpinLockAcquire(context->Lock);
    context->Writes++;
    WdfSpinLockRelease(context->Lock);
    FilterForward(Queue, Request);
}

static VOID FilterRequestCompleted(_In_ WDFREQUEST Request, _In_ WDFIOTARGET Target,
                                   _In_ PWDF_REQUEST_COMPLETION_PARAMS Params, _In_ WDFCONTEXT Context)
{
    PFILTER_CONTEXT context = FilterGetContext((WDFDEVICE)Context);
    ULONG reads, writes;
    ULONGLONG bytesRead, bytesWritten;

    UNREFERENCED_PARAMETER(Target);
    WdfSpinLockAcquire(context->Lock);
    if (NT_SUCCESS(Params->IoStatus.Status)) {
        if (Params->Type == WdfRequestTypeRead) {
            context->BytesRead += Params->IoStatus.Information;
        } else if (Params->Type == WdfRequestTypeWrite) {
            context->BytesWritten += Params->IoStatus.Information;
        }
    }
    reads = context->Reads;
    writes = context->Writes;
    bytesRead = context->BytesRead;
    bytesWritten = context->BytesWritten;
    WdfSpinLockRelease(context->Lock);

    KdPrint(("EchoFilter: %s completed 0x%x: reads %u (%I64u bytes), writes %u (%I64u bytes)\n",
             Params->Type == WdfRequestTypeRead ? "read" : "write", Params->IoStatus.Status, reads, bytesRead,
             writes, bytesWritten));
    WdfRequestComplete(Request, Params->IoStatus.Status);
}
