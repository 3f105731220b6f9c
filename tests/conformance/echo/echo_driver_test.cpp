// The echo sample's documented behaviour, in-process: a write is held (cancelable) until
// the periodic timer completes it, a read returns the last write's data, writes over
// 40 KiB fail with STATUS_BUFFER_OVERFLOW, and the driver unloads without leaks.
#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include <initguid.h>
#include <ntddk.h>

#include "ntos/io/user_io.h"
#include "ntos/platform/platform.h"
#include "ntos/system.h"
#include "public.h"
#include "user_io_recorder.h"

namespace {

class EchoDriver : public ::testing::Test {
protected:
    void SetUp() override {
        ntos::SystemConfig config;
        config.logSink = log_.sink();
        system_ = std::make_unique<ntos::System>(std::move(config));
        ASSERT_EQ(system_->addRootDevice({u"ROOT\\ECHO", u"0000", u"echo", ECHO_DRIVER_PATH}), STATUS_SUCCESS);
        ASSERT_EQ(system_->boot(), STATUS_SUCCESS);
        file_ = kmdftesting::openInterface(*system_, GUID_DEVINTERFACE_ECHO);
        ASSERT_NE(file_, 0u);
    }

    void TearDown() override {
        if (file_ != 0) {
            ntos::System::ThreadScope scope(*system_);
            system_->userIo().close(file_);
        }
        system_->shutdown();
        system_.reset();
    }

    void write(ntos::UserIoTag tag, std::vector<uint8_t> data) {
        ntos::System::ThreadScope scope(*system_);
        system_->userIo().write(file_, tag, std::move(data), 0, io_.recordInto(tag));
    }

    void read(ntos::UserIoTag tag, ULONG length) {
        ntos::System::ThreadScope scope(*system_);
        system_->userIo().read(file_, tag, length, 0, io_.recordInto(tag));
    }

    kmdftesting::IoResult waitFor(ntos::UserIoTag tag) { return io_.waitFor(tag); }
    bool completed(ntos::UserIoTag tag) { return io_.completed(tag); }

    static std::vector<uint8_t> pattern(size_t length, uint8_t seed) {
        std::vector<uint8_t> data(length);
        for (size_t i = 0; i < length; ++i) data[i] = static_cast<uint8_t>(seed + i * 13);
        return data;
    }

    kmdftesting::LogCapture log_;
    kmdftesting::UserIoRecorder io_;
    ntos::UserFileId file_ = 0;
    std::unique_ptr<ntos::System> system_;
};

TEST_F(EchoDriver, DriverEntryPrintsItsRegistryPathWithPercentWZ) {
    bool found = false;
    for (const std::string& line : log_.lines()) {
        found |= line.find("Echo: DriverEntry \\Registry\\Machine\\System\\CurrentControlSet\\Services\\echo") !=
                 std::string::npos;
    }
    EXPECT_TRUE(found);
}

TEST_F(EchoDriver, ReadBeforeAnyWriteReturnsNoData) {
    read(1, 100);
    kmdftesting::IoResult r = waitFor(1);
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_EQ(r.information, 0u);
}

TEST_F(EchoDriver, WriteCompletesFromTheTimerAndReadReturnsTheSameBytes) {
    auto data = pattern(30 * 1024, 7);
    write(1, data);
    kmdftesting::IoResult w = waitFor(1);
    EXPECT_EQ(w.status, STATUS_SUCCESS);
    EXPECT_EQ(w.information, data.size());
    read(2, static_cast<ULONG>(data.size()));
    kmdftesting::IoResult r = waitFor(2);
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    ASSERT_EQ(r.information, data.size());
    EXPECT_EQ(std::vector<uint8_t>(r.output.begin(), r.output.begin() + r.information), data);
}

TEST_F(EchoDriver, ShortReadReturnsThePrefixOfTheLastWrite) {
    auto data = pattern(512, 1);
    write(1, data);
    waitFor(1);
    read(2, 100);
    kmdftesting::IoResult r = waitFor(2);
    ASSERT_EQ(r.information, 100u);
    EXPECT_EQ(std::vector<uint8_t>(r.output.begin(), r.output.begin() + 100),
              std::vector<uint8_t>(data.begin(), data.begin() + 100));
}

TEST_F(EchoDriver, WriteLongerThan40KiBFailsWithBufferOverflow) {
    write(1, pattern(40 * 1024 + 1, 3));
    kmdftesting::IoResult w = waitFor(1);
    EXPECT_EQ(w.status, STATUS_BUFFER_OVERFLOW);
    EXPECT_EQ(w.information, 0u);
    write(2, pattern(40 * 1024, 3));
    EXPECT_EQ(waitFor(2).status, STATUS_SUCCESS);
}

TEST_F(EchoDriver, ReadWaitsBehindThePendingWriteInTheSequentialQueue) {
    auto data = pattern(64, 9);
    write(1, data);
    read(2, 64);
    kmdftesting::IoResult r = waitFor(2);
    // The read was presented only after the write completed, so it sees the write's data.
    EXPECT_TRUE(completed(1));
    ASSERT_EQ(r.information, 64u);
    EXPECT_EQ(std::vector<uint8_t>(r.output.begin(), r.output.begin() + 64), data);
}

TEST_F(EchoDriver, CancellingThePendingWriteCompletesItCancelled) {
    // Many writes: the later ones wait in the queue, the first is held by the driver.
    for (ntos::UserIoTag tag = 1; tag <= 4; ++tag) write(tag, pattern(16, static_cast<uint8_t>(tag)));
    {
        ntos::System::ThreadScope scope(*system_);
        system_->userIo().cancel(file_, 0);
    }
    int cancelled = 0;
    for (ntos::UserIoTag tag = 1; tag <= 4; ++tag) {
        NTSTATUS status = waitFor(tag).status;
        EXPECT_TRUE(status == STATUS_CANCELLED || status == STATUS_SUCCESS) << std::hex << status;
        cancelled += status == STATUS_CANCELLED;
    }
    // At most the write the timer completed first escapes the cancellation.
    EXPECT_GE(cancelled, 3);
}

TEST_F(EchoDriver, UnloadsWithoutLeaks) {
    write(1, pattern(1000, 5));
    waitFor(1);
    {
        ntos::System::ThreadScope scope(*system_);
        system_->userIo().close(file_);
        file_ = 0;
    }
    system_->shutdown();
    auto reports = system_->unloadReports();
    ASSERT_EQ(reports.size(), 1u);
    EXPECT_EQ(reports[0].serviceName, u"echo");
    EXPECT_EQ(reports[0].leakedPoolAllocations, 0u);
    EXPECT_EQ(reports[0].leakedFrameworkObjects, 0u);
}

}  // namespace
