// Queue dispatching rules ("Dispatching Methods for I/O Requests", "Managing I/O
// Queues"): sequential presents one request at a time, parallel as many as allowed,
// manual none until the driver retrieves one; stop holds requests, start resumes.
#include "kmdftest_fixture.h"

namespace kmdftest {
namespace {

using Lines = std::vector<std::string>;

class QueueDispatch : public KmdfTestDriverTest {};

TEST_F(QueueDispatch, SequentialQueuePresentsTheNextRequestOnlyAfterTheCurrentOneCompletes) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    write(file, 1, 10);
    write(file, 2, 20);
    write(file, 3, 30);
    EXPECT_EQ(logLines({"EvtIo"}), (Lines{"EvtIoWrite 10"}));
    EXPECT_EQ(heldCount_(), 1u);
    EXPECT_EQ(completeHeld(1, STATUS_SUCCESS), 1u);
    EXPECT_EQ(waitFor(1).status, STATUS_SUCCESS);
    EXPECT_EQ(logLines({"EvtIo"}), (Lines{"EvtIoWrite 10", "EvtIoWrite 20"}));
    EXPECT_FALSE(completed(2));
    EXPECT_EQ(completeHeld(1, STATUS_SUCCESS), 1u);
    EXPECT_EQ(completeHeld(1, STATUS_SUCCESS), 1u);
    EXPECT_EQ(waitFor(3).status, STATUS_SUCCESS);
    EXPECT_EQ(logLines({"EvtIo"}), (Lines{"EvtIoWrite 10", "EvtIoWrite 20", "EvtIoWrite 30"}));
}

TEST_F(QueueDispatch, ParallelQueuePresentsEveryRequestAtOnce) {
    config.DispatchType = WdfIoQueueDispatchParallel;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    for (ntos::UserIoTag tag = 1; tag <= 4; ++tag) write(file, tag, 8 * tag);
    EXPECT_EQ(logLines({"EvtIo"}), (Lines{"EvtIoWrite 8", "EvtIoWrite 16", "EvtIoWrite 24", "EvtIoWrite 32"}));
    EXPECT_EQ(heldCount_(), 4u);
    EXPECT_EQ(completeHeld(4, STATUS_SUCCESS), 4u);
    for (ntos::UserIoTag tag = 1; tag <= 4; ++tag) EXPECT_EQ(waitFor(tag).information, 8 * tag);
}

TEST_F(QueueDispatch, ParallelQueueHonoursNumberOfPresentedRequests) {
    config.DispatchType = WdfIoQueueDispatchParallel;
    config.NumberOfPresentedRequests = 2;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    for (ntos::UserIoTag tag = 1; tag <= 3; ++tag) write(file, tag, tag);
    EXPECT_EQ(heldCount_(), 2u);
    EXPECT_EQ(completeHeld(1, STATUS_SUCCESS), 1u);
    EXPECT_EQ(heldCount_(), 2u);
    EXPECT_EQ(logLines({"EvtIo"}), (Lines{"EvtIoWrite 1", "EvtIoWrite 2", "EvtIoWrite 3"}));
}

TEST_F(QueueDispatch, ManualQueuePresentsNothingUntilTheDriverRetrievesARequest) {
    config.DispatchType = WdfIoQueueDispatchManual;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    write(file, 1, 5);
    write(file, 2, 6);
    EXPECT_TRUE(logLines({"EvtIo"}).empty());
    ULONG queued = 0, owned = 0;
    ULONG state = queueState_(&queued, &owned);
    EXPECT_EQ(queued, 2u);
    EXPECT_EQ(owned, 0u);
    EXPECT_EQ(state & WdfIoQueueNoRequests, 0u);
    {
        ntos::System::ThreadScope scope(*system_);
        EXPECT_EQ(retrieve_(STATUS_SUCCESS), STATUS_SUCCESS);
    }
    EXPECT_EQ(waitFor(1).status, STATUS_SUCCESS);
    EXPECT_FALSE(completed(2));
    {
        ntos::System::ThreadScope scope(*system_);
        EXPECT_EQ(retrieve_(STATUS_UNSUCCESSFUL), STATUS_SUCCESS);
        EXPECT_EQ(retrieve_(STATUS_SUCCESS), STATUS_NO_MORE_ENTRIES);
    }
    EXPECT_EQ(waitFor(2).status, STATUS_UNSUCCESSFUL);
}

TEST_F(QueueDispatch, StoppedQueueKeepsRequestsUntilStarted) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    {
        ntos::System::ThreadScope scope(*system_);
        stopQueue_(FALSE);
    }
    write(file, 1, 4);
    EXPECT_TRUE(logLines({"EvtIo"}).empty());
    ULONG queued = 0;
    ULONG state = queueState_(&queued, nullptr);
    EXPECT_EQ(queued, 1u);
    EXPECT_EQ(state & WdfIoQueueDispatchRequests, 0u);
    EXPECT_NE(state & WdfIoQueueAcceptRequests, 0u);
    {
        ntos::System::ThreadScope scope(*system_);
        startQueue_();
    }
    EXPECT_EQ(logLines({"EvtIo"}), (Lines{"EvtIoWrite 4"}));
}

TEST_F(QueueDispatch, StopSynchronouslyReturnsOnlyAfterTheDriverCompletedItsRequests) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    write(file, 1, 4);
    ASSERT_EQ(heldCount_(), 1u);
    ntos::platform::Thread stopper("stopper", [this] {
        ntos::System::ThreadScope scope(*system_);
        stopQueue_(TRUE);
    });
    ntos::platform::sleepFor100ns(200'000);  // 20 ms: the stop must still be waiting
    EXPECT_EQ(logLines({"QueueStopped"}).size(), 0u);
    EXPECT_EQ(completeHeld(1, STATUS_SUCCESS), 1u);
    stopper.join();
    EXPECT_EQ(logLines({"Complete", "QueueStopped"}), (Lines{"Complete 0x00000000", "QueueStoppedSynchronously"}));
}

TEST_F(QueueDispatch, ZeroLengthWriteIsCompletedByTheFrameworkWithoutReachingTheDriver) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    write(file, 1, 0);
    Completion c = waitFor(1);
    EXPECT_EQ(c.status, STATUS_SUCCESS);
    EXPECT_EQ(c.information, 0u);
    EXPECT_TRUE(logLines({"EvtIo"}).empty());
}

}  // namespace
}  // namespace kmdftest
