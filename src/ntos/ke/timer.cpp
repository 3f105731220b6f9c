// Kernel timers: each kernel's timer thread sleeps until the earliest deadline in its
// queue. Expiry (under the timer-queue lock, so a concurrent KeSetTimer/KeCancelTimer
// sees either the old or the new state) signals the timer, queues its DPC and re-arms
// a periodic timer. Which timer is queued where lives in a side table keyed by the
// KTIMER address, so a KTIMER stays the documented size.
#include "ntos/ke/bug_check.h"
#include "ntos/ke/dispatcher.h"
#include "ntos/ke/kernel_core.h"
#include "ntos/ke/thread_state.h"

#include <atomic>
#include <string>
#include <unordered_map>

namespace ntos {
namespace {

struct TimerSlot {
    KernelCore* core = nullptr;
    std::multimap<int64_t, PKTIMER>::iterator position;
    PKDPC dpc = nullptr;
    LONG periodMs = 0;
};

std::unordered_map<const KTIMER*, TimerSlot>& timerSlots() {
    static auto* slots = new std::unordered_map<const KTIMER*, TimerSlot>;
    return *slots;
}

// 1 while the timer has a slot (written under timerQueueLock()). KeInitializeTimerEx
// reads it without the lock: a timer initialized for the first time (every framework
// request embeds one) then costs no process-wide lock. Garbage in a fresh KTIMER reads as
// "maybe queued" and takes the locked path. The header byte is ours (Absolute is not
// otherwise used here; drivers treat the header as opaque).
std::atomic_ref<UCHAR> queuedMark(PKTIMER timer) { return std::atomic_ref<UCHAR>(timer->Header.Absolute); }

// Removes the timer from whichever queue holds it; true if it was queued.
// Called with timerQueueLock() held.
bool unqueue(PKTIMER timer) {
    auto& slots = timerSlots();
    auto found = slots.find(timer);
    if (found == slots.end()) return false;
    found->second.core->timerQueue.erase(found->second.position);
    slots.erase(found);
    queuedMark(timer).store(0, std::memory_order_release);
    return true;
}

BOOLEAN setTimer(const char* routine, PKTIMER timer, LARGE_INTEGER dueTime, LONG periodMs, PKDPC dpc) {
    KernelCore& core = requireKernel(routine);
    if (periodMs < 0) {
        bugCheck(bugcode::TimerOrDpcInvalid, reinterpret_cast<ULONG_PTR>(timer), static_cast<ULONG_PTR>(periodMs), 0, 0,
                 std::string(routine) + " with a negative period");
    }
    platform::LockGuard lock(timerQueueLock());
    const bool wasQueued = unqueue(timer);
    resetTimerSignal(timer);
    const int64_t deadline = deadlineFromInterval(dueTime.QuadPart);
    TimerSlot slot;
    slot.core = &core;
    slot.position = core.timerQueue.emplace(deadline, timer);
    slot.dpc = dpc;
    slot.periodMs = periodMs;
    timerSlots()[timer] = slot;
    queuedMark(timer).store(1, std::memory_order_release);
    // Mirrored for debuggers only; the side table is authoritative.
    timer->DueTime.QuadPart = static_cast<ULONGLONG>(deadline);
    timer->Dpc = dpc;
    timer->Period = static_cast<ULONG>(periodMs);
    core.timerWake.notifyAll();
    return wasQueued ? TRUE : FALSE;
}

void expire(KernelCore& core, PKTIMER timer, int64_t deadline) {
    auto& slots = timerSlots();
    TimerSlot& slot = slots.at(timer);
    core.timerQueue.erase(slot.position);
    PKDPC dpc = slot.dpc;
    if (slot.periodMs > 0) {
        int64_t next = deadline + static_cast<int64_t>(slot.periodMs) * 10'000;
        const int64_t now = platform::monotonicNow100ns();
        if (next <= now) next = now + static_cast<int64_t>(slot.periodMs) * 10'000;  // fell behind: skip
        slot.position = core.timerQueue.emplace(next, timer);
    } else {
        slots.erase(timer);
        queuedMark(timer).store(0, std::memory_order_release);
    }
    signalTimer(timer);
    if (dpc != nullptr) {
        LARGE_INTEGER now;
        now.QuadPart = platform::systemTime100ns();
        queueDpc(core, dpc, reinterpret_cast<PVOID>(static_cast<ULONG_PTR>(now.LowPart)),
                 reinterpret_cast<PVOID>(static_cast<ULONG_PTR>(static_cast<ULONG>(now.HighPart))));
    }
}

}  // namespace

platform::Mutex& timerQueueLock() {
    static platform::Mutex* lock = new platform::Mutex;  // never destroyed: used by exiting threads
    return *lock;
}

void runTimerThread(KernelCore& core) {
    platform::UniqueLock lock(timerQueueLock());
    while (!core.timerStopping) {
        if (core.timerQueue.empty()) {
            core.timerWake.wait(lock);
            continue;
        }
        auto first = core.timerQueue.begin();
        const int64_t deadline = first->first;
        if (platform::monotonicNow100ns() < deadline) {
            core.timerWake.waitUntil(lock, deadline);
            continue;
        }
        expire(core, first->second, deadline);
    }
}

void cancelAllTimers(KernelCore& core) {
    platform::LockGuard lock(timerQueueLock());
    while (!core.timerQueue.empty()) unqueue(core.timerQueue.begin()->second);
}

}  // namespace ntos

using namespace ntos;

extern "C" {

VOID NTAPI KeInitializeTimerEx(PKTIMER Timer, TIMER_TYPE Type) {
    if (queuedMark(Timer).load(std::memory_order_acquire) != 0) {
        platform::LockGuard lock(timerQueueLock());
        unqueue(Timer);  // re-initializing a queued timer: forget the stale entry
        queuedMark(Timer).store(0, std::memory_order_release);
    }
    Timer->Header.Type = Type == SynchronizationTimer ? dispatcher_type::SynchronizationTimer
                                                      : dispatcher_type::NotificationTimer;
    Timer->Header.Size = static_cast<UCHAR>(sizeof(KTIMER) / sizeof(LONG));
    Timer->Header.SignalState = 0;
    InitializeListHead(&Timer->Header.WaitListHead);
    Timer->DueTime.QuadPart = 0;
    InitializeListHead(&Timer->TimerListEntry);
    Timer->Dpc = nullptr;
    Timer->Processor = 0;
    Timer->Period = 0;
}

VOID NTAPI KeInitializeTimer(PKTIMER Timer) { KeInitializeTimerEx(Timer, NotificationTimer); }

BOOLEAN NTAPI KeSetTimer(PKTIMER Timer, LARGE_INTEGER DueTime, PKDPC Dpc) {
    return setTimer("KeSetTimer", Timer, DueTime, 0, Dpc);
}

BOOLEAN NTAPI KeSetTimerEx(PKTIMER Timer, LARGE_INTEGER DueTime, LONG Period, PKDPC Dpc) {
    return setTimer("KeSetTimerEx", Timer, DueTime, Period, Dpc);
}

BOOLEAN NTAPI KeSetCoalescableTimer(PKTIMER Timer, LARGE_INTEGER DueTime, ULONG Period, ULONG TolerableDelay,
                                    PKDPC Dpc) {
    (void)TolerableDelay;  // we never coalesce: firing on time is within any tolerance
    return setTimer("KeSetCoalescableTimer", Timer, DueTime, static_cast<LONG>(Period), Dpc);
}

BOOLEAN NTAPI KeCancelTimer(PKTIMER Timer) {
    platform::LockGuard lock(timerQueueLock());
    return unqueue(Timer) ? TRUE : FALSE;
}

BOOLEAN NTAPI KeReadStateTimer(PKTIMER Timer) {
    return std::atomic_ref<LONG>(Timer->Header.SignalState).load() != 0 ? TRUE : FALSE;
}

}  // extern "C"
