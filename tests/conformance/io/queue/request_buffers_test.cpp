// Buffers of framework requests by buffering method ("Accessing Data Buffers in
// Framework-Based Drivers", WdfRequestRetrieveInputBuffer, WdfRequestRetrieveOutputWdmMdl,
// WdfRequestRetrieveInputWdmMdl, WdfRequestRetrieveUnsafeUserInputBuffer,
// WdfRequestProbeAndLockUserBufferForRead/Write, WdfRequestRetrieveInputMemory).
#include "kmdfqueue_fixture.h"

namespace kmdfqueue {
namespace {

using Bytes = std::vector<uint8_t>;

TEST_F(KmdfQueueTest, OutDirectIoctlReturnsBytesWrittenThroughTheOutputMdl) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    ioctl(file, 1, IOCTL_KMDFQUEUE_OUT_DIRECT, Bytes{1, 2, 3, 4, 5, 6, 7, 8}, 8);
    Completion c = waitFor(1);
    EXPECT_EQ(c.status, STATUS_SUCCESS);
    EXPECT_EQ(c.information, 8u);
    EXPECT_EQ(c.output, (Bytes{8, 7, 6, 5, 4, 3, 2, 1}));
}

TEST_F(KmdfQueueTest, InDirectIoctlOutputMdlDescribesTheWholeCallerBuffer) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    ioctl(file, 1, IOCTL_KMDFQUEUE_IN_DIRECT, Bytes{9}, 32);
    Completion c = waitFor(1);
    EXPECT_EQ(c.status, STATUS_SUCCESS);
    EXPECT_EQ(c.information, 0u);  // the sum of the 32 bytes the caller passed (zeros)
}

TEST_F(KmdfQueueTest, InputWdmMdlOfABufferedRequestDescribesTheSystemBuffer) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    ioctl(file, 1, IOCTL_KMDFQUEUE_INPUT_MDL, Bytes(12, 0x33), 0);
    Completion c = waitFor(1);
    EXPECT_EQ(c.status, STATUS_SUCCESS);
    EXPECT_EQ(c.information, 12u);
}

TEST_F(KmdfQueueTest, RetrieveInputBufferShorterThanTheMinimumFailsWithBufferTooSmall) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    ioctl(file, 1, IOCTL_KMDFQUEUE_MIN_LENGTH, Bytes(15), 0);
    ioctl(file, 2, IOCTL_KMDFQUEUE_MIN_LENGTH, Bytes(16), 0);
    EXPECT_EQ(waitFor(1).status, STATUS_BUFFER_TOO_SMALL);
    EXPECT_EQ(waitFor(2).status, STATUS_SUCCESS);
    EXPECT_EQ(waitFor(2).information, 16u);
}

TEST_F(KmdfQueueTest, InputMemoryOfARequestRefusesWrites) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    ioctl(file, 1, IOCTL_KMDFQUEUE_WRITE_INPUT_MEMORY, Bytes(4), 0);
    EXPECT_EQ(waitFor(1).status, STATUS_ACCESS_VIOLATION);
}

TEST_F(KmdfQueueTest, MethodNeitherBuffersAreLockedInEvtIoInCallerContextAndUsedLater) {
    config.CallerContext = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    ioctl(file, 1, IOCTL_KMDFQUEUE_NEITHER, Bytes{1, 2, 3, 4, 5, 6}, 6);
    Completion c = waitFor(1);
    EXPECT_EQ(c.status, STATUS_SUCCESS);
    EXPECT_EQ(c.information, 6u);
    EXPECT_EQ(c.output, (Bytes{6, 5, 4, 3, 2, 1}));
    EXPECT_EQ(log({"EvtIoInCallerContext"}), (std::vector<std::string>{"EvtIoInCallerContext neither 0x00000000"}));
}

TEST_F(KmdfQueueTest, UnsafeUserBufferOutsideEvtIoInCallerContextFailsWithInvalidDeviceRequest) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    ioctl(file, 1, IOCTL_KMDFQUEUE_NEITHER_LATE, Bytes{1, 2}, 2);
    EXPECT_EQ(waitFor(1).status, STATUS_INVALID_DEVICE_REQUEST);
}

}  // namespace
}  // namespace kmdfqueue
