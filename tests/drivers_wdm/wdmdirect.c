/* wdmdirect: a plain WDM non-PnP driver with a DO_DIRECT_IO control device. Every read,
   write and direct IOCTL goes through the IRP's MDL (MmGetSystemAddressForMdlSafe), and
   the driver remembers the address it got so tests can check which memory it touched. */
#include <ntddk.h>
#include <string.h>

#include "wdmdirect.h"

#define WDMDIRECT_EXPORT __attribute__((visibility("default")))
#define WDMDIRECT_TAG 'riDW'

static PDEVICE_OBJECT ControlDevice;
static PUCHAR Store;
static ULONG StoreLength;
static KSPIN_LOCK StoreLock;
static PVOID volatile LastMdlAddress;
static volatile ULONG LastMdlLength;

WDMDIRECT_EXPORT void* WdmDirectLastMdlAddress(void) { return LastMdlAddress; }
WDMDIRECT_EXPORT unsigned long WdmDirectLastMdlLength(void) { return LastMdlLength; }

static NTSTATUS CompleteIrp(PIRP Irp, NTSTATUS Status, ULONG_PTR Information) {
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

/* The MDL's system address, remembered for the tests; NULL without an MDL. */
static PUCHAR MdlBuffer(PIRP Irp) {
    PUCHAR address;
    if (Irp->MdlAddress == NULL) return NULL;
    address = (PUCHAR)MmGetSystemAddressForMdlSafe(Irp->MdlAddress, NormalPagePriority);
    LastMdlAddress = address;
    LastMdlLength = MmGetMdlByteCount(Irp->MdlAddress);
    return address;
}

static NTSTATUS DirectCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    UNREFERENCED_PARAMETER(DeviceObject);
    return CompleteIrp(Irp, STATUS_SUCCESS, 0);
}

static NTSTATUS DirectWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    ULONG length = IoGetCurrentIrpStackLocation(Irp)->Parameters.Write.Length;
    PUCHAR data;
    KIRQL irql;
    UNREFERENCED_PARAMETER(DeviceObject);
    if (length > WDMDIRECT_STORE_MAX) return CompleteIrp(Irp, STATUS_INVALID_BUFFER_SIZE, 0);
    data = MdlBuffer(Irp);
    if (length != 0 && data == NULL) return CompleteIrp(Irp, STATUS_INVALID_PARAMETER, 0);
    KeAcquireSpinLock(&StoreLock, &irql);
    if (length != 0) memcpy(Store, data, length);
    StoreLength = length;
    KeReleaseSpinLock(&StoreLock, irql);
    return CompleteIrp(Irp, STATUS_SUCCESS, length);
}

static NTSTATUS DirectRead(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    ULONG length = IoGetCurrentIrpStackLocation(Irp)->Parameters.Read.Length;
    ULONG i, count;
    PUCHAR data;
    KIRQL irql;
    UNREFERENCED_PARAMETER(DeviceObject);
    data = MdlBuffer(Irp);
    if (length != 0 && data == NULL) return CompleteIrp(Irp, STATUS_INVALID_PARAMETER, 0);
    KeAcquireSpinLock(&StoreLock, &irql);
    count = length < StoreLength ? length : StoreLength;
    for (i = 0; i < count; ++i) data[i] = (UCHAR)(Store[i] ^ 0xFF);
    KeReleaseSpinLock(&StoreLock, irql);
    return CompleteIrp(Irp, STATUS_SUCCESS, count);
}

static NTSTATUS DirectDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG in = stack->Parameters.DeviceIoControl.InputBufferLength;
    ULONG out = stack->Parameters.DeviceIoControl.OutputBufferLength;
    ULONG i;
    PUCHAR data;
    UNREFERENCED_PARAMETER(DeviceObject);
    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_WDMDIRECT_FILL: {
        UCHAR seed;
        if (in < 1) return CompleteIrp(Irp, STATUS_INVALID_PARAMETER, 0);
        seed = *(PUCHAR)Irp->AssociatedIrp.SystemBuffer;
        data = MdlBuffer(Irp);
        if (out != 0 && data == NULL) return CompleteIrp(Irp, STATUS_INVALID_PARAMETER, 0);
        for (i = 0; i < out; ++i) data[i] = (UCHAR)(seed + i * 7);
        return CompleteIrp(Irp, STATUS_SUCCESS, out);
    }
    case IOCTL_WDMDIRECT_SUM: {
        ULONG_PTR sum = 0;
        data = MdlBuffer(Irp);
        if (out != 0 && data == NULL) return CompleteIrp(Irp, STATUS_INVALID_PARAMETER, 0);
        for (i = 0; i < out; ++i) sum += data[i];
        return CompleteIrp(Irp, STATUS_SUCCESS, sum);
    }
    default:
        return CompleteIrp(Irp, STATUS_INVALID_DEVICE_REQUEST, 0);
    }
}

static VOID DirectUnload(PDRIVER_OBJECT DriverObject) {
    UNICODE_STRING link = RTL_CONSTANT_STRING(L"\\DosDevices\\WdmDirect");
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteSymbolicLink(&link);
    if (ControlDevice != NULL) IoDeleteDevice(ControlDevice);
    ControlDevice = NULL;
    if (Store != NULL) ExFreePoolWithTag(Store, WDMDIRECT_TAG);
    Store = NULL;
}

WDMDIRECT_EXPORT NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\WdmDirect");
    UNICODE_STRING link = RTL_CONSTANT_STRING(L"\\DosDevices\\WdmDirect");
    NTSTATUS status;
    UNREFERENCED_PARAMETER(RegistryPath);
    LastMdlAddress = NULL;
    LastMdlLength = 0;
    StoreLength = 0;
    KeInitializeSpinLock(&StoreLock);
    Store = (PUCHAR)ExAllocatePool2(POOL_FLAG_NON_PAGED, WDMDIRECT_STORE_MAX, WDMDIRECT_TAG);
    if (Store == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DirectCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = DirectCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DirectCreateClose;
    DriverObject->MajorFunction[IRP_MJ_READ] = DirectRead;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = DirectWrite;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DirectDeviceControl;
    DriverObject->DriverUnload = DirectUnload;
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_UNKNOWN, 0, FALSE, &ControlDevice);
    if (!NT_SUCCESS(status)) goto failed;
    ControlDevice->Flags |= DO_DIRECT_IO;
    status = IoCreateSymbolicLink(&link, &name);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(ControlDevice);
        ControlDevice = NULL;
        goto failed;
    }
    ControlDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
failed:
    ExFreePoolWithTag(Store, WDMDIRECT_TAG);
    Store = NULL;
    return status;
}
