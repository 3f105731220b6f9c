// Spin locks: the KSPIN_LOCK word holds the owner's thread id (0 = free), which lets
// us report recursive acquisition (SPIN_LOCK_ALREADY_OWNED) and release by a thread
// that does not hold it (SPIN_LOCK_NOT_OWNED), as the checked kernel does.
#include "ntos/ke/bug_check.h"
#include "ntos/ke/kernel.h"
#include "ntos/ke/thread_state.h"
#include "ntos/platform/platform.h"

#include <atomic>
#include <string>

namespace ntos {
namespace {

std::atomic_ref<KSPIN_LOCK> word(PKSPIN_LOCK lock) { return std::atomic_ref<KSPIN_LOCK>(*lock); }

void requireDispatchLevel(const char* routine) {
    KIRQL irql = currentThread().irql;
    if (irql < DISPATCH_LEVEL) {
        bugCheck(bugcode::IrqlNotGreaterOrEqual, irql, DISPATCH_LEVEL, 0, 0,
                 std::string(routine) + " called at IRQL " + std::to_string(irql) +
                     "; it requires DISPATCH_LEVEL");
    }
}

void acquireAtDpc(PKSPIN_LOCK lock, const char* routine) {
    const KSPIN_LOCK me = currentThread().id;
    auto w = word(lock);
    for (;;) {
        KSPIN_LOCK expected = 0;
        if (w.compare_exchange_weak(expected, me, std::memory_order_acquire)) {
            ++currentThread().spinLocksHeld;
            return;
        }
        if (expected == me) {
            bugCheck(bugcode::SpinLockAlreadyOwned, reinterpret_cast<ULONG_PTR>(lock), 0, 0, 0,
                     std::string(routine) + ": spin lock " + std::to_string(reinterpret_cast<ULONG_PTR>(lock)) +
                         " is already held by this thread (recursive acquisition deadlocks)");
        }
        while (w.load(std::memory_order_relaxed) != 0) platform::yieldProcessor();
    }
}

bool tryAcquireAtDpc(PKSPIN_LOCK lock) {
    KSPIN_LOCK expected = 0;
    if (!word(lock).compare_exchange_strong(expected, currentThread().id, std::memory_order_acquire)) return false;
    ++currentThread().spinLocksHeld;
    return true;
}

void releaseAtDpc(PKSPIN_LOCK lock, const char* routine) {
    const KSPIN_LOCK me = currentThread().id;
    KSPIN_LOCK expected = me;
    if (!word(lock).compare_exchange_strong(expected, 0, std::memory_order_release)) {
        bugCheck(bugcode::SpinLockNotOwned, reinterpret_cast<ULONG_PTR>(lock), expected, 0, 0,
                 std::string(routine) + ": the spin lock is not held by this thread" +
                     (expected == 0 ? " (it is free)" : " (another thread holds it)"));
    }
    --currentThread().spinLocksHeld;
}

}  // namespace
}  // namespace ntos

using namespace ntos;

extern "C" {

BOOLEAN NTAPI KeTestSpinLock(PKSPIN_LOCK SpinLock) {
    return word(SpinLock).load(std::memory_order_relaxed) == 0 ? TRUE : FALSE;
}

KIRQL NTAPI KeAcquireSpinLockRaiseToDpc(PKSPIN_LOCK SpinLock) {
    KIRQL old = raiseIrql(DISPATCH_LEVEL);
    acquireAtDpc(SpinLock, "KeAcquireSpinLock");
    return old;
}

VOID NTAPI KeAcquireSpinLock(PKSPIN_LOCK SpinLock, PKIRQL OldIrql) {
    KIRQL old = raiseIrql(DISPATCH_LEVEL);
    acquireAtDpc(SpinLock, "KeAcquireSpinLock");
    *OldIrql = old;
}

VOID NTAPI KeReleaseSpinLock(PKSPIN_LOCK SpinLock, KIRQL NewIrql) {
    releaseAtDpc(SpinLock, "KeReleaseSpinLock");
    lowerIrql(NewIrql);
}

VOID NTAPI KeAcquireSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock) {
    requireDispatchLevel("KeAcquireSpinLockAtDpcLevel");
    acquireAtDpc(SpinLock, "KeAcquireSpinLockAtDpcLevel");
}

VOID NTAPI KeReleaseSpinLockFromDpcLevel(PKSPIN_LOCK SpinLock) {
    requireDispatchLevel("KeReleaseSpinLockFromDpcLevel");
    releaseAtDpc(SpinLock, "KeReleaseSpinLockFromDpcLevel");
}

BOOLEAN NTAPI KeTryToAcquireSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock) {
    requireDispatchLevel("KeTryToAcquireSpinLockAtDpcLevel");
    return tryAcquireAtDpc(SpinLock) ? TRUE : FALSE;
}

KIRQL NTAPI KeAcquireSpinLockForDpc(PKSPIN_LOCK SpinLock) {
    KIRQL old = raiseIrql(DISPATCH_LEVEL);
    acquireAtDpc(SpinLock, "KeAcquireSpinLockForDpc");
    return old;
}

VOID NTAPI KeReleaseSpinLockForDpc(PKSPIN_LOCK SpinLock, KIRQL OldIrql) {
    releaseAtDpc(SpinLock, "KeReleaseSpinLockForDpc");
    lowerIrql(OldIrql);
}

VOID NTAPI KeAcquireInStackQueuedSpinLock(PKSPIN_LOCK SpinLock, PKLOCK_QUEUE_HANDLE LockHandle) {
    KIRQL old = raiseIrql(DISPATCH_LEVEL);
    acquireAtDpc(SpinLock, "KeAcquireInStackQueuedSpinLock");
    LockHandle->LockQueue.Next = nullptr;
    LockHandle->LockQueue.Lock = SpinLock;
    LockHandle->OldIrql = old;
}

VOID NTAPI KeReleaseInStackQueuedSpinLock(PKLOCK_QUEUE_HANDLE LockHandle) {
    releaseAtDpc(LockHandle->LockQueue.Lock, "KeReleaseInStackQueuedSpinLock");
    lowerIrql(LockHandle->OldIrql);
}

VOID NTAPI KeAcquireInStackQueuedSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock, PKLOCK_QUEUE_HANDLE LockHandle) {
    requireDispatchLevel("KeAcquireInStackQueuedSpinLockAtDpcLevel");
    acquireAtDpc(SpinLock, "KeAcquireInStackQueuedSpinLockAtDpcLevel");
    LockHandle->LockQueue.Next = nullptr;
    LockHandle->LockQueue.Lock = SpinLock;
    LockHandle->OldIrql = DISPATCH_LEVEL;
}

VOID NTAPI KeReleaseInStackQueuedSpinLockFromDpcLevel(PKLOCK_QUEUE_HANDLE LockHandle) {
    requireDispatchLevel("KeReleaseInStackQueuedSpinLockFromDpcLevel");
    releaseAtDpc(LockHandle->LockQueue.Lock, "KeReleaseInStackQueuedSpinLockFromDpcLevel");
}

VOID NTAPI KeAcquireInStackQueuedSpinLockForDpc(PKSPIN_LOCK SpinLock, PKLOCK_QUEUE_HANDLE LockHandle) {
    KeAcquireInStackQueuedSpinLock(SpinLock, LockHandle);
}

VOID NTAPI KeReleaseInStackQueuedSpinLockForDpc(PKLOCK_QUEUE_HANDLE LockHandle) {
    KeReleaseInStackQueuedSpinLock(LockHandle);
}

}  // extern "C"
