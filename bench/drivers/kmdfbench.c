/* kmdfbench: the KMDF driver of the benchmarks. One source, four builds (BENCH_VARIANT):
   - KMDF_PARALLEL (kmdfbench.sys): a parallel default queue; EvtIoRead and
     EvtIoDeviceControl complete inline; EvtIoWrite keeps up to 64 KiB (direct I/O) that
     the next read returns (the echo-style bulk path). Exports the object benchmarks.
   - KMDF_SEQ_DPC (kmdfbenchseq.sys): a sequential default queue; each request is
     completed from a DPC.
   - KMDF_HOLD (kmdfbenchhold.sys): a manual default queue; requests stay queued until
     they are cancelled (framework memory per queued request).
   - KMDF_MINIMAL (kmdfminimal.sys): a device and a parallel default queue, nothing else
     (the scale benchmark). */
#include <ntddk.h>
#include <wdf.h>
#include <string.h>

#include "benchdefs.h"

#ifndef BENCH_VARIANT
#error BENCH_VARIANT must be defined
#endif

#define BENCH_EXPORT __attribute__((visibility("default")))
#define BENCH_POOL_TAG 'hcnB'

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_DEVICE_ADD BenchEvtDeviceAdd;
EVT_WDF_IO_QUEUE_IO_READ BenchEvtIoRead;
EVT_WDF_IO_QUEUE_IO_WRITE BenchEvtIoWrite;
EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL BenchEvtIoDeviceControl;

#if BENCH_VARIANT == BENCH_VARIANT_KMDF_PARALLEL
typedef struct _BENCH_DEVICE_CONTEXT {
    KSPIN_LOCK Lock;
    size_t Length;
    UCHAR Data[BENCH_BULK_MAX];
} BENCH_DEVICE_CONTEXT, *PBENCH_DEVICE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(BENCH_DEVICE_CONTEXT, BenchGetDeviceContext)

/* The 64-byte context of the object benchmarks. */
typedef struct _BENCH_OBJECT_CONTEXT {
    UCHAR Bytes[64];
} BENCH_OBJECT_CONTEXT, *PBENCH_OBJECT_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(BENCH_OBJECT_CONTEXT, BenchGetObjectContext)
#elif BENCH_VARIANT == BENCH_VARIANT_KMDF_SEQ_DPC
typedef struct _BENCH_DEVICE_CONTEXT {
    KDPC Dpc;
} BENCH_DEVICE_CONTEXT, *PBENCH_DEVICE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(BENCH_DEVICE_CONTEXT, BenchGetDeviceContext)
#endif

#if BENCH_VARIANT != BENCH_VARIANT_KMDF_MINIMAL
static const GUID BenchInterfaceGuid = BENCH_INTERFACE_GUID_INIT(BENCH_VARIANT);
#endif

#if BENCH_VARIANT == BENCH_VARIANT_KMDF_SEQ_DPC
/* The request travels as SystemArgument1: the sequential queue presents one at a time. */
static VOID BenchCompleteFromDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument2);
    WdfRequestCompleteWithInformation((WDFREQUEST)SystemArgument1, STATUS_SUCCESS, 0);
}

static VOID BenchComplete(WDFREQUEST Request, size_t Information)
{
    PBENCH_DEVICE_CONTEXT context = BenchGetDeviceContext(WdfIoQueueGetDevice(WdfRequestGetIoQueue(Request)));
    UNREFERENCED_PARAMETER(Information);
    KeInsertQueueDpc(&context->Dpc, Request, NULL);
}
#else
static VOID BenchComplete(WDFREQUEST Request, size_t Information)
{
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, Information);
}
#endif

VOID BenchEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
#if BENCH_VARIANT == BENCH_VARIANT_KMDF_PARALLEL
    PBENCH_DEVICE_CONTEXT context;
    PVOID buffer;
    size_t available, count;
    KIRQL irql;
    NTSTATUS status;
    if (Length == 0) {
        WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, 0);
        return;
    }
    status = WdfRequestRetrieveOutputBuffer(Request, 1, &buffer, &available);
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
        return;
    }
    context = BenchGetDeviceContext(WdfIoQueueGetDevice(Queue));
    KeAcquireSpinLock(&context->Lock, &irql);
    count = available < context->Length ? available : context->Length;
    memcpy(buffer, context->Data, count);
    KeReleaseSpinLock(&context->Lock, irql);
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, count);
#else
    UNREFERENCED_PARAMETER(Queue);
    UNREFERENCED_PARAMETER(Length);
    BenchComplete(Request, 0);
#endif
}

VOID BenchEvtIoWrite(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
#if BENCH_VARIANT == BENCH_VARIANT_KMDF_PARALLEL
    PBENCH_DEVICE_CONTEXT context;
    PVOID buffer;
    size_t available;
    KIRQL irql;
    NTSTATUS status;
    if (Length > BENCH_BULK_MAX) {
        WdfRequestComplete(Request, STATUS_INVALID_BUFFER_SIZE);
        return;
    }
    context = BenchGetDeviceContext(WdfIoQueueGetDevice(Queue));
    if (Length == 0) {
        context->Length = 0;
        WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, 0);
        return;
    }
    status = WdfRequestRetrieveInputBuffer(Request, 1, &buffer, &available);
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
        return;
    }
    KeAcquireSpinLock(&context->Lock, &irql);
    memcpy(context->Data, buffer, available);
    context->Length = available;
    KeReleaseSpinLock(&context->Lock, irql);
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, available);
#else
    UNREFERENCED_PARAMETER(Queue);
    BenchComplete(Request, Length);
#endif
}

VOID BenchEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                             size_t InputBufferLength, ULONG IoControlCode)
{
    UNREFERENCED_PARAMETER(Queue);
    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    if (IoControlCode != IOCTL_BENCH_PING) {
        WdfRequestComplete(Request, STATUS_INVALID_DEVICE_REQUEST);
        return;
    }
    BenchComplete(Request, 0);
}

NTSTATUS BenchEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    WDFQUEUE queue;
    NTSTATUS status;
#if BENCH_VARIANT == BENCH_VARIANT_KMDF_PARALLEL || BENCH_VARIANT == BENCH_VARIANT_KMDF_SEQ_DPC
    WDF_OBJECT_ATTRIBUTES deviceAttributes;
    PBENCH_DEVICE_CONTEXT context;
#endif
    UNREFERENCED_PARAMETER(Driver);

#if BENCH_VARIANT == BENCH_VARIANT_KMDF_PARALLEL
    /* The bulk path moves the client's pages in place (one copy, in the driver). */
    WdfDeviceInitSetIoType(DeviceInit, WdfDeviceIoDirect);
#else
    WdfDeviceInitSetIoType(DeviceInit, WdfDeviceIoBuffered);
#endif
#if BENCH_VARIANT == BENCH_VARIANT_KMDF_PARALLEL || BENCH_VARIANT == BENCH_VARIANT_KMDF_SEQ_DPC
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&deviceAttributes, BENCH_DEVICE_CONTEXT);
    status = WdfDeviceCreate(&DeviceInit, &deviceAttributes, &device);
    if (!NT_SUCCESS(status)) return status;
    context = BenchGetDeviceContext(device);
#if BENCH_VARIANT == BENCH_VARIANT_KMDF_PARALLEL
    KeInitializeSpinLock(&context->Lock);
    context->Length = 0;
#else
    KeInitializeDpc(&context->Dpc, BenchCompleteFromDpc, NULL);
#endif
#else
    status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &device);
    if (!NT_SUCCESS(status)) return status;
#endif

#if BENCH_VARIANT == BENCH_VARIANT_KMDF_SEQ_DPC
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchSequential);
#elif BENCH_VARIANT == BENCH_VARIANT_KMDF_HOLD
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchManual);
#else
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
#endif
#if BENCH_VARIANT != BENCH_VARIANT_KMDF_HOLD
    queueConfig.EvtIoRead = BenchEvtIoRead;
    queueConfig.EvtIoWrite = BenchEvtIoWrite;
    queueConfig.EvtIoDeviceControl = BenchEvtIoDeviceControl;
#endif
    /* The request-path benchmarks send 0-byte reads: the driver wants to see them. */
    queueConfig.AllowZeroLengthRequests = TRUE;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &queue);
    if (!NT_SUCCESS(status)) return status;
#if BENCH_VARIANT != BENCH_VARIANT_KMDF_MINIMAL
    status = WdfDeviceCreateDeviceInterface(device, &BenchInterfaceGuid, NULL);
#endif
    return status;
}

#if BENCH_VARIANT == BENCH_VARIANT_KMDF_PARALLEL
BENCH_EXPORT long KmdfBenchObjectCycle(unsigned long count)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDFOBJECT object;
    NTSTATUS status;
    unsigned long i;
    for (i = 0; i < count; ++i) {
        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, BENCH_OBJECT_CONTEXT);
        status = WdfObjectCreate(&attributes, &object);
        if (!NT_SUCCESS(status)) return status;
        BenchGetObjectContext(object)->Bytes[0] = (UCHAR)i;
        WdfObjectDelete(object);
    }
    return STATUS_SUCCESS;
}

BENCH_EXPORT long KmdfBenchCreateObjects(unsigned long count, void** handles)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    NTSTATUS status;
    unsigned long i;
    for (i = 0; i < count; ++i) {
        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, BENCH_OBJECT_CONTEXT);
        status = WdfObjectCreate(&attributes, (WDFOBJECT*)&handles[i]);
        if (!NT_SUCCESS(status)) return status;
    }
    return STATUS_SUCCESS;
}

BENCH_EXPORT void KmdfBenchDeleteObjects(unsigned long count, void** handles)
{
    unsigned long i;
    for (i = 0; i < count; ++i) WdfObjectDelete((WDFOBJECT)handles[i]);
}

BENCH_EXPORT long KmdfBenchPoolCycle(unsigned long count)
{
    unsigned long i;
    for (i = 0; i < count; ++i) {
        PUCHAR block = (PUCHAR)ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(BENCH_OBJECT_CONTEXT), BENCH_POOL_TAG);
        if (block == NULL) return STATUS_INSUFFICIENT_RESOURCES;
        block[0] = (UCHAR)i;
        ExFreePoolWithTag(block, BENCH_POOL_TAG);
    }
    return STATUS_SUCCESS;
}
#endif

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    WDF_DRIVER_CONFIG_INIT(&config, BenchEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
