#include "ntos/ke/thread_state.h"

#include "ntos/ke/bug_check.h"
#include "ntos/ke/kernel.h"
#include "ntos/platform/platform.h"

#include <ntifs.h>

#include <string>

namespace ntos {

ThreadState& currentThread() {
    thread_local ThreadState state{.id = platform::Thread::currentId()};
    return state;
}

PKTHREAD currentKThread() { return reinterpret_cast<PKTHREAD>(&currentThread()); }

void setPreviousMode(KPROCESSOR_MODE mode) { currentThread().previousMode = mode; }

KIRQL raiseIrql(KIRQL newIrql) {
    ThreadState& state = currentThread();
    KIRQL old = state.irql;
    if (newIrql < old) {
        bugCheck(bugcode::IrqlNotGreaterOrEqual, old, newIrql, 0, 0,
                 "KeRaiseIrql to IRQL " + std::to_string(newIrql) + " from the higher IRQL " +
                     std::to_string(old) + " (use KeLowerIrql to lower)");
    }
    state.irql = newIrql;
    return old;
}

void lowerIrql(KIRQL newIrql) {
    ThreadState& state = currentThread();
    if (newIrql > state.irql) {
        bugCheck(bugcode::IrqlNotLessOrEqual, state.irql, newIrql, 0, 0,
                 "KeLowerIrql to IRQL " + std::to_string(newIrql) + " from the lower IRQL " +
                     std::to_string(state.irql) + " (use KeRaiseIrql to raise)");
    }
    state.irql = newIrql;
}

}  // namespace ntos

extern "C" {

KIRQL NTAPI KeGetCurrentIrql(VOID) { return ntos::currentThread().irql; }

VOID NTAPI KeRaiseIrql(KIRQL NewIrql, PKIRQL OldIrql) { *OldIrql = ntos::raiseIrql(NewIrql); }

VOID NTAPI KeLowerIrql(KIRQL NewIrql) { ntos::lowerIrql(NewIrql); }

KIRQL NTAPI KfRaiseIrql(KIRQL NewIrql) { return ntos::raiseIrql(NewIrql); }

KIRQL NTAPI KeRaiseIrqlToDpcLevel(VOID) { return ntos::raiseIrql(DISPATCH_LEVEL); }

KIRQL NTAPI KeRaiseIrqlToSynchLevel(VOID) { return ntos::raiseIrql(SYNCH_LEVEL); }

VOID NTAPI KeEnterCriticalRegion(VOID) { ++ntos::currentThread().criticalRegionDepth; }

VOID NTAPI KeLeaveCriticalRegion(VOID) {
    ntos::ThreadState& state = ntos::currentThread();
    if (state.criticalRegionDepth <= 0) {
        ntos::bugCheck(0x01 /* APC_INDEX_MISMATCH */, 0, 0, static_cast<ULONG_PTR>(state.criticalRegionDepth), 0,
                       "KeLeaveCriticalRegion without a matching KeEnterCriticalRegion");
    }
    --state.criticalRegionDepth;
}

// Guarded regions disable all APCs; we count them with critical regions since the
// simulated kernel delivers no APCs.
VOID NTAPI KeEnterGuardedRegion(VOID) { KeEnterCriticalRegion(); }

VOID NTAPI KeLeaveGuardedRegion(VOID) { KeLeaveCriticalRegion(); }

BOOLEAN NTAPI KeAreAllApcsDisabled(VOID) {
    const ntos::ThreadState& state = ntos::currentThread();
    return (state.criticalRegionDepth > 0 || state.irql >= APC_LEVEL) ? TRUE : FALSE;
}

KPRIORITY NTAPI KeQueryPriorityThread(PKTHREAD Thread) {
    return reinterpret_cast<ntos::ThreadState*>(Thread)->priority;
}

KPRIORITY NTAPI KeSetPriorityThread(PKTHREAD Thread, KPRIORITY Priority) {
    auto* state = reinterpret_cast<ntos::ThreadState*>(Thread);
    KPRIORITY old = state->priority;
    state->priority = Priority;  // recorded only: host threads keep their OS priority
    return old;
}

BOOLEAN NTAPI PsIsSystemThread(PETHREAD Thread) {
    return reinterpret_cast<ntos::ThreadState*>(Thread)->name != nullptr ? TRUE : FALSE;
}

BOOLEAN NTAPI KeAreApcsDisabled(VOID) {
    const ntos::ThreadState& state = ntos::currentThread();
    return (state.criticalRegionDepth > 0 || state.irql >= APC_LEVEL) ? TRUE : FALSE;
}

PKTHREAD NTAPI KeGetCurrentThread(VOID) { return ntos::currentKThread(); }

PETHREAD NTAPI PsGetCurrentThread(VOID) { return reinterpret_cast<PETHREAD>(ntos::currentKThread()); }

HANDLE NTAPI PsGetCurrentThreadId(VOID) {
    return reinterpret_cast<HANDLE>(static_cast<ULONG_PTR>(ntos::currentThread().id * 4));
}

HANDLE NTAPI PsGetThreadId(PETHREAD Thread) {
    return reinterpret_cast<HANDLE>(static_cast<ULONG_PTR>(reinterpret_cast<ntos::ThreadState*>(Thread)->id * 4));
}

KPROCESSOR_MODE NTAPI ExGetPreviousMode(VOID) { return ntos::currentThread().previousMode; }

}  // extern "C"
