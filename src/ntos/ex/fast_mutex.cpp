// Fast mutexes: Count is 1 when free; an acquirer that decrements it below 1 waits on
// the embedded synchronization event, which the releaser sets when waiters remain.
#include "ntos/ke/bug_check.h"
#include "ntos/ke/kernel.h"
#include "ntos/ke/thread_state.h"

#include <atomic>
#include <string>

namespace {

std::atomic_ref<LONG> count(PFAST_MUTEX m) { return std::atomic_ref<LONG>(const_cast<LONG&>(m->Count)); }

// Owner is read by other threads (recursion check), so it is accessed atomically.
std::atomic_ref<PVOID> owner(PFAST_MUTEX m) { return std::atomic_ref<PVOID>(m->Owner); }

void checkIrql(const char* routine, KIRQL maximum) {
    KIRQL irql = ntos::currentThread().irql;
    if (irql > maximum) {
        ntos::bugCheck(ntos::bugcode::IrqlNotLessOrEqual, 0, irql, 0, 0,
                       std::string(routine) + " at IRQL " + std::to_string(irql) + "; it requires IRQL <= " +
                           std::to_string(maximum));
    }
}

void checkNotOwner(const char* routine, PFAST_MUTEX m) {
    if (owner(m).load(std::memory_order_relaxed) == ntos::currentKThread()) {
        ntos::bugCheck(ntos::bugcode::MutexAlreadyOwned, reinterpret_cast<ULONG_PTR>(m), 0, 0, 0,
                       std::string(routine) + ": this thread already owns the fast mutex (fast mutexes are not "
                                              "recursive)");
    }
}

void acquire(PFAST_MUTEX m) {
    if (count(m).fetch_sub(1) != 1) {
        __atomic_fetch_add(&m->Contention, 1, __ATOMIC_RELAXED);  // several waiters may count at once
        KeWaitForSingleObject(&m->Event, Executive, KernelMode, FALSE, nullptr);
    }
    owner(m).store(ntos::currentKThread(), std::memory_order_relaxed);
}

void release(const char* routine, PFAST_MUTEX m) {
    PVOID current = owner(m).load(std::memory_order_relaxed);
    if (current != ntos::currentKThread()) {
        ntos::bugCheck(ntos::bugcode::ThreadNotMutexOwner, reinterpret_cast<ULONG_PTR>(m),
                       reinterpret_cast<ULONG_PTR>(current), 0, 0,
                       std::string(routine) + ": the fast mutex is not owned by this thread");
    }
    owner(m).store(nullptr, std::memory_order_relaxed);
    if (count(m).fetch_add(1) != 0) KeSetEvent(&m->Event, 0, FALSE);
}

}  // namespace

extern "C" {

VOID NTAPI ExInitializeFastMutex(PFAST_MUTEX FastMutex) {
    FastMutex->Count = 1;
    FastMutex->Owner = nullptr;
    FastMutex->Contention = 0;
    FastMutex->OldIrql = PASSIVE_LEVEL;
    KeInitializeEvent(&FastMutex->Event, SynchronizationEvent, FALSE);
}

VOID NTAPI ExAcquireFastMutex(PFAST_MUTEX FastMutex) {
    checkIrql("ExAcquireFastMutex", APC_LEVEL);
    checkNotOwner("ExAcquireFastMutex", FastMutex);
    KIRQL old = ntos::raiseIrql(APC_LEVEL);
    acquire(FastMutex);
    FastMutex->OldIrql = old;
}

VOID NTAPI ExReleaseFastMutex(PFAST_MUTEX FastMutex) {
    KIRQL old = static_cast<KIRQL>(FastMutex->OldIrql);
    release("ExReleaseFastMutex", FastMutex);
    ntos::lowerIrql(old);
}

BOOLEAN NTAPI ExTryToAcquireFastMutex(PFAST_MUTEX FastMutex) {
    checkIrql("ExTryToAcquireFastMutex", APC_LEVEL);
    KIRQL old = ntos::raiseIrql(APC_LEVEL);
    LONG expected = 1;
    if (!count(FastMutex).compare_exchange_strong(expected, 0)) {
        ntos::lowerIrql(old);
        return FALSE;
    }
    owner(FastMutex).store(ntos::currentKThread(), std::memory_order_relaxed);
    FastMutex->OldIrql = old;
    return TRUE;
}

VOID NTAPI ExAcquireFastMutexUnsafe(PFAST_MUTEX FastMutex) {
    checkIrql("ExAcquireFastMutexUnsafe", APC_LEVEL);
    checkNotOwner("ExAcquireFastMutexUnsafe", FastMutex);
    acquire(FastMutex);
}

VOID NTAPI ExReleaseFastMutexUnsafe(PFAST_MUTEX FastMutex) { release("ExReleaseFastMutexUnsafe", FastMutex); }

}  // extern "C"

// Guarded mutexes: a fast mutex held inside a guarded region instead of at APC_LEVEL.
extern "C" {

VOID NTAPI KeInitializeGuardedMutex(PKGUARDED_MUTEX Mutex) { ExInitializeFastMutex(Mutex); }

VOID NTAPI KeAcquireGuardedMutex(PKGUARDED_MUTEX Mutex) {
    checkIrql("KeAcquireGuardedMutex", APC_LEVEL);
    checkNotOwner("KeAcquireGuardedMutex", Mutex);
    KeEnterGuardedRegion();
    acquire(Mutex);
}

VOID NTAPI KeReleaseGuardedMutex(PKGUARDED_MUTEX Mutex) {
    release("KeReleaseGuardedMutex", Mutex);
    KeLeaveGuardedRegion();
}

BOOLEAN NTAPI KeTryToAcquireGuardedMutex(PKGUARDED_MUTEX Mutex) {
    checkIrql("KeTryToAcquireGuardedMutex", APC_LEVEL);
    KeEnterGuardedRegion();
    LONG expected = 1;
    if (!count(Mutex).compare_exchange_strong(expected, 0)) {
        KeLeaveGuardedRegion();
        return FALSE;
    }
    owner(Mutex).store(ntos::currentKThread(), std::memory_order_relaxed);
    return TRUE;
}

}  // extern "C"
