#include "support/fx_timer.h"

#include "ntos/platform/platform.h"

namespace wdf {

FxTimer::FxTimer(FxDriverGlobals* globals, const WDF_TIMER_CONFIG& config)
    : FxObject(globals, kObjectType), config_(config) {}

NTSTATUS FxTimer::initialize() {
    KeInitializeTimerEx(&timer_, NotificationTimer);
    KeInitializeDpc(&dpc_, timerDpc, this);
    return STATUS_SUCCESS;
}

void FxTimer::timerDpc(PKDPC, PVOID context, PVOID, PVOID) {
    auto* timer = static_cast<FxTimer*>(context);
    timer->runningCallbacks_.fetch_add(1, std::memory_order_acq_rel);
    if (!timer->isDeleting()) timer->config_.EvtTimerFunc(timer->handleAs<WDFTIMER>());
    timer->runningCallbacks_.fetch_sub(1, std::memory_order_acq_rel);
}

BOOLEAN FxTimer::start(LONGLONG dueTime) {
    LARGE_INTEGER due;
    due.QuadPart = dueTime;
    return KeSetTimerEx(&timer_, due, static_cast<LONG>(config_.Period), &dpc_);
}

void FxTimer::waitForCallbacks() {
    KeRemoveQueueDpc(&dpc_);
    KeFlushQueuedDpcs();
    while (runningCallbacks_.load(std::memory_order_acquire) != 0) ntos::platform::yieldProcessor();
}

BOOLEAN FxTimer::stop(bool wait) {
    BOOLEAN wasQueued = KeCancelTimer(&timer_);
    if (wait) waitForCallbacks();
    return wasQueued;
}

void FxTimer::onCleanup() {
    KeCancelTimer(&timer_);
    if (KeGetCurrentIrql() == PASSIVE_LEVEL) {
        waitForCallbacks();
    } else {
        KeRemoveQueueDpc(&dpc_);
    }
}

}  // namespace wdf
