/* kmdfself: see kmdfself.h. */
#include <ntddk.h>
#include <wdf.h>

#include "callback_log.h"
#include "kmdfself.h"

static const GUID g_interface = KMDFSELF_INTERFACE_GUID_INIT;
static KMDFSELF_CONFIG g_config;
static WDFDEVICE g_device;
static WDFQUEUE g_defaultQueue;
static WDFQUEUE g_selfQueue;
static NTSTATUS g_assignStatus = STATUS_PENDING;
static KEVENT g_sendDone;
static NTSTATUS g_sendStatus;
static ULONG_PTR g_sendInformation;

void KmdfSelfSetConfig(const KMDFSELF_CONFIG* Config) { g_config = *Config; }
ULONG KmdfSelfReadLog(char* Buffer, ULONG Size) { return CallbackLogRead(Buffer, Size); }

static const char* TypeName(WDF_REQUEST_TYPE Type)
{
    switch (Type) {
    case WdfRequestTypeRead: return "read";
    case WdfRequestTypeWrite: return "write";
    case WdfRequestTypeDeviceControl: return "ioctl";
    default: return "other";
    }
}

/* Both queues: log "<queue>:<type>:<length>" and complete. */
static VOID Handle(WDFQUEUE Queue, WDFREQUEST Request, UCHAR Fill)
{
    WDF_REQUEST_PARAMETERS params;
    const char* queue = Queue == g_selfQueue ? "self-queue" : "default-queue";
    ULONG length = 0;
    WDF_REQUEST_PARAMETERS_INIT(&params);
    WdfRequestGetParameters(Request, &params);
    if (params.Type == WdfRequestTypeRead) length = (ULONG)params.Parameters.Read.Length;
    if (params.Type == WdfRequestTypeWrite) length = (ULONG)params.Parameters.Write.Length;
    CallbackLogLine("%s:%s:%lu", queue, TypeName(params.Type), (unsigned long)length);
    if (params.Type == WdfRequestTypeRead) {
        PVOID buffer;
        size_t size;
        NTSTATUS status = WdfRequestRetrieveOutputBuffer(Request, length, &buffer, &size);
        if (!NT_SUCCESS(status)) {
            WdfRequestComplete(Request, status);
            return;
        }
        RtlFillMemory(buffer, size, Fill);
        WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, size);
        return;
    }
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, length);
}

static VOID DefaultIoDefault(WDFQUEUE Queue, WDFREQUEST Request) { Handle(Queue, Request, 0x5A); }
static VOID SelfIoDefault(WDFQUEUE Queue, WDFREQUEST Request) { Handle(Queue, Request, 0xA5); }

static NTSTATUS DeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_IO_QUEUE_CONFIG queueConfig;
    NTSTATUS status;
    UNREFERENCED_PARAMETER(Driver);
    WdfDeviceInitSetIoType(DeviceInit, WdfDeviceIoBuffered);
    if (g_config.AllowSelfIoTarget) WdfDeviceInitAllowSelfIoTarget(DeviceInit);
    status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &g_device);
    if (!NT_SUCCESS(status)) return status;
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoDefault = DefaultIoDefault;
    status = WdfIoQueueCreate(g_device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &g_defaultQueue);
    if (!NT_SUCCESS(status)) return status;
    WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoDefault = SelfIoDefault;
    status = WdfIoQueueCreate(g_device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &g_selfQueue);
    if (!NT_SUCCESS(status)) return status;
    if (g_config.AssignSelfQueue) {
        g_assignStatus = WdfIoTargetSelfAssignDefaultIoQueue(WdfDeviceGetSelfIoTarget(g_device), g_selfQueue);
        if (!NT_SUCCESS(g_assignStatus)) return g_assignStatus;
    }
    return WdfDeviceCreateDeviceInterface(g_device, &g_interface, NULL);
}

void KmdfSelfGetInfo(KMDFSELF_INFO* Info)
{
    WDFIOTARGET target = WdfDeviceGetSelfIoTarget(g_device);
    RtlZeroMemory(Info, sizeof(*Info));
    Info->AssignStatus = g_assignStatus;
    if (target == NULL) return;
    Info->HaveTarget = TRUE;
    Info->Stable = WdfDeviceGetSelfIoTarget(g_device) == target;
    Info->State = WdfIoTargetGetState(target);
    Info->DeviceIsOurs = WdfIoTargetGetDevice(target) == g_device;
    Info->TargetIsOurDeviceObject = WdfIoTargetWdmGetTargetDeviceObject(target) == WdfDeviceWdmGetDeviceObject(g_device);
    Info->PdoIsOurs = WdfIoTargetWdmGetTargetPhysicalDevice(target) == WdfDeviceWdmGetPhysicalDevice(g_device);
}

NTSTATUS KmdfSelfSendRead(PVOID Out, ULONG Length, ULONG_PTR* BytesRead)
{
    WDF_MEMORY_DESCRIPTOR output;
    WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(&output, Out, Length);
    return WdfIoTargetSendReadSynchronously(WdfDeviceGetSelfIoTarget(g_device), NULL, &output, NULL, NULL, BytesRead);
}

static VOID WriteCompleted(WDFREQUEST Request, WDFIOTARGET Target, PWDF_REQUEST_COMPLETION_PARAMS Params,
                           WDFCONTEXT Context)
{
    UNREFERENCED_PARAMETER(Target);
    UNREFERENCED_PARAMETER(Context);
    g_sendStatus = Params->IoStatus.Status;
    g_sendInformation = Params->IoStatus.Information;
    CallbackLogLine("write-completed:0x%08lx", (unsigned long)g_sendStatus);
    WdfObjectDelete(Request);
    KeSetEvent(&g_sendDone, IO_NO_INCREMENT, FALSE);
}

NTSTATUS KmdfSelfSendWriteAsync(ULONG Length, ULONG_PTR* Information)
{
    WDFIOTARGET target = WdfDeviceGetSelfIoTarget(g_device);
    WDF_OBJECT_ATTRIBUTES attributes;
    WDFREQUEST request;
    WDFMEMORY memory;
    NTSTATUS status;
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    status = WdfRequestCreate(WDF_NO_OBJECT_ATTRIBUTES, target, &request);
    if (!NT_SUCCESS(status)) return status;
    attributes.ParentObject = request;
    status = WdfMemoryCreate(&attributes, NonPagedPoolNx, 'fleS', Length, &memory, NULL);
    if (NT_SUCCESS(status)) status = WdfIoTargetFormatRequestForWrite(target, request, memory, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        WdfObjectDelete(request);
        return status;
    }
    KeInitializeEvent(&g_sendDone, NotificationEvent, FALSE);
    WdfRequestSetCompletionRoutine(request, WriteCompleted, NULL);
    if (!WdfRequestSend(request, target, WDF_NO_SEND_OPTIONS)) {
        status = WdfRequestGetStatus(request);
        WdfObjectDelete(request);
        return status;
    }
    KeWaitForSingleObject(&g_sendDone, Executive, KernelMode, FALSE, NULL);
    *Information = g_sendInformation;
    return g_sendStatus;
}

NTSTATUS KmdfSelfAssign(ULONG Which)
{
    switch (Which) {
    case 0: return WdfIoTargetSelfAssignDefaultIoQueue(WdfDeviceGetSelfIoTarget(g_device), g_defaultQueue);
    case 1: return WdfIoTargetSelfAssignDefaultIoQueue(WdfDeviceGetSelfIoTarget(g_device), g_selfQueue);
    default: return WdfIoTargetSelfAssignDefaultIoQueue(WdfDeviceGetIoTarget(g_device), g_selfQueue);
    }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    CallbackLogReset();
    g_assignStatus = STATUS_PENDING;
    WDF_DRIVER_CONFIG_INIT(&config, DeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
