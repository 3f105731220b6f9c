// Queue operations with their documented semantics ("Managing I/O Queues",
// WdfIoQueueDrain, WdfIoQueuePurge, WdfIoQueueStopAndPurge, WdfIoQueueReadyNotify,
// WdfIoQueueFindRequest, WdfIoQueueRetrieveFoundRequest,
// WdfIoQueueRetrieveRequestByFileObject).
#include <initguid.h>

#include "kmdfqueue_fixture.h"

namespace kmdfqueue {
namespace {

using Lines = std::vector<std::string>;

TEST_F(KmdfQueueTest, DrainDeliversQueuedRequestsThenRefusesNewOnesWithInvalidDeviceState) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 10);
    read(file, 2, 20);  // waits behind the held read (sequential queue)
    call<void>("KmdfQueueDrain", FALSE);
    read(file, 3, 30);
    EXPECT_EQ(waitFor(3).status, STATUS_INVALID_DEVICE_STATE);
    EXPECT_EQ(WDF_IO_QUEUE_DRAINED(static_cast<WDF_IO_QUEUE_STATE>(queueState(0))), FALSE);
    EXPECT_EQ(queueState(0) & WdfIoQueueAcceptRequests, 0u);

    EXPECT_EQ(completeHeld(1, STATUS_SUCCESS), 1u);  // read 1; read 2 is presented next
    EXPECT_EQ(waitFor(1).status, STATUS_SUCCESS);
    EXPECT_EQ(log({"EvtIoRead", "DrainComplete"}), (Lines{"EvtIoRead 10", "EvtIoRead 20"}));
    EXPECT_EQ(completeHeld(1, STATUS_SUCCESS), 1u);
    EXPECT_EQ(waitFor(2).information, 20u);
    EXPECT_EQ(log({"EvtIoRead", "DrainComplete"}),
              (Lines{"EvtIoRead 10", "EvtIoRead 20", "DrainComplete (default queue)"}));
    EXPECT_TRUE(WDF_IO_QUEUE_DRAINED(static_cast<WDF_IO_QUEUE_STATE>(queueState(0))));
}

TEST_F(KmdfQueueTest, DrainOfAnIdleQueueCallsDrainCompleteAtOnce) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    call<void>("KmdfQueueDrain", FALSE);
    EXPECT_EQ(log({"DrainComplete"}), (Lines{"DrainComplete (default queue)"}));
}

TEST_F(KmdfQueueTest, DrainSynchronouslyReturnsOnlyAfterTheQueuedAndDriverOwnedRequestsComplete) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 10);
    read(file, 2, 20);
    ntos::platform::Thread drainer("drainer", [this] { call<void>("KmdfQueueDrain", TRUE); });
    settle();
    EXPECT_EQ(log({"DrainSynchronously"}), Lines{});
    EXPECT_EQ(completeHeld(1, STATUS_SUCCESS), 1u);
    settle();
    EXPECT_EQ(log({"DrainSynchronously"}), Lines{});  // read 2 is the driver's now
    EXPECT_EQ(completeHeld(1, STATUS_SUCCESS), 1u);
    drainer.join();
    EXPECT_EQ(log({"EvtIoRead", "DrainSynchronously"}),
              (Lines{"EvtIoRead 10", "EvtIoRead 20", "DrainSynchronously returned"}));
}

TEST_F(KmdfQueueTest, PurgeCancelsQueuedRequestsAndCallsEvtRequestCancelForDriverOwnedCancelableOnes) {
    config.MarkCancelable = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 10);  // presented, held, cancelable
    read(file, 2, 20);  // queued
    read(file, 3, 30);  // queued
    call<void>("KmdfQueuePurge", FALSE);
    EXPECT_EQ(waitFor(1).status, STATUS_CANCELLED);
    EXPECT_EQ(waitFor(2).status, STATUS_CANCELLED);
    EXPECT_EQ(waitFor(3).status, STATUS_CANCELLED);
    EXPECT_EQ(log({"EvtIoRead", "EvtRequestCancel", "PurgeComplete"}),
              (Lines{"EvtIoRead 10", "EvtRequestCancel 10", "PurgeComplete (default queue)"}));
    read(file, 4, 40);
    EXPECT_EQ(waitFor(4).status, STATUS_INVALID_DEVICE_STATE);
    EXPECT_TRUE(WDF_IO_QUEUE_PURGED(static_cast<WDF_IO_QUEUE_STATE>(queueState(0))));
}

TEST_F(KmdfQueueTest, PurgeCompletesOnlyAfterTheDriverCompletesItsNonCancelableRequest) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 10);  // held, not cancelable: the purge cannot cancel it
    read(file, 2, 20);
    call<void>("KmdfQueuePurge", FALSE);
    EXPECT_EQ(waitFor(2).status, STATUS_CANCELLED);
    settle();
    EXPECT_FALSE(completed(1));
    EXPECT_EQ(log({"PurgeComplete"}), Lines{});
    EXPECT_EQ(completeHeld(1, STATUS_SUCCESS), 1u);
    EXPECT_EQ(waitFor(1).status, STATUS_SUCCESS);
    EXPECT_EQ(log({"PurgeComplete"}), (Lines{"PurgeComplete (default queue)"}));
}

TEST_F(KmdfQueueTest, PurgeSynchronouslyReturnsAfterEveryRequestIsCancelled) {
    config.MarkCancelable = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 10);
    read(file, 2, 20);
    call<void>("KmdfQueuePurge", TRUE);
    EXPECT_EQ(log({"EvtRequestCancel", "PurgeSynchronously"}),
              (Lines{"EvtRequestCancel 10", "PurgeSynchronously returned"}));
    EXPECT_EQ(waitFor(1).status, STATUS_CANCELLED);
    EXPECT_EQ(waitFor(2).status, STATUS_CANCELLED);
}

TEST_F(KmdfQueueTest, StopAndPurgeCancelsRequestsButKeepsAcceptingWithoutDeliveringUntilStart) {
    config.MarkCancelable = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 10);
    read(file, 2, 20);
    call<void>("KmdfQueueStopAndPurge", FALSE);
    EXPECT_EQ(waitFor(1).status, STATUS_CANCELLED);
    EXPECT_EQ(waitFor(2).status, STATUS_CANCELLED);
    EXPECT_EQ(log({"StopAndPurgeComplete"}), (Lines{"StopAndPurgeComplete (default queue)"}));

    read(file, 3, 30);  // accepted, not delivered
    settle();
    EXPECT_FALSE(completed(3));
    ULONG queued = 0;
    ULONG state = queueState(0, &queued);
    EXPECT_NE(state & WdfIoQueueAcceptRequests, 0u);
    EXPECT_EQ(state & WdfIoQueueDispatchRequests, 0u);
    EXPECT_EQ(queued, 1u);
    EXPECT_EQ(log({"EvtIoRead"}), (Lines{"EvtIoRead 10"}));

    call<void>("KmdfQueueStart");
    EXPECT_EQ(log({"EvtIoRead"}), (Lines{"EvtIoRead 10", "EvtIoRead 30"}));
    EXPECT_EQ(completeHeld(1, STATUS_SUCCESS), 1u);
    EXPECT_EQ(waitFor(3).information, 30u);
}

TEST_F(KmdfQueueTest, StopAndPurgeSynchronouslyReturnsAfterTheCancelledRequestsComplete) {
    config.MarkCancelable = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 10);
    call<void>("KmdfQueueStopAndPurge", TRUE);
    EXPECT_EQ(log({"EvtRequestCancel", "StopAndPurgeSynchronously"}),
              (Lines{"EvtRequestCancel 10", "StopAndPurgeSynchronously returned"}));
    EXPECT_EQ(waitFor(1).status, STATUS_CANCELLED);
}

TEST_F(KmdfQueueTest, ReadyNotifyFiresEachTimeTheManualQueueGoesFromEmptyToNonEmpty) {
    config.IoctlsToManual = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueReadyNotify", TRUE), STATUS_SUCCESS);
    EXPECT_EQ(log({"QueueReady"}), Lines{});  // empty: nothing yet
    ioctl(file, 1, IOCTL_KMDFQUEUE_MIN_LENGTH, std::vector<uint8_t>(16), 0);
    EXPECT_EQ(log({"QueueReady"}), (Lines{"QueueReady (manual queue)"}));
    ioctl(file, 2, IOCTL_KMDFQUEUE_MIN_LENGTH, std::vector<uint8_t>(17), 0);
    EXPECT_EQ(log({"QueueReady"}).size(), 1u);  // it was not empty
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueRetrieveAndComplete", STATUS_SUCCESS), STATUS_SUCCESS);
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueRetrieveAndComplete", STATUS_SUCCESS), STATUS_SUCCESS);
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueRetrieveAndComplete", STATUS_SUCCESS), STATUS_NO_MORE_ENTRIES);
    ioctl(file, 3, IOCTL_KMDFQUEUE_MIN_LENGTH, std::vector<uint8_t>(18), 0);
    EXPECT_EQ(log({"QueueReady"}).size(), 2u);
    EXPECT_EQ(waitFor(1).information, 16u);
    EXPECT_EQ(waitFor(2).information, 17u);
}

TEST_F(KmdfQueueTest, ReadyNotifyWithRequestsAlreadyQueuedFiresAtOnceAndSecondRegistrationIsRefused) {
    config.IoctlsToManual = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    ioctl(file, 1, IOCTL_KMDFQUEUE_MIN_LENGTH, std::vector<uint8_t>(16), 0);
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueReadyNotify", TRUE), STATUS_SUCCESS);
    EXPECT_EQ(log({"QueueReady"}), (Lines{"QueueReady (manual queue)"}));
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueReadyNotify", TRUE), STATUS_INVALID_DEVICE_STATE);
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueReadyNotify", FALSE), STATUS_SUCCESS);
}

TEST_F(KmdfQueueTest, FindRequestThenRetrieveFoundRequestTakesExactlyThatRequest) {
    config.ForwardWrites = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    write(file, 1, 10);
    write(file, 2, 20);
    write(file, 3, 30);
    ULONG queued = 0;
    queueState(1, &queued);
    EXPECT_EQ(queued, 3u);
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueFindAndComplete", 20u), STATUS_SUCCESS);
    EXPECT_EQ(waitFor(2).information, 20u);
    EXPECT_FALSE(completed(1));
    EXPECT_FALSE(completed(3));
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueFindAndComplete", 99u), STATUS_NO_MORE_ENTRIES);
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueRetrieveAndComplete", STATUS_SUCCESS), STATUS_SUCCESS);
    EXPECT_EQ(log({"Retrieved"}), (Lines{"RetrievedFound 20", "Retrieved 10"}));
}

TEST_F(KmdfQueueTest, RetrieveFoundRequestOfARequestCancelledMeanwhileIsNotFound) {
    config.ForwardWrites = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    write(file, 1, 10);
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueFindFirst"), STATUS_SUCCESS);
    EXPECT_EQ(cancel(file, 1), STATUS_SUCCESS);
    EXPECT_EQ(waitFor(1).status, STATUS_CANCELLED);
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueRetrieveKept"), STATUS_NOT_FOUND);
}

TEST_F(KmdfQueueTest, RetrieveRequestByFileObjectTakesTheRequestSentOnThatFile) {
    config.ForwardWrites = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto fileA = open();
    auto fileB = open();
    write(fileA, 1, 10);
    write(fileB, 2, 20);
    write(fileA, 3, 30);
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueRetrieveByFile", 1u), STATUS_SUCCESS);
    EXPECT_EQ(waitFor(2).information, 20u);
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueRetrieveByFile", 1u), STATUS_NO_MORE_ENTRIES);
    EXPECT_EQ(call<NTSTATUS>("KmdfQueueRetrieveByFile", 0u), STATUS_SUCCESS);
    EXPECT_EQ(waitFor(1).information, 10u);
    EXPECT_FALSE(completed(3));
}

TEST_F(KmdfQueueTest, RequestGetFileObjectIsTheFileTheRequestWasSentOn) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto fileA = open();
    auto fileB = open();
    (void)fileA;
    read(fileB, 1, 10);
    EXPECT_TRUE(call<BOOLEAN>("KmdfQueueHeldFileIs", 1u));
    EXPECT_FALSE(call<BOOLEAN>("KmdfQueueHeldFileIs", 0u));
    completeHeld(1, STATUS_SUCCESS);
}

}  // namespace
}  // namespace kmdfqueue
