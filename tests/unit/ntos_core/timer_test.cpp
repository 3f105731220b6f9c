#include "kernel_fixture.h"

using namespace ntos_test;

namespace {

class TimerTest : public KernelTest {};

struct Fired {
    std::atomic<int> count{0};
    std::atomic<KIRQL> irql{0xFF};
};

VOID countFiring(PKDPC, PVOID context, PVOID, PVOID) {
    auto* fired = static_cast<Fired*>(context);
    fired->irql.store(KeGetCurrentIrql());
    fired->count.fetch_add(1);
}

TEST_F(TimerTest, OneShotTimerSignalsAndRunsItsDpcOnce) {
    KTIMER timer;
    KeInitializeTimer(&timer);
    Fired fired;
    KDPC dpc;
    KeInitializeDpc(&dpc, countFiring, &fired);
    EXPECT_FALSE(KeReadStateTimer(&timer));
    const int64_t start = nowMs();
    EXPECT_FALSE(KeSetTimer(&timer, relativeMs(20), &dpc));
    LARGE_INTEGER timeout = relativeMs(2000);
    EXPECT_EQ(KeWaitForSingleObject(&timer, Executive, KernelMode, FALSE, &timeout), STATUS_SUCCESS);
    EXPECT_GE(nowMs() - start, 19);
    EXPECT_TRUE(KeReadStateTimer(&timer));
    ASSERT_TRUE(eventually([&] { return fired.count.load() == 1; }));
    ntos::platform::sleepFor100ns(40 * 10'000);
    KeFlushQueuedDpcs();
    EXPECT_EQ(fired.count.load(), 1);
    EXPECT_EQ(fired.irql.load(), DISPATCH_LEVEL);
    EXPECT_FALSE(KeCancelTimer(&timer)) << "an expired one-shot timer is no longer queued";
}

TEST_F(TimerTest, PeriodicTimerFiresUntilCancelled) {
    KTIMER timer;
    KeInitializeTimerEx(&timer, SynchronizationTimer);
    Fired fired;
    KDPC dpc;
    KeInitializeDpc(&dpc, countFiring, &fired);
    KeSetTimerEx(&timer, relativeMs(5), 5, &dpc);
    ASSERT_TRUE(eventually([&] { return fired.count.load() >= 4; }));
    EXPECT_TRUE(KeCancelTimer(&timer));
    EXPECT_FALSE(KeCancelTimer(&timer));
    KeFlushQueuedDpcs();
    const int settled = fired.count.load();
    ntos::platform::sleepFor100ns(40 * 10'000);
    KeFlushQueuedDpcs();
    EXPECT_EQ(fired.count.load(), settled);
}

TEST_F(TimerTest, SetAndCancelReportWhetherTheTimerWasQueued) {
    KTIMER timer;
    KeInitializeTimer(&timer);
    EXPECT_FALSE(KeSetTimer(&timer, relativeMs(60'000), nullptr));
    EXPECT_TRUE(KeSetTimer(&timer, relativeMs(60'000), nullptr));
    EXPECT_TRUE(KeCancelTimer(&timer));
    EXPECT_FALSE(KeCancelTimer(&timer));
    EXPECT_FALSE(KeReadStateTimer(&timer));
}

TEST_F(TimerTest, AbsoluteDueTime) {
    KTIMER timer;
    KeInitializeTimer(&timer);
    LARGE_INTEGER due;
    KeQuerySystemTime(&due);
    due.QuadPart += 30 * 10'000;
    const int64_t start = nowMs();
    KeSetTimer(&timer, due, nullptr);
    EXPECT_EQ(KeWaitForSingleObject(&timer, Executive, KernelMode, FALSE, nullptr), STATUS_SUCCESS);
    EXPECT_GE(nowMs() - start, 28);
}

TEST_F(TimerTest, SynchronizationTimerIsResetBySatisfiedWait) {
    KTIMER timer;
    KeInitializeTimerEx(&timer, SynchronizationTimer);
    KeSetTimer(&timer, relativeMs(1), nullptr);
    EXPECT_EQ(KeWaitForSingleObject(&timer, Executive, KernelMode, FALSE, nullptr), STATUS_SUCCESS);
    EXPECT_FALSE(KeReadStateTimer(&timer));
}

TEST_F(TimerTest, SettingATimerClearsItsSignal) {
    KTIMER timer;
    KeInitializeTimer(&timer);
    KeSetTimer(&timer, relativeMs(1), nullptr);
    KeWaitForSingleObject(&timer, Executive, KernelMode, FALSE, nullptr);
    EXPECT_TRUE(KeReadStateTimer(&timer));
    KeSetTimer(&timer, relativeMs(60'000), nullptr);
    EXPECT_FALSE(KeReadStateTimer(&timer));
    KeCancelTimer(&timer);
}

TEST_F(TimerTest, StopCancelsQueuedTimers) {
    KTIMER timer;
    KeInitializeTimer(&timer);
    Fired fired;
    KDPC dpc;
    KeInitializeDpc(&dpc, countFiring, &fired);
    KeSetTimer(&timer, relativeMs(50), &dpc);
    kernel().stop();
    ntos::platform::sleepFor100ns(80 * 10'000);
    EXPECT_EQ(fired.count.load(), 0);
    EXPECT_FALSE(KeCancelTimer(&timer));
}

}  // namespace

namespace {

TEST_F(TimerTest, CoalescableTimerIsAPeriodicTimer) {
    KTIMER timer;
    KeInitializeTimer(&timer);
    Fired fired;
    KDPC dpc;
    KeInitializeDpc(&dpc, countFiring, &fired);
    EXPECT_FALSE(KeSetCoalescableTimer(&timer, relativeMs(2), 3, 10, &dpc));
    ASSERT_TRUE(eventually([&] { return fired.count.load() >= 2; }));
    EXPECT_TRUE(KeCancelTimer(&timer));
    KeFlushQueuedDpcs();
}

}  // namespace
