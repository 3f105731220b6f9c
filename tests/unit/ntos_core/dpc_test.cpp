#include "kernel_fixture.h"

#include <string>

using namespace ntos_test;

namespace {

class DpcTest : public KernelTest {};

struct Observation {
    std::atomic<int> runs{0};
    KIRQL irql = 0xFF;
    std::string threadName;
    ULONG processor = 99;
    PVOID arg1 = nullptr;
    PVOID arg2 = nullptr;
    KEVENT done;
};

VOID observe(PKDPC, PVOID context, PVOID arg1, PVOID arg2) {
    auto* o = static_cast<Observation*>(context);
    o->irql = KeGetCurrentIrql();
    o->threadName = ntos::currentThread().name != nullptr ? ntos::currentThread().name : "";
    o->processor = KeGetCurrentProcessorNumber();
    o->arg1 = arg1;
    o->arg2 = arg2;
    ++o->runs;
    KeSetEvent(&o->done, 0, FALSE);
}

// Holds processor `number` inside a DPC until released, so DPCs queue up behind it.
class ProcessorBlocker {
public:
    explicit ProcessorBlocker(CCHAR number) {
        KeInitializeDpc(&dpc_, &ProcessorBlocker::run, this);
        KeSetTargetProcessorDpc(&dpc_, number);
        KeInsertQueueDpc(&dpc_, nullptr, nullptr);
        while (!running_.load()) ntos::platform::yieldProcessor();
    }
    ~ProcessorBlocker() {
        release();
        while (!finished_.load()) ntos::platform::yieldProcessor();
    }
    ProcessorBlocker(const ProcessorBlocker&) = delete;
    ProcessorBlocker& operator=(const ProcessorBlocker&) = delete;
    void release() { released_.store(true); }

private:
    static VOID run(PKDPC, PVOID context, PVOID, PVOID) {
        auto* self = static_cast<ProcessorBlocker*>(context);
        self->running_.store(true);
        while (!self->released_.load()) ntos::platform::yieldProcessor();
        self->finished_.store(true);
    }
    KDPC dpc_;
    std::atomic<bool> running_{false};
    std::atomic<bool> released_{false};
    std::atomic<bool> finished_{false};
};

TEST_F(DpcTest, RunsAtDispatchLevelOnADpcThreadWithItsArguments) {
    Observation o;
    KeInitializeEvent(&o.done, NotificationEvent, FALSE);
    KDPC dpc;
    KeInitializeDpc(&dpc, observe, &o);
    EXPECT_TRUE(KeInsertQueueDpc(&dpc, reinterpret_cast<PVOID>(0x11), reinterpret_cast<PVOID>(0x22)));
    ASSERT_EQ(KeWaitForSingleObject(&o.done, Executive, KernelMode, FALSE, nullptr), STATUS_SUCCESS);
    EXPECT_EQ(o.irql, DISPATCH_LEVEL);
    EXPECT_EQ(o.threadName, "dpc");
    EXPECT_EQ(o.arg1, reinterpret_cast<PVOID>(0x11));
    EXPECT_EQ(o.arg2, reinterpret_cast<PVOID>(0x22));
    EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL) << "the inserting thread is unaffected";
}

TEST_F(DpcTest, HonorsTheTargetProcessor) {
    for (CCHAR target : {CCHAR{1}, CCHAR{0}}) {
        Observation o;
        KeInitializeEvent(&o.done, NotificationEvent, FALSE);
        KDPC dpc;
        KeInitializeDpc(&dpc, observe, &o);
        KeSetTargetProcessorDpc(&dpc, target);
        KeInsertQueueDpc(&dpc, nullptr, nullptr);
        KeWaitForSingleObject(&o.done, Executive, KernelMode, FALSE, nullptr);
        EXPECT_EQ(o.processor, static_cast<ULONG>(target));
    }
}

TEST_F(DpcTest, InsertingAQueuedDpcReturnsFalseAndItRunsOnce) {
    ProcessorBlocker blocker(0);
    Observation o;
    KeInitializeEvent(&o.done, NotificationEvent, FALSE);
    KDPC dpc;
    KeInitializeDpc(&dpc, observe, &o);
    KeSetTargetProcessorDpc(&dpc, 0);
    EXPECT_TRUE(KeInsertQueueDpc(&dpc, nullptr, nullptr));
    EXPECT_FALSE(KeInsertQueueDpc(&dpc, nullptr, nullptr));
    blocker.release();
    KeFlushQueuedDpcs();
    EXPECT_EQ(o.runs.load(), 1);
}

ntos::platform::Mutex orderLock;
std::vector<int> order;

VOID record(PKDPC, PVOID context, PVOID, PVOID) {
    ntos::platform::LockGuard guard(orderLock);
    order.push_back(static_cast<int>(reinterpret_cast<intptr_t>(context)));
}

TEST_F(DpcTest, HighImportanceGoesToTheFrontOfTheQueue) {
    order.clear();
    ProcessorBlocker blocker(0);
    KDPC low, medium, high;
    KeInitializeDpc(&low, record, reinterpret_cast<PVOID>(1));
    KeInitializeDpc(&medium, record, reinterpret_cast<PVOID>(2));
    KeInitializeDpc(&high, record, reinterpret_cast<PVOID>(3));
    KeSetImportanceDpc(&low, LowImportance);
    KeSetImportanceDpc(&high, HighImportance);
    for (PKDPC dpc : {&low, &medium, &high}) {
        KeSetTargetProcessorDpc(dpc, 0);
        KeInsertQueueDpc(dpc, nullptr, nullptr);
    }
    blocker.release();
    KeFlushQueuedDpcs();
    EXPECT_EQ(order, (std::vector<int>{3, 1, 2}));
}

TEST_F(DpcTest, RemoveQueueDpcDequeuesAndReportsWhetherItWasQueued) {
    ProcessorBlocker blocker(1);
    Observation o;
    KeInitializeEvent(&o.done, NotificationEvent, FALSE);
    KDPC dpc;
    KeInitializeDpc(&dpc, observe, &o);
    KeSetTargetProcessorDpc(&dpc, 1);
    EXPECT_FALSE(KeRemoveQueueDpc(&dpc));
    KeInsertQueueDpc(&dpc, nullptr, nullptr);
    EXPECT_TRUE(KeRemoveQueueDpc(&dpc));
    EXPECT_FALSE(KeRemoveQueueDpc(&dpc));
    blocker.release();
    KeFlushQueuedDpcs();
    EXPECT_EQ(o.runs.load(), 0);
}

struct Chain {
    KDPC second;
    Observation o;
    ULONG firstProcessor = 99;
};

VOID queueSecond(PKDPC, PVOID context, PVOID, PVOID) {
    auto* chain = static_cast<Chain*>(context);
    chain->firstProcessor = KeGetCurrentProcessorNumber();
    KeInsertQueueDpc(&chain->second, nullptr, nullptr);
}

TEST_F(DpcTest, ADpcInsertedFromADpcRunsOnTheSameProcessor) {
    for (CCHAR target : {CCHAR{0}, CCHAR{1}}) {
        Chain chain;
        KeInitializeEvent(&chain.o.done, NotificationEvent, FALSE);
        KeInitializeDpc(&chain.second, observe, &chain.o);
        KDPC first;
        KeInitializeDpc(&first, queueSecond, &chain);
        KeSetTargetProcessorDpc(&first, target);
        KeInsertQueueDpc(&first, nullptr, nullptr);
        KeWaitForSingleObject(&chain.o.done, Executive, KernelMode, FALSE, nullptr);
        EXPECT_EQ(chain.firstProcessor, static_cast<ULONG>(target));
        EXPECT_EQ(chain.o.processor, static_cast<ULONG>(target));
    }
}

VOID slow(PKDPC, PVOID context, PVOID, PVOID) {
    KeStallExecutionProcessor(20'000);
    static_cast<std::atomic<int>*>(context)->fetch_add(1);
}

TEST_F(DpcTest, FlushQueuedDpcsWaitsForEveryQueuedDpc) {
    std::atomic<int> done{0};
    KDPC dpcs[4];
    for (auto& dpc : dpcs) {
        KeInitializeDpc(&dpc, slow, &done);
        KeInsertQueueDpc(&dpc, nullptr, nullptr);
    }
    KeFlushQueuedDpcs();
    EXPECT_EQ(done.load(), 4);
}

TEST_F(DpcTest, StopRunsTheDpcsStillQueued) {
    std::atomic<int> done{0};
    KDPC dpcs[4];
    for (auto& dpc : dpcs) {
        KeInitializeDpc(&dpc, slow, &done);
        KeInsertQueueDpc(&dpc, nullptr, nullptr);
    }
    kernel().stop();
    EXPECT_EQ(done.load(), 4);
}

}  // namespace
