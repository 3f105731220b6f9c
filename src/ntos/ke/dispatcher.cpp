#include "ntos/ke/dispatcher.h"

#include "ntos/ke/bug_check.h"
#include "ntos/ke/kernel.h"
#include "ntos/ke/thread_state.h"
#include "ntos/platform/platform.h"

#include <atomic>
#include <list>
#include <string>

namespace ntos {
namespace {

struct Waiter {
    PVOID const* objects = nullptr;
    ULONG count = 0;
    WAIT_TYPE waitType = WaitAny;
    PKTHREAD thread = nullptr;
    bool satisfied = false;
    NTSTATUS result = STATUS_TIMEOUT;
    platform::ConditionVariable wake;
};

// The dispatcher lock and the blocked waiters in arrival order (FIFO wake-up).
struct Dispatcher {
    platform::Mutex lock;
    std::list<Waiter*> waiters;
};

Dispatcher& dispatcher() {
    static Dispatcher* instance = new Dispatcher;  // never destroyed: used by exiting threads
    return *instance;
}

DISPATCHER_HEADER* header(PVOID object) { return static_cast<DISPATCHER_HEADER*>(object); }

std::atomic_ref<LONG> signalState(DISPATCHER_HEADER* h) { return std::atomic_ref<LONG>(h->SignalState); }

// Events only: a bit of SignalState set (under the dispatcher lock) by a waiter about to
// block on the event, cleared under the lock once no blocked waiter names it. KeSetEvent
// signals an event without the bit with one compare-and-swap and no lock, so that setting
// an event nobody waits for (the framework does it for every request its queue completes)
// costs no process-wide lock. The bit shares the word with the state so that the one
// atomic operation that publishes the signal also tells the setter whether a waiter may be
// blocked: once the signal is visible a waiter may return and free the event (a KEVENT on
// its stack), so the setter must not touch the event after it. With the bit set the setter
// signals under the dispatcher lock, which a waiter needs in order to return.
constexpr LONG kEventWaitersBit = 0x40000000;

bool isEvent(const DISPATCHER_HEADER* h) {
    return h->Type == dispatcher_type::NotificationEvent || h->Type == dispatcher_type::SynchronizationEvent;
}

// The event's state without the waiters bit.
LONG eventState(LONG word) { return word & ~kEventWaitersBit; }

bool anyWaiterNames(const Dispatcher& d, DISPATCHER_HEADER* h) {
    for (const Waiter* w : d.waiters) {
        for (ULONG i = 0; i < w->count; ++i) {
            if (header(w->objects[i]) == h) return true;
        }
    }
    return false;
}

bool isSignaled(PVOID object, PKTHREAD thread) {
    DISPATCHER_HEADER* h = header(object);
    if (h->Type == dispatcher_type::Mutant) {
        return signalState(h).load() > 0 || static_cast<PKMUTEX>(object)->OwnerThread == thread;
    }
    if (isEvent(h)) return eventState(signalState(h).load()) > 0;
    return signalState(h).load() > 0;
}

// Applies the side effect of a satisfied wait (auto-reset, count, ownership).
void consume(PVOID object, PKTHREAD thread) {
    DISPATCHER_HEADER* h = header(object);
    switch (h->Type) {
    case dispatcher_type::SynchronizationEvent:
        signalState(h).fetch_and(kEventWaitersBit);  // reset; the waiters bit stays
        break;
    case dispatcher_type::SynchronizationTimer:
        signalState(h).store(0);
        break;
    case dispatcher_type::Semaphore:
        signalState(h).fetch_sub(1);
        break;
    case dispatcher_type::Mutant:
        signalState(h).fetch_sub(1);
        static_cast<PKMUTEX>(object)->OwnerThread = thread;
        break;
    default:
        break;
    }
}

bool trySatisfy(Waiter& w) {
    if (w.waitType == WaitAny) {
        for (ULONG i = 0; i < w.count; ++i) {
            if (isSignaled(w.objects[i], w.thread)) {
                consume(w.objects[i], w.thread);
                w.result = static_cast<NTSTATUS>(STATUS_WAIT_0 + i);
                w.satisfied = true;
                return true;
            }
        }
        return false;
    }
    for (ULONG i = 0; i < w.count; ++i) {
        if (!isSignaled(w.objects[i], w.thread)) return false;
    }
    for (ULONG i = 0; i < w.count; ++i) consume(w.objects[i], w.thread);
    w.result = STATUS_SUCCESS;
    w.satisfied = true;
    return true;
}

// Called with the dispatcher lock held after any object became signaled.
void releaseSatisfiedWaiters(Dispatcher& d) {
    for (auto it = d.waiters.begin(); it != d.waiters.end();) {
        Waiter* w = *it;
        if (trySatisfy(*w)) {
            it = d.waiters.erase(it);
            w->wake.notifyOne();
        } else {
            ++it;
        }
    }
}

// A mutex acquired by a wait disables normal kernel APCs until it is released.
void noteMutexAcquisitions(const Waiter& w) {
    auto note = [](PVOID object) {
        if (header(object)->Type == dispatcher_type::Mutant) ++currentThread().criticalRegionDepth;
    };
    if (w.waitType == WaitAny) {
        note(w.objects[w.result - STATUS_WAIT_0]);
    } else {
        for (ULONG i = 0; i < w.count; ++i) note(w.objects[i]);
    }
}

void initHeader(DISPATCHER_HEADER* h, UCHAR type, LONG state, size_t sizeInBytes) {
    h->Type = type;
    h->Size = static_cast<UCHAR>(sizeInBytes / sizeof(LONG));
    signalState(h).store(state);
    InitializeListHead(&h->WaitListHead);
}

void checkWaitIrql(const char* routine, PLARGE_INTEGER timeout) {
    KIRQL irql = currentThread().irql;
    bool polling = timeout != nullptr && timeout->QuadPart == 0;
    if (irql > DISPATCH_LEVEL || (irql == DISPATCH_LEVEL && !polling)) {
        bugCheck(bugcode::IrqlNotLessOrEqual, 0, irql, 0, 0,
                 std::string(routine) + " at IRQL " + std::to_string(irql) +
                     (timeout == nullptr ? " with an infinite timeout"
                                         : " with a nonzero timeout") +
                     ": a thread may only block at IRQL <= APC_LEVEL (use a zero timeout to poll at "
                     "DISPATCH_LEVEL)");
    }
}

NTSTATUS wait(const char* routine, ULONG count, PVOID const* objects, WAIT_TYPE waitType,
              PLARGE_INTEGER timeout) {
    checkWaitIrql(routine, timeout);
    Dispatcher& d = dispatcher();
    Waiter w;
    w.objects = objects;
    w.count = count;
    w.waitType = waitType;
    w.thread = currentKThread();

    platform::UniqueLock lock(d.lock);
    if (!trySatisfy(w)) {
        if (timeout != nullptr && timeout->QuadPart == 0) return STATUS_TIMEOUT;
        const bool infinite = timeout == nullptr;
        const int64_t deadline = infinite ? 0 : deadlineFromInterval(timeout->QuadPart);
        d.waiters.push_back(&w);
        for (ULONG i = 0; i < count; ++i) {
            if (isEvent(header(objects[i]))) signalState(header(objects[i])).fetch_or(kEventWaitersBit);
        }
        if (trySatisfy(w)) {
            // Signaled by a KeSetEvent that saw no waiter and so did not take the lock.
            d.waiters.remove(&w);
        }
        while (!w.satisfied) {
            if (infinite) {
                w.wake.wait(lock);
            } else if (!w.wake.waitUntil(lock, deadline) && !w.satisfied) {
                d.waiters.remove(&w);
                return STATUS_TIMEOUT;
            }
        }
    }
    lock.unlock();
    noteMutexAcquisitions(w);
    return w.result;
}

}  // namespace

int64_t deadlineFromInterval(LONGLONG interval) {
    const int64_t now = platform::monotonicNow100ns();
    if (interval < 0) return now - interval;
    return now + (interval - platform::systemTime100ns());
}

void signalTimer(PKTIMER timer) {
    Dispatcher& d = dispatcher();
    platform::LockGuard lock(d.lock);
    signalState(&timer->Header).store(1);
    releaseSatisfiedWaiters(d);
}

void resetTimerSignal(PKTIMER timer) {
    platform::LockGuard lock(dispatcher().lock);
    signalState(&timer->Header).store(0);
}

}  // namespace ntos

using namespace ntos;

extern "C" {

// ---- events

VOID NTAPI KeInitializeEvent(PRKEVENT Event, EVENT_TYPE Type, BOOLEAN State) {
    initHeader(&Event->Header,
               Type == SynchronizationEvent ? dispatcher_type::SynchronizationEvent
                                            : dispatcher_type::NotificationEvent,
               State ? 1 : 0, sizeof(KEVENT));
}

LONG NTAPI KeSetEvent(PRKEVENT Event, KPRIORITY Increment, BOOLEAN Wait) {
    (void)Increment;
    (void)Wait;
    Dispatcher& d = dispatcher();
    std::atomic_ref<LONG> state = signalState(&Event->Header);
    LONG word = state.load();
    while ((word & kEventWaitersBit) == 0) {
        // Nobody to wake: publish the signal and touch the event no more.
        if (state.compare_exchange_weak(word, 1)) return word;
    }
    platform::LockGuard lock(d.lock);
    const LONG previous = eventState(state.fetch_or(1));
    releaseSatisfiedWaiters(d);
    if (!anyWaiterNames(d, &Event->Header)) state.fetch_and(~kEventWaitersBit);
    return previous;
}

// Resetting wakes nobody: no lock. A wait satisfied at the same moment is ordered before
// the reset, as on Windows, where KeClearEvent does not take the dispatcher lock either.
LONG NTAPI KeResetEvent(PRKEVENT Event) { return eventState(signalState(&Event->Header).fetch_and(kEventWaitersBit)); }

VOID NTAPI KeClearEvent(PRKEVENT Event) { signalState(&Event->Header).fetch_and(kEventWaitersBit); }

LONG NTAPI KeReadStateEvent(PRKEVENT Event) { return eventState(signalState(&Event->Header).load()); }

LONG NTAPI KePulseEvent(PRKEVENT Event, KPRIORITY Increment, BOOLEAN Wait) {
    (void)Increment;
    (void)Wait;
    Dispatcher& d = dispatcher();
    platform::LockGuard lock(d.lock);
    const LONG previous = eventState(signalState(&Event->Header).fetch_or(1));
    releaseSatisfiedWaiters(d);
    signalState(&Event->Header).fetch_and(kEventWaitersBit);
    return previous;
}

// ---- semaphores

VOID NTAPI KeInitializeSemaphore(PRKSEMAPHORE Semaphore, LONG Count, LONG Limit) {
    initHeader(&Semaphore->Header, dispatcher_type::Semaphore, Count, sizeof(KSEMAPHORE));
    Semaphore->Limit = Limit;
}

LONG NTAPI KeReleaseSemaphore(PRKSEMAPHORE Semaphore, KPRIORITY Increment, LONG Adjustment, BOOLEAN Wait) {
    (void)Increment;
    (void)Wait;
    Dispatcher& d = dispatcher();
    platform::UniqueLock lock(d.lock);
    LONG previous = signalState(&Semaphore->Header).load();
    if (Adjustment <= 0 || previous > Semaphore->Limit - Adjustment) {
        lock.unlock();
        bugCheck(0x1E /* KMODE_EXCEPTION_NOT_HANDLED */, static_cast<ULONG_PTR>(STATUS_SEMAPHORE_LIMIT_EXCEEDED),
                 reinterpret_cast<ULONG_PTR>(Semaphore), static_cast<ULONG_PTR>(previous),
                 static_cast<ULONG_PTR>(Adjustment),
                 "KeReleaseSemaphore: count " + std::to_string(previous) + " + adjustment " +
                     std::to_string(Adjustment) + " exceeds the limit " + std::to_string(Semaphore->Limit) +
                     " (STATUS_SEMAPHORE_LIMIT_EXCEEDED)");
    }
    signalState(&Semaphore->Header).store(previous + Adjustment);
    releaseSatisfiedWaiters(d);
    return previous;
}

LONG NTAPI KeReadStateSemaphore(PRKSEMAPHORE Semaphore) { return signalState(&Semaphore->Header).load(); }

// ---- mutexes

VOID NTAPI KeInitializeMutex(PRKMUTEX Mutex, ULONG Level) {
    (void)Level;
    initHeader(&Mutex->Header, dispatcher_type::Mutant, 1, sizeof(KMUTEX));
    Mutex->OwnerThread = nullptr;
}

LONG NTAPI KeReleaseMutex(PRKMUTEX Mutex, BOOLEAN Wait) {
    (void)Wait;
    Dispatcher& d = dispatcher();
    platform::UniqueLock lock(d.lock);
    PKTHREAD me = currentKThread();
    if (Mutex->OwnerThread != me) {
        PKTHREAD owner = Mutex->OwnerThread;
        lock.unlock();
        bugCheck(bugcode::ThreadNotMutexOwner, reinterpret_cast<ULONG_PTR>(Mutex),
                 reinterpret_cast<ULONG_PTR>(owner), reinterpret_cast<ULONG_PTR>(me), 0,
                 std::string("KeReleaseMutex by a thread that does not own the mutex") +
                     (owner == nullptr ? " (it is not owned)" : ""));
    }
    LONG previous = signalState(&Mutex->Header).fetch_add(1);
    if (previous + 1 > 0) {
        Mutex->OwnerThread = nullptr;
        releaseSatisfiedWaiters(d);
    }
    lock.unlock();
    if (currentThread().criticalRegionDepth > 0) --currentThread().criticalRegionDepth;
    return previous;
}

LONG NTAPI KeReadStateMutex(PRKMUTEX Mutex) { return signalState(&Mutex->Header).load(); }

// ---- waits

NTSTATUS NTAPI KeWaitForSingleObject(PVOID Object, KWAIT_REASON WaitReason, KPROCESSOR_MODE WaitMode,
                                     BOOLEAN Alertable, PLARGE_INTEGER Timeout) {
    (void)WaitReason;
    (void)WaitMode;
    (void)Alertable;
    PVOID objects[1] = {Object};
    return wait("KeWaitForSingleObject", 1, objects, WaitAny, Timeout);
}

NTSTATUS NTAPI KeWaitForMultipleObjects(ULONG Count, PVOID Object[], WAIT_TYPE WaitType, KWAIT_REASON WaitReason,
                                        KPROCESSOR_MODE WaitMode, BOOLEAN Alertable, PLARGE_INTEGER Timeout,
                                        PKWAIT_BLOCK WaitBlockArray) {
    (void)WaitReason;
    (void)WaitMode;
    (void)Alertable;
    if (Count == 0 || Count > MAXIMUM_WAIT_OBJECTS || (Count > THREAD_WAIT_OBJECTS && WaitBlockArray == nullptr)) {
        bugCheck(0x0C /* MAXIMUM_WAIT_OBJECTS_EXCEEDED */, Count, 0, 0, 0,
                 "KeWaitForMultipleObjects with " + std::to_string(Count) +
                     " objects (at most THREAD_WAIT_OBJECTS without a WaitBlockArray, at most "
                     "MAXIMUM_WAIT_OBJECTS with one)");
    }
    return wait("KeWaitForMultipleObjects", Count, Object, WaitType, Timeout);
}

NTSTATUS NTAPI KeDelayExecutionThread(KPROCESSOR_MODE WaitMode, BOOLEAN Alertable, PLARGE_INTEGER Interval) {
    (void)WaitMode;
    (void)Alertable;
    KIRQL irql = currentThread().irql;
    if (irql > APC_LEVEL) {
        bugCheck(bugcode::IrqlNotLessOrEqual, 0, irql, 0, 0,
                 "KeDelayExecutionThread at IRQL " + std::to_string(irql) + "; it requires IRQL <= APC_LEVEL");
    }
    const int64_t deadline = deadlineFromInterval(Interval->QuadPart);
    for (int64_t now = platform::monotonicNow100ns(); now < deadline; now = platform::monotonicNow100ns()) {
        platform::sleepFor100ns(deadline - now);
    }
    return STATUS_SUCCESS;
}

}  // extern "C"
