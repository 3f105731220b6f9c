#include "kernel_fixture.h"

using namespace ntos_test;

namespace {

class DispatcherTest : public KernelTest {};

NTSTATUS poll(PVOID object) {
    LARGE_INTEGER zero;
    zero.QuadPart = 0;
    return KeWaitForSingleObject(object, Executive, KernelMode, FALSE, &zero);
}

TEST_F(DispatcherTest, NotificationEventSetResetAndReturnValues) {
    KEVENT event;
    KeInitializeEvent(&event, NotificationEvent, FALSE);
    EXPECT_EQ(KeReadStateEvent(&event), 0);
    EXPECT_EQ(poll(&event), STATUS_TIMEOUT);
    EXPECT_EQ(KeSetEvent(&event, 0, FALSE), 0);
    EXPECT_EQ(KeSetEvent(&event, 0, FALSE), 1);
    EXPECT_EQ(poll(&event), STATUS_SUCCESS);
    EXPECT_EQ(poll(&event), STATUS_SUCCESS) << "a notification event stays signaled";
    EXPECT_EQ(KeResetEvent(&event), 1);
    EXPECT_EQ(KeResetEvent(&event), 0);
    EXPECT_EQ(poll(&event), STATUS_TIMEOUT);
    KeSetEvent(&event, 0, FALSE);
    KeClearEvent(&event);
    EXPECT_EQ(KeReadStateEvent(&event), 0);
}

TEST_F(DispatcherTest, SatisfiedWaitResetsSynchronizationEvent) {
    KEVENT event;
    KeInitializeEvent(&event, SynchronizationEvent, TRUE);
    EXPECT_EQ(KeReadStateEvent(&event), 1);
    EXPECT_EQ(KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, nullptr), STATUS_SUCCESS);
    EXPECT_EQ(KeReadStateEvent(&event), 0);
    EXPECT_EQ(poll(&event), STATUS_TIMEOUT);
}

TEST_F(DispatcherTest, RelativeTimeoutExpires) {
    KEVENT event;
    KeInitializeEvent(&event, NotificationEvent, FALSE);
    LARGE_INTEGER timeout = relativeMs(30);
    const int64_t start = nowMs();
    EXPECT_EQ(KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, &timeout), STATUS_TIMEOUT);
    EXPECT_GE(nowMs() - start, 29);
}

TEST_F(DispatcherTest, AbsoluteTimeoutExpires) {
    KEVENT event;
    KeInitializeEvent(&event, NotificationEvent, FALSE);
    LARGE_INTEGER deadline;
    KeQuerySystemTime(&deadline);
    deadline.QuadPart += 30 * 10'000;
    const int64_t start = nowMs();
    EXPECT_EQ(KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, &deadline), STATUS_TIMEOUT);
    EXPECT_GE(nowMs() - start, 28);
}

TEST_F(DispatcherTest, SynchronizationEventWakesExactlyOneWaiter) {
    KEVENT event;
    KeInitializeEvent(&event, SynchronizationEvent, FALSE);
    std::atomic<int> woken{0};
    std::vector<ntos::platform::Thread> threads;
    for (int i = 0; i < 3; ++i) {
        threads.emplace_back("waiter", [&] {
            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, nullptr);
            ++woken;
        });
    }
    KeSetEvent(&event, 0, FALSE);
    ASSERT_TRUE(eventually([&] { return woken.load() == 1; }));
    ntos::platform::sleepFor100ns(30 * 10'000);
    EXPECT_EQ(woken.load(), 1);
    EXPECT_EQ(KeReadStateEvent(&event), 0);
    KeSetEvent(&event, 0, FALSE);
    ASSERT_TRUE(eventually([&] { return woken.load() == 2; }));
    KeSetEvent(&event, 0, FALSE);
    ASSERT_TRUE(eventually([&] { return woken.load() == 3; }));
    for (auto& t : threads) t.join();
}

TEST_F(DispatcherTest, NotificationEventReleasesEveryWaiter) {
    KEVENT event;
    KeInitializeEvent(&event, NotificationEvent, FALSE);
    std::atomic<int> woken{0};
    std::vector<ntos::platform::Thread> threads;
    for (int i = 0; i < 3; ++i) {
        threads.emplace_back("waiter", [&] {
            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, nullptr);
            ++woken;
        });
    }
    KeSetEvent(&event, 0, FALSE);
    for (auto& t : threads) t.join();
    EXPECT_EQ(woken.load(), 3);
    EXPECT_EQ(KeReadStateEvent(&event), 1);
}

TEST_F(DispatcherTest, SemaphoreCountsUpToItsLimit) {
    KSEMAPHORE semaphore;
    KeInitializeSemaphore(&semaphore, 0, 2);
    EXPECT_EQ(poll(&semaphore), STATUS_TIMEOUT);
    EXPECT_EQ(KeReleaseSemaphore(&semaphore, 0, 1, FALSE), 0);
    EXPECT_EQ(KeReleaseSemaphore(&semaphore, 0, 1, FALSE), 1);
    EXPECT_EQ(KeReadStateSemaphore(&semaphore), 2);
    EXPECT_EQ(poll(&semaphore), STATUS_SUCCESS);
    EXPECT_EQ(poll(&semaphore), STATUS_SUCCESS);
    EXPECT_EQ(poll(&semaphore), STATUS_TIMEOUT);
    EXPECT_EQ(KeReadStateSemaphore(&semaphore), 0);
}

TEST_F(DispatcherTest, ReleasingASemaphoreBeyondItsLimitBugChecks) {
    KSEMAPHORE semaphore;
    KeInitializeSemaphore(&semaphore, 2, 2);
    EXPECT_DEATH(KeReleaseSemaphore(&semaphore, 0, 1, FALSE), "KMODE_EXCEPTION_NOT_HANDLED.*limit");
}

TEST_F(DispatcherTest, MutexIsRecursiveForItsOwnerAndExclusiveForOthers) {
    KMUTEX mutex;
    KeInitializeMutex(&mutex, 0);
    EXPECT_EQ(KeReadStateMutex(&mutex), 1);
    EXPECT_EQ(KeWaitForSingleObject(&mutex, Executive, KernelMode, FALSE, nullptr), STATUS_SUCCESS);
    EXPECT_EQ(KeWaitForSingleObject(&mutex, Executive, KernelMode, FALSE, nullptr), STATUS_SUCCESS);
    EXPECT_EQ(KeReadStateMutex(&mutex), -1);
    EXPECT_TRUE(KeAreApcsDisabled()) << "owning a mutex disables normal kernel APCs";

    NTSTATUS other = STATUS_PENDING;
    ntos::platform::Thread("other", [&] { other = poll(&mutex); }).join();
    EXPECT_EQ(other, STATUS_TIMEOUT);

    EXPECT_EQ(KeReleaseMutex(&mutex, FALSE), -1);
    EXPECT_EQ(KeReleaseMutex(&mutex, FALSE), 0);
    EXPECT_EQ(KeReadStateMutex(&mutex), 1);
    EXPECT_FALSE(KeAreApcsDisabled());

    ntos::platform::Thread("other", [&] {
        other = poll(&mutex);
        KeReleaseMutex(&mutex, FALSE);
    }).join();
    EXPECT_EQ(other, STATUS_SUCCESS);
}

TEST_F(DispatcherTest, ReleasingAMutexNotOwnedBugChecks) {
    KMUTEX mutex;
    KeInitializeMutex(&mutex, 0);
    EXPECT_DEATH(KeReleaseMutex(&mutex, FALSE), "THREAD_NOT_MUTEX_OWNER");
}

TEST_F(DispatcherTest, WaitAnyReturnsTheIndexOfTheSignaledObject) {
    KEVENT events[3];
    PVOID objects[3];
    for (int i = 0; i < 3; ++i) {
        KeInitializeEvent(&events[i], SynchronizationEvent, FALSE);
        objects[i] = &events[i];
    }
    LARGE_INTEGER zero;
    zero.QuadPart = 0;
    EXPECT_EQ(KeWaitForMultipleObjects(3, objects, WaitAny, Executive, KernelMode, FALSE, &zero, nullptr),
              STATUS_TIMEOUT);
    KeSetEvent(&events[2], 0, FALSE);
    EXPECT_EQ(KeWaitForMultipleObjects(3, objects, WaitAny, Executive, KernelMode, FALSE, nullptr, nullptr),
              STATUS_WAIT_0 + 2);
    EXPECT_EQ(KeReadStateEvent(&events[2]), 0);
}

TEST_F(DispatcherTest, WaitAllNeedsEveryObjectAndConsumesThemTogether) {
    KEVENT a, b;
    KeInitializeEvent(&a, SynchronizationEvent, TRUE);
    KeInitializeEvent(&b, SynchronizationEvent, FALSE);
    PVOID objects[2] = {&a, &b};
    LARGE_INTEGER zero;
    zero.QuadPart = 0;
    EXPECT_EQ(KeWaitForMultipleObjects(2, objects, WaitAll, Executive, KernelMode, FALSE, &zero, nullptr),
              STATUS_TIMEOUT);
    EXPECT_EQ(KeReadStateEvent(&a), 1) << "an unsatisfied WaitAll consumes nothing";

    NTSTATUS status = STATUS_PENDING;
    ntos::platform::Thread waiter("waiter", [&] {
        status = KeWaitForMultipleObjects(2, objects, WaitAll, Executive, KernelMode, FALSE, nullptr, nullptr);
    });
    ntos::platform::sleepFor100ns(20 * 10'000);
    KeSetEvent(&b, 0, FALSE);
    waiter.join();
    EXPECT_EQ(status, STATUS_SUCCESS);
    EXPECT_EQ(KeReadStateEvent(&a), 0);
    EXPECT_EQ(KeReadStateEvent(&b), 0);
}

TEST_F(DispatcherTest, PollingAtDispatchLevelIsAllowed) {
    KEVENT event;
    KeInitializeEvent(&event, NotificationEvent, TRUE);
    KIRQL old;
    KeRaiseIrql(DISPATCH_LEVEL, &old);
    EXPECT_EQ(poll(&event), STATUS_SUCCESS);
    KeLowerIrql(old);
}

TEST_F(DispatcherTest, BlockingWaitAtDispatchLevelBugChecks) {
    KEVENT event;
    KeInitializeEvent(&event, NotificationEvent, FALSE);
    EXPECT_DEATH(
        {
            KIRQL old;
            KeRaiseIrql(DISPATCH_LEVEL, &old);
            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, nullptr);
        },
        "IRQL_NOT_LESS_OR_EQUAL: KeWaitForSingleObject at IRQL 2");
}

TEST_F(DispatcherTest, DelayExecutionSleepsAtLeastTheInterval) {
    LARGE_INTEGER interval = relativeMs(25);
    const int64_t start = nowMs();
    EXPECT_EQ(KeDelayExecutionThread(KernelMode, FALSE, &interval), STATUS_SUCCESS);
    EXPECT_GE(nowMs() - start, 24);
}

}  // namespace
