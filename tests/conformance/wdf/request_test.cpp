// Request rules ("Life Cycle of a Framework Request Object", "Canceling I/O Requests"):
// a request's cleanup runs before its IRP completes; a queued request is cancelled by the
// framework; a driver-owned cancelable request reaches EvtRequestCancel; closing a handle
// cancels its outstanding requests; buffered IOCTL bytes round-trip.
#include "kmdftest_fixture.h"

namespace kmdftest {
namespace {

using Lines = std::vector<std::string>;

class RequestLifeCycle : public KmdfTestDriverTest {};

TEST_F(RequestLifeCycle, RequestCleanupRunsBeforeTheIrpCompletes) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    write(file, 1, 16);
    EXPECT_EQ(completeHeld(1, STATUS_SUCCESS), 1u);
    Completion c = waitFor(1);
    EXPECT_EQ(c.status, STATUS_SUCCESS);
    EXPECT_EQ(c.information, 16u);
    EXPECT_NE(c.snapshot.find("Complete 0x00000000\nEvtRequestCleanup\n"), std::string::npos)
        << c.snapshot;
}

TEST_F(RequestLifeCycle, CancellingADriverOwnedCancelableRequestCallsEvtRequestCancel) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    write(file, 1, 8);
    ASSERT_EQ(heldCount_(), 1u);
    EXPECT_EQ(cancel(file, 1), STATUS_SUCCESS);
    EXPECT_EQ(waitFor(1).status, STATUS_CANCELLED);
    EXPECT_EQ(logLines({"EvtIo", "EvtRequestCancel"}), (Lines{"EvtIoWrite 8", "EvtRequestCancel"}));
    EXPECT_EQ(heldCount_(), 0u);
}

TEST_F(RequestLifeCycle, CancellingAQueuedRequestCompletesItWithoutPresentingIt) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    write(file, 1, 8);
    write(file, 2, 9);
    EXPECT_EQ(cancel(file, 2), STATUS_SUCCESS);
    EXPECT_EQ(waitFor(2).status, STATUS_CANCELLED);
    EXPECT_EQ(completeHeld(1, STATUS_SUCCESS), 1u);
    EXPECT_EQ(waitFor(1).status, STATUS_SUCCESS);
    // Request 2 never reached the driver.
    EXPECT_EQ(logLines({"EvtIo", "EvtRequestCancel"}), (Lines{"EvtIoWrite 8"}));
}

TEST_F(RequestLifeCycle, ClosingTheHandleCancelsEveryOutstandingRequest) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    write(file, 1, 1);
    write(file, 2, 2);
    write(file, 3, 3);
    close(file);
    EXPECT_EQ(waitFor(1).status, STATUS_CANCELLED);
    EXPECT_EQ(waitFor(2).status, STATUS_CANCELLED);
    EXPECT_EQ(waitFor(3).status, STATUS_CANCELLED);
    EXPECT_EQ(heldCount_(), 0u);
}

TEST_F(RequestLifeCycle, BufferedIoctlEchoesTheInputBytes) {
    config.HoldRequests = FALSE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    std::vector<uint8_t> input = {1, 2, 3, 4, 5, 250};
    ioctl(file, 1, IOCTL_KMDFTEST_ECHO, input, 16);
    Completion c = waitFor(1);
    EXPECT_EQ(c.status, STATUS_SUCCESS);
    EXPECT_EQ(c.information, input.size());
    ASSERT_GE(c.output.size(), input.size());
    EXPECT_EQ(std::vector<uint8_t>(c.output.begin(), c.output.begin() + input.size()), input);
}

TEST_F(RequestLifeCycle, UnknownIoctlFails) {
    config.HoldRequests = FALSE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    ioctl(file, 1, CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS), {1}, 1);
    EXPECT_EQ(waitFor(1).status, STATUS_INVALID_DEVICE_REQUEST);
}

TEST_F(RequestLifeCycle, ReadReturnsTheLengthTheDriverCompletedWith) {
    config.HoldRequests = FALSE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 64);
    Completion c = waitFor(1);
    EXPECT_EQ(c.status, STATUS_SUCCESS);
    EXPECT_EQ(c.information, 64u);
}

}  // namespace
}  // namespace kmdftest
