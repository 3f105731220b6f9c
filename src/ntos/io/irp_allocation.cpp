// IRP allocation: the IRP header followed by StackSize I/O stack locations in one
// block; CurrentLocation starts at StackSize + 1 (no driver owns the IRP yet).
#include "ntos/io/irp_flags.h"
#include "ntos/io/io_manager.h"
#include "ntos/ke/bug_check.h"

#include <cstdlib>
#include <cstring>

namespace {

USHORT irpSize(CCHAR stackSize) {
    return static_cast<USHORT>(sizeof(IRP) + stackSize * sizeof(IO_STACK_LOCATION));
}

void initializeIrp(PIRP irp, USHORT packetSize, CCHAR stackSize) {
    std::memset(irp, 0, packetSize);
    irp->Type = IO_TYPE_IRP;
    irp->Size = packetSize;
    irp->StackCount = stackSize;
    irp->CurrentLocation = static_cast<CHAR>(stackSize + 1);
    irp->ApcEnvironment = 0;
    InitializeListHead(&irp->ThreadListEntry);
    irp->Tail.Overlay.CurrentStackLocation = reinterpret_cast<PIO_STACK_LOCATION>(irp + 1) + stackSize;
}

}  // namespace

extern "C" {

// IRQL <= DISPATCH_LEVEL, any thread.
PIRP IoAllocateIrp(CCHAR StackSize, BOOLEAN ChargeQuota) {
    (void)ChargeQuota;
    if (StackSize < 1) StackSize = 1;
    const USHORT size = irpSize(StackSize);
    auto* irp = static_cast<PIRP>(std::aligned_alloc(16, (size + 15u) & ~15u));
    if (irp == nullptr) return nullptr;
    initializeIrp(irp, size, StackSize);
    return irp;
}

// IRQL <= DISPATCH_LEVEL, any thread.
VOID IoFreeIrp(PIRP Irp) {
    if (Irp == nullptr) return;
    if (Irp->Type != IO_TYPE_IRP) {
        ntos::bugCheck(ntos::bugcode::DriverVerifierDetectedViolation, reinterpret_cast<ULONG_PTR>(Irp), 0, 0, 0,
                       "IoFreeIrp: not an IRP (freed twice?)");
    }
    if (Irp->CancelRoutine != nullptr) {
        ntos::bugCheck(0x48, reinterpret_cast<ULONG_PTR>(Irp), reinterpret_cast<ULONG_PTR>(Irp->CancelRoutine), 0,
                       0, "CANCEL_STATE_IN_COMPLETED_IRP: IoFreeIrp on an IRP that still has a cancel routine");
    }
    Irp->Type = 0;
    if (ntos::IoManager* io = ntos::IoManager::currentOrNull()) {
        io->finishers().forget(Irp);
        io->quarantineFreedIrp(Irp);
    } else {
        std::free(Irp);
    }
}

// IRQL <= DISPATCH_LEVEL, any thread.
VOID IoInitializeIrp(PIRP Irp, USHORT PacketSize, CCHAR StackSize) {
    initializeIrp(Irp, PacketSize, StackSize);
}

// IRQL <= DISPATCH_LEVEL, any thread.
VOID IoReuseIrp(PIRP Irp, NTSTATUS Iostatus) {
    const USHORT size = Irp->Size;
    const CCHAR stackCount = Irp->StackCount;
    const UCHAR allocationFlags = Irp->AllocationFlags;
    initializeIrp(Irp, size, stackCount);
    Irp->AllocationFlags = allocationFlags & ~ntos::kIrpHeldAtTopByCompletionRoutine;
    Irp->IoStatus.Status = Iostatus;
}

}  // extern "C"
