#include "wdf/sync/fx_passive_lock.h"

#include "ntos/platform/platform.h"
#include "wdf/object/fx_violation.h"

#include <string>

namespace wdf {

FxPassiveLock::FxPassiveLock() { KeInitializeEvent(&event_, SynchronizationEvent, TRUE); }

bool FxPassiveLock::heldByCurrentThread() const {
    return owner_.load(std::memory_order_acquire) == ntos::platform::Thread::currentId();
}

NTSTATUS FxPassiveLock::acquire(FxDriverGlobals* globals, const void* handle, PLONGLONG timeout,
                                const char* ddiName) {
    KIRQL irql = KeGetCurrentIrql();
    bool tryOnly = timeout != nullptr && *timeout == 0;
    // The DDI page asks for PASSIVE_LEVEL unless the timeout is zero; with a zero timeout
    // it says < DISPATCH_LEVEL while wdfsync.h allows DISPATCH_LEVEL: we accept the latter.
    if ((!tryOnly && irql > PASSIVE_LEVEL) || irql > DISPATCH_LEVEL) {
        wdfViolation(globals, kFxIrqlMismatch, irql, reinterpret_cast<ULONG_PTR>(handle), 0,
                     std::string(ddiName) + ": called at IRQL " + std::to_string(irql) +
                         (tryOnly ? " (must be <= DISPATCH_LEVEL)"
                                  : " with a non-zero or NULL Timeout (must be PASSIVE_LEVEL)"));
    }
    if (heldByCurrentThread()) {
        wdfViolation(globals, kFxRecursiveLock, reinterpret_cast<ULONG_PTR>(handle), 0, 0,
                     std::string(ddiName) + ": the calling thread already holds this wait lock");
    }
    // The wait lock disables normal kernel APCs while held (KeEnterCriticalRegion).
    KeEnterCriticalRegion();
    LARGE_INTEGER interval;
    if (timeout != nullptr) interval.QuadPart = *timeout;
    NTSTATUS status = KeWaitForSingleObject(&event_, Executive, KernelMode, FALSE,
                                            timeout != nullptr ? &interval : nullptr);
    if (status != STATUS_SUCCESS) {
        KeLeaveCriticalRegion();
        return STATUS_TIMEOUT;
    }
    owner_.store(ntos::platform::Thread::currentId(), std::memory_order_release);
    return STATUS_SUCCESS;
}

void FxPassiveLock::release(FxDriverGlobals* globals, const void* handle, const char* ddiName) {
    if (!heldByCurrentThread()) {
        wdfViolation(globals, kFxInvalidLockOperation, reinterpret_cast<ULONG_PTR>(handle), 0, 0,
                     std::string(ddiName) + (owner() == 0 ? ": the wait lock is not held"
                                                          : ": the wait lock is held by another thread"));
    }
    owner_.store(0, std::memory_order_release);
    KeSetEvent(&event_, IO_NO_INCREMENT, FALSE);
    KeLeaveCriticalRegion();
}

}  // namespace wdf
