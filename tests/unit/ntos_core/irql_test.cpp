#include "kernel_fixture.h"

using namespace ntos_test;

namespace {

class IrqlTest : public KernelTest {};

TEST_F(IrqlTest, ThreadsStartAtPassiveLevel) {
    EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);
    KIRQL other = 0xFF;
    ntos::platform::Thread("fresh", [&] { other = KeGetCurrentIrql(); }).join();
    EXPECT_EQ(other, PASSIVE_LEVEL);
}

TEST_F(IrqlTest, RaiseReturnsThePreviousIrqlAndLowerRestoresIt) {
    KIRQL old = 0xFF;
    KeRaiseIrql(APC_LEVEL, &old);
    EXPECT_EQ(old, PASSIVE_LEVEL);
    EXPECT_EQ(KeGetCurrentIrql(), APC_LEVEL);
    KIRQL older = KeRaiseIrqlToDpcLevel();
    EXPECT_EQ(older, APC_LEVEL);
    EXPECT_EQ(KeGetCurrentIrql(), DISPATCH_LEVEL);
    KIRQL same = 0xFF;
    KeRaiseIrql(DISPATCH_LEVEL, &same);  // raising to the current level is allowed
    EXPECT_EQ(same, DISPATCH_LEVEL);
    KeLowerIrql(older);
    EXPECT_EQ(KeGetCurrentIrql(), APC_LEVEL);
    KeLowerIrql(old);
    EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);
}

TEST_F(IrqlTest, IrqlIsPerThread) {
    KIRQL old = KeRaiseIrqlToDpcLevel();
    KIRQL other = 0xFF;
    ntos::platform::Thread("other", [&] { other = KeGetCurrentIrql(); }).join();
    EXPECT_EQ(other, PASSIVE_LEVEL);
    KeLowerIrql(old);
}

TEST_F(IrqlTest, RaisingToALowerIrqlBugChecks) {
    EXPECT_DEATH(
        {
            KIRQL old;
            KeRaiseIrql(DISPATCH_LEVEL, &old);
            KeRaiseIrql(APC_LEVEL, &old);
        },
        "STOP 0x00000009.*IRQL_NOT_GREATER_OR_EQUAL");
}

TEST_F(IrqlTest, LoweringToAHigherIrqlBugChecks) {
    EXPECT_DEATH(KeLowerIrql(DISPATCH_LEVEL), "STOP 0x0000000A.*IRQL_NOT_LESS_OR_EQUAL: KeLowerIrql");
}

TEST_F(IrqlTest, CriticalRegionsNestAndDisableApcs) {
    EXPECT_FALSE(KeAreApcsDisabled());
    KeEnterCriticalRegion();
    KeEnterCriticalRegion();
    EXPECT_TRUE(KeAreApcsDisabled());
    KeLeaveCriticalRegion();
    EXPECT_TRUE(KeAreApcsDisabled());
    KeLeaveCriticalRegion();
    EXPECT_FALSE(KeAreApcsDisabled());
}

TEST_F(IrqlTest, ThreadIdentityAndPreviousMode) {
    PKTHREAD mine = KeGetCurrentThread();
    EXPECT_EQ(mine, KeGetCurrentThread());
    PKTHREAD theirs = nullptr;
    ntos::platform::Thread("other", [&] { theirs = KeGetCurrentThread(); }).join();
    EXPECT_NE(mine, theirs);
    EXPECT_EQ(reinterpret_cast<PVOID>(PsGetCurrentThread()), reinterpret_cast<PVOID>(mine));
    EXPECT_EQ(ExGetPreviousMode(), KernelMode);
    {
        ntos::PreviousModeScope user(UserMode);
        EXPECT_EQ(ExGetPreviousMode(), UserMode);
    }
    EXPECT_EQ(ExGetPreviousMode(), KernelMode);
}

TEST_F(IrqlTest, ClocksAndProcessorQueries) {
    EXPECT_EQ(KeQueryTimeIncrement(), 156250u);
    LARGE_INTEGER frequency;
    LARGE_INTEGER a = KeQueryPerformanceCounter(&frequency);
    EXPECT_EQ(frequency.QuadPart, 10'000'000);
    KeStallExecutionProcessor(2000);
    LARGE_INTEGER b = KeQueryPerformanceCounter(nullptr);
    EXPECT_GE(b.QuadPart - a.QuadPart, 20'000);
    EXPECT_EQ(KeQueryActiveProcessorCount(nullptr), 2u);
    EXPECT_EQ(KeGetCurrentProcessorNumber(), 0u);
    LARGE_INTEGER ticks;
    KeQueryTickCount(&ticks);
    EXPECT_NEAR(static_cast<double>(ticks.QuadPart), static_cast<double>(KeQueryInterruptTime() / 156250), 1.0);
}

TEST_F(IrqlTest, BugCheckReportNamesTheCodeAndText) {
    EXPECT_DEATH(KeBugCheckEx(0x10D, 1, 2, 3, 4), "STOP 0x0000010D \\(0x1, 0x2, 0x3, 0x4\\) WDF_VIOLATION");
    EXPECT_EQ(ntos::bugCheckName(0x44), "MULTIPLE_IRP_COMPLETE_REQUESTS");
    EXPECT_EQ(ntos::bugCheckName(0xC2), "BAD_POOL_CALLER");
}

TEST_F(IrqlTest, NotImplementedRoutinesBugCheckNamingThemselves) {
    EXPECT_DEATH(PsTerminateSystemThread(STATUS_SUCCESS), "PsTerminateSystemThread is not implemented in OpenKMDF yet");
}

}  // namespace
