#include "kernel_fixture.h"

using namespace ntos_test;

namespace {

class WorkTest : public KernelTest {};

struct WorkObservation {
    KEVENT done;
    KIRQL irql = 0xFF;
    std::string threadName;
    WORK_QUEUE_ITEM item;
};

VOID observeWork(PVOID parameter) {
    auto* o = static_cast<WorkObservation*>(parameter);
    o->irql = KeGetCurrentIrql();
    o->threadName = ntos::currentThread().name != nullptr ? ntos::currentThread().name : "";
    KeSetEvent(&o->done, 0, FALSE);
}

TEST_F(WorkTest, ExQueueWorkItemRunsAtPassiveLevelOnAWorkerThread) {
    WorkObservation o;
    KeInitializeEvent(&o.done, NotificationEvent, FALSE);
    ExInitializeWorkItem(&o.item, observeWork, &o);
    KIRQL old = KeRaiseIrqlToDpcLevel();  // queuing at DISPATCH_LEVEL is allowed
    ExQueueWorkItem(&o.item, DelayedWorkQueue);
    KeLowerIrql(old);
    ASSERT_EQ(KeWaitForSingleObject(&o.done, Executive, KernelMode, FALSE, nullptr), STATUS_SUCCESS);
    EXPECT_EQ(o.irql, PASSIVE_LEVEL);
    EXPECT_EQ(o.threadName, "worker");
}

class SingleWorkerTest : public KernelTest {
protected:
    unsigned workerCount() const override { return 1; }
};

TEST_F(SingleWorkerTest, QueueWorkRunsInFifoOrder) {
    std::vector<int> order;
    KEVENT done;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    for (int i = 0; i < 5; ++i) kernel().queueWork([&order, i] { order.push_back(i); });
    kernel().queueWork([&done] { KeSetEvent(&done, 0, FALSE); });
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, nullptr);
    EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4}));
}

VOID queueWorkFromDpc(PKDPC, PVOID context, PVOID, PVOID) {
    auto* count = static_cast<std::atomic<int>*>(context);
    ntos::Kernel::current()->queueWork([count] {
        KeStallExecutionProcessor(1000);
        count->fetch_add(1);
    });
}

TEST_F(WorkTest, StopDrainsWorkQueuedByDpcs) {
    std::atomic<int> count{0};
    KDPC dpcs[10];
    for (auto& dpc : dpcs) {
        KeInitializeDpc(&dpc, queueWorkFromDpc, &count);
        KeInsertQueueDpc(&dpc, nullptr, nullptr);
    }
    for (int i = 0; i < 10; ++i) {
        kernel().queueWork([&count] {
            KeStallExecutionProcessor(1000);
            count.fetch_add(1);
        });
    }
    kernel().stop();
    EXPECT_EQ(count.load(), 20);
}

TEST_F(WorkTest, FastMutexRaisesToApcLevelAndExcludes) {
    FAST_MUTEX mutex;
    ExInitializeFastMutex(&mutex);
    ExAcquireFastMutex(&mutex);
    EXPECT_EQ(KeGetCurrentIrql(), APC_LEVEL);
    BOOLEAN acquiredElsewhere = TRUE;
    ntos::platform::Thread("other", [&] { acquiredElsewhere = ExTryToAcquireFastMutex(&mutex); }).join();
    EXPECT_FALSE(acquiredElsewhere);
    ExReleaseFastMutex(&mutex);
    EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);

    long long counter = 0;
    auto work = [&] {
        for (int i = 0; i < 20000; ++i) {
            ExAcquireFastMutex(&mutex);
            counter = counter + 1;
            ExReleaseFastMutex(&mutex);
        }
    };
    {
        ntos::platform::Thread a("a", work);
        ntos::platform::Thread b("b", work);
    }
    EXPECT_EQ(counter, 40000);
}

TEST_F(WorkTest, RecursiveFastMutexAcquireBugChecks) {
    FAST_MUTEX mutex;
    ExInitializeFastMutex(&mutex);
    EXPECT_DEATH(
        {
            ExAcquireFastMutex(&mutex);
            ExAcquireFastMutex(&mutex);
        },
        "MUTEX_ALREADY_OWNED");
}

}  // namespace
