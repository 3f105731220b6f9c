/* wdmbench: the raw WDM baseline of the benchmarks: a DRIVER_OBJECT whose dispatch
   routines do by hand what the KMDF benchmark driver asks of the framework. One source,
   three builds (BENCH_VARIANT):
   - WDM_INLINE (wdmbench.sys): read, write and IOCTL complete inline.
   - WDM_DPC (wdmbenchdpc.sys): the dispatch routine marks the IRP pending, queues it and
     a DPC completes the queued IRPs in order (the baseline of the sequential queue).
   - WDM_MINIMAL (wdmminimal.sys): the FDO and its PnP handling only (the scale baseline). */
#include <ntddk.h>

#include "benchdefs.h"

#ifndef BENCH_VARIANT
#error BENCH_VARIANT must be defined
#endif

#define BENCH_EXPORT __attribute__((visibility("default")))

typedef struct _BENCH_EXTENSION {
    PDEVICE_OBJECT Lower;
    UNICODE_STRING InterfaceName;
    BOOLEAN InterfaceEnabled;
#if BENCH_VARIANT == BENCH_VARIANT_WDM_DPC
    KDPC Dpc;
    KSPIN_LOCK Lock;
    LIST_ENTRY Pending; /* IRPs waiting for the DPC, through Tail.Overlay.ListEntry */
#endif
} BENCH_EXTENSION, *PBENCH_EXTENSION;

#if BENCH_VARIANT != BENCH_VARIANT_WDM_MINIMAL
static const GUID BenchInterfaceGuid = BENCH_INTERFACE_GUID_INIT(BENCH_VARIANT);
#endif

static NTSTATUS CompleteIrp(PIRP Irp, NTSTATUS Status, ULONG_PTR Information)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

static NTSTATUS BenchCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    return CompleteIrp(Irp, STATUS_SUCCESS, 0);
}

#if BENCH_VARIANT == BENCH_VARIANT_WDM_DPC
static VOID BenchCompleteFromDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PBENCH_EXTENSION ext = (PBENCH_EXTENSION)DeferredContext;
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    for (;;) {
        PLIST_ENTRY entry;
        PIRP irp;
        KeAcquireSpinLockAtDpcLevel(&ext->Lock);
        if (IsListEmpty(&ext->Pending)) {
            KeReleaseSpinLockFromDpcLevel(&ext->Lock);
            return;
        }
        entry = RemoveHeadList(&ext->Pending);
        KeReleaseSpinLockFromDpcLevel(&ext->Lock);
        irp = CONTAINING_RECORD(entry, IRP, Tail.Overlay.ListEntry);
        CompleteIrp(irp, STATUS_SUCCESS, 0);
    }
}

static NTSTATUS Complete(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG_PTR Information)
{
    PBENCH_EXTENSION ext = (PBENCH_EXTENSION)DeviceObject->DeviceExtension;
    KIRQL irql;
    UNREFERENCED_PARAMETER(Information);
    IoMarkIrpPending(Irp);
    KeAcquireSpinLock(&ext->Lock, &irql);
    InsertTailList(&ext->Pending, &Irp->Tail.Overlay.ListEntry);
    KeReleaseSpinLock(&ext->Lock, irql);
    KeInsertQueueDpc(&ext->Dpc, NULL, NULL);
    return STATUS_PENDING;
}
#else
static NTSTATUS Complete(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG_PTR Information)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    return CompleteIrp(Irp, STATUS_SUCCESS, Information);
}
#endif

static NTSTATUS BenchRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    return Complete(DeviceObject, Irp, 0);
}

static NTSTATUS BenchWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    return Complete(DeviceObject, Irp, IoGetCurrentIrpStackLocation(Irp)->Parameters.Write.Length);
}

static NTSTATUS BenchDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    if (IoGetCurrentIrpStackLocation(Irp)->Parameters.DeviceIoControl.IoControlCode != IOCTL_BENCH_PING) {
        return CompleteIrp(Irp, STATUS_INVALID_DEVICE_REQUEST, 0);
    }
    return Complete(DeviceObject, Irp, 0);
}

static NTSTATUS SignalLowerDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

static NTSTATUS ForwardAndWait(PBENCH_EXTENSION ext, PIRP Irp)
{
    KEVENT done;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, SignalLowerDone, &done, TRUE, TRUE, TRUE);
    if (IoCallDriver(ext->Lower, Irp) == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
    }
    return Irp->IoStatus.Status;
}

static VOID DisableInterface(PBENCH_EXTENSION ext)
{
    if (ext->InterfaceEnabled) IoSetDeviceInterfaceState(&ext->InterfaceName, FALSE);
    ext->InterfaceEnabled = FALSE;
}

static NTSTATUS BenchPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PBENCH_EXTENSION ext = (PBENCH_EXTENSION)DeviceObject->DeviceExtension;
    NTSTATUS status;
    switch (IoGetCurrentIrpStackLocation(Irp)->MinorFunction) {
    case IRP_MN_START_DEVICE:
        status = ForwardAndWait(ext, Irp);
        if (NT_SUCCESS(status) && ext->InterfaceName.Buffer != NULL) {
            status = IoSetDeviceInterfaceState(&ext->InterfaceName, TRUE);
            ext->InterfaceEnabled = NT_SUCCESS(status);
        }
        return CompleteIrp(Irp, status, 0);
    case IRP_MN_QUERY_REMOVE_DEVICE:
    case IRP_MN_CANCEL_REMOVE_DEVICE:
        Irp->IoStatus.Status = STATUS_SUCCESS;
        break;
    case IRP_MN_SURPRISE_REMOVAL:
        DisableInterface(ext);
        Irp->IoStatus.Status = STATUS_SUCCESS;
        break;
    case IRP_MN_REMOVE_DEVICE:
        DisableInterface(ext);
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(ext->Lower, Irp);
        IoDetachDevice(ext->Lower);
        if (ext->InterfaceName.Buffer != NULL) RtlFreeUnicodeString(&ext->InterfaceName);
        IoDeleteDevice(DeviceObject);
        return status;
    default:
        break;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->Lower, Irp);
}

static NTSTATUS BenchPower(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PBENCH_EXTENSION ext = (PBENCH_EXTENSION)DeviceObject->DeviceExtension;
    PoStartNextPowerIrp(Irp);
    IoSkipCurrentIrpStackLocation(Irp);
    return PoCallDriver(ext->Lower, Irp);
}

static NTSTATUS BenchAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo)
{
    PDEVICE_OBJECT fdo;
    PBENCH_EXTENSION ext;
    NTSTATUS status = IoCreateDevice(DriverObject, sizeof(BENCH_EXTENSION), NULL, FILE_DEVICE_UNKNOWN,
                                     FILE_DEVICE_SECURE_OPEN, FALSE, &fdo);
    if (!NT_SUCCESS(status)) return status;
    ext = (PBENCH_EXTENSION)fdo->DeviceExtension;
    RtlZeroMemory(ext, sizeof(*ext));
#if BENCH_VARIANT == BENCH_VARIANT_WDM_DPC
    KeInitializeDpc(&ext->Dpc, BenchCompleteFromDpc, ext);
    KeInitializeSpinLock(&ext->Lock);
    InitializeListHead(&ext->Pending);
#endif
#if BENCH_VARIANT != BENCH_VARIANT_WDM_MINIMAL
    status = IoRegisterDeviceInterface(Pdo, &BenchInterfaceGuid, NULL, &ext->InterfaceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(fdo);
        return status;
    }
#endif
    ext->Lower = IoAttachDeviceToDeviceStack(fdo, Pdo);
    if (ext->Lower == NULL) {
        if (ext->InterfaceName.Buffer != NULL) RtlFreeUnicodeString(&ext->InterfaceName);
        IoDeleteDevice(fdo);
        return STATUS_NO_SUCH_DEVICE;
    }
    fdo->Flags |= DO_BUFFERED_IO | DO_POWER_PAGABLE;
    fdo->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

static VOID BenchUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

BENCH_EXPORT NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = BenchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = BenchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = BenchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_READ] = BenchRead;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = BenchWrite;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = BenchDeviceControl;
    DriverObject->MajorFunction[IRP_MJ_PNP] = BenchPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = BenchPower;
    DriverObject->DriverExtension->AddDevice = BenchAddDevice;
    DriverObject->DriverUnload = BenchUnload;
    return STATUS_SUCCESS;
}
