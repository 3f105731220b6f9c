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

namespace {

TEST_F(WorkTest, WorkItemReturningAtRaisedIrqlBugChecks) {
    EXPECT_DEATH(
        {
            kernel().queueWork([] { KeRaiseIrqlToDpcLevel(); });
            ntos::platform::sleepFor100ns(2'000 * 10'000);
        },
        "WORKER_THREAD_RETURNED_AT_BAD_IRQL");
}

VOID lowerInDpc(PKDPC, PVOID, PVOID, PVOID) { KeLowerIrql(PASSIVE_LEVEL); }

TEST_F(WorkTest, DpcReturningBelowDispatchLevelBugChecks) {
    EXPECT_DEATH(
        {
            KDPC dpc;
            KeInitializeDpc(&dpc, lowerInDpc, nullptr);
            KeInsertQueueDpc(&dpc, nullptr, nullptr);
            ntos::platform::sleepFor100ns(2'000 * 10'000);
        },
        "IRQL_UNEXPECTED_VALUE: a DPC routine returned at IRQL 0");
}

TEST_F(WorkTest, StoppingTheKernelFromItsOwnThreadBugChecks) {
    EXPECT_DEATH(
        {
            kernel().queueWork([this] { kernel().stop(); });
            ntos::platform::sleepFor100ns(2'000 * 10'000);
        },
        "OPENKMDF_KERNEL_MISUSE: Kernel::stop called on the kernel's own worker thread");
}

}  // namespace

namespace {

KSPIN_LOCK leakedLock;

VOID leakSpinLock(PKDPC, PVOID, PVOID, PVOID) { KeAcquireSpinLockAtDpcLevel(&leakedLock); }

TEST_F(WorkTest, DpcReturningWithASpinLockHeldBugChecks) {
    KeInitializeSpinLock(&leakedLock);
    EXPECT_DEATH(
        {
            KDPC dpc;
            KeInitializeDpc(&dpc, leakSpinLock, nullptr);
            KeInsertQueueDpc(&dpc, nullptr, nullptr);
            ntos::platform::sleepFor100ns(2'000 * 10'000);
        },
        "DRIVER_VERIFIER_DETECTED_VIOLATION: a DPC routine returned holding 1 spin lock");
}

}  // namespace
