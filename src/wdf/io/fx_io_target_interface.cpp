// WdfIoTargetQueryForInterface: IRP_MN_QUERY_INTERFACE sent to the target's device
// stack ("Using Driver-Defined Interfaces"). The driver that exports the interface fills
// the caller's structure and takes a reference the caller later drops through
// INTERFACE.InterfaceDereference; nobody answering leaves STATUS_NOT_SUPPORTED, the
// status a PnP IRP starts with.
#include "wdf/io/fx_io_target.h"

namespace wdf {
namespace {

NTSTATUS NTAPI signalQueryDone(PDEVICE_OBJECT, PIRP, PVOID context) {
    KeSetEvent(static_cast<PKEVENT>(context), IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;  // the IRP is ours; freed after the wait
}

}  // namespace

// IRQL PASSIVE_LEVEL.
NTSTATUS FxIoTarget::queryForInterface(const GUID* interfaceType, PINTERFACE interface, USHORT size, USHORT version,
                                       PVOID interfaceSpecificData) {
    PDEVICE_OBJECT device = nullptr;
    {
        FxSpinGuard guard(lock_);
        if (!isOpenLocked() || targetDevice_ == nullptr) return STATUS_INVALID_DEVICE_STATE;
        // A remote target names a device whose stack may have more above it: the query
        // goes to the top. The local and self targets name the device to ask.
        device = targetDevice_;
    }
    PDEVICE_OBJECT top = kind_ == Kind::Remote ? IoGetAttachedDeviceReference(device) : device;
    if (kind_ != Kind::Remote) ObReferenceObject(top);

    PIRP irp = IoAllocateIrp(top->StackSize, FALSE);
    if (irp == nullptr) {
        ObDereferenceObject(top);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    irp->IoStatus.Status = STATUS_NOT_SUPPORTED;
    irp->IoStatus.Information = 0;
    PIO_STACK_LOCATION next = IoGetNextIrpStackLocation(irp);
    next->MajorFunction = IRP_MJ_PNP;
    next->MinorFunction = IRP_MN_QUERY_INTERFACE;
    next->Parameters.QueryInterface.InterfaceType = interfaceType;
    next->Parameters.QueryInterface.Size = size;
    next->Parameters.QueryInterface.Version = version;
    next->Parameters.QueryInterface.Interface = interface;
    next->Parameters.QueryInterface.InterfaceSpecificData = interfaceSpecificData;
    KEVENT done;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(irp, signalQueryDone, &done, TRUE, TRUE, TRUE);
    IoCallDriver(top, irp);
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, nullptr);
    const NTSTATUS status = irp->IoStatus.Status;
    IoFreeIrp(irp);
    ObDereferenceObject(top);
    return status;
}

}  // namespace wdf
