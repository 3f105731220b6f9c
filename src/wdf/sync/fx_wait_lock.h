// FxWaitLock: WDFWAITLOCK (WdfWaitLockCreate / Acquire / Release).
#pragma once

#include "wdf/object/fx_object.h"
#include "wdf/sync/fx_passive_lock.h"

namespace wdf {

class FxWaitLock : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::WaitLock;
    explicit FxWaitLock(FxDriverGlobals* globals) : FxObject(globals, kObjectType) {}

    // See FxPassiveLock::acquire. STATUS_SUCCESS / STATUS_TIMEOUT.
    NTSTATUS acquire(PLONGLONG timeout, const char* ddiName) {
        return lock_.acquire(globals(), handle(), timeout, ddiName);
    }
    void release(const char* ddiName) { lock_.release(globals(), handle(), ddiName); }
    FxPassiveLock& lock() { return lock_; }

private:
    FxPassiveLock lock_;
};

}  // namespace wdf
