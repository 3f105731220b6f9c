// Per-thread state of the simulated kernel: IRQL, processor number, critical-region
// depth, previous mode and the opaque KTHREAD identity. thread_local, so each OS
// thread is one NT thread.
#pragma once

#include <ntddk.h>

#include <cstdint>

namespace ntos {

class Kernel;

struct ThreadState {
    KIRQL irql = PASSIVE_LEVEL;
    Kernel* kernel = nullptr;        // the Kernel::current() of this thread
    int processor = -1;              // DPC thread of processor N; -1 elsewhere
    LONG criticalRegionDepth = 0;    // KeEnterCriticalRegion nesting
    LONG spinLocksHeld = 0;          // executive spin locks this thread holds
    KPROCESSOR_MODE previousMode = KernelMode;
    uint64_t id = 0;                 // platform::Thread::currentId()
    const char* name = nullptr;      // "dpc", "worker", "timer", or nullptr (not a kernel thread)
    KPRIORITY priority = 8;          // KeSetPriorityThread (recorded only)
};

// The calling thread's state. Thread: any, any IRQL.
ThreadState& currentThread();

// The opaque KTHREAD pointer of the calling thread (PsGetCurrentThread).
PKTHREAD currentKThread();

// Marks the calling thread as issuing I/O on behalf of a user-mode client
// (ExGetPreviousMode returns UserMode). Thread: any, PASSIVE_LEVEL.
void setPreviousMode(KPROCESSOR_MODE mode);

// Sets previousMode for a scope and restores it.
class PreviousModeScope {
public:
    explicit PreviousModeScope(KPROCESSOR_MODE mode) : saved_(currentThread().previousMode) {
        setPreviousMode(mode);
    }
    ~PreviousModeScope() { setPreviousMode(saved_); }
    PreviousModeScope(const PreviousModeScope&) = delete;
    PreviousModeScope& operator=(const PreviousModeScope&) = delete;

private:
    KPROCESSOR_MODE saved_;
};

// Raises/lowers the calling thread's IRQL with the documented checks (bug checks on
// misuse). Thread: any.
KIRQL raiseIrql(KIRQL newIrql);
void lowerIrql(KIRQL newIrql);

// Raises to newIrql for a scope (no-op when already there).
class IrqlScope {
public:
    explicit IrqlScope(KIRQL newIrql) : old_(raiseIrql(newIrql)) {}
    ~IrqlScope() { lowerIrql(old_); }
    IrqlScope(const IrqlScope&) = delete;
    IrqlScope& operator=(const IrqlScope&) = delete;

private:
    KIRQL old_;
};

}  // namespace ntos
