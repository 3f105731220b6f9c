// FxPassiveLock: a blocking lock for PASSIVE_LEVEL code (a synchronization KEVENT, as a
// wait lock is), with the owner recorded. WDFWAITLOCK is built on it; the framework uses
// it for its own passive-level callback locks.
#pragma once

#include <ntddk.h>

#include <atomic>
#include <cstdint>

namespace wdf {

struct FxDriverGlobals;

class FxPassiveLock {
public:
    FxPassiveLock();

    // Waits for the lock. timeout: NULL = wait forever; otherwise an NT interval (negative
    // relative / positive absolute, 100 ns units); *timeout == 0 = try once.
    // Returns STATUS_SUCCESS or STATUS_TIMEOUT. IRQL: PASSIVE_LEVEL, or <= DISPATCH_LEVEL
    // with a zero timeout (otherwise WDF_VIOLATION 0xE naming `ddiName`). Recursive
    // acquisition: WDF_VIOLATION 0x2.
    NTSTATUS acquire(FxDriverGlobals* globals, const void* handle, PLONGLONG timeout, const char* ddiName);
    // Caller must be the owner (else WDF_VIOLATION 0xB). IRQL <= DISPATCH_LEVEL.
    void release(FxDriverGlobals* globals, const void* handle, const char* ddiName);

    bool heldByCurrentThread() const;
    uint64_t owner() const { return owner_.load(std::memory_order_acquire); }

private:
    KEVENT event_;
    std::atomic<uint64_t> owner_{0};
};

}  // namespace wdf
