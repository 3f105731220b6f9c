/* kmdfcontrol: see kmdfcontrol.h. */
#include "kmdfcontrol.h"

#include <wdmsec.h>

DRIVER_INITIALIZE DriverEntry;
static EVT_WDF_DRIVER_UNLOAD KmdfControlEvtDriverUnload;
static EVT_WDF_OBJECT_CONTEXT_CLEANUP KmdfControlEvtDeviceCleanup;
static EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL KmdfControlEvtIoDeviceControl;
static EVT_WDFDEVICE_WDM_IRP_PREPROCESS KmdfControlEvtPreprocess;
static EVT_WDFDEVICE_WDM_IRP_DISPATCH KmdfControlEvtIrpDispatch;
static EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL KmdfControlEvtIoDeviceControlSecond;

static KMDFCONTROL_CONFIG g_Config;
static KMDFCONTROL_STATE g_State;
static WDFDEVICE g_Device;
static WDFQUEUE g_SecondQueue;

void KmdfControlSetConfig(const KMDFCONTROL_CONFIG* Config) { g_Config = *Config; }
void KmdfControlGetState(KMDFCONTROL_STATE* State) { *State = g_State; }
void KmdfControlFinish(void) { WdfControlFinishInitializing(g_Device); }
void KmdfControlDeleteDevice(void)
{
    WdfObjectDelete(g_Device);
    g_Device = NULL;
}

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    DECLARE_CONST_UNICODE_STRING(name, L"\\Device\\KmdfControl");
    DECLARE_CONST_UNICODE_STRING(link, L"\\DosDevices\\KmdfControl");
    DECLARE_CONST_UNICODE_STRING(badSddl, L"not an SDDL string");
    WDF_DRIVER_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDRIVER driver;
    PWDFDEVICE_INIT init;
    WDFSTRING string;
    UNICODE_STRING text;
    NTSTATUS status;

    RtlZeroMemory(&g_State, sizeof(g_State));
    g_Device = NULL;
    WDF_DRIVER_CONFIG_INIT(&config, WDF_NO_EVENT_CALLBACK);
    config.DriverInitFlags |= WdfDriverInitNonPnpDriver;
    config.EvtDriverUnload = KmdfControlEvtDriverUnload;
    status = WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, &driver);
    if (!NT_SUCCESS(status)) return status;

    if (g_Config.FreeFirstInit) {
        init = WdfControlDeviceInitAllocate(driver, &SDDL_DEVOBJ_SYS_ALL_ADM_ALL);
        if (init == NULL) return STATUS_INSUFFICIENT_RESOURCES;
        WdfDeviceInitFree(init);
    }
    init = WdfControlDeviceInitAllocate(driver, g_Config.BadSddl ? &badSddl : &SDDL_DEVOBJ_SYS_ALL_ADM_ALL);
    if (init == NULL) {
        g_State.InitWasNull = TRUE;
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (g_Config.AssignName) {
        status = WdfDeviceInitAssignName(init, &name);
        if (!NT_SUCCESS(status)) goto FreeInit;
    }
    if (g_Config.PreprocessMode != KMDFCONTROL_PREPROCESS_NONE) {
        status = WdfDeviceInitAssignWdmIrpPreprocessCallback(
            init, KmdfControlEvtPreprocess, IRP_MJ_DEVICE_CONTROL,
            g_Config.PreprocessMinorCount ? g_Config.PreprocessMinors : NULL, g_Config.PreprocessMinorCount);
        if (!NT_SUCCESS(status)) goto FreeInit;
    }
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.EvtCleanupCallback = KmdfControlEvtDeviceCleanup;
    status = WdfDeviceCreate(&init, &attributes, &g_Device);
    if (!NT_SUCCESS(status)) goto FreeInit;

    if (g_Config.AssignName) {
        status = WdfDeviceCreateSymbolicLink(g_Device, &link);
        if (!NT_SUCCESS(status)) return status;
    }
    status = WdfStringCreate(NULL, WDF_NO_OBJECT_ATTRIBUTES, &string);
    if (!NT_SUCCESS(status)) return status;
    g_State.RetrieveNameStatus = WdfDeviceRetrieveDeviceName(g_Device, string);
    WdfStringGetUnicodeString(string, &text);
    if (NT_SUCCESS(g_State.RetrieveNameStatus) && text.Length < sizeof(g_State.Name)) {
        RtlCopyMemory(g_State.Name, text.Buffer, text.Length);
    }
    WdfObjectDelete(string);
    g_State.Characteristics = WdfDeviceGetCharacteristics(g_Device);
    g_State.StackSize = WdfDeviceWdmGetDeviceObject(g_Device)->StackSize;

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoDeviceControl = KmdfControlEvtIoDeviceControl;
    status = WdfIoQueueCreate(g_Device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) return status;

    if (g_Config.IrpDispatchCallback) {
        WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchSequential);
        queueConfig.EvtIoDeviceControl = KmdfControlEvtIoDeviceControlSecond;
        status = WdfIoQueueCreate(g_Device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &g_SecondQueue);
        if (!NT_SUCCESS(status)) return status;
        status = WdfDeviceConfigureWdmIrpDispatchCallback(g_Device, driver, IRP_MJ_DEVICE_CONTROL,
                                                          KmdfControlEvtIrpDispatch, &g_State);
        if (!NT_SUCCESS(status)) return status;
    }

    if (g_Config.FinishInitializing) WdfControlFinishInitializing(g_Device);
    return STATUS_SUCCESS;

FreeInit:
    WdfDeviceInitFree(init);
    return status;
}

static VOID KmdfControlEvtDriverUnload(_In_ WDFDRIVER Driver)
{
    UNREFERENCED_PARAMETER(Driver);
    g_State.Unloads++;
    if (g_Config.DeleteInUnload && g_Device != NULL) {
        WdfObjectDelete(g_Device);
        g_Device = NULL;
    }
}

static VOID KmdfControlEvtDeviceCleanup(_In_ WDFOBJECT Device)
{
    UNREFERENCED_PARAMETER(Device);
    g_State.DeviceCleanups++;
}

static NTSTATUS KmdfControlEvtPreprocess(_In_ WDFDEVICE Device, _Inout_ PIRP Irp)
{
    NTSTATUS status;

    g_State.Preprocessed++;
    switch (g_Config.PreprocessMode) {
    case KMDFCONTROL_PREPROCESS_SKIP:
        IoSkipCurrentIrpStackLocation(Irp);
        return WdfDeviceWdmDispatchPreprocessedIrp(Device, Irp);
    case KMDFCONTROL_PREPROCESS_NO_SKIP:
        return WdfDeviceWdmDispatchPreprocessedIrp(Device, Irp);
    default:
        status = STATUS_ACCESS_DENIED;
        Irp->IoStatus.Status = status;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }
}

static VOID KmdfControlEvtIoDeviceControl(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request, _In_ size_t OutputBufferLength,
                                          _In_ size_t InputBufferLength, _In_ ULONG IoControlCode)
{
    UNREFERENCED_PARAMETER(Queue);
    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    g_State.Queued++;
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, IoControlCode & 0xFF);
}

static NTSTATUS KmdfControlEvtIrpDispatch(_In_ WDFDEVICE Device, _In_ UCHAR MajorFunction, _In_ UCHAR MinorFunction,
                                          _In_ ULONG Code, _In_ WDFCONTEXT DriverContext, _Inout_ PIRP Irp,
                                          _In_ WDFCONTEXT DispatchContext)
{
    UNREFERENCED_PARAMETER(MajorFunction);
    UNREFERENCED_PARAMETER(MinorFunction);
    if (DriverContext != &g_State) return STATUS_UNSUCCESSFUL;
    g_State.Dispatched++;
    g_State.LastDispatchedCode = Code;
    if (((Code >> 2) & 0xFFF) == 0x802) {
        return WdfDeviceWdmDispatchIrpToIoQueue(Device, Irp, g_SecondQueue, WDF_DISPATCH_IRP_TO_IO_QUEUE_NO_FLAGS);
    }
    return WdfDeviceWdmDispatchIrp(Device, Irp, DispatchContext);
}

static VOID KmdfControlEvtIoDeviceControlSecond(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request,
                                                _In_ size_t OutputBufferLength, _In_ size_t InputBufferLength,
                                                _In_ ULONG IoControlCode)
{
    UNREFERENCED_PARAMETER(Queue);
    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    g_State.QueuedOnSecondQueue++;
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, 0x1000 | (IoControlCode & 0xFF));
}
