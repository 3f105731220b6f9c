/* kmdfbus: see kmdfbus.h. */
#include <ntddk.h>
#include <ntstrsafe.h>
#include <wdf.h>

#include "callback_log.h"
#include "kmdfbus.h"

static const GUID g_childInterface = KMDFBUS_CHILD_INTERFACE_GUID_INIT;
static const GUID g_rawClass = { 0x7e1f0a2b, 0x3c4d, 0x4e5f, { 0x80, 0x91, 0xa2, 0xb3, 0xc4, 0xd5, 0xe6, 0xf7 } };
static KMDFBUS_CONFIG g_config;
static WDFDEVICE g_fdo;
static WDFQUEUE g_parentQueue;
static ULONG g_children;

void KmdfBusSetConfig(const KMDFBUS_CONFIG* Config) { g_config = *Config; }
ULONG KmdfBusReadLog(char* Buffer, ULONG Size) { return CallbackLogRead(Buffer, Size); }

typedef struct _CHILD_CONTEXT {
    ULONG Number;
    WDFQUEUE OwnSecondQueue;
} CHILD_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(CHILD_CONTEXT, ChildContext)

static ULONG ReadLength(WDFREQUEST Request, WDF_REQUEST_TYPE* Type)
{
    WDF_REQUEST_PARAMETERS params;
    WDF_REQUEST_PARAMETERS_INIT(&params);
    WdfRequestGetParameters(Request, &params);
    *Type = params.Type;
    return params.Type == WdfRequestTypeRead ? (ULONG)params.Parameters.Read.Length : 0;
}

static VOID CompleteRead(WDFREQUEST Request, ULONG Length, UCHAR Fill)
{
    PVOID buffer;
    size_t size;
    NTSTATUS status = WdfRequestRetrieveOutputBuffer(Request, Length, &buffer, &size);
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
        return;
    }
    RtlFillMemory(buffer, size, Fill);
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, size);
}

static VOID ParentIoDefault(WDFQUEUE Queue, WDFREQUEST Request)
{
    WDF_REQUEST_TYPE type;
    ULONG length = ReadLength(Request, &type);
    UNREFERENCED_PARAMETER(Queue);
    CallbackLogLine("parent:io:%d:%lu:device-is-parent=%d", (int)type, (unsigned long)length,
                    WdfIoQueueGetDevice(Queue) == g_fdo);
    CompleteRead(Request, length, 0xB0);
}

static VOID ChildIoDefault(WDFQUEUE Queue, WDFREQUEST Request)
{
    WDF_REQUEST_TYPE type;
    WDFDEVICE child = WdfIoQueueGetDevice(Queue);
    ULONG length = ReadLength(Request, &type);
    WDF_REQUEST_FORWARD_OPTIONS options;
    WDFQUEUE destination = g_parentQueue;
    NTSTATUS status;
    CallbackLogLine("child%lu:io:%d:%lu", (unsigned long)ChildContext(child)->Number, (int)type,
                    (unsigned long)length);
    if (g_config.ForwardMode == KmdfBusCompleteInChild) {
        CompleteRead(Request, length, 0xC0);
        return;
    }
    WDF_REQUEST_FORWARD_OPTIONS_INIT(&options);
    if (g_config.ForwardMode == KmdfBusForwardBadSize) options.Size = sizeof(options) + 4;
    if (g_config.ForwardMode == KmdfBusForwardNoFlags) options.Flags = 0;
    if (g_config.ForwardMode == KmdfBusForwardToOwnQueue) destination = ChildContext(child)->OwnSecondQueue;
    status = WdfRequestForwardToParentDeviceIoQueue(Request, destination, &options);
    CallbackLogLine("child%lu:forward:0x%08lx", (unsigned long)ChildContext(child)->Number, (unsigned long)status);
    if (!NT_SUCCESS(status)) WdfRequestComplete(Request, status);
}

static NTSTATUS ChildPrepareHardware(WDFDEVICE Device, WDFCMRESLIST Raw, WDFCMRESLIST Translated)
{
    UNREFERENCED_PARAMETER(Raw);
    UNREFERENCED_PARAMETER(Translated);
    CallbackLogLine("child%lu:prepare-hardware:parent-ok=%d", (unsigned long)ChildContext(Device)->Number,
                    WdfPdoGetParent(Device) == g_fdo);
    return STATUS_SUCCESS;
}

static NTSTATUS ChildReleaseHardware(WDFDEVICE Device, WDFCMRESLIST Translated)
{
    UNREFERENCED_PARAMETER(Translated);
    CallbackLogLine("child%lu:release-hardware", (unsigned long)ChildContext(Device)->Number);
    return STATUS_SUCCESS;
}

static NTSTATUS ParentPrepareHardware(WDFDEVICE Device, WDFCMRESLIST Raw, WDFCMRESLIST Translated)
{
    UNREFERENCED_PARAMETER(Device);
    UNREFERENCED_PARAMETER(Raw);
    UNREFERENCED_PARAMETER(Translated);
    CallbackLogLine("parent:prepare-hardware");
    return STATUS_SUCCESS;
}

static NTSTATUS ParentReleaseHardware(WDFDEVICE Device, WDFCMRESLIST Translated)
{
    UNREFERENCED_PARAMETER(Device);
    UNREFERENCED_PARAMETER(Translated);
    CallbackLogLine("parent:release-hardware");
    return STATUS_SUCCESS;
}

static NTSTATUS CreateChild(void)
{
    PWDFDEVICE_INIT init = WdfPdoInitAllocate(g_fdo);
    WDF_PNPPOWER_EVENT_CALLBACKS pnp;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    DECLARE_CONST_UNICODE_STRING(deviceId, L"KMDFBUS\\CHILD");
    DECLARE_CONST_UNICODE_STRING(compatibleId, L"KMDFBUS\\ANYCHILD");
    DECLARE_UNICODE_STRING_SIZE(instanceId, 8);
    WDFDEVICE child;
    NTSTATUS status;
    ULONG number = ++g_children;
    if (init == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    status = WdfPdoInitAssignDeviceID(init, &deviceId);
    if (NT_SUCCESS(status)) status = RtlUnicodeStringPrintf(&instanceId, L"%02lu", (unsigned long)number);
    if (NT_SUCCESS(status)) status = WdfPdoInitAssignInstanceID(init, &instanceId);
    if (NT_SUCCESS(status)) status = WdfPdoInitAddHardwareID(init, &deviceId);
    if (NT_SUCCESS(status)) status = WdfPdoInitAddCompatibleID(init, &compatibleId);
    if (NT_SUCCESS(status) && g_config.Raw) status = WdfPdoInitAssignRawDevice(init, &g_rawClass);
    if (!NT_SUCCESS(status)) {
        WdfDeviceInitFree(init);
        return status;
    }
    if (g_config.AllowForwarding) WdfPdoInitAllowForwardingRequestToParent(init);
    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&pnp);
    pnp.EvtDevicePrepareHardware = ChildPrepareHardware;
    pnp.EvtDeviceReleaseHardware = ChildReleaseHardware;
    WdfDeviceInitSetPnpPowerEventCallbacks(init, &pnp);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, CHILD_CONTEXT);
    status = WdfDeviceCreate(&init, &attributes, &child);
    if (!NT_SUCCESS(status)) {
        WdfDeviceInitFree(init);
        return status;
    }
    ChildContext(child)->Number = number;
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoDefault = ChildIoDefault;
    status = WdfIoQueueCreate(child, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) return status;
    WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoDefault = ChildIoDefault;
    status = WdfIoQueueCreate(child, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &ChildContext(child)->OwnSecondQueue);
    if (!NT_SUCCESS(status)) return status;
    status = WdfDeviceCreateDeviceInterface(child, &g_childInterface, NULL);
    if (!NT_SUCCESS(status)) return status;
    return WdfFdoAddStaticChild(g_fdo, child);
}

NTSTATUS KmdfBusAddChild(void) { return CreateChild(); }

static NTSTATUS DeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_PNPPOWER_EVENT_CALLBACKS pnp;
    WDF_IO_QUEUE_CONFIG queueConfig;
    NTSTATUS status;
    ULONG i;
    UNREFERENCED_PARAMETER(Driver);
    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&pnp);
    pnp.EvtDevicePrepareHardware = ParentPrepareHardware;
    pnp.EvtDeviceReleaseHardware = ParentReleaseHardware;
    WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, &pnp);
    status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &g_fdo);
    if (!NT_SUCCESS(status)) return status;
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoDefault = ParentIoDefault;
    status = WdfIoQueueCreate(g_fdo, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &g_parentQueue);
    if (!NT_SUCCESS(status)) return status;
    for (i = 0; i < g_config.ChildrenAtAdd && NT_SUCCESS(status); ++i) status = CreateChild();
    return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    CallbackLogReset();
    g_children = 0;
    WDF_DRIVER_CONFIG_INIT(&config, DeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
