#include "wdf/sync/fx_dispatch_lock.h"

#include "ntos/platform/platform.h"
#include "wdf/object/fx_violation.h"

#include <string>

namespace wdf {

FxDispatchLock::FxDispatchLock() { KeInitializeSpinLock(&lock_); }

bool FxDispatchLock::heldByCurrentThread() const {
    return owner_.load(std::memory_order_acquire) == ntos::platform::Thread::currentId();
}

void FxDispatchLock::acquire(FxDriverGlobals* globals, const void* handle, const char* ddiName) {
    if (heldByCurrentThread()) {
        wdfViolation(globals, kFxRecursiveLock, reinterpret_cast<ULONG_PTR>(handle), 0, 0,
                     std::string(ddiName) + ": the calling thread already holds this spin lock");
    }
    KIRQL previous;
    KeAcquireSpinLock(&lock_, &previous);
    savedIrql_ = previous;
    owner_.store(ntos::platform::Thread::currentId(), std::memory_order_release);
}

void FxDispatchLock::release(FxDriverGlobals* globals, const void* handle, const char* ddiName) {
    if (!heldByCurrentThread()) {
        wdfViolation(globals, kFxInvalidLockOperation, reinterpret_cast<ULONG_PTR>(handle), 0, 0,
                     std::string(ddiName) + (owner() == 0 ? ": the spin lock is not held"
                                                          : ": the spin lock is held by another thread"));
    }
    KIRQL previous = savedIrql_;
    owner_.store(0, std::memory_order_release);
    KeReleaseSpinLock(&lock_, previous);
}

}  // namespace wdf
