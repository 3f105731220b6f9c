// S0 idle ("Supporting Idle Power-Down"): with WdfDeviceAssignS0IdleSettings a power
// policy owner goes to its DxState after IdleTimeout without I/O, in the documented
// power-down sequence, and comes back (power-up sequence) when a request arrives at a
// power-managed queue or the driver calls WdfDeviceStopIdle; a device holding a request
// or a stop-idle reference stays in D0. The kmdfpower driver; golden files
// fdo-idle-power-down-s0 / fdo-idle-power-up-s0.
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "golden_sequence.h"
#include "kmdfpower_fixture.h"
#include "ntos/po/system_power.h"

namespace {

using kmdftesting::GoldenSequence;
const std::set<std::string> kRegistered = {
    "EvtDeviceD0Entry", "EvtDeviceD0EntryPostInterruptsEnabled", "EvtDeviceD0ExitPreInterruptsDisabled",
    "EvtDeviceD0Exit",  "EvtDeviceSelfManagedIoSuspend",         "EvtDeviceSelfManagedIoRestart",
    "EvtIoStop",        "EvtIoResume",
    "EvtDeviceArmWakeFromS0", "EvtDeviceDisarmWakeFromS0", "EvtDeviceWakeFromS0Triggered",
    "EvtDeviceArmWakeFromSx", "EvtDeviceDisarmWakeFromSx", "EvtDeviceWakeFromSxTriggered",
};
const std::string kIdleExit = "EvtDeviceD0Exit(WdfPowerDeviceD3)";

class IdleTest : public kmdfpower_test::KmdfPowerTest {
protected:
    void SetUp() override {
        KmdfPowerTest::SetUp();
        config.IdleTimeoutMs = 40;
    }
    // Waits (at most 5 s) until the log since `from` ends with `line`.
    bool waitForLast(size_t from, const std::string& line) {
        for (int i = 0; i < 500; ++i) {
            auto lines = since(from);
            if (!lines.empty() && lines.back() == line) return true;
            ntos::platform::sleepFor100ns(100'000);
        }
        return false;
    }
    std::string golden(const char* name, const std::vector<std::string>& recorded) {
        return GoldenSequence::load(name).filteredTo(kRegistered).mismatch(recorded);
    }
};

TEST_F(IdleTest, AnIdleDevicePowersDownAndARequestPowersItUp) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    const size_t started = log().size();
    ASSERT_TRUE(waitForLast(started, kIdleExit)) << "no idle power-down";
    EXPECT_EQ(golden("fdo-idle-power-down-s0", since(started)), "");
    const size_t idle = log().size();
    read(1);
    ASSERT_TRUE(waitForHeld(1));
    // The request is presented when the queues restart, before EvtDeviceSelfManagedIoRestart.
    ASSERT_TRUE(waitForLast(idle, "EvtDeviceSelfManagedIoRestart"));
    EXPECT_EQ(golden("fdo-idle-power-up-s0", since(idle)), "");
    // The driver holds the request: no idle power-down while it does.
    ntos::platform::sleepFor100ns(1'500'000);  // 150 ms, several timeouts
    EXPECT_EQ(since(idle).size(), 3u) << "powered down while a request was held";  // the power-up only
    EXPECT_EQ(call<long>("KmdfPowerCompleteHeld"), 1);
    EXPECT_EQ(io_.waitFor(1).status, STATUS_SUCCESS);
    const size_t working = log().size();
    ASSERT_TRUE(waitForLast(working, kIdleExit)) << "no idle power-down after the request completed";
}

TEST_F(IdleTest, StopIdleBringsTheDeviceBackAndKeepsItUpUntilResumeIdle) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    const size_t started = log().size();
    ASSERT_TRUE(waitForLast(started, kIdleExit));
    const size_t idle = log().size();
    EXPECT_EQ(call<long>("KmdfPowerStopIdle", static_cast<unsigned char>(TRUE)), STATUS_SUCCESS);
    EXPECT_EQ(since(idle), (std::vector<std::string>{"EvtDeviceD0Entry(WdfPowerDeviceD3)",
                                                     "EvtDeviceD0EntryPostInterruptsEnabled(WdfPowerDeviceD3)",
                                                     "EvtDeviceSelfManagedIoRestart"}));
    ntos::platform::sleepFor100ns(1'500'000);
    EXPECT_EQ(since(idle).size(), 3u) << "powered down while a stop-idle reference was held";
    // Already in D0: a second reference returns at once.
    EXPECT_EQ(call<long>("KmdfPowerStopIdle", static_cast<unsigned char>(FALSE)), STATUS_SUCCESS);
    call<void>("KmdfPowerResumeIdle");
    call<void>("KmdfPowerResumeIdle");
    const size_t resumed = log().size();
    EXPECT_TRUE(waitForLast(resumed, kIdleExit));
}

TEST_F(IdleTest, AnIdleDeviceStaysInDxThroughSystemSleepAndWake) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    const size_t started = log().size();
    ASSERT_TRUE(waitForLast(started, kIdleExit));
    const size_t idle = log().size();
    ASSERT_EQ(system_->sleep(PowerSystemSleeping3), STATUS_SUCCESS);
    ASSERT_EQ(system_->wake(), STATUS_SUCCESS);
    EXPECT_TRUE(since(idle).empty()) << "PowerUpIdleDeviceOnSystemWake is not set: the device stays in Dx";
    read(1);
    ASSERT_TRUE(waitForHeld(1));
    ASSERT_TRUE(waitForLast(idle, "EvtDeviceSelfManagedIoRestart"));
    EXPECT_EQ(golden("fdo-idle-power-up-s0", since(idle)), "");
}

TEST_F(IdleTest, IdleSettingsAreValidated) {
    config.IdleTimeoutMs = 0;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    EXPECT_EQ(call<long>("KmdfPowerAssignIdle", int{IdleCanWakeFromS0}, int{PowerDeviceD3}, 100ul, 0ul),
              STATUS_POWER_STATE_INVALID);  // the bus reports the device cannot wake
    EXPECT_EQ(call<long>("KmdfPowerAssignIdle", int{IdleCannotWakeFromS0}, int{PowerDeviceD0}, 100ul, 0ul),
              STATUS_POWER_STATE_INVALID);
    EXPECT_EQ(call<long>("KmdfPowerAssignIdle", int{IdleCannotWakeFromS0}, int{PowerDeviceD3}, 100ul, 8ul),
              STATUS_INFO_LENGTH_MISMATCH);
    EXPECT_EQ(call<long>("KmdfPowerAssignIdle", int{7}, int{PowerDeviceD3}, 100ul, 0ul), STATUS_INVALID_PARAMETER);
    // Without valid settings the device never idles.
    const size_t started = log().size();
    ntos::platform::sleepFor100ns(1'500'000);
    EXPECT_TRUE(since(started).empty());
}

// `kmdfctl idle`: the power-down the idle timer would start, now.
TEST_F(IdleTest, IdleNowPowersDownAnIdleDeviceAndIsRefusedWhileItIsBusy) {
    config.IdleTimeoutMs = 600'000;  // the timer never fires during the test
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    const std::u16string device = u"ROOT\\KMDFPOWER\\0000";
    read(1);
    ASSERT_TRUE(waitForHeld(1));
    EXPECT_EQ(system_->idleDevice(device), STATUS_DEVICE_BUSY);
    EXPECT_EQ(call<long>("KmdfPowerCompleteHeld"), 1);
    EXPECT_EQ(io_.waitFor(1).status, STATUS_SUCCESS);
    EXPECT_EQ(call<long>("KmdfPowerStopIdle", static_cast<unsigned char>(TRUE)), STATUS_SUCCESS);
    EXPECT_EQ(system_->idleDevice(device), STATUS_DEVICE_BUSY) << "a stop-idle reference keeps it in D0";
    call<void>("KmdfPowerResumeIdle");
    const size_t working = log().size();
    EXPECT_EQ(system_->idleDevice(device), STATUS_SUCCESS);
    EXPECT_EQ(golden("fdo-idle-power-down-s0", since(working)), "");
    EXPECT_EQ(system_->idleDevice(device), STATUS_INVALID_DEVICE_STATE) << "already idle in Dx";
    EXPECT_EQ(system_->idleDevice(u"ROOT\\NOSUCH\\0000"), STATUS_NO_SUCH_DEVICE);
}

TEST_F(IdleTest, IdleNowNeedsIdleSettings) {
    config.IdleTimeoutMs = 0;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    EXPECT_EQ(system_->idleDevice(u"ROOT\\KMDFPOWER\\0000"), STATUS_INVALID_DEVICE_REQUEST);
}

// State-change notifications and the state getters: the framework's states in the
// documented WDF_DEVICE_*_STATE vocabulary, callbacks for the states a driver registered.
TEST_F(IdleTest, StateChangeCallbacksAndGettersFollowStartAndIdle) {
    config.IdleTimeoutMs = 600'000;
    config.StateCallbacks = 1;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    const std::vector<std::string> started = log();
    const std::vector<std::string> startTail(started.end() - 3, started.end());
    EXPECT_EQ(startTail, (std::vector<std::string>{"PnpState(Enter 0x106->0x119)", "PowerState(Enter 0x30F->0x307)",
                                                    "PnpState(PostProcess 0x119)"}));
    EXPECT_EQ(call<unsigned long>("KmdfPowerDeviceStates", 0), unsigned{WdfDevStatePnpStarted});
    EXPECT_EQ(call<unsigned long>("KmdfPowerDeviceStates", 1), unsigned{WdfDevStatePowerD0});
    EXPECT_EQ(call<unsigned long>("KmdfPowerDeviceStates", 2), unsigned{WdfDevStatePwrPolStarted});
    const size_t working = log().size();
    ASSERT_EQ(system_->idleDevice(u"ROOT\\KMDFPOWER\\0000"), STATUS_SUCCESS);
    EXPECT_EQ(since(working),
              (std::vector<std::string>{"PowerState(Enter 0x307->0x31F)", "PolicyState(Enter 0x565->0x508)",
                                        "EvtDeviceSelfManagedIoSuspend",
                                        "EvtDeviceD0ExitPreInterruptsDisabled(WdfPowerDeviceD3)", kIdleExit}));
    EXPECT_EQ(call<unsigned long>("KmdfPowerDeviceStates", 0), unsigned{WdfDevStatePnpStarted});
    EXPECT_EQ(call<unsigned long>("KmdfPowerDeviceStates", 1), unsigned{WdfDevStatePowerDx});
    EXPECT_EQ(call<unsigned long>("KmdfPowerDeviceStates", 2), unsigned{WdfDevStatePwrPolWaitingUnarmed});
}

// Wake ("Supporting Idle Power-Down", "Supporting System Wake-Up"): on a bus that says
// the device can wake (DeviceWake D3, SystemWake S4), the power policy owner sends
// IRP_MN_WAIT_WAKE before an armed power-down; the device signalling wake completes it
// (System::signalWake, "kmdfctl signal-wake"). Golden files fdo-*-armed*.
class WakeTest : public IdleTest {
protected:
    void SetUp() override {
        IdleTest::SetUp();
        busCanWake = true;
    }
    NTSTATUS signalWake() { return system_->signalWake(u"ROOT\\KMDFPOWER\\0000"); }
};

TEST_F(WakeTest, IdleArmedForWakeFromS0AndWokenByTheDevice) {
    config.IdleCanWake = 1;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    const size_t started = log().size();
    ASSERT_TRUE(waitForLast(started, kIdleExit)) << "no idle power-down";
    EXPECT_EQ(golden("fdo-idle-power-down-s0-armed", since(started)), "");
    const size_t idle = log().size();
    ASSERT_EQ(signalWake(), STATUS_SUCCESS);
    ASSERT_TRUE(waitForLast(idle, "EvtDeviceSelfManagedIoRestart")) << "the wake signal did not power the device up";
    EXPECT_EQ(golden("fdo-idle-power-up-s0-armed-wake-triggered", since(idle)), "");
    // Idle again (armed again); this time a request wakes it: no Triggered callback.
    const size_t working = log().size();
    ASSERT_TRUE(waitForLast(working, kIdleExit));
    EXPECT_EQ(golden("fdo-idle-power-down-s0-armed", since(working)), "");
    const size_t idleAgain = log().size();
    read(1);
    ASSERT_TRUE(waitForHeld(1));
    ASSERT_TRUE(waitForLast(idleAgain, "EvtDeviceSelfManagedIoRestart"));
    EXPECT_EQ(golden("fdo-idle-power-up-s0-armed-not-triggered", since(idleAgain)), "");
    // In D0 nothing is armed: a wake signal finds no wait-wake IRP.
    EXPECT_EQ(signalWake(), STATUS_INVALID_DEVICE_STATE);
}

TEST_F(WakeTest, AFailedArmCallbackPowersDownUnarmedAndNoDisarmFollows) {
    config.IdleCanWake = 1;
    std::strncpy(config.FailCallback, "EvtDeviceArmWakeFromS0", sizeof(config.FailCallback) - 1);
    config.FailStatus = STATUS_UNSUCCESSFUL;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    const size_t started = log().size();
    ASSERT_TRUE(waitForLast(started, kIdleExit));
    EXPECT_EQ(since(started), (std::vector<std::string>{"EvtDeviceSelfManagedIoSuspend", "EvtDeviceArmWakeFromS0",
                                                        "EvtDeviceD0ExitPreInterruptsDisabled(WdfPowerDeviceD3)",
                                                        kIdleExit}));
    EXPECT_EQ(signalWake(), STATUS_INVALID_DEVICE_STATE) << "the wait-wake IRP was not cancelled";
    const size_t idle = log().size();
    read(1);
    ASSERT_TRUE(waitForHeld(1));
    ASSERT_TRUE(waitForLast(idle, "EvtDeviceSelfManagedIoRestart"));
    EXPECT_EQ(golden("fdo-idle-power-up-s0", since(idle)), "");
}

TEST_F(WakeTest, SystemSleepArmedForWakeAndWokenByTheDevice) {
    config.IdleTimeoutMs = 0;
    config.SxWake = 1;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    read(1);
    ASSERT_TRUE(waitForHeld(1));
    const size_t working = log().size();
    ASSERT_EQ(system_->sleep(PowerSystemSleeping3), STATUS_SUCCESS);
    EXPECT_EQ(golden("fdo-system-sleep-s3-armed", since(working)), "");
    const size_t asleep = log().size();
    // The device's wake signal brings the whole system back to S0.
    ASSERT_EQ(signalWake(), STATUS_SUCCESS);
    EXPECT_EQ(system_->power().state(), PowerSystemWorking);
    EXPECT_EQ(golden("fdo-system-wake-s3-armed-wake-triggered", since(asleep)), "");
    // Asleep again, woken by something else: Disarm without Triggered.
    const size_t again = log().size();
    ASSERT_EQ(system_->sleep(PowerSystemSleeping3), STATUS_SUCCESS);
    EXPECT_EQ(golden("fdo-system-sleep-s3-armed", since(again)), "");
    const size_t asleepAgain = log().size();
    ASSERT_EQ(system_->wake(), STATUS_SUCCESS);
    EXPECT_EQ(golden("fdo-system-wake-s3-armed-not-triggered", since(asleepAgain)), "");
}

TEST_F(WakeTest, SxWakeSettingsAreValidatedAndDisabledWakeIsNotArmed) {
    config.IdleTimeoutMs = 0;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    EXPECT_EQ(call<long>("KmdfPowerAssignSxWake", int{PowerDeviceD3}, int{WdfUseDefault}, 8ul),
              STATUS_INFO_LENGTH_MISMATCH);
    EXPECT_EQ(call<long>("KmdfPowerAssignSxWake", int{PowerDeviceD0}, int{WdfUseDefault}, 0ul),
              STATUS_POWER_STATE_INVALID);
    EXPECT_EQ(call<long>("KmdfPowerAssignSxWake", int{PowerDeviceD3}, int{7}, 0ul), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(call<long>("KmdfPowerAssignSxWake", int{PowerDeviceD3}, int{WdfFalse}, 0ul), STATUS_SUCCESS);
    read(1);  // the golden sequence has the driver own one request
    ASSERT_TRUE(waitForHeld(1));
    const size_t working = log().size();
    ASSERT_EQ(system_->sleep(PowerSystemSleeping3), STATUS_SUCCESS);
    EXPECT_EQ(golden("fdo-system-sleep-s3", since(working)), "") << "wake is disabled: nothing is armed";
    EXPECT_EQ(signalWake(), STATUS_INVALID_DEVICE_STATE);
    ASSERT_EQ(system_->wake(), STATUS_SUCCESS);
}

TEST_F(WakeTest, ABusThatCannotWakeRefusesWakeSettings) {
    busCanWake = false;
    config.IdleTimeoutMs = 0;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    EXPECT_EQ(call<long>("KmdfPowerAssignSxWake", int{PowerDeviceMaximum}, int{WdfTrue}, 0ul),
              STATUS_POWER_STATE_INVALID);
    EXPECT_EQ(call<long>("KmdfPowerAssignIdle", int{IdleCanWakeFromS0}, int{PowerDeviceMaximum}, 100ul, 0ul),
              STATUS_POWER_STATE_INVALID);
    EXPECT_EQ(signalWake(), STATUS_INVALID_DEVICE_STATE);
}

TEST_F(WakeTest, SurpriseRemovalOfADeviceIdleAndArmedCancelsTheWaitWake) {
    config.IdleCanWake = 1;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    const size_t started = log().size();
    ASSERT_TRUE(waitForLast(started, kIdleExit));
    const size_t idle = log().size();
    ASSERT_EQ(system_->surpriseRemoveDevice(u"ROOT\\KMDFPOWER\\0000"), STATUS_SUCCESS);
    ASSERT_TRUE(waitForLast(idle, "EvtDestroyCallback(WDFDEVICE)")) << "the removal did not finish";
    const std::set<std::string> removal = {"EvtDeviceSurpriseRemoval",     "EvtDeviceReleaseHardware",
                                           "EvtDeviceSelfManagedIoFlush",  "EvtDeviceSelfManagedIoCleanup",
                                           "EvtCleanupCallback",           "EvtDestroyCallback",
                                           "EvtDeviceDisarmWakeFromS0",    "EvtDeviceD0Entry"};
    EXPECT_EQ(GoldenSequence::load("fdo-surprise-removal-in-dx").filteredTo(removal).mismatch(since(idle)), "");
}

}  // namespace
