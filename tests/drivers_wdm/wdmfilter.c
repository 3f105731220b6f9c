/*
 * wdmfilter: a plain WDM upper filter for the PnP manager tests. Its AddDevice attaches
 * above the function driver; it counts reads and writes, passes every IRP down
 * unchanged, and detaches and deletes its device on IRP_MN_REMOVE_DEVICE.
 */
#include <ntddk.h>

#define WDMFILTER_EXPORT __attribute__((visibility("default")))

typedef struct _FILTER_EXTENSION {
    PDEVICE_OBJECT Lower;
} FILTER_EXTENSION, *PFILTER_EXTENSION;

static volatile LONG g_reads;
static volatile LONG g_writes;
static volatile LONG g_added;

DRIVER_INITIALIZE DriverEntry;
static DRIVER_ADD_DEVICE FilterAddDevice;
static DRIVER_DISPATCH FilterPassThrough;
static DRIVER_DISPATCH FilterPnp;
static DRIVER_UNLOAD FilterUnload;

WDMFILTER_EXPORT LONG WdmFilterReads(void) { return InterlockedCompareExchange(&g_reads, 0, 0); }
WDMFILTER_EXPORT LONG WdmFilterWrites(void) { return InterlockedCompareExchange(&g_writes, 0, 0); }
WDMFILTER_EXPORT LONG WdmFilterDevicesAdded(void) { return InterlockedCompareExchange(&g_added, 0, 0); }

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    ULONG i;
    UNREFERENCED_PARAMETER(RegistryPath);
    for (i = 0; i <= IRP_MJ_MAXIMUM_FUNCTION; i++) {
        DriverObject->MajorFunction[i] = FilterPassThrough;
    }
    DriverObject->MajorFunction[IRP_MJ_PNP] = FilterPnp;
    DriverObject->DriverExtension->AddDevice = FilterAddDevice;
    DriverObject->DriverUnload = FilterUnload;
    return STATUS_SUCCESS;
}

static VOID FilterUnload(PDRIVER_OBJECT DriverObject) { UNREFERENCED_PARAMETER(DriverObject); }

static NTSTATUS FilterAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo)
{
    PDEVICE_OBJECT device;
    PFILTER_EXTENSION extension;
    NTSTATUS status = IoCreateDevice(DriverObject, sizeof(FILTER_EXTENSION), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE,
                                     &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    extension = (PFILTER_EXTENSION)device->DeviceExtension;
    extension->Lower = IoAttachDeviceToDeviceStack(device, Pdo);
    if (extension->Lower == NULL) {
        IoDeleteDevice(device);
        return STATUS_NO_SUCH_DEVICE;
    }
    device->Flags |= extension->Lower->Flags & (DO_BUFFERED_IO | DO_DIRECT_IO | DO_POWER_PAGABLE);
    device->DeviceType = extension->Lower->DeviceType;
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    InterlockedIncrement(&g_added);
    return STATUS_SUCCESS;
}

static NTSTATUS FilterPassThrough(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFILTER_EXTENSION extension = (PFILTER_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    if (stack->MajorFunction == IRP_MJ_READ) {
        InterlockedIncrement(&g_reads);
    } else if (stack->MajorFunction == IRP_MJ_WRITE) {
        InterlockedIncrement(&g_writes);
    }
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(extension->Lower, Irp);
}

static NTSTATUS FilterPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFILTER_EXTENSION extension = (PFILTER_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PDEVICE_OBJECT lower = extension->Lower;
    NTSTATUS status;
    if (stack->MinorFunction == IRP_MN_REMOVE_DEVICE) {
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(lower, Irp);
        IoDetachDevice(lower);
        IoDeleteDevice(DeviceObject);
        return status;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(lower, Irp);
}
