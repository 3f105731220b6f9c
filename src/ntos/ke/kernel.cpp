#include "ntos/ke/kernel.h"

#include "ntos/ke/bug_check.h"
#include "ntos/ke/kernel_core.h"
#include "ntos/ke/thread_state.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace ntos {

struct Kernel::Impl : KernelCore {
    explicit Impl(KernelConfig cfg) : KernelCore(std::move(cfg)) {}
};

KernelCore& KernelAccess::of(Kernel& kernel) { return *kernel.impl_; }

KernelCore& requireKernel(const char* routine) {
    Kernel* kernel = Kernel::current();
    if (kernel == nullptr) {
        bugCheck(bugcode::KernelMisuse, 0, 0, 0, 0,
                 std::string(routine) +
                     " was called on a thread with no current kernel (create an ntos::Kernel or "
                     "System and hold a ThreadScope on this thread)");
    }
    return KernelAccess::of(*kernel);
}

Kernel::Kernel(KernelConfig config) : impl_(std::make_unique<Impl>(std::move(config))) {
    impl_->self = this;
    if (impl_->config.processorCount == 0) impl_->config.processorCount = 1;
    if (impl_->config.workerThreadCount == 0) impl_->config.workerThreadCount = 1;
    for (unsigned i = 0; i < impl_->config.processorCount; ++i) {
        auto processor = std::make_unique<Processor>();
        processor->number = i;
        impl_->processors.push_back(std::move(processor));
    }
}

Kernel::~Kernel() { stop(); }

void Kernel::start() {
    KernelCore& core = *impl_;
    platform::LockGuard guard(core.lifecycleLock);
    if (core.started) return;
    core.started = true;
    core.running.store(true);
    for (auto& processor : core.processors) {
        Processor* p = processor.get();
        p->thread = platform::Thread("dpc/" + std::to_string(p->number), [&core, p] {
            ThreadState& state = currentThread();
            state.kernel = core.self;
            state.processor = static_cast<int>(p->number);
            state.name = "dpc";
            runDpcProcessor(core, *p);
        });
    }
    core.timerThread = platform::Thread("timer", [&core] {
        ThreadState& state = currentThread();
        state.kernel = core.self;
        state.name = "timer";
        runTimerThread(core);
    });
    for (unsigned i = 0; i < core.config.workerThreadCount; ++i) {
        core.workers.emplace_back("worker/" + std::to_string(i), [&core] {
            ThreadState& state = currentThread();
            state.kernel = core.self;
            state.name = "worker";
            for (;;) {
                std::function<void()> item;
                {
                    platform::UniqueLock lock(core.workLock);
                    core.workWake.wait(lock, [&] { return core.workStopping || !core.work.empty(); });
                    if (core.work.empty()) return;  // stopping and drained
                    item = std::move(core.work.front());
                    core.work.pop_front();
                    ++core.workActive;
                }
                item();
                if (state.irql != PASSIVE_LEVEL) {
                    ntos::bugCheck(bugcode::WorkerThreadReturnedAtBadIrql, 0, state.irql, 0, 0,
                             "a work item returned at IRQL " + std::to_string(state.irql) +
                                 " (it must return at PASSIVE_LEVEL)");
                }
                platform::LockGuard lock(core.workLock);
                --core.workActive;
                if (core.work.empty() && core.workActive == 0) core.workIdle.notifyAll();
            }
        });
    }
}

namespace {

void waitWorkIdle(KernelCore& core) {
    platform::UniqueLock lock(core.workLock);
    core.workIdle.wait(lock, [&] { return core.work.empty() && core.workActive == 0; });
}

bool everythingIdle(KernelCore& core) {
    {
        platform::LockGuard lock(dpcQueueLock());
        for (auto& p : core.processors) {
            if (p->busy || !p->queue.empty()) return false;
        }
    }
    platform::LockGuard lock(core.workLock);
    return core.work.empty() && core.workActive == 0;
}

}  // namespace

void Kernel::stop() {
    KernelCore& core = *impl_;
    const ThreadState& caller = currentThread();
    if (caller.kernel == this && caller.name != nullptr) {
        ntos::bugCheck(bugcode::KernelMisuse, 0, 0, 0, 0,
                       std::string("Kernel::stop called on the kernel's own ") + caller.name +
                           " thread (it would wait for itself); stop the kernel from a thread it did not create");
    }
    platform::LockGuard guard(core.lifecycleLock);
    if (!core.started || core.stopped) return;
    core.stopped = true;
    core.running.store(false);

    {
        platform::LockGuard lock(timerQueueLock());
        core.timerStopping = true;
        core.timerWake.notifyAll();
    }
    core.timerThread.join();
    cancelAllTimers(core);

    // DPCs may queue work and work may queue DPCs: drain both until both are quiet.
    do {
        drainDpcs(core);
        waitWorkIdle(core);
    } while (!everythingIdle(core));

    {
        platform::LockGuard lock(dpcQueueLock());
        for (auto& p : core.processors) {
            p->stopping = true;
            p->wake.notifyAll();
        }
    }
    for (auto& p : core.processors) p->thread.join();
    {
        platform::LockGuard lock(core.workLock);
        core.workStopping = true;
        core.workWake.notifyAll();
    }
    for (auto& worker : core.workers) worker.join();
    core.workers.clear();
}

unsigned Kernel::processorCount() const { return static_cast<unsigned>(impl_->processors.size()); }

PoolTracker& Kernel::pool() { return impl_->pool; }

void Kernel::queueWork(std::function<void()> work) {
    KernelCore& core = *impl_;
    platform::LockGuard lock(core.workLock);
    if (core.workStopping) {
        log("ntos: a work item was queued after the kernel stopped; it will not run");
        return;
    }
    core.work.push_back(std::move(work));
    core.workWake.notifyOne();
}

void Kernel::log(std::string_view line) {
    KernelCore& core = *impl_;
    platform::LockGuard lock(core.logLock);
    if (core.config.logSink) {
        core.config.logSink(line);
    } else {
        std::fprintf(stderr, "%.*s\n", static_cast<int>(line.size()), line.data());
        std::fflush(stderr);
    }
}

void Kernel::setOwner(void* owner) { impl_->owner.store(owner); }
void* Kernel::owner() const { return impl_->owner.load(); }

Kernel* Kernel::current() { return currentThread().kernel; }

Kernel::ThreadScope::ThreadScope(Kernel& kernel) : previous_(currentThread().kernel) {
    currentThread().kernel = &kernel;
}

Kernel::ThreadScope::~ThreadScope() { currentThread().kernel = previous_; }

}  // namespace ntos
