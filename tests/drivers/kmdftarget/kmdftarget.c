/* kmdftarget: see kmdftarget.h. */
#include "kmdftarget.h"

#include <string.h>

DRIVER_INITIALIZE DriverEntry;
static EVT_WDF_DRIVER_DEVICE_ADD TargetEvtDeviceAdd;

static WDFDEVICE g_device;
static WDFIOTARGET g_remote;
static WDFREQUEST g_request;
static PIRP g_driverIrp;
static KMDFTARGET_REQUEST_RESULT g_result;
static KSPIN_LOCK g_resultLock; /* completion routines and destroy callbacks run on other threads */
static volatile LONG g_completions;
static int g_context = 42;
static char g_removalLog[256];
static BOOLEAN g_veto;

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    g_device = NULL;
    g_remote = NULL;
    g_request = NULL;
    g_driverIrp = NULL;
    RtlZeroMemory(&g_result, sizeof(g_result));
    g_completions = 0;
    g_removalLog[0] = 0;
    g_veto = FALSE;
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
    Info->TargetFileHandle = WdfIoTargetWdmGetTargetFileHandle(target);
    if (Info->TargetFileHandle != NULL) {
        PVOID file = NULL;
        if (NT_SUCCESS(ObReferenceObjectByHandle(Info->TargetFileHandle, 0, *IoFileObjectType, KernelMode, &file,
                                                 NULL))) {
            Info->HandleFile = (PFILE_OBJECT)file;
            ObDereferenceObject(file);
        }
    }
    Info->TargetPdo = WdfIoTargetWdmGetTargetPhysicalDevice(target);
    Info->LocalTargetIsStable = WdfDeviceGetIoTarget(g_device) == WdfDeviceGetIoTarget(g_device);
}

NTSTATUS KmdfTargetQueryInterface(BOOLEAN Local, const GUID* Type, PINTERFACE Interface, USHORT Size, USHORT Version,
                                  PVOID SpecificData)
{
    return WdfIoTargetQueryForInterface(TargetOf(Local), Type, Interface, Size, Version, SpecificData);
}

NTSTATUS KmdfTargetRoundTripThroughHandle(PVOID Data, ULONG Length, PVOID Back)
{
    IO_STATUS_BLOCK ioStatus;
    HANDLE handle = WdfIoTargetWdmGetTargetFileHandle(g_remote);
    NTSTATUS status = ZwWriteFile(handle, NULL, NULL, NULL, &ioStatus, Data, Length, NULL, NULL);
    if (!NT_SUCCESS(status)) return status;
    return ZwReadFile(handle, NULL, NULL, NULL, &ioStatus, Back, Length, NULL, NULL);
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
    WDF_MEMORY_DESCRIPTOR argument4;
    WDFMEMORY_OFFSET argument4Window;
    WDFMEMORY inputMemory = NULL, outputMemory = NULL, argument4Memory = NULL;
    PMDL inputMdl = NULL, outputMdl = NULL, argument4Mdl = NULL;
    PWDF_MEMORY_DESCRIPTOR inputArg = NULL, outputArg = NULL, argument4Arg = NULL;
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
        if (NT_SUCCESS(status) && Send->Argument4 != NULL) {
            status = Describe(Send, Send->Argument4, Send->Argument4Length, FALSE, &argument4, &argument4Window,
                              &argument4Memory, &argument4Mdl);
            argument4Arg = &argument4;
        }
    }
    if (Send->WithRequest) request = g_request;
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
            if (Send->Others) {
                status = WdfIoTargetSendInternalIoctlOthersSynchronously(
                    target, request, Send->IoctlCode, inputArg, outputArg, argument4Arg,
                    Send->UseOptions ? &options : NULL, &information);
                break;
            }
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
    if (argument4Memory != NULL) WdfObjectDelete(argument4Memory);
    if (argument4Mdl != NULL) IoFreeMdl(argument4Mdl);
    return status;
}

/* --- driver-created requests ------------------------------------------------------------ */

static VOID MemoryDestroyed(_In_ WDFOBJECT Object)
{
    KIRQL irql;
    UNREFERENCED_PARAMETER(Object);
    KeAcquireSpinLock(&g_resultLock, &irql);
    g_result.MemoryDestroyed++;
    KeReleaseSpinLock(&g_resultLock, irql);
}

static VOID RequestDestroyed(_In_ WDFOBJECT Object)
{
    KIRQL irql;
    UNREFERENCED_PARAMETER(Object);
    KeAcquireSpinLock(&g_resultLock, &irql);
    g_result.RequestDestroyed++;
    KeReleaseSpinLock(&g_resultLock, irql);
}

static VOID RequestCompleted(_In_ WDFREQUEST Request, _In_ WDFIOTARGET Target,
                             _In_ PWDF_REQUEST_COMPLETION_PARAMS Params, _In_ WDFCONTEXT Context)
{
    KIRQL callerIrql = KeGetCurrentIrql();
    NTSTATUS status = WdfRequestGetStatus(Request);
    KIRQL irql;
    KeAcquireSpinLock(&g_resultLock, &irql);
    g_result.Status = status;
    g_result.TargetMatches = Target == g_remote;
    g_result.ContextMatches = Context == &g_context;
    g_result.Irql = callerIrql;
    g_result.Params = *Params;
    KeReleaseSpinLock(&g_resultLock, irql);
    InterlockedIncrement(&g_completions);
}

NTSTATUS KmdfTargetRequestCreate(BOOLEAN WithTarget, BOOLEAN FromIrp)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.EvtDestroyCallback = RequestDestroyed;
    if (FromIrp) {
        PDEVICE_OBJECT device = WdfIoTargetWdmGetTargetDeviceObject(g_remote);
        g_driverIrp = IoAllocateIrp(device->StackSize, FALSE);
        if (g_driverIrp == NULL) return STATUS_INSUFFICIENT_RESOURCES;
        return WdfRequestCreateFromIrp(&attributes, g_driverIrp, FALSE, &g_request);
    }
    return WdfRequestCreate(&attributes, WithTarget ? g_remote : NULL, &g_request);
}

NTSTATUS KmdfTargetRequestChangeTarget(BOOLEAN CreateForLocal, BOOLEAN ToLocal)
{
    WDFREQUEST request;
    NTSTATUS status = WdfRequestCreate(WDF_NO_OBJECT_ATTRIBUTES, TargetOf(CreateForLocal), &request);
    if (!NT_SUCCESS(status)) return status;
    if (WdfRequestIsReserved(request)) status = STATUS_UNSUCCESSFUL;
    else status = WdfRequestChangeTarget(request, TargetOf(ToLocal));
    WdfObjectDelete(request);
    return status;
}

static NTSTATUS MemoryOver(void* Buffer, ULONG Length, WDFMEMORY* Memory)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    *Memory = NULL;
    if (Buffer == NULL) return STATUS_SUCCESS;
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.EvtDestroyCallback = MemoryDestroyed;
    return WdfMemoryCreatePreallocated(&attributes, Buffer, Length, Memory);
}

NTSTATUS KmdfTargetRequestFormat(UCHAR Major, ULONG IoctlCode, BOOLEAN Others, void* In, ULONG InLength, void* Out,
                                 ULONG OutLength, size_t Offset, size_t Length)
{
    WDFMEMORY_OFFSET window;
    PWDFMEMORY_OFFSET windowArg = NULL;
    NTSTATUS status = MemoryOver(In, InLength, &g_result.InputMemory);
    if (NT_SUCCESS(status)) status = MemoryOver(Out, OutLength, &g_result.OutputMemory);
    if (!NT_SUCCESS(status)) return status;
    if (Length != 0) {
        window.BufferOffset = Offset;
        window.BufferLength = Length;
        windowArg = &window;
    }
    switch (Major) {
    case IRP_MJ_READ:
        return WdfIoTargetFormatRequestForRead(g_remote, g_request, g_result.OutputMemory, windowArg, NULL);
    case IRP_MJ_WRITE:
        return WdfIoTargetFormatRequestForWrite(g_remote, g_request, g_result.InputMemory, windowArg, NULL);
    case IRP_MJ_DEVICE_CONTROL:
        return WdfIoTargetFormatRequestForIoctl(g_remote, g_request, IoctlCode, g_result.InputMemory, NULL,
                                                g_result.OutputMemory, windowArg);
    default:
        if (Others) {
            return WdfIoTargetFormatRequestForInternalIoctlOthers(g_remote, g_request, IoctlCode,
                                                                  g_result.InputMemory, NULL, g_result.OutputMemory,
                                                                  NULL, NULL, NULL);
        }
        return WdfIoTargetFormatRequestForInternalIoctl(g_remote, g_request, IoctlCode, g_result.InputMemory, NULL,
                                                        g_result.OutputMemory, windowArg);
    }
}

BOOLEAN KmdfTargetRequestSend(ULONG Flags, LONGLONG Timeout)
{
    WDF_REQUEST_SEND_OPTIONS options;
    WDF_REQUEST_SEND_OPTIONS_INIT(&options, Flags);
    if (Timeout != 0) {
        if (!NT_SUCCESS(WdfRequestAllocateTimer(g_request))) return FALSE;
        WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(&options, Timeout);
    }
    if (!(Flags & WDF_REQUEST_SEND_OPTION_SYNCHRONOUS)) {
        WdfRequestSetCompletionRoutine(g_request, RequestCompleted, &g_context);
    }
    return WdfRequestSend(g_request, g_remote, &options);
}

void KmdfTargetRequestResult(KMDFTARGET_REQUEST_RESULT* Result)
{
    KIRQL irql;
    KeAcquireSpinLock(&g_resultLock, &irql);
    *Result = g_result;
    KeReleaseSpinLock(&g_resultLock, irql);
    Result->Completions = InterlockedCompareExchange(&g_completions, 0, 0);
    Result->Irp = g_request != NULL ? WdfRequestWdmGetIrp(g_request) : NULL;
}

NTSTATUS KmdfTargetRequestGetStatus(void) { return WdfRequestGetStatus(g_request); }

NTSTATUS KmdfTargetRequestReuse(NTSTATUS Status, BOOLEAN NewIrp)
{
    WDF_REQUEST_REUSE_PARAMS params;
    WDF_REQUEST_REUSE_PARAMS_INIT(&params, WDF_REQUEST_REUSE_NO_FLAGS, Status);
    if (NewIrp) {
        PIRP irp = IoAllocateIrp(WdfIoTargetWdmGetTargetDeviceObject(g_remote)->StackSize, FALSE);
        NTSTATUS status;
        WDF_REQUEST_REUSE_PARAMS_SET_NEW_IRP(&params, irp);
        status = WdfRequestReuse(g_request, &params);
        if (NT_SUCCESS(status)) {
            if (g_driverIrp != NULL) IoFreeIrp(g_driverIrp);
            g_driverIrp = irp;
        } else {
            IoFreeIrp(irp);
        }
        return status;
    }
    return WdfRequestReuse(g_request, &params);
}

BOOLEAN KmdfTargetRequestCancel(void) { return WdfRequestCancelSentRequest(g_request); }

void KmdfTargetRequestDeleteMemory(void)
{
    if (g_result.InputMemory != NULL) WdfObjectDelete(g_result.InputMemory);
    if (g_result.OutputMemory != NULL) WdfObjectDelete(g_result.OutputMemory);
}

void KmdfTargetRequestDelete(void)
{
    WdfObjectDelete(g_request);
    g_request = NULL;
    if (g_driverIrp != NULL) IoFreeIrp(g_driverIrp);
    g_driverIrp = NULL;
}

void KmdfTargetRequestComplete(void) { WdfRequestComplete(g_request, STATUS_SUCCESS); }

void KmdfTargetPurge(WDF_IO_TARGET_PURGE_IO_ACTION Action) { WdfIoTargetPurge(g_remote, Action); }

/* --- removal of the remote target's device ---------------------------------------------- */

static void LogRemoval(const char* Event)
{
    size_t used = strlen(g_removalLog), add = strlen(Event);
    if (used + add + 2 >= sizeof(g_removalLog)) return;
    if (used != 0) g_removalLog[used++] = ',';
    memcpy(g_removalLog + used, Event, add + 1);
}

static NTSTATUS TargetQueryRemove(_In_ WDFIOTARGET IoTarget)
{
    LogRemoval("query-remove");
    if (g_veto) return STATUS_UNSUCCESSFUL;
    WdfIoTargetCloseForQueryRemove(IoTarget);
    return STATUS_SUCCESS;
}

static VOID TargetRemoveCanceled(_In_ WDFIOTARGET IoTarget)
{
    WDF_IO_TARGET_OPEN_PARAMS params;
    LogRemoval("remove-canceled");
    WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN(&params);
    if (!NT_SUCCESS(WdfIoTargetOpen(IoTarget, &params))) LogRemoval("reopen-failed");
}

static VOID TargetRemoveComplete(_In_ WDFIOTARGET IoTarget)
{
    LogRemoval("remove-complete");
    WdfIoTargetClose(IoTarget);
}

NTSTATUS KmdfTargetOpenWithRemovalCallbacks(const WCHAR* Name, BOOLEAN Veto)
{
    WDF_IO_TARGET_OPEN_PARAMS params;
    UNICODE_STRING name;
    RtlInitUnicodeString(&name, Name);
    WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(&params, &name, GENERIC_READ | GENERIC_WRITE);
    params.EvtIoTargetQueryRemove = TargetQueryRemove;
    params.EvtIoTargetRemoveCanceled = TargetRemoveCanceled;
    params.EvtIoTargetRemoveComplete = TargetRemoveComplete;
    g_veto = Veto;
    return WdfIoTargetOpen(g_remote, &params);
}

void KmdfTargetRemovalLog(char* Out, size_t Size)
{
    strncpy(Out, g_removalLog, Size - 1);
    Out[Size - 1] = 0;
}
