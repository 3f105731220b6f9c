// WDFTIMER rules (WdfTimerCreate, WdfTimerStart, WdfTimerStop): a one-shot timer fires
// once at DISPATCH_LEVEL, a periodic one until stopped; Start reports whether the timer
// was already queued, Stop whether it was still queued; the parent is the one given.
#include "kmdftest_fixture.h"

namespace kmdftest {
namespace {

class Timers : public KmdfTestDriverTest {
protected:
    using StartFn = BOOLEAN (*)(BOOLEAN, LONGLONG);
    using StopFn = BOOLEAN (*)(BOOLEAN, BOOLEAN);
    using FiresFn = LONG (*)(BOOLEAN);
    using ParentFn = BOOLEAN (*)();

    void SetUp() override {
        KmdfTestDriverTest::SetUp();
        start_ = sym<StartFn>("KmdfTestTimerStart");
        stop_ = sym<StopFn>("KmdfTestTimerStop");
        fires_ = sym<FiresFn>("KmdfTestTimerFires");
        parent_ = sym<ParentFn>("KmdfTestTimerParentIsExpected");
    }

    void sleepMs(int ms) { ntos::platform::sleepFor100ns(ms * 10'000LL); }

    StartFn start_ = nullptr;
    StopFn stop_ = nullptr;
    FiresFn fires_ = nullptr;
    ParentFn parent_ = nullptr;
};

TEST_F(Timers, TimersReportTheParentTheyWereCreatedWith) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ntos::System::ThreadScope scope(*system_);
    EXPECT_TRUE(parent_());
}

TEST_F(Timers, OneShotTimerFiresOnceAtDispatchLevel) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ntos::System::ThreadScope scope(*system_);
    EXPECT_FALSE(start_(FALSE, WDF_REL_TIMEOUT_IN_MS(5)));
    for (int i = 0; i < 200 && fires_(FALSE) == 0; ++i) sleepMs(1);
    sleepMs(30);
    EXPECT_EQ(fires_(FALSE), 1);
    EXPECT_EQ(logLines({"EvtTimer"}), (std::vector<std::string>{"EvtTimer one-shot irql=2"}));
}

TEST_F(Timers, StartingAQueuedTimerAgainReturnsTrueAndStopReturnsWhetherItWasQueued) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ntos::System::ThreadScope scope(*system_);
    EXPECT_FALSE(start_(FALSE, WDF_REL_TIMEOUT_IN_SEC(10)));
    EXPECT_TRUE(start_(FALSE, WDF_REL_TIMEOUT_IN_SEC(10)));
    EXPECT_TRUE(stop_(FALSE, TRUE));
    EXPECT_FALSE(stop_(FALSE, TRUE));
    EXPECT_EQ(fires_(FALSE), 0);
}

TEST_F(Timers, PeriodicTimerFiresRepeatedlyUntilStopped) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ntos::System::ThreadScope scope(*system_);
    start_(TRUE, WDF_REL_TIMEOUT_IN_MS(1));
    for (int i = 0; i < 1000 && fires_(TRUE) < 3; ++i) sleepMs(1);
    EXPECT_GE(fires_(TRUE), 3);
    stop_(TRUE, TRUE);
    LONG afterStop = fires_(TRUE);
    sleepMs(30);
    EXPECT_EQ(fires_(TRUE), afterStop);
}

class SecondQueue : public KmdfTestDriverTest {};

TEST_F(SecondQueue, ConfiguredDispatchingSendsDeviceControlsToTheirQueueAndTheRestToTheDefaultQueue) {
    config.IoctlQueue = TRUE;
    config.HoldRequests = FALSE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    ioctl(file, 1, IOCTL_KMDFTEST_ECHO, {9, 8, 7}, 3);
    write(file, 2, 5);
    EXPECT_EQ(waitFor(1).status, STATUS_SUCCESS);
    EXPECT_EQ(waitFor(2).status, STATUS_SUCCESS);
    char expected[64];
    snprintf(expected, sizeof(expected), "EvtIoDeviceControl 0x%08x (ioctl queue)", IOCTL_KMDFTEST_ECHO);
    EXPECT_EQ(logLines({"EvtIo"}), (std::vector<std::string>{expected, "EvtIoWrite 5"}));
}

}  // namespace
}  // namespace kmdftest
