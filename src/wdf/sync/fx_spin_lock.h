// FxSpinLock: WDFSPINLOCK (WdfSpinLockCreate / Acquire / Release).
#pragma once

#include "wdf/object/fx_object.h"
#include "wdf/sync/fx_dispatch_lock.h"

namespace wdf {

class FxSpinLock : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::SpinLock;
    explicit FxSpinLock(FxDriverGlobals* globals) : FxObject(globals, kObjectType) {}

    // IRQL <= DISPATCH_LEVEL; returns at DISPATCH_LEVEL.
    void acquire(const char* ddiName) { lock_.acquire(globals(), handle(), ddiName); }
    // IRQL = DISPATCH_LEVEL; restores the IRQL from before acquire().
    void release(const char* ddiName) { lock_.release(globals(), handle(), ddiName); }
    FxDispatchLock& lock() { return lock_; }

private:
    FxDispatchLock lock_;
};

}  // namespace wdf
