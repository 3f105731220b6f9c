// WDFSPINLOCK (raises to DISPATCH_LEVEL) and WDFWAITLOCK (timeouts).
#include "wdf_object_fixture.h"

#include "ntos/platform/platform.h"

TEST_F(WdfObjectTest, SpinLockRaisesToDispatchAndRestoresTheIrql) {
    WDFSPINLOCK lock = nullptr;
    ASSERT_EQ(WdfSpinLockCreate(WDF_NO_OBJECT_ATTRIBUTES, &lock), STATUS_SUCCESS);
    ASSERT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);
    WdfSpinLockAcquire(lock);
    EXPECT_EQ(KeGetCurrentIrql(), DISPATCH_LEVEL);
    WdfSpinLockRelease(lock);
    EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);
    WdfObjectDelete(lock);
}

TEST_F(WdfObjectTest, WaitLockWithZeroTimeoutTimesOutWhileAnotherThreadHoldsIt) {
    WDFWAITLOCK lock = nullptr;
    ASSERT_EQ(WdfWaitLockCreate(WDF_NO_OBJECT_ATTRIBUTES, &lock), STATUS_SUCCESS);
    ASSERT_EQ(WdfWaitLockAcquire(lock, nullptr), STATUS_SUCCESS);

    NTSTATUS whileHeld = STATUS_UNSUCCESSFUL, afterRelease = STATUS_UNSUCCESSFUL, shortWait = STATUS_UNSUCCESSFUL;
    {
        ntos::platform::Thread other("waiter", [&] {
            ntos::Kernel::ThreadScope otherScope(kernel);
            LONGLONG zero = 0;
            whileHeld = WdfWaitLockAcquire(lock, &zero);
            LONGLONG tenMs = -100000;
            shortWait = WdfWaitLockAcquire(lock, &tenMs);
        });
    }
    EXPECT_EQ(whileHeld, STATUS_TIMEOUT);
    EXPECT_EQ(shortWait, STATUS_TIMEOUT);
    WdfWaitLockRelease(lock);
    {
        ntos::platform::Thread other("taker", [&] {
            ntos::Kernel::ThreadScope otherScope(kernel);
            LONGLONG zero = 0;
            afterRelease = WdfWaitLockAcquire(lock, &zero);
            if (afterRelease == STATUS_SUCCESS) WdfWaitLockRelease(lock);
        });
    }
    EXPECT_EQ(afterRelease, STATUS_SUCCESS);
    WdfObjectDelete(lock);
}

using WdfObjectDeathTest = WdfObjectTest;

TEST_F(WdfObjectDeathTest, AcquiringASpinLockTwiceOnOneThreadIsAWdfViolation) {
    WDFSPINLOCK lock = nullptr;
    ASSERT_EQ(WdfSpinLockCreate(WDF_NO_OBJECT_ATTRIBUTES, &lock), STATUS_SUCCESS);
    EXPECT_DEATH(
        {
            WdfSpinLockAcquire(lock);
            WdfSpinLockAcquire(lock);
        },
        "WDF_VIOLATION.*subcode 0x2.*WdfSpinLockAcquire");
    WdfObjectDelete(lock);
}

TEST_F(WdfObjectDeathTest, ReleasingAWaitLockThatIsNotHeldIsAWdfViolation) {
    WDFWAITLOCK lock = nullptr;
    ASSERT_EQ(WdfWaitLockCreate(WDF_NO_OBJECT_ATTRIBUTES, &lock), STATUS_SUCCESS);
    EXPECT_DEATH(WdfWaitLockRelease(lock), "WDF_VIOLATION.*subcode 0xB.*WdfWaitLockRelease: the wait lock is not held");
    WdfObjectDelete(lock);
}

TEST_F(WdfObjectTest, WaitLockTryAcquireIsAllowedAtDispatchLevel) {
    WDFWAITLOCK lock = nullptr;
    ASSERT_EQ(WdfWaitLockCreate(WDF_NO_OBJECT_ATTRIBUTES, &lock), STATUS_SUCCESS);
    KIRQL old;
    KeRaiseIrql(DISPATCH_LEVEL, &old);
    LONGLONG zero = 0;
    EXPECT_EQ(WdfWaitLockAcquire(lock, &zero), STATUS_SUCCESS);
    WdfWaitLockRelease(lock);
    KeLowerIrql(old);
    WdfObjectDelete(lock);
}

TEST_F(WdfObjectTest, DdiCalledAboveItsDocumentedIrqlFailsWithAVerifierMessage) {
    KIRQL old;
    KeRaiseIrql(DISPATCH_LEVEL, &old);
    WDFSTRING string = nullptr;
    NTSTATUS status = WdfStringCreate(nullptr, WDF_NO_OBJECT_ATTRIBUTES, &string);
    KeLowerIrql(old);
    EXPECT_EQ(status, STATUS_INVALID_DEVICE_REQUEST);
    EXPECT_EQ(string, nullptr);
    auto messages = globals.verifierMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_NE(messages[0].find("WdfStringCreate: called at IRQL 2, above the documented maximum 0"), std::string::npos)
        << messages[0];
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}

TEST_F(WdfObjectDeathTest, WaitLockWaitAtDispatchLevelIsAWdfViolation) {
    WDFWAITLOCK lock = nullptr;
    ASSERT_EQ(WdfWaitLockCreate(WDF_NO_OBJECT_ATTRIBUTES, &lock), STATUS_SUCCESS);
    EXPECT_DEATH(
        {
            KIRQL old;
            KeRaiseIrql(DISPATCH_LEVEL, &old);
            WdfWaitLockAcquire(lock, nullptr);
        },
        "WDF_VIOLATION.*subcode 0xE.*WdfWaitLockAcquire: called at IRQL 2 with a non-zero or NULL Timeout");
    WdfObjectDelete(lock);
}
