/* wdmecho: a plain WDM function driver for root-enumerated test devices. It echoes
   buffered reads/writes, answers a few IOCTLs, pends one IOCTL with a cancel routine,
   and records the IRPs it sees so tests can assert exact sequences. */
#include <ntddk.h>
#include <ntstrsafe.h>
#include <string.h>

#include "wdmecho.h"

#define WDMECHO_EXPORT __attribute__((visibility("default")))
#define WDMECHO_DATA_MAX 256

typedef struct _ECHO_EXTENSION {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT Lower;
    PDEVICE_OBJECT Pdo;
    UNICODE_STRING InterfaceName;
    PIRP PendingIrp; /* guarded by the cancel spin lock */
    KSPIN_LOCK DataLock;
    UCHAR Data[WDMECHO_DATA_MAX];
    ULONG DataLength;
    BOOLEAN VetoRemove;
    BOOLEAN VetoPower;
    BOOLEAN InterfaceEnabled;
} ECHO_EXTENSION, *PECHO_EXTENSION;

static const GUID EchoInterfaceGuid = WDMECHO_INTERFACE_GUID_INIT;

static PDEVICE_OBJECT ControlDevice; /* service "wdmechoctl" only */

/* The event log is read by test threads outside any kernel context: a plain interlocked
   busy flag guards it instead of a spin lock. */
static volatile LONG EventsBusy;
static char Events[4096];
static volatile LONG CancelCount;

static void LockEvents(void) {
    while (InterlockedCompareExchange(&EventsBusy, 1, 0) != 0) {
    }
}

static void UnlockEvents(void) { InterlockedExchange(&EventsBusy, 0); }

static void Record(const char* event) {
    size_t used, add;
    LockEvents();
    used = strlen(Events);
    add = strlen(event);
    if (used + add + 2 < sizeof(Events)) {
        if (used != 0) Events[used++] = ',';
        memcpy(Events + used, event, add + 1);
    }
    UnlockEvents();
}

/* Copies the event log (zero-terminated, truncated to size). */
WDMECHO_EXPORT void WdmEchoCopyEvents(char* out, size_t size) {
    LockEvents();
    strncpy(out, Events, size - 1);
    out[size - 1] = 0;
    UnlockEvents();
}
WDMECHO_EXPORT long WdmEchoCancelCount(void) { return InterlockedCompareExchange(&CancelCount, 0, 0); }

static NTSTATUS CompleteIrp(PIRP Irp, NTSTATUS Status, ULONG_PTR Information) {
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

static NTSTATUS EchoCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    char event[96] = "create:";
    USHORT i, chars = stack->FileObject->FileName.Length / sizeof(WCHAR);
    UNREFERENCED_PARAMETER(DeviceObject);
    for (i = 0; i < chars && i < 80; ++i) event[7 + i] = (char)stack->FileObject->FileName.Buffer[i];
    event[7 + i] = 0;
    Record(event);
    return CompleteIrp(Irp, STATUS_SUCCESS, 0);
}

static NTSTATUS EchoCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    UNREFERENCED_PARAMETER(DeviceObject);
    Record("cleanup");
    return CompleteIrp(Irp, STATUS_SUCCESS, 0);
}

static NTSTATUS EchoClose(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    UNREFERENCED_PARAMETER(DeviceObject);
    Record("close");
    return CompleteIrp(Irp, STATUS_SUCCESS, 0);
}

static NTSTATUS EchoRead(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PECHO_EXTENSION ext = (PECHO_EXTENSION)DeviceObject->DeviceExtension;
    ULONG length = IoGetCurrentIrpStackLocation(Irp)->Parameters.Read.Length;
    ULONG count;
    KIRQL irql;
    KeAcquireSpinLock(&ext->DataLock, &irql);
    count = length < ext->DataLength ? length : ext->DataLength;
    if (count != 0) memcpy(Irp->AssociatedIrp.SystemBuffer, ext->Data, count);
    KeReleaseSpinLock(&ext->DataLock, irql);
    return CompleteIrp(Irp, STATUS_SUCCESS, count);
}

static NTSTATUS EchoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PECHO_EXTENSION ext = (PECHO_EXTENSION)DeviceObject->DeviceExtension;
    ULONG length = IoGetCurrentIrpStackLocation(Irp)->Parameters.Write.Length;
    KIRQL irql;
    if (length > WDMECHO_DATA_MAX) return CompleteIrp(Irp, STATUS_INVALID_BUFFER_SIZE, 0);
    KeAcquireSpinLock(&ext->DataLock, &irql);
    if (length != 0) memcpy(ext->Data, Irp->AssociatedIrp.SystemBuffer, length);
    ext->DataLength = length;
    KeReleaseSpinLock(&ext->DataLock, irql);
    return CompleteIrp(Irp, STATUS_SUCCESS, length);
}

/* Called with the cancel spin lock held. */
static VOID EchoCancel(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PECHO_EXTENSION ext = (PECHO_EXTENSION)DeviceObject->DeviceExtension;
    if (ext->PendingIrp == Irp) ext->PendingIrp = NULL;
    IoReleaseCancelSpinLock(Irp->CancelIrql);
    InterlockedIncrement(&CancelCount);
    Record("cancel");
    CompleteIrp(Irp, STATUS_CANCELLED, 0);
}

static NTSTATUS EchoPend(PECHO_EXTENSION ext, PIRP Irp) {
    KIRQL irql;
    IoAcquireCancelSpinLock(&irql);
    if (Irp->Cancel || ext->PendingIrp != NULL) {
        IoReleaseCancelSpinLock(irql);
        return CompleteIrp(Irp, Irp->Cancel ? STATUS_CANCELLED : STATUS_DEVICE_BUSY, 0);
    }
    IoMarkIrpPending(Irp);
    IoSetCancelRoutine(Irp, EchoCancel);
    ext->PendingIrp = Irp;
    IoReleaseCancelSpinLock(irql);
    return STATUS_PENDING;
}

static NTSTATUS EchoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PECHO_EXTENSION ext = (PECHO_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG in = stack->Parameters.DeviceIoControl.InputBufferLength;
    ULONG out = stack->Parameters.DeviceIoControl.OutputBufferLength;
    ULONG i, count = in < out ? in : out;
    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_WDMECHO_BUFFERED: {
        PUCHAR buffer = (PUCHAR)Irp->AssociatedIrp.SystemBuffer;
        for (i = 0; i < count; ++i) buffer[i] = (UCHAR)(buffer[i] + 1);
        return CompleteIrp(Irp, STATUS_SUCCESS, count);
    }
    case IOCTL_WDMECHO_NEITHER: {
        PUCHAR input = (PUCHAR)stack->Parameters.DeviceIoControl.Type3InputBuffer;
        PUCHAR output = (PUCHAR)Irp->UserBuffer;
        for (i = 0; i < count; ++i) output[i] = (UCHAR)(input[i] ^ 0xFF);
        return CompleteIrp(Irp, STATUS_SUCCESS, count);
    }
    case IOCTL_WDMECHO_OUT_DIRECT: {
        PUCHAR input = (PUCHAR)Irp->AssociatedIrp.SystemBuffer;
        PUCHAR output = Irp->MdlAddress ? (PUCHAR)MmGetSystemAddressForMdlSafe(Irp->MdlAddress, NormalPagePriority)
                                        : NULL;
        if (output == NULL) return CompleteIrp(Irp, STATUS_INSUFFICIENT_RESOURCES, 0);
        for (i = 0; i < count; ++i) output[i] = (UCHAR)(input[i] + 2);
        return CompleteIrp(Irp, STATUS_SUCCESS, count);
    }
    case IOCTL_WDMECHO_VETO_REMOVE:
        ext->VetoRemove = TRUE;
        return CompleteIrp(Irp, STATUS_SUCCESS, 0);
    case IOCTL_WDMECHO_VETO_POWER:
        ext->VetoPower = TRUE;
        return CompleteIrp(Irp, STATUS_SUCCESS, 0);
    case IOCTL_WDMECHO_PEND:
        return EchoPend(ext, Irp);
    case IOCTL_WDMECHO_LEAK: {
        PVOID leaked = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 'kaeL');
        return CompleteIrp(Irp, leaked ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES, 0);
    }
    default:
        return CompleteIrp(Irp, STATUS_INVALID_DEVICE_REQUEST, 0);
    }
}

static NTSTATUS EchoInternalDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->Parameters.DeviceIoControl.IoControlCode == (ULONG)IOCTL_WDMECHO_INTERNAL_SUM) {
        const ULONG* a1 = (const ULONG*)stack->Parameters.Others.Argument1;
        ULONG* a2 = (ULONG*)stack->Parameters.Others.Argument2;
        const ULONG* a4 = (const ULONG*)stack->Parameters.Others.Argument4;
        if (a1 == NULL || a2 == NULL || a4 == NULL) return CompleteIrp(Irp, STATUS_INVALID_PARAMETER, 0);
        *a2 = *a1 + *a4;
        return CompleteIrp(Irp, STATUS_SUCCESS, sizeof(ULONG));
    }
    return CompleteIrp(Irp, STATUS_INVALID_DEVICE_REQUEST, 0);
}

static NTSTATUS SignalStartDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context) {
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

static NTSTATUS ForwardAndWait(PECHO_EXTENSION ext, PIRP Irp) {
    KEVENT done;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, SignalStartDone, &done, TRUE, TRUE, TRUE);
    if (IoCallDriver(ext->Lower, Irp) == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
    }
    return Irp->IoStatus.Status;
}

static const GUID AdderInterfaceGuid = WDMECHO_ADDER_INTERFACE_GUID_INIT;
static volatile LONG AdderReferences;

static VOID AdderReference(PVOID Context) {
    UNREFERENCED_PARAMETER(Context);
    InterlockedIncrement(&AdderReferences);
}

static VOID AdderDereference(PVOID Context) {
    UNREFERENCED_PARAMETER(Context);
    InterlockedDecrement(&AdderReferences);
}

static ULONG AdderAdd(PVOID Context, ULONG A, ULONG B) {
    WDMECHO_ADDER_INTERFACE* adder = (WDMECHO_ADDER_INTERFACE*)Context;
    return A + B + adder->Bias;
}

__attribute__((visibility("default"))) long WdmEchoInterfaceReferences(void) { return AdderReferences; }

/* IRP_MN_QUERY_INTERFACE for the adder: STATUS_SUCCESS with the interface referenced, or
   the documented failures for a small buffer or an unsupported version. */
static BOOLEAN AnswerQueryInterface(PIRP Irp) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    WDMECHO_ADDER_INTERFACE* adder;
    if (!IsEqualGUID(stack->Parameters.QueryInterface.InterfaceType, &AdderInterfaceGuid)) return FALSE;
    if (stack->Parameters.QueryInterface.Size < sizeof(WDMECHO_ADDER_INTERFACE) ||
        stack->Parameters.QueryInterface.Version < 1) {
        Irp->IoStatus.Status = STATUS_INVALID_PARAMETER;
        return TRUE;
    }
    adder = (WDMECHO_ADDER_INTERFACE*)stack->Parameters.QueryInterface.Interface;
    adder->Header.Size = sizeof(WDMECHO_ADDER_INTERFACE);
    adder->Header.Version = 1;
    adder->Header.Context = adder;
    adder->Header.InterfaceReference = AdderReference;
    adder->Header.InterfaceDereference = AdderDereference;
    adder->Add = AdderAdd;
    adder->Bias = stack->Parameters.QueryInterface.InterfaceSpecificData
                      ? *(const ULONG*)stack->Parameters.QueryInterface.InterfaceSpecificData
                      : 0;
    AdderReference(adder);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    return TRUE;
}

static NTSTATUS EchoPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PECHO_EXTENSION ext = (PECHO_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;
    switch (stack->MinorFunction) {
    case IRP_MN_START_DEVICE:
        status = ForwardAndWait(ext, Irp);
        if (NT_SUCCESS(status)) {
            status = IoSetDeviceInterfaceState(&ext->InterfaceName, TRUE);
            ext->InterfaceEnabled = NT_SUCCESS(status);
            Record("start");
        }
        return CompleteIrp(Irp, status, 0);
    case IRP_MN_QUERY_REMOVE_DEVICE:
        Record("query-remove");
        if (ext->VetoRemove) {
            ext->VetoRemove = FALSE;
            return CompleteIrp(Irp, STATUS_UNSUCCESSFUL, 0);
        }
        Irp->IoStatus.Status = STATUS_SUCCESS;
        break;
    case IRP_MN_QUERY_INTERFACE:
        if (AnswerQueryInterface(Irp)) {
            status = Irp->IoStatus.Status;
            IoCompleteRequest(Irp, IO_NO_INCREMENT);
            return status;
        }
        break;
    case IRP_MN_CANCEL_REMOVE_DEVICE:
        Record("cancel-remove");
        Irp->IoStatus.Status = STATUS_SUCCESS;
        break;
    case IRP_MN_SURPRISE_REMOVAL:
        Record("surprise-removal");
        if (ext->InterfaceEnabled) IoSetDeviceInterfaceState(&ext->InterfaceName, FALSE);
        ext->InterfaceEnabled = FALSE;
        Irp->IoStatus.Status = STATUS_SUCCESS;
        break;
    case IRP_MN_REMOVE_DEVICE:
        Record("remove");
        if (ext->InterfaceEnabled) IoSetDeviceInterfaceState(&ext->InterfaceName, FALSE);
        ext->InterfaceEnabled = FALSE;
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(ext->Lower, Irp);
        IoDetachDevice(ext->Lower);
        RtlFreeUnicodeString(&ext->InterfaceName);
        IoDeleteDevice(DeviceObject);
        return status;
    default:
        break;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->Lower, Irp);
}

static const char* SystemStateName(SYSTEM_POWER_STATE State) {
    switch (State) {
    case PowerSystemWorking: return "S0";
    case PowerSystemSleeping3: return "S3";
    case PowerSystemHibernate: return "S4";
    case PowerSystemShutdown: return "S5";
    default: return "S?";
    }
}

static NTSTATUS EchoPower(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PECHO_EXTENSION ext = (PECHO_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    if (ext->Lower != NULL && stack->Parameters.Power.Type == SystemPowerState &&
        (stack->MinorFunction == IRP_MN_QUERY_POWER || stack->MinorFunction == IRP_MN_SET_POWER)) {
        char event[32];
        const char* state = SystemStateName(stack->Parameters.Power.State.SystemState);
        RtlStringCbPrintfA(event, sizeof(event), "%s:%s",
                           stack->MinorFunction == IRP_MN_QUERY_POWER ? "query-power" : "set-power", state);
        Record(event);
        if (stack->MinorFunction == IRP_MN_QUERY_POWER && ext->VetoPower) {
            ext->VetoPower = FALSE;
            PoStartNextPowerIrp(Irp);
            return CompleteIrp(Irp, STATUS_UNSUCCESSFUL, 0);
        }
    }
    PoStartNextPowerIrp(Irp);
    IoSkipCurrentIrpStackLocation(Irp);
    return PoCallDriver(ext->Lower, Irp);
}

static NTSTATUS EchoAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo) {
    PDEVICE_OBJECT fdo;
    PECHO_EXTENSION ext;
    NTSTATUS status = IoCreateDevice(DriverObject, sizeof(ECHO_EXTENSION), NULL, FILE_DEVICE_UNKNOWN,
                                     FILE_DEVICE_SECURE_OPEN, FALSE, &fdo);
    if (!NT_SUCCESS(status)) return status;
    ext = (PECHO_EXTENSION)fdo->DeviceExtension;
    ext->Self = fdo;
    ext->Pdo = Pdo;
    KeInitializeSpinLock(&ext->DataLock);
    status = IoRegisterDeviceInterface(Pdo, &EchoInterfaceGuid, NULL, &ext->InterfaceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(fdo);
        return status;
    }
    ext->Lower = IoAttachDeviceToDeviceStack(fdo, Pdo);
    if (ext->Lower == NULL) {
        RtlFreeUnicodeString(&ext->InterfaceName);
        IoDeleteDevice(fdo);
        return STATUS_NO_SUCH_DEVICE;
    }
    fdo->Flags |= DO_BUFFERED_IO | DO_POWER_PAGABLE;
    fdo->Flags &= ~DO_DEVICE_INITIALIZING;
    Record("add");
    return STATUS_SUCCESS;
}

static VOID EchoUnload(PDRIVER_OBJECT DriverObject) {
    UNREFERENCED_PARAMETER(DriverObject);
    if (ControlDevice != NULL) {
        UNICODE_STRING link = RTL_CONSTANT_STRING(L"\\DosDevices\\WdmEchoControl");
        IoDeleteSymbolicLink(&link);
        IoDeleteDevice(ControlDevice);
        ControlDevice = NULL;
    }
    Record("unload");
}

static BOOLEAN ServiceIs(PUNICODE_STRING RegistryPath, const WCHAR* suffix, USHORT suffixChars) {
    const USHORT chars = RegistryPath->Length / sizeof(WCHAR);
    return chars >= suffixChars &&
           memcmp(RegistryPath->Buffer + chars - suffixChars, suffix, suffixChars * sizeof(WCHAR)) == 0;
}

/* Loaded as service "wdmechoctl", the driver also creates a control device (not part of
   any PnP stack) that only its DriverUnload deletes. */
static NTSTATUS CreateControlDeviceIfAsked(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    static const WCHAR suffix[] = L"\\wdmechoctl";
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\WdmEchoControl");
    UNICODE_STRING link = RTL_CONSTANT_STRING(L"\\DosDevices\\WdmEchoControl");
    NTSTATUS status;
    ControlDevice = NULL;
    if (!ServiceIs(RegistryPath, suffix, (USHORT)(sizeof(suffix) / sizeof(WCHAR) - 1))) return STATUS_SUCCESS;
    status = IoCreateDevice(DriverObject, sizeof(ECHO_EXTENSION), &name, FILE_DEVICE_UNKNOWN, 0, FALSE,
                            &ControlDevice);
    if (!NT_SUCCESS(status)) return status;
    ControlDevice->Flags |= DO_BUFFERED_IO;
    status = IoCreateSymbolicLink(&link, &name);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(ControlDevice);
        ControlDevice = NULL;
    }
    Record("control");
    return status;
}

WDMECHO_EXPORT NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    LockEvents();
    Events[0] = 0;
    UnlockEvents();
    CancelCount = 0;
    Record("entry");
    {
        /* Loaded as service "wdmechobad", DriverEntry fails (tests the loader's cleanup). */
        static const WCHAR bad[] = L"\\wdmechobad";
        if (ServiceIs(RegistryPath, bad, (USHORT)(sizeof(bad) / sizeof(WCHAR) - 1))) return STATUS_UNSUCCESSFUL;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = EchoCreate;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = EchoCleanup;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = EchoClose;
    DriverObject->MajorFunction[IRP_MJ_READ] = EchoRead;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = EchoWrite;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = EchoDeviceControl;
    DriverObject->MajorFunction[IRP_MJ_INTERNAL_DEVICE_CONTROL] = EchoInternalDeviceControl;
    DriverObject->MajorFunction[IRP_MJ_PNP] = EchoPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = EchoPower;
    DriverObject->DriverExtension->AddDevice = EchoAddDevice;
    DriverObject->DriverUnload = EchoUnload;
    return CreateControlDeviceIfAsked(DriverObject, RegistryPath);
}
