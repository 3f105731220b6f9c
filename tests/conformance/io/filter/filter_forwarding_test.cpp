// A KMDF upper filter forwarding requests with WdfRequestFormatRequestUsingCurrentType,
// WdfRequestSetCompletionRoutine and WdfRequestSend to its local I/O target ("Sending
// I/O Requests to General I/O Targets", "Completing I/O Requests"): the echo sample
// under the echofilter sample. The function driver's result reaches the client through
// the filter's completion routine; cancellation reaches the driver below; both drivers
// unload without leaks.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include <initguid.h>
#include <ntddk.h>

#include "ntos/io/user_io.h"
#include "ntos/platform/platform.h"
#include "ntos/system.h"
#include "public.h"
#include "user_io_recorder.h"

namespace {

class EchoUnderFilter : public ::testing::Test {
protected:
    void SetUp() override {
        ntos::SystemConfig config;
        config.logSink = log_.sink();
        system_ = std::make_unique<ntos::System>(std::move(config));
        ntos::RootDeviceConfig device{u"ROOT\\ECHO", u"0000", u"echo", ECHO_DRIVER_PATH, {}};
        device.upperFilters.push_back({u"echofilter", ECHOFILTER_DRIVER_PATH});
        ASSERT_EQ(system_->addRootDevice(device), STATUS_SUCCESS);
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

    ntos::UserIoCompletion record(ntos::UserIoTag tag) { return io_.recordInto(tag); }
    kmdftesting::IoResult waitFor(ntos::UserIoTag tag) { return io_.waitFor(tag); }
    std::vector<std::string> filterLines() { return log_.linesStartingWith("EchoFilter:"); }

    kmdftesting::LogCapture log_;
    kmdftesting::UserIoRecorder io_;
    ntos::UserFileId file_ = 0;
    std::unique_ptr<ntos::System> system_;
};

TEST_F(EchoUnderFilter, WriteAndReadPassThroughTheFiltersCompletionRoutineWithTheLowerResult) {
    std::vector<uint8_t> data(300);
    for (size_t i = 0; i < data.size(); ++i) data[i] = static_cast<uint8_t>(i * 3);
    {
        ntos::System::ThreadScope scope(*system_);
        system_->userIo().write(file_, 1, data, 0, record(1));
    }
    kmdftesting::IoResult w = waitFor(1);
    EXPECT_EQ(w.status, STATUS_SUCCESS);
    EXPECT_EQ(w.information, 300u);
    {
        ntos::System::ThreadScope scope(*system_);
        system_->userIo().read(file_, 2, 300, 0, record(2));
    }
    kmdftesting::IoResult r = waitFor(2);
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    ASSERT_EQ(r.information, 300u);
    EXPECT_EQ(std::vector<uint8_t>(r.output.begin(), r.output.begin() + 300), data);
    EXPECT_EQ(filterLines(), (std::vector<std::string>{
                                 "EchoFilter: write completed 0x0: reads 0 (0 bytes), writes 1 (300 bytes)",
                                 "EchoFilter: read completed 0x0: reads 1 (300 bytes), writes 1 (300 bytes)"}));
}

TEST_F(EchoUnderFilter, FailureBelowTheFilterReachesTheClient) {
    {
        ntos::System::ThreadScope scope(*system_);
        system_->userIo().write(file_, 1, std::vector<uint8_t>(40 * 1024 + 1, 1), 0, record(1));
    }
    EXPECT_EQ(waitFor(1).status, STATUS_BUFFER_OVERFLOW);
    EXPECT_EQ(filterLines(), (std::vector<std::string>{
                                 "EchoFilter: write completed 0x80000005: reads 0 (0 bytes), writes 1 (0 bytes)"}));
}

TEST_F(EchoUnderFilter, CancellingAForwardedWriteReachesTheDriverBelow) {
    {
        ntos::System::ThreadScope scope(*system_);
        for (ntos::UserIoTag tag = 1; tag <= 3; ++tag) {
            system_->userIo().write(file_, tag, std::vector<uint8_t>(8, static_cast<uint8_t>(tag)), 0, record(tag));
        }
        system_->userIo().cancel(file_, 0);
    }
    int cancelled = 0;
    for (ntos::UserIoTag tag = 1; tag <= 3; ++tag) {
        NTSTATUS status = waitFor(tag).status;
        EXPECT_TRUE(status == STATUS_CANCELLED || status == STATUS_SUCCESS) << std::hex << status;
        cancelled += status == STATUS_CANCELLED;
    }
    EXPECT_GE(cancelled, 2);
}

TEST_F(EchoUnderFilter, BothDriversUnloadWithoutLeaks) {
    {
        ntos::System::ThreadScope scope(*system_);
        system_->userIo().write(file_, 1, {1, 2, 3}, 0, record(1));
    }
    waitFor(1);
    {
        ntos::System::ThreadScope scope(*system_);
        system_->userIo().close(file_);
        file_ = 0;
    }
    system_->shutdown();
    auto reports = system_->unloadReports();
    ASSERT_EQ(reports.size(), 2u);
    for (const auto& report : reports) {
        EXPECT_EQ(report.leakedPoolAllocations, 0u);
        EXPECT_EQ(report.leakedFrameworkObjects, 0u);
    }
}

}  // namespace
