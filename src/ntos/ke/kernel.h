// ntos::Kernel: the kernel substrate of one System — simulated processors (one DPC
// thread each), the timer thread, system worker threads, the pool tracker, the log
// and the bug-check path. The WDM routines (KeInsertQueueDpc, ExAllocatePool2, ...)
// find it through Kernel::current(), which is set on every thread it creates and
// inside Kernel::ThreadScope.
#pragma once

#include <ntddk.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ntos {

// One bug check (KeBugCheckEx or a framework verifier report).
struct BugCheckReport {
    ULONG code = 0;
    ULONG_PTR parameters[4] = {};
    std::string text;  // human-readable: what was violated, the DDI, the driver
    // Filled in by the kernel when the report is raised:
    std::string name;            // documented name of the code, e.g. "BAD_POOL_CALLER"
    KIRQL irql = 0;              // IRQL of the bug-checking thread
    std::string thread;          // that thread: "dpc/0", "worker", "timer" or "thread <id>"
};

struct KernelConfig {
    unsigned processorCount = 2;
    unsigned workerThreadCount = 2;
    std::function<void(std::string_view)> logSink;                  // default: stderr
    std::function<void(const BugCheckReport&)> bugCheckHandler;      // default: log it
};

// One outstanding pool allocation.
struct PoolAllocation {
    const void* address = nullptr;
    size_t size = 0;
    ULONG tag = 0;
    const void* caller = nullptr;  // return address of the allocating call
};

class PoolTracker {
public:
    virtual ~PoolTracker() = default;
    // Thread: any, any IRQL.
    virtual std::vector<PoolAllocation> outstanding() const = 0;
    // Allocations whose caller address lies in [begin, end): a driver module's image.
    virtual std::vector<PoolAllocation> outstandingFromRange(uintptr_t begin, uintptr_t end) const = 0;
};

class Kernel {
public:
    explicit Kernel(KernelConfig config);
    ~Kernel();  // stop() if still running
    Kernel(const Kernel&) = delete;
    Kernel& operator=(const Kernel&) = delete;

    // Starts the DPC threads (one per processor), the timer thread and the workers.
    void start();
    // Runs the queued DPCs and work items to completion, then joins all threads.
    void stop();

    unsigned processorCount() const;
    PoolTracker& pool();

    // Runs `work` on a system worker thread at PASSIVE_LEVEL (FIFO per kernel).
    // Thread: any, IRQL <= DISPATCH_LEVEL.
    void queueWork(std::function<void()> work);

    // Thread: any, any IRQL.
    void log(std::string_view line);
    // Reports and aborts the process. Thread: any, any IRQL.
    [[noreturn]] void bugCheck(const BugCheckReport& report);

    // The object that owns this kernel (the ntos::System), for code that needs it from
    // a kernel thread.
    void setOwner(void* owner);
    void* owner() const;

    static Kernel* current();
    class ThreadScope {
    public:
        explicit ThreadScope(Kernel& kernel);
        ~ThreadScope();
        ThreadScope(const ThreadScope&) = delete;
        ThreadScope& operator=(const ThreadScope&) = delete;

    private:
        Kernel* previous_;
    };

private:
    friend struct KernelAccess;  // the ke/ex files reach the internals (kernel_core.h)
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Bug-checks through the current kernel (or prints and aborts if there is none).
[[noreturn]] void bugCheck(ULONG code, ULONG_PTR p1, ULONG_PTR p2, ULONG_PTR p3, ULONG_PTR p4,
                           std::string_view text);

}  // namespace ntos
