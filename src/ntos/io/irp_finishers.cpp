#include "ntos/io/irp_finishers.h"

#include "ntos/io/irp_flags.h"

#include <atomic>

namespace ntos {

namespace {

std::atomic_ref<UCHAR> flags(PIRP irp) { return std::atomic_ref<UCHAR>(irp->AllocationFlags); }

}  // namespace

void IrpFinishers::add(PIRP irp, Finisher finisher) {
    platform::LockGuard guard(lock_);
    finishers_[irp] = std::move(finisher);
    flags(irp).fetch_or(kIrpHasFinisher);
}

bool IrpFinishers::has(PIRP irp) {
    if ((flags(irp).load() & kIrpHasFinisher) == 0) return false;  // bench/: every driver-allocated IRP
    platform::LockGuard guard(lock_);
    return finishers_.count(irp) != 0;
}

bool IrpFinishers::run(PIRP irp) {
    if ((flags(irp).load() & kIrpHasFinisher) == 0) return false;
    Finisher finisher;
    {
        platform::LockGuard guard(lock_);
        auto it = finishers_.find(irp);
        if (it == finishers_.end()) return false;
        finisher = std::move(it->second);
        finishers_.erase(it);
        flags(irp).fetch_and(static_cast<UCHAR>(~kIrpHasFinisher));
    }
    finisher(irp);
    return true;
}

void IrpFinishers::forget(PIRP irp) {
    platform::LockGuard guard(lock_);
    finishers_.erase(irp);
    flags(irp).fetch_and(static_cast<UCHAR>(~kIrpHasFinisher));
}

}  // namespace ntos
