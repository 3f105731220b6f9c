#include "ntos/io/synchronous_irp.h"

namespace ntos {
namespace {

// IRQL <= DISPATCH_LEVEL, any thread.
NTSTATUS signalWaiter(PDEVICE_OBJECT, PIRP, PVOID context) {
    KeSetEvent(static_cast<PKEVENT>(context), IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

}  // namespace

NTSTATUS callDriverAndWait(PDEVICE_OBJECT device, PIRP irp, IO_STATUS_BLOCK* result) {
    KEVENT done;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(irp, signalWaiter, &done, TRUE, TRUE, TRUE);
    // Waits even when the dispatch routine did not return STATUS_PENDING: the IRP is
    // ours again only once the completion routine has run.
    (void)IoCallDriver(device, irp);
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, nullptr);
    *result = irp->IoStatus;
    IoFreeIrp(irp);
    return result->Status;
}

}  // namespace ntos
