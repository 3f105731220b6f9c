// Internal state of one ntos::Kernel, shared by the files that implement its parts
// (DPC processors, timer thread, workers, pool). For the simulated kernel (src/ntos) only;
// drivers and the framework use the WDM routines.
#pragma once

#include "ntos/ex/pool_registry.h"
#include "ntos/ke/kernel.h"
#include "ntos/platform/platform.h"

#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace ntos {

// One simulated CPU: a DPC queue drained by its DPC thread ("dpc/N").
// queue/busy/stopping are guarded by dpcQueueLock().
struct Processor {
    unsigned number = 0;
    std::deque<PKDPC> queue;
    bool busy = false;  // a DPC routine is running now
    bool stopping = false;
    uint64_t idleGeneration = 0;  // bumped each time the queue is found empty and idle
    platform::ConditionVariable wake;
    platform::ConditionVariable idle;
    platform::Thread thread;
};

struct KernelCore {
    explicit KernelCore(KernelConfig cfg) : config(std::move(cfg)) {}

    Kernel* self = nullptr;
    KernelConfig config;
    std::atomic<void*> owner{nullptr};
    platform::Mutex lifecycleLock;
    bool started = false;  // guarded by lifecycleLock
    bool stopped = false;
    std::atomic<bool> running{false};  // between start() and stop(): the threads exist

    // DPC processors. The vector is fixed at construction.
    std::vector<std::unique_ptr<Processor>> processors;
    std::atomic<unsigned> nextProcessor{0};

    // Timer queue ordered by monotonic deadline; guarded by timerQueueLock().
    std::multimap<int64_t, PKTIMER> timerQueue;
    bool timerStopping = false;
    platform::ConditionVariable timerWake;
    platform::Thread timerThread;

    // System worker threads.
    platform::Mutex workLock;
    platform::ConditionVariable workWake;
    platform::ConditionVariable workIdle;
    std::deque<std::function<void()>> work;
    size_t workActive = 0;
    bool workStopping = false;
    std::vector<platform::Thread> workers;

    PoolTrackerForKernel pool{this};
    platform::Mutex logLock;
};

struct KernelAccess {
    static KernelCore& of(Kernel& kernel);
};

// The current thread's kernel, or a bug check naming `routine` when there is none.
// Thread: any, any IRQL.
KernelCore& requireKernel(const char* routine);

// DPC machinery (dpc.cpp).
platform::Mutex& dpcQueueLock();
void runDpcProcessor(KernelCore& core, Processor& processor);
// Waits until every processor was idle once. Thread: not a DPC thread, PASSIVE_LEVEL.
void drainDpcs(KernelCore& core);
// Queues a DPC on `core`; FALSE when already queued. Thread: any, IRQL <= HIGH_LEVEL.
BOOLEAN queueDpc(KernelCore& core, PKDPC dpc, PVOID arg1, PVOID arg2);

// Timer machinery (timer.cpp).
platform::Mutex& timerQueueLock();
void runTimerThread(KernelCore& core);
void cancelAllTimers(KernelCore& core);

}  // namespace ntos
