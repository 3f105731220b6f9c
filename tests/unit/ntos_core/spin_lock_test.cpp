#include "kernel_fixture.h"

using namespace ntos_test;

namespace {

class SpinLockTest : public KernelTest {};

TEST_F(SpinLockTest, AcquireRaisesToDispatchAndReleaseRestores) {
    KSPIN_LOCK lock;
    KeInitializeSpinLock(&lock);
    EXPECT_TRUE(KeTestSpinLock(&lock));
    KIRQL old = 0xFF;
    KeAcquireSpinLock(&lock, &old);
    EXPECT_EQ(old, PASSIVE_LEVEL);
    EXPECT_EQ(KeGetCurrentIrql(), DISPATCH_LEVEL);
    EXPECT_FALSE(KeTestSpinLock(&lock));
    KeReleaseSpinLock(&lock, old);
    EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);
    EXPECT_TRUE(KeTestSpinLock(&lock));
}

TEST_F(SpinLockTest, InStackQueuedLockRaisesAndRestores) {
    KSPIN_LOCK lock;
    KeInitializeSpinLock(&lock);
    KLOCK_QUEUE_HANDLE handle;
    KeAcquireInStackQueuedSpinLock(&lock, &handle);
    EXPECT_EQ(KeGetCurrentIrql(), DISPATCH_LEVEL);
    EXPECT_EQ(handle.OldIrql, PASSIVE_LEVEL);
    KeReleaseInStackQueuedSpinLock(&handle);
    EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);
}

TEST_F(SpinLockTest, AtDpcLevelVariantsKeepTheIrql) {
    KSPIN_LOCK lock;
    KeInitializeSpinLock(&lock);
    KIRQL old = KeRaiseIrqlToDpcLevel();
    KeAcquireSpinLockAtDpcLevel(&lock);
    EXPECT_EQ(KeGetCurrentIrql(), DISPATCH_LEVEL);
    EXPECT_FALSE(KeTryToAcquireSpinLockAtDpcLevel(&lock));
    KeReleaseSpinLockFromDpcLevel(&lock);
    EXPECT_TRUE(KeTryToAcquireSpinLockAtDpcLevel(&lock));
    KeReleaseSpinLockFromDpcLevel(&lock);
    KeLowerIrql(old);
}

TEST_F(SpinLockTest, ProvidesMutualExclusionBetweenTwoThreads) {
    KSPIN_LOCK lock;
    KeInitializeSpinLock(&lock);
    long long counter = 0;  // deliberately not atomic: the lock protects it
    auto work = [&] {
        for (int i = 0; i < 100000; ++i) {
            KIRQL old;
            KeAcquireSpinLock(&lock, &old);
            counter = counter + 1;
            KeReleaseSpinLock(&lock, old);
        }
    };
    {
        ntos::platform::Thread a("inc-a", work);
        ntos::platform::Thread b("inc-b", work);
    }
    EXPECT_EQ(counter, 200000);
}

TEST_F(SpinLockTest, RecursiveAcquisitionBugChecks) {
    KSPIN_LOCK lock;
    KeInitializeSpinLock(&lock);
    EXPECT_DEATH(
        {
            KIRQL first;
            KeAcquireSpinLock(&lock, &first);
            KIRQL second;
            KeAcquireSpinLock(&lock, &second);
        },
        "SPIN_LOCK_ALREADY_OWNED");
}

TEST_F(SpinLockTest, ReleasingALockNotHeldBugChecks) {
    KSPIN_LOCK lock;
    KeInitializeSpinLock(&lock);
    EXPECT_DEATH(KeReleaseSpinLock(&lock, PASSIVE_LEVEL), "SPIN_LOCK_NOT_OWNED");
}

TEST_F(SpinLockTest, AtDpcLevelAcquireBelowDispatchBugChecks) {
    KSPIN_LOCK lock;
    KeInitializeSpinLock(&lock);
    EXPECT_DEATH(KeAcquireSpinLockAtDpcLevel(&lock), "IRQL_NOT_GREATER_OR_EQUAL.*KeAcquireSpinLockAtDpcLevel");
}

}  // namespace
