// EvtIoStop / WdfRequestStopAcknowledge when the device leaves D0 ("Using Power-Managed
// I/O Queues", EVT_WDF_IO_QUEUE_IO_STOP, WDF_REQUEST_STOP_ACTION_FLAGS). Without power
// IRPs yet, the device leaves D0 only when it is removed (here: surprise removal, with
// the handle still open): EvtIoStop(Suspend) for each request the driver owns, before
// EvtDeviceD0Exit, then EvtIoStop(Purge) for the ones it kept.
#include "kmdfqueue_fixture.h"
#include "wdf/core/fx_device.h"

namespace kmdfqueue {
namespace {

using Lines = std::vector<std::string>;

TEST_F(KmdfQueueTest, EvtIoStopWithSuspendIsCalledForAHeldRequestBeforeD0ExitAndMayCompleteIt) {
    config.StopCallbacks = TRUE;
    config.StopAction = KmdfQueueStopComplete;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 8);
    EXPECT_EQ(surpriseRemove(), STATUS_SUCCESS);
    EXPECT_EQ(waitFor(1).status, STATUS_CANCELLED);
    EXPECT_EQ(log({"EvtIoStop", "EvtIoResume", "EvtDeviceD0Exit"}),
              (Lines{"EvtIoStop 8 0x00000001", "EvtDeviceD0Exit 5"}));
}

TEST_F(KmdfQueueTest, EvtIoStopFlagsCarryTheCancelableBitForACancelableRequest) {
    config.StopCallbacks = TRUE;
    config.StopAction = KmdfQueueStopComplete;
    config.MarkCancelable = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 8);
    EXPECT_EQ(surpriseRemove(), STATUS_SUCCESS);
    EXPECT_EQ(waitFor(1).status, STATUS_CANCELLED);
    EXPECT_EQ(log({"EvtIoStop"}), (Lines{"EvtIoStop 8 0x10000001"}));
}

TEST_F(KmdfQueueTest, StopAcknowledgeWithoutRequeueKeepsTheRequestUntilThePurgeStop) {
    config.StopCallbacks = TRUE;
    config.StopAction = KmdfQueueStopAcknowledgeKeep;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 8);
    EXPECT_EQ(surpriseRemove(), STATUS_SUCCESS);
    EXPECT_EQ(waitFor(1).status, STATUS_CANCELLED);
    EXPECT_EQ(log({"EvtIoStop", "EvtIoResume", "EvtDeviceD0Exit"}),
              (Lines{"EvtIoStop 8 0x00000001", "EvtDeviceD0Exit 5", "EvtIoStop 8 0x00000002"}));
}

TEST_F(KmdfQueueTest, StopAcknowledgeWithRequeueReturnsTheRequestToTheQueueWhichRemovalThenCancels) {
    config.StopCallbacks = TRUE;
    config.StopAction = KmdfQueueStopAcknowledgeRequeue;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 8);
    EXPECT_EQ(surpriseRemove(), STATUS_SUCCESS);
    EXPECT_EQ(waitFor(1).status, STATUS_CANCELLED);
    EXPECT_EQ(log({"EvtIoStop", "EvtIoRead", "EvtDeviceD0Exit"}),
              (Lines{"EvtIoRead 8", "EvtIoStop 8 0x00000001", "EvtDeviceD0Exit 5"}));
}

// The queues' side of a D0 exit and re-entry, driven directly (the power state machine
// that will send these transitions is issue 5).
class KmdfQueuePowerTest : public KmdfQueueTest {
protected:
    void setQueuesPowered(bool powered) {
        ntos::System::ThreadScope scope(*system_);
        wdf::FxDevice* device = wdf::FxDevice::fromDeviceObject(call<PDEVICE_OBJECT>("KmdfQueueWdmDevice"));
        ASSERT_NE(device, nullptr);
        if (powered) {
            device->powerUpQueues();
        } else {
            device->powerDownQueues();
        }
    }
};

TEST_F(KmdfQueuePowerTest, RequestAcknowledgedWithoutRequeueGetsEvtIoResumeWhenD0Returns) {
    config.StopCallbacks = TRUE;
    config.StopAction = KmdfQueueStopAcknowledgeKeep;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 8);
    setQueuesPowered(false);
    EXPECT_NE(queueState(0) & WdfIoQueuePnpHeld, 0u);
    read(file, 2, 9);  // held by the power-managed queue while the device is not in D0
    settle();
    EXPECT_EQ(log({"EvtIo"}), (Lines{"EvtIoRead 8", "EvtIoStop 8 0x00000001"}));
    setQueuesPowered(true);
    EXPECT_EQ(log({"EvtIo"}), (Lines{"EvtIoRead 8", "EvtIoStop 8 0x00000001", "EvtIoResume 8"}));
    EXPECT_EQ(completeHeld(1, STATUS_SUCCESS), 1u);
    EXPECT_EQ(waitFor(1).status, STATUS_SUCCESS);
    EXPECT_EQ(log({"EvtIo"}),
              (Lines{"EvtIoRead 8", "EvtIoStop 8 0x00000001", "EvtIoResume 8", "EvtIoRead 9"}));
    EXPECT_EQ(completeHeld(1, STATUS_SUCCESS), 1u);
    EXPECT_EQ(waitFor(2).information, 9u);
}

TEST_F(KmdfQueuePowerTest, RequestAcknowledgedWithRequeueIsPresentedAgainWhenD0Returns) {
    config.StopCallbacks = TRUE;
    config.StopAction = KmdfQueueStopAcknowledgeRequeue;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 8);
    setQueuesPowered(false);
    ULONG queued = 0, driver = 0;
    queueState(0, &queued, &driver);
    EXPECT_EQ(queued, 1u);
    EXPECT_EQ(driver, 0u);
    setQueuesPowered(true);
    EXPECT_EQ(log({"EvtIo"}), (Lines{"EvtIoRead 8", "EvtIoStop 8 0x00000001", "EvtIoRead 8"}));
    EXPECT_EQ(completeHeld(1, STATUS_SUCCESS), 1u);
    EXPECT_EQ(waitFor(1).information, 8u);
}

TEST_F(KmdfQueueTest, EvtIoStopIsNotCalledWhenTheDriverOwnsNoRequest) {
    config.StopCallbacks = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 8);
    EXPECT_EQ(completeHeld(1, STATUS_SUCCESS), 1u);
    EXPECT_EQ(surpriseRemove(), STATUS_SUCCESS);
    EXPECT_EQ(log({"EvtIoStop"}), Lines{});
}

}  // namespace
}  // namespace kmdfqueue
