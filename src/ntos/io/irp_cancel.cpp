// IRP cancellation: the system-wide cancel spin lock (one per System) and IoCancelIrp.
#include "ntos/io/io_manager.h"

extern "C" {

// IRQL <= DISPATCH_LEVEL, any thread; returns at DISPATCH_LEVEL.
VOID IoAcquireCancelSpinLock(PKIRQL Irql) {
    KeAcquireSpinLock(ntos::IoManager::current("IoAcquireCancelSpinLock").cancelSpinLock(), Irql);
}

// IRQL == DISPATCH_LEVEL (holding the cancel spin lock), any thread.
VOID IoReleaseCancelSpinLock(KIRQL Irql) {
    KeReleaseSpinLock(ntos::IoManager::current("IoReleaseCancelSpinLock").cancelSpinLock(), Irql);
}

// IRQL <= DISPATCH_LEVEL, any thread.
BOOLEAN IoCancelIrp(PIRP Irp) {
    KIRQL irql;
    IoAcquireCancelSpinLock(&irql);
    Irp->Cancel = TRUE;
    PDRIVER_CANCEL routine = reinterpret_cast<PDRIVER_CANCEL>(
        InterlockedExchangePointer(reinterpret_cast<PVOID volatile*>(&Irp->CancelRoutine), nullptr));
    if (routine == nullptr) {
        IoReleaseCancelSpinLock(irql);
        return FALSE;
    }
    // The cancel routine releases the cancel spin lock (documented).
    Irp->CancelIrql = irql;
    PDEVICE_OBJECT device = Irp->CurrentLocation <= Irp->StackCount
                                ? Irp->Tail.Overlay.CurrentStackLocation->DeviceObject
                                : nullptr;
    routine(device, Irp);
    return TRUE;
}

}  // extern "C"
