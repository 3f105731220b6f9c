#include "wdf/io/fx_fault_hooks.h"

#include <atomic>

namespace wdf {
namespace {

std::atomic<ULONG> armedFailures{0};

}  // namespace

namespace testhooks {

void failNextRequestAllocations(ULONG count) { armedFailures.store(count, std::memory_order_release); }

ULONG pendingRequestAllocationFailures() { return armedFailures.load(std::memory_order_acquire); }

}  // namespace testhooks

bool fxRequestAllocationShouldFail() {
    ULONG armed = armedFailures.load(std::memory_order_acquire);
    while (armed != 0) {
        if (armedFailures.compare_exchange_weak(armed, armed - 1, std::memory_order_acq_rel)) return true;
    }
    return false;
}

}  // namespace wdf
