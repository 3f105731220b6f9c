#include "ntos/io/irp_finishers.h"

namespace ntos {

void IrpFinishers::add(PIRP irp, Finisher finisher) {
    platform::LockGuard guard(lock_);
    finishers_[irp] = std::move(finisher);
}

bool IrpFinishers::has(PIRP irp) {
    platform::LockGuard guard(lock_);
    return finishers_.count(irp) != 0;
}

bool IrpFinishers::run(PIRP irp) {
    Finisher finisher;
    {
        platform::LockGuard guard(lock_);
        auto it = finishers_.find(irp);
        if (it == finishers_.end()) return false;
        finisher = std::move(it->second);
        finishers_.erase(it);
    }
    finisher(irp);
    return true;
}

void IrpFinishers::forget(PIRP irp) {
    platform::LockGuard guard(lock_);
    finishers_.erase(irp);
}

}  // namespace ntos
