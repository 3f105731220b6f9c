// Rundown protection. EX_RUNDOWN_REF.Count holds (references << 1) | rundown-active,
// as on Windows; ExWaitForRundownProtectionRelease blocks on a process-wide platform
// condition variable that releases notify while a rundown is active.
#include "ntos/platform/platform.h"

#include <ntddk.h>

#include <atomic>

namespace {

constexpr ULONG_PTR kRundownActive = 1;

struct Rundowns {
    ntos::platform::Mutex lock;
    ntos::platform::ConditionVariable drained;
};

Rundowns& rundowns() {
    static auto* instance = new Rundowns;
    return *instance;
}

std::atomic_ref<ULONG_PTR> count(PEX_RUNDOWN_REF ref) {
    return std::atomic_ref<ULONG_PTR>(const_cast<ULONG_PTR&>(ref->Count));
}

}  // namespace

extern "C" {

VOID NTAPI ExInitializeRundownProtection(PEX_RUNDOWN_REF RunRef) { count(RunRef).store(0); }

VOID NTAPI ExReInitializeRundownProtection(PEX_RUNDOWN_REF RunRef) { count(RunRef).store(0); }

BOOLEAN NTAPI ExAcquireRundownProtection(PEX_RUNDOWN_REF RunRef) {
    auto c = count(RunRef);
    ULONG_PTR value = c.load();
    do {
        if ((value & kRundownActive) != 0) return FALSE;
    } while (!c.compare_exchange_weak(value, value + 2));
    return TRUE;
}

VOID NTAPI ExReleaseRundownProtection(PEX_RUNDOWN_REF RunRef) {
    const ULONG_PTR after = count(RunRef).fetch_sub(2) - 2;
    if (after == kRundownActive) {
        Rundowns& r = rundowns();
        ntos::platform::LockGuard guard(r.lock);
        r.drained.notifyAll();
    }
}

VOID NTAPI ExWaitForRundownProtectionRelease(PEX_RUNDOWN_REF RunRef) {
    count(RunRef).fetch_or(kRundownActive);
    Rundowns& r = rundowns();
    ntos::platform::UniqueLock lock(r.lock);
    r.drained.wait(lock, [&] { return count(RunRef).load() == kRundownActive; });
}

VOID NTAPI ExRundownCompleted(PEX_RUNDOWN_REF RunRef) { count(RunRef).store(kRundownActive); }

}  // extern "C"
