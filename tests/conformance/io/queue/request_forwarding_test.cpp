// Requests the driver puts back into queues ("Requeuing I/O Requests",
// WdfRequestForwardToIoQueue, WdfRequestRequeue) and cancellation in a queue
// (EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE, "Canceling I/O Requests").
#include "kmdfqueue_fixture.h"

namespace kmdfqueue {
namespace {

using Lines = std::vector<std::string>;

TEST_F(KmdfQueueTest, ForwardedRequestIsDeliveredByTheDestinationQueue) {
    config.ForwardWrites = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    write(file, 1, 10);
    write(file, 2, 20);  // the sequential source queue presents it once the first moved on
    EXPECT_EQ(log({"EvtIoWrite", "Forward"}),
              (Lines{"EvtIoWrite 10", "Forward 0x00000000", "EvtIoWrite 20", "Forward 0x00000000"}));
    ULONG queued = 0, driver = 0;
    queueState(0, &queued, &driver);
    EXPECT_EQ(driver, 0u);  // no longer the source queue's
    queueState(1, &queued, &driver);
    EXPECT_EQ(queued, 2u);
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueRetrieveAndComplete", STATUS_SUCCESS), STATUS_SUCCESS);
    EXPECT_EQ(waitFor(1).information, 10u);
}

TEST_F(KmdfQueueTest, ForwardOfACancelableRequestFailsWithInvalidDeviceRequest) {
    config.MarkCancelable = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 10);
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueForwardHeld", FALSE), STATUS_INVALID_DEVICE_REQUEST);
    EXPECT_EQ(heldCount(), 1u);
    completeHeld(1, STATUS_SUCCESS);
    EXPECT_EQ(waitFor(1).status, STATUS_SUCCESS);
}

TEST_F(KmdfQueueTest, ForwardToTheRequestsOwnQueueFailsWithInvalidDeviceRequest) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 10);
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueForwardHeld", TRUE), STATUS_INVALID_DEVICE_REQUEST);
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueForwardHeld", FALSE), STATUS_SUCCESS);  // not cancelable: allowed
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueRetrieveAndComplete", STATUS_SUCCESS), STATUS_SUCCESS);
    EXPECT_EQ(waitFor(1).information, 10u);
}

TEST_F(KmdfQueueTest, RequeuePutsTheRequestBackAtTheHeadOfItsManualQueue) {
    config.ForwardWrites = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    write(file, 1, 10);
    write(file, 2, 20);
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueRetrieveAndRequeue"), STATUS_SUCCESS);
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueRetrieveAndComplete", STATUS_SUCCESS), STATUS_SUCCESS);
    EXPECT_EQ(log({"Requeue", "Retrieved"}), (Lines{"Requeue 10 0x00000000", "Retrieved 10"}));
    EXPECT_EQ(waitFor(1).information, 10u);
    EXPECT_FALSE(completed(2));
}

TEST_F(KmdfQueueTest, RequeueOfARequestFromANonManualQueueFailsWithInvalidDeviceRequest) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 10);
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueRequeueHeld"), STATUS_INVALID_DEVICE_REQUEST);
    EXPECT_EQ(heldCount(), 1u);
    completeHeld(1, STATUS_SUCCESS);
}

TEST_F(KmdfQueueTest, EvtIoCanceledOnQueueIsCalledForAForwardedRequestCancelledInTheQueue) {
    config.ForwardWrites = TRUE;
    config.ManualCanceledOnQueue = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    write(file, 1, 10);
    EXPECT_EQ(cancel(file, 1), STATUS_SUCCESS);
    EXPECT_EQ(waitFor(1).status, STATUS_CANCELLED);
    EXPECT_EQ(log({"EvtIoCanceledOnQueue"}), (Lines{"EvtIoCanceledOnQueue 10 (manual queue)"}));
}

TEST_F(KmdfQueueTest, EvtIoCanceledOnQueueIsNotCalledForARequestNeverDeliveredToTheDriver) {
    config.IoctlsToManual = TRUE;
    config.ManualCanceledOnQueue = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    ioctl(file, 1, IOCTL_KMDFQUEUE_MIN_LENGTH, std::vector<uint8_t>(16), 0);
    EXPECT_EQ(cancel(file, 1), STATUS_SUCCESS);
    EXPECT_EQ(waitFor(1).status, STATUS_CANCELLED);
    EXPECT_EQ(log({"EvtIoCanceledOnQueue"}), Lines{});
}

TEST_F(KmdfQueueTest, ClosingTheHandleCancelsAForwardedRequestThroughEvtIoCanceledOnQueue) {
    config.ForwardWrites = TRUE;
    config.ManualCanceledOnQueue = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    write(file, 1, 10);
    shutdown();  // closing the handle cancels the request waiting in the manual queue
    EXPECT_EQ(waitFor(1).status, STATUS_CANCELLED);
    EXPECT_EQ(log({"EvtIoCanceledOnQueue"}), (Lines{"EvtIoCanceledOnQueue 10 (manual queue)"}));
}

}  // namespace
}  // namespace kmdfqueue
