// FxTimer: WDFTIMER. A kernel timer and DPC whose callback is the driver's EvtTimerFunc,
// one-shot or periodic, parented to a device or queue (or an object below one). The timer
// is stopped, and a running callback waited for, before its cleanup completes.
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include <atomic>

#include "object/fx_object.h"

namespace wdf {

class FxTimer : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::Timer;

    FxTimer(FxDriverGlobals* globals, const WDF_TIMER_CONFIG& config);

    // Initializes the kernel timer and DPC. From fxCreate.
    NTSTATUS initialize();

    // WdfTimerStart: TRUE if the timer was already in the system's timer queue.
    // IRQL <= DISPATCH_LEVEL.
    BOOLEAN start(LONGLONG dueTime);
    // WdfTimerStop: TRUE if it was in the queue; with wait, returns after a running
    // callback (and a queued DPC) has finished: IRQL PASSIVE_LEVEL then, else
    // IRQL <= DISPATCH_LEVEL.
    BOOLEAN stop(bool wait);

    WDFOBJECT parentHandle() const { return parent() != nullptr ? parent()->handle() : nullptr; }

protected:
    void onCleanup() override;

private:
    // KDEFERRED_ROUTINE: runs EvtTimerFunc at DISPATCH_LEVEL on a DPC thread.
    static void timerDpc(PKDPC dpc, PVOID context, PVOID, PVOID);
    void waitForCallbacks();

    WDF_TIMER_CONFIG config_;
    KTIMER timer_;
    KDPC dpc_;
    std::atomic<int> runningCallbacks_{0};
};

}  // namespace wdf
