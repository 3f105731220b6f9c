// IoCallDriver and IoCompleteRequest: moving an IRP down a device stack and back up
// through the completion routines, then the I/O manager's own post-processing.
#include "ntos/io/completion_context.h"
#include "ntos/io/io_manager.h"
#include "ntos/io/irp_flags.h"
#include "ntos/ke/bug_check.h"
#include "ntos/system.h"

#include <cstdio>

namespace {

bool shouldInvoke(UCHAR control, NTSTATUS status, BOOLEAN cancelled) {
    if (NT_SUCCESS(status) && (control & SL_INVOKE_ON_SUCCESS)) return true;
    if (!NT_SUCCESS(status) && (control & SL_INVOKE_ON_ERROR)) return true;
    return cancelled && (control & SL_INVOKE_ON_CANCEL);
}

}  // namespace

extern "C" {

// IRQL <= DISPATCH_LEVEL, any thread.
NTSTATUS IofCallDriver(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    if (Irp->Type != IO_TYPE_IRP) {
        ntos::bugCheck(ntos::bugcode::DriverVerifierDetectedViolation, reinterpret_cast<ULONG_PTR>(Irp), 0, 0, 0,
                       "IoCallDriver: not an IRP (freed or never initialized)");
    }
    Irp->CurrentLocation--;
    if (Irp->CurrentLocation <= 0) {
        ntos::bugCheck(ntos::bugcode::NoMoreIrpStackLocations, reinterpret_cast<ULONG_PTR>(Irp), 0, 0, 0,
                       "NO_MORE_IRP_STACK_LOCATIONS: IoCallDriver with no stack location left for the target");
    }
    Irp->Tail.Overlay.CurrentStackLocation--;
    PIO_STACK_LOCATION stack = Irp->Tail.Overlay.CurrentStackLocation;
    stack->DeviceObject = DeviceObject;
    PDRIVER_OBJECT driver = DeviceObject->DriverObject;
    return driver->MajorFunction[stack->MajorFunction](DeviceObject, Irp);
}

// IRQL <= DISPATCH_LEVEL, any thread.
VOID IofCompleteRequest(PIRP Irp, CCHAR PriorityBoost) {
    (void)PriorityBoost;
    // The originator of an IRP whose completion routine (in the top stack location)
    // returned STATUS_MORE_PROCESSING_REQUIRED completes it once more to let the I/O
    // manager finish it (IoBuildDeviceIoControlRequest, IoBuildSynchronousFsdRequest).
    const bool heldAtTop = Irp->Type == IO_TYPE_IRP && Irp->CurrentLocation == Irp->StackCount + 1 &&
                           (Irp->AllocationFlags & ntos::kIrpHeldAtTopByCompletionRoutine) != 0;
    if (heldAtTop) Irp->AllocationFlags &= ~ntos::kIrpHeldAtTopByCompletionRoutine;
    if (!heldAtTop && (Irp->Type != IO_TYPE_IRP || Irp->CurrentLocation > Irp->StackCount)) {
        // A freed IRP stays readable for a while (IoFreeIrp quarantine) with Type 0.
        ntos::bugCheck(ntos::bugcode::MultipleIrpCompleteRequests, reinterpret_cast<ULONG_PTR>(Irp), 0, 0, 0,
                       "MULTIPLE_IRP_COMPLETE_REQUESTS: IoCompleteRequest on an IRP no driver owns "
                       "(completed twice, or never sent with IoCallDriver)");
    }
    if (Irp->CancelRoutine != nullptr) {
        ntos::bugCheck(0x48, reinterpret_cast<ULONG_PTR>(Irp), reinterpret_cast<ULONG_PTR>(Irp->CancelRoutine), 0,
                       0,
                       "CANCEL_STATE_IN_COMPLETED_IRP: IoCompleteRequest on an IRP whose cancel routine is "
                       "still set (the driver must clear it with IoSetCancelRoutine(Irp, NULL) first)");
    }
    if (Irp->IoStatus.Status == STATUS_PENDING) {
        ntos::bugCheck(ntos::bugcode::DriverVerifierDetectedViolation, reinterpret_cast<ULONG_PTR>(Irp), 0, 0, 0,
                       "IoCompleteRequest: IRP completed with STATUS_PENDING");
    }
    while (Irp->CurrentLocation <= Irp->StackCount) {
        PIO_STACK_LOCATION stack = Irp->Tail.Overlay.CurrentStackLocation;
        Irp->PendingReturned = (stack->Control & SL_PENDING_RETURNED) != 0;
        const UCHAR control = stack->Control;
        PIO_COMPLETION_ROUTINE routine = stack->CompletionRoutine;
        PVOID context = stack->Context;
        stack->Control = 0;
        stack->CompletionRoutine = nullptr;
        stack->Context = nullptr;
        Irp->CurrentLocation++;
        Irp->Tail.Overlay.CurrentStackLocation++;
        const bool atTop = Irp->CurrentLocation > Irp->StackCount;
        PDEVICE_OBJECT owner = atTop ? nullptr : Irp->Tail.Overlay.CurrentStackLocation->DeviceObject;
        if (routine != nullptr && shouldInvoke(control, Irp->IoStatus.Status, Irp->Cancel)) {
            // Asked before the routine runs: a routine returning STATUS_MORE_PROCESSING_REQUIRED
            // may already have freed its own IRP (has() reads the IRP's flags).
            ntos::IoManager* io = atTop ? ntos::IoManager::currentOrNull() : nullptr;
            const bool finishedByIoManager = io != nullptr && io->finishers().has(Irp);
            if (routine(owner, Irp, context) == STATUS_MORE_PROCESSING_REQUIRED) {
                // Only IRPs the I/O manager finishes may be completed again; a driver frees
                // its own IoAllocateIrp IRPs with IoFreeIrp instead.
                if (finishedByIoManager) {
                    Irp->AllocationFlags |= ntos::kIrpHeldAtTopByCompletionRoutine;
                }
                return;
            }
        } else if (Irp->PendingReturned && !atTop) {
            // Without a completion routine the I/O manager propagates the pending bit.
            Irp->Tail.Overlay.CurrentStackLocation->Control |= SL_PENDING_RETURNED;
        }
    }
    ntos::IoManager* io = ntos::IoManager::currentOrNull();
    ntos::CompletionContext inCompletion;
    if (io == nullptr || !io->finishers().run(Irp)) {
        if (io != nullptr) {
            char line[160];
            std::snprintf(line, sizeof(line),
                          "IoCompleteRequest: IRP %p completed past its top stack location and no "
                          "completion routine took it back; it is leaked",
                          static_cast<void*>(Irp));
            io->system().log(line);
        }
    }
}

}  // extern "C"
