// I/O timers: IoInitializeTimer gives a device object a timer whose routine, once
// started, runs once per second at DISPATCH_LEVEL (a periodic KTIMER with a DPC).
#include "ntos/io/io_manager.h"
#include "ntos/io/io_timer.h"

#include "ntos/system.h"

#include <new>

struct _IO_TIMER {
    KTIMER timer;
    KDPC dpc;
    PDEVICE_OBJECT device;
    PIO_TIMER_ROUTINE routine;
    PVOID context;
};

namespace {

constexpr LONG kPeriodMs = 1000;

// IRQL == DISPATCH_LEVEL, a DPC thread.
VOID runIoTimer(PKDPC, PVOID deferredContext, PVOID, PVOID) {
    auto* timer = static_cast<PIO_TIMER>(deferredContext);
    timer->routine(timer->device, timer->context);
}

}  // namespace

namespace ntos {

void releaseIoTimer(PDEVICE_OBJECT device) {
    PIO_TIMER timer = device->Timer;
    if (timer == nullptr) return;
    device->Timer = nullptr;
    KeCancelTimer(&timer->timer);
    // A DPC of the timer may still be queued or running: free after the DPCs drained.
    if (KeGetCurrentIrql() == PASSIVE_LEVEL) {
        KeFlushQueuedDpcs();
        delete timer;
        return;
    }
    IoManager::current("IoDeleteDevice").system().kernel().queueWork([timer] {
        KeFlushQueuedDpcs();
        delete timer;
    });
}

}  // namespace ntos

extern "C" {

// IRQL == PASSIVE_LEVEL, any thread.
NTSTATUS IoInitializeTimer(PDEVICE_OBJECT DeviceObject, PIO_TIMER_ROUTINE TimerRoutine, PVOID Context) {
    if (DeviceObject->Timer == nullptr) {
        auto* timer = new (std::nothrow) _IO_TIMER();
        if (timer == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
        KeInitializeTimer(&timer->timer);
        KeInitializeDpc(&timer->dpc, runIoTimer, timer);
        DeviceObject->Timer = timer;
    }
    DeviceObject->Timer->device = DeviceObject;
    DeviceObject->Timer->routine = TimerRoutine;
    DeviceObject->Timer->context = Context;
    return STATUS_SUCCESS;
}

// IRQL <= DISPATCH_LEVEL, any thread.
VOID IoStartTimer(PDEVICE_OBJECT DeviceObject) {
    if (DeviceObject->Timer == nullptr) return;
    LARGE_INTEGER due;
    due.QuadPart = -static_cast<LONGLONG>(kPeriodMs) * 10'000;
    KeSetTimerEx(&DeviceObject->Timer->timer, due, kPeriodMs, &DeviceObject->Timer->dpc);
}

// IRQL <= DISPATCH_LEVEL, any thread.
VOID IoStopTimer(PDEVICE_OBJECT DeviceObject) {
    if (DeviceObject->Timer != nullptr) KeCancelTimer(&DeviceObject->Timer->timer);
}

}  // extern "C"
