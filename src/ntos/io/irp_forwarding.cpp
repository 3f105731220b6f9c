// IoAllocateIrpEx, IoSetCompletionRoutineEx and IoForwardIrpSynchronously.
#include "ntos/io/io_manager.h"

namespace {

// IRQL <= DISPATCH_LEVEL, any thread.
NTSTATUS signalForwardDone(PDEVICE_OBJECT, PIRP, PVOID context) {
    KeSetEvent(static_cast<PKEVENT>(context), IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

}  // namespace

extern "C" {

// IRQL <= DISPATCH_LEVEL, any thread.
PIRP IoAllocateIrpEx(PDEVICE_OBJECT DeviceObject, CCHAR StackSize, BOOLEAN ChargeQuota) {
    (void)DeviceObject;
    return IoAllocateIrp(StackSize, ChargeQuota);
}

// IRQL <= DISPATCH_LEVEL, any thread. A driver cannot unload while it has device objects,
// and a completion routine runs only for a device stack that still exists, so the
// routine is set directly.
NTSTATUS IoSetCompletionRoutineEx(PDEVICE_OBJECT DeviceObject, PIRP Irp, PIO_COMPLETION_ROUTINE CompletionRoutine,
                                  PVOID Context, BOOLEAN InvokeOnSuccess, BOOLEAN InvokeOnError,
                                  BOOLEAN InvokeOnCancel) {
    (void)DeviceObject;
    IoSetCompletionRoutine(Irp, CompletionRoutine, Context, InvokeOnSuccess, InvokeOnError, InvokeOnCancel);
    return STATUS_SUCCESS;
}

// IRQL == PASSIVE_LEVEL, any thread. Returns with the IRP owned by the caller again.
BOOLEAN IoForwardIrpSynchronously(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    if (Irp->CurrentLocation <= 1) return FALSE;
    KEVENT done;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, signalForwardDone, &done, TRUE, TRUE, TRUE);
    if (IoCallDriver(DeviceObject, Irp) == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, nullptr);
    }
    return TRUE;
}

}  // extern "C"
