// FxDispatchLock: a kernel spin lock (KSPIN_LOCK) that raises to DISPATCH_LEVEL, with the
// owner recorded so that recursion and release by a non-owner are reported as
// WDF_VIOLATION instead of deadlocking or corrupting. WDFSPINLOCK is built on it; the
// framework uses it directly for its own DISPATCH_LEVEL locks (queue / device callback
// locks).
#pragma once

#include <ntddk.h>

#include <atomic>
#include <cstdint>

namespace wdf {

struct FxDriverGlobals;

class FxDispatchLock {
public:
    FxDispatchLock();

    // Raises to DISPATCH_LEVEL and acquires. IRQL <= DISPATCH_LEVEL, any thread.
    // Recursive acquisition: WDF_VIOLATION 0x2 (recursive lock) naming `ddiName`.
    void acquire(FxDriverGlobals* globals, const void* handle, const char* ddiName);
    // Releases and restores the IRQL saved by acquire(). Caller must be the owner
    // (else WDF_VIOLATION 0xB, invalid lock operation). IRQL = DISPATCH_LEVEL.
    void release(FxDriverGlobals* globals, const void* handle, const char* ddiName);

    bool heldByCurrentThread() const;
    // The platform thread id of the owner, 0 if free.
    uint64_t owner() const { return owner_.load(std::memory_order_acquire); }

private:
    KSPIN_LOCK lock_;
    KIRQL savedIrql_ = PASSIVE_LEVEL;
    std::atomic<uint64_t> owner_{0};
};

}  // namespace wdf
