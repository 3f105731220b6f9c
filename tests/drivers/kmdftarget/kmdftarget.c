/* kmdftarget: see kmdftarget.h. */
#include "kmdftarget.h"

DRIVER_INITIALIZE DriverEntry;
static EVT_WDF_DRIVER_DEVICE_ADD TargetEvtDeviceAdd;

static WDFDEVICE g_device;
static WDFIOTARGET g_remote;

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    g_device = NULL;
    g_remote = NULL;
    WDF_DRIVER_CONFIG_INIT(&config, TargetEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}

static NTSTATUS TargetEvtDeviceAdd(_In_ WDFDRIVER Driver, _Inout_ PWDFDEVICE_INIT DeviceInit)
{
    UNREFERENCED_PARAMETER(Driver);
    return WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &g_device);
}

static WDFIOTARGET TargetOf(BOOLEAN Local) { return Local ? WdfDeviceGetIoTarget(g_device) : g_remote; }

NTSTATUS KmdfTargetCreate(void)
{
    return WdfIoTargetCreate(g_device, WDF_NO_OBJECT_ATTRIBUTES, &g_remote);
}

NTSTATUS KmdfTargetOpenByName(const WCHAR* Name, ULONG ParamsSize)
{
    WDF_IO_TARGET_OPEN_PARAMS params;
    UNICODE_STRING name;
    NTSTATUS status;
    RtlInitUnicodeString(&name, Name);
    WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(&params, &name, GENERIC_READ | GENERIC_WRITE);
    if (ParamsSize != 0) params.Size = ParamsSize;
    status = WdfIoTargetOpen(g_remote, &params);
    if (NT_SUCCESS(status) && params.FileInformation != FILE_OPENED) return STATUS_UNSUCCESSFUL;
    return status;
}

NTSTATUS KmdfTargetOpenExisting(void)
{
    WDF_IO_TARGET_OPEN_PARAMS params;
    WDF_IO_TARGET_OPEN_PARAMS_INIT_EXISTING_DEVICE(&params, WdfDeviceWdmGetAttachedDevice(g_device));
    return WdfIoTargetOpen(g_remote, &params);
}

NTSTATUS KmdfTargetReopen(void)
{
    WDF_IO_TARGET_OPEN_PARAMS params;
    WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN(&params);
    return WdfIoTargetOpen(g_remote, &params);
}

void KmdfTargetClose(void) { WdfIoTargetClose(g_remote); }

void KmdfTargetCloseForQueryRemove(void) { WdfIoTargetCloseForQueryRemove(g_remote); }

void KmdfTargetDelete(void)
{
    if (g_remote != NULL) WdfObjectDelete(g_remote);
    g_remote = NULL;
}

NTSTATUS KmdfTargetStart(BOOLEAN Local) { return WdfIoTargetStart(TargetOf(Local)); }

void KmdfTargetStop(BOOLEAN Local, WDF_IO_TARGET_SENT_IO_ACTION Action) { WdfIoTargetStop(TargetOf(Local), Action); }

void KmdfTargetGetInfo(BOOLEAN Local, KMDFTARGET_INFO* Info)
{
    WDFIOTARGET target = TargetOf(Local);
    RtlZeroMemory(Info, sizeof(*Info));
    Info->AttachedDevice = WdfDeviceWdmGetAttachedDevice(g_device);
    Info->PhysicalDevice = WdfDeviceWdmGetPhysicalDevice(g_device);
    if (target == NULL) return;
    Info->HaveTarget = TRUE;
    Info->State = WdfIoTargetGetState(target);
    Info->DeviceIsOurs = WdfIoTargetGetDevice(target) == g_device;
    Info->TargetDevice = WdfIoTargetWdmGetTargetDeviceObject(target);
    Info->TargetFile = WdfIoTargetWdmGetTargetFileObject(target);
    Info->TargetPdo = WdfIoTargetWdmGetTargetPhysicalDevice(target);
    Info->LocalTargetIsStable = WdfDeviceGetIoTarget(g_device) == WdfDeviceGetIoTarget(g_device);
}

NTSTATUS KmdfTargetQueryProperty(BOOLEAN Local, DEVICE_REGISTRY_PROPERTY Property, PVOID Buffer, ULONG Length,
                                 PULONG ResultLength)
{
    return WdfIoTargetQueryTargetProperty(TargetOf(Local), Property, Length, Buffer, ResultLength);
}

NTSTATUS KmdfTargetAllocAndQueryProperty(BOOLEAN Local, DEVICE_REGISTRY_PROPERTY Property, PVOID Buffer,
                                         ULONG Length, size_t* Size)
{
    WDFMEMORY memory;
    PVOID data;
    NTSTATUS status = WdfIoTargetAllocAndQueryTargetProperty(TargetOf(Local), Property, NonPagedPoolNx,
                                                             WDF_NO_OBJECT_ATTRIBUTES, &memory);
    if (!NT_SUCCESS(status)) return status;
    data = WdfMemoryGetBuffer(memory, Size);
    RtlCopyMemory(Buffer, data, *Size < Length ? *Size : Length);
    WdfObjectDelete(memory);
    return status;
}

/* Fills Descriptor for Buffer/Length as Send->Descriptor says; *Memory and *Mdl receive
   what must be freed afterwards. */
static NTSTATUS Describe(KMDFTARGET_SEND* Send, PVOID Buffer, ULONG Length, BOOLEAN Offsets,
                         PWDF_MEMORY_DESCRIPTOR Descriptor, PWDFMEMORY_OFFSET Window, WDFMEMORY* Memory, PMDL* Mdl)
{
    NTSTATUS status;
    switch (Send->Descriptor) {
    case KmdfTargetDescriptorHandle:
        status = WdfMemoryCreatePreallocated(WDF_NO_OBJECT_ATTRIBUTES, Buffer, Length, Memory);
        if (!NT_SUCCESS(status)) return status;
        Window->BufferOffset = Send->BufferOffset;
        Window->BufferLength = Send->BufferLength;
        WDF_MEMORY_DESCRIPTOR_INIT_HANDLE(Descriptor, *Memory, Offsets ? Window : NULL);
        return STATUS_SUCCESS;
    case KmdfTargetDescriptorMdl:
        *Mdl = IoAllocateMdl(Buffer, Length, FALSE, FALSE, NULL);
        if (*Mdl == NULL) return STATUS_INSUFFICIENT_RESOURCES;
        MmBuildMdlForNonPagedPool(*Mdl);
        WDF_MEMORY_DESCRIPTOR_INIT_MDL(Descriptor, *Mdl, Length);
        return STATUS_SUCCESS;
    case KmdfTargetDescriptorBadType:
        WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(Descriptor, Buffer, Length);
        Descriptor->Type = (WDF_MEMORY_DESCRIPTOR_TYPE)7;
        return STATUS_SUCCESS;
    default:
        WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(Descriptor, Buffer, Length);
        return STATUS_SUCCESS;
    }
}

NTSTATUS KmdfTargetSend(KMDFTARGET_SEND* Send)
{
    WDF_MEMORY_DESCRIPTOR input, output;
    WDFMEMORY_OFFSET inputWindow, outputWindow;
    WDFMEMORY inputMemory = NULL, outputMemory = NULL;
    PMDL inputMdl = NULL, outputMdl = NULL;
    PWDF_MEMORY_DESCRIPTOR inputArg = NULL, outputArg = NULL;
    WDF_REQUEST_SEND_OPTIONS options;
    WDFREQUEST request = NULL;
    ULONG_PTR information = 0;
    KIRQL irql = PASSIVE_LEVEL;
    NTSTATUS status = STATUS_SUCCESS;
    WDFIOTARGET target = TargetOf(Send->Local);
    const BOOLEAN read = Send->Major == IRP_MJ_READ;
    const BOOLEAN write = Send->Major == IRP_MJ_WRITE;

    if (Send->Descriptor != KmdfTargetDescriptorNone) {
        if (!read && (Send->Input != NULL || write)) {
            status = Describe(Send, Send->Input, Send->InputLength, write && Send->UseOffsets, &input, &inputWindow,
                              &inputMemory, &inputMdl);
            inputArg = &input;
        }
        if (NT_SUCCESS(status) && !write && (Send->Output != NULL || read)) {
            status = Describe(Send, Send->Output, Send->OutputLength, Send->UseOffsets, &output, &outputWindow,
                              &outputMemory, &outputMdl);
            outputArg = &output;
        }
    }
    /* Any non-NULL handle: the framework refuses request-based sends before looking at it. */
    if (Send->WithRequest) request = (WDFREQUEST)g_device;
    if (NT_SUCCESS(status)) {
        WDF_REQUEST_SEND_OPTIONS_INIT(&options, Send->OptionsFlags);
        if (Send->OptionsSize != 0) options.Size = Send->OptionsSize;
        if (Send->Timeout != 0) WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(&options, Send->Timeout);
        if (Send->AtDispatchLevel) KeRaiseIrql(DISPATCH_LEVEL, &irql);
        switch (Send->Major) {
        case IRP_MJ_READ:
            status = WdfIoTargetSendReadSynchronously(target, request, outputArg,
                                                      Send->UseDeviceOffset ? &Send->DeviceOffset : NULL,
                                                      Send->UseOptions ? &options : NULL, &information);
            break;
        case IRP_MJ_WRITE:
            status = WdfIoTargetSendWriteSynchronously(target, request, inputArg,
                                                       Send->UseDeviceOffset ? &Send->DeviceOffset : NULL,
                                                       Send->UseOptions ? &options : NULL, &information);
            break;
        case IRP_MJ_DEVICE_CONTROL:
            status = WdfIoTargetSendIoctlSynchronously(target, request, Send->IoctlCode, inputArg, outputArg,
                                                       Send->UseOptions ? &options : NULL, &information);
            break;
        default:
            status = WdfIoTargetSendInternalIoctlSynchronously(target, request, Send->IoctlCode, inputArg, outputArg,
                                                               Send->UseOptions ? &options : NULL, &information);
            break;
        }
        if (Send->AtDispatchLevel) KeLowerIrql(irql);
    }
    Send->Information = information;
    if (inputMemory != NULL) WdfObjectDelete(inputMemory);
    if (outputMemory != NULL) WdfObjectDelete(outputMemory);
    if (inputMdl != NULL) IoFreeMdl(inputMdl);
    if (outputMdl != NULL) IoFreeMdl(outputMdl);
    return status;
}
