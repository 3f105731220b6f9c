// A non-PnP driver's control device ("Using Control Device Objects"): the ioctl sample,
// loaded with System::loadDriver, reached by its name and symbolic link; each buffer
// method of "Buffer Descriptions for I/O Control Codes"; EvtDeviceWdmIrpPreprocess before
// the framework ("Preprocessing and Postprocessing IRPs"); shutdown notification and
// unload without leaks.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <ntddk.h>

#include <cstring>

#include "ntos/io/user_io.h"
#include "ntos/platform/platform.h"
#include "ntos/system.h"
#include "public.h"

namespace {

struct Result {
    NTSTATUS status = STATUS_PENDING;
    ULONG_PTR information = 0;
    std::vector<uint8_t> output;
};

class ControlDeviceTest : public ::testing::Test {
protected:
    void SetUp() override {
        ntos::SystemConfig config;
        config.logSink = [this](std::string_view line) {
            ntos::platform::LockGuard guard(logMutex_);
            log_.emplace_back(line);
        };
        system_ = std::make_unique<ntos::System>(std::move(config));
        ASSERT_EQ(system_->boot(), STATUS_SUCCESS);
        ASSERT_EQ(system_->loadDriver({u"ioctl", IOCTL_DRIVER_PATH}), STATUS_SUCCESS);
    }

    void TearDown() override {
        if (!system_) return;
        closeAll();
        system_->shutdown();
    }

    void closeAll() {
        ntos::System::ThreadScope scope(*system_);
        for (ntos::UserFileId file : open_) system_->userIo().close(file);
        open_.clear();
    }

    NTSTATUS open(const std::u16string& path, ntos::UserFileId* file) {
        ntos::System::ThreadScope scope(*system_);
        ntos::UserOpenParams params;
        params.path = path;
        NTSTATUS status = system_->userIo().open(params, file);
        if (NT_SUCCESS(status)) open_.push_back(*file);
        return status;
    }

    ntos::UserFileId openDevice() {
        ntos::UserFileId file = 0;
        EXPECT_EQ(open(u"\\\\.\\OKIOCTL", &file), STATUS_SUCCESS);
        return file;
    }

    // Waits (bounded) for a completion delivered on any thread.
    Result wait(const std::shared_ptr<Result>& result) {
        for (int i = 0; i < 5000; ++i) {
            {
                ntos::platform::LockGuard guard(resultMutex_);
                if (result->status != STATUS_PENDING) return *result;
            }
            ntos::platform::sleepFor100ns(10'000);
        }
        ADD_FAILURE() << "the IOCTL did not complete";
        return *result;
    }

    ntos::UserIoCompletion recordInto(const std::shared_ptr<Result>& result) {
        return [this, result](ntos::UserIoResult done) {
            ntos::platform::LockGuard guard(resultMutex_);
            result->information = done.information;
            result->output = std::move(done.output);
            result->status = done.status;
        };
    }

    Result ioctl(ntos::UserFileId file, ULONG code, std::vector<uint8_t> input, ULONG outputLength) {
        auto result = std::make_shared<Result>();
        {
            ntos::System::ThreadScope scope(*system_);
            system_->userIo().deviceControl(file, ++tag_, code, std::move(input), outputLength, recordInto(result));
        }
        return wait(result);
    }

    Result ioctlWithOutputBuffer(ntos::UserFileId file, ULONG code, std::vector<uint8_t> input,
                                 std::vector<uint8_t> outputBuffer) {
        auto result = std::make_shared<Result>();
        {
            ntos::System::ThreadScope scope(*system_);
            system_->userIo().deviceControlWithOutputBuffer(file, ++tag_, code, std::move(input),
                                                            std::move(outputBuffer), recordInto(result));
        }
        return wait(result);
    }

    OKIOCTL_STATISTICS statistics(ntos::UserFileId file) {
        Result r = ioctl(file, IOCTL_OKIOCTL_GET_STATISTICS, {}, sizeof(OKIOCTL_STATISTICS));
        OKIOCTL_STATISTICS s{};
        EXPECT_EQ(r.status, STATUS_SUCCESS);
        EXPECT_EQ(r.output.size(), sizeof(s));
        if (r.output.size() == sizeof(s)) std::memcpy(&s, r.output.data(), sizeof(s));
        return s;
    }

    std::vector<std::string> logLines() {
        ntos::platform::LockGuard guard(logMutex_);
        return log_;
    }

    static std::vector<uint8_t> pattern(size_t length, uint8_t seed) {
        std::vector<uint8_t> bytes(length);
        for (size_t i = 0; i < length; ++i) bytes[i] = static_cast<uint8_t>(seed + i * 13);
        return bytes;
    }

    std::unique_ptr<ntos::System> system_;
    std::vector<ntos::UserFileId> open_;
    ntos::UserIoTag tag_ = 0;
    ntos::platform::Mutex logMutex_;
    std::vector<std::string> log_;
    ntos::platform::Mutex resultMutex_;
};

TEST_F(ControlDeviceTest, IsReachableByItsSymbolicLinkAndItsName) {
    ntos::UserFileId byLink = 0;
    ntos::UserFileId byName = 0;
    EXPECT_EQ(open(u"\\\\.\\OKIOCTL", &byLink), STATUS_SUCCESS);
    EXPECT_EQ(open(u"\\Device\\OKIOCTL", &byName), STATUS_SUCCESS);
    ntos::UserFileId missing = 0;
    EXPECT_EQ(open(u"\\\\.\\OKIOCTL2", &missing), STATUS_OBJECT_NAME_NOT_FOUND);
}

TEST_F(ControlDeviceTest, MethodBufferedReturnsEachInputByteXoredWithTheKey) {
    ntos::UserFileId file = openDevice();
    std::vector<uint8_t> input = pattern(300, 7);
    Result r = ioctl(file, IOCTL_OKIOCTL_METHOD_BUFFERED, input, 400);
    ASSERT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_EQ(r.information, 300u);
    ASSERT_EQ(r.output.size(), 300u);
    for (size_t i = 0; i < input.size(); ++i) ASSERT_EQ(r.output[i], input[i] ^ OKIOCTL_XOR_KEY) << i;
}

TEST_F(ControlDeviceTest, MethodBufferedWithTooSmallAnOutputBufferFails) {
    ntos::UserFileId file = openDevice();
    Result r = ioctl(file, IOCTL_OKIOCTL_METHOD_BUFFERED, pattern(16, 1), 8);
    EXPECT_EQ(r.status, STATUS_BUFFER_TOO_SMALL);
    EXPECT_EQ(r.information, 0u);
}

TEST_F(ControlDeviceTest, MethodInDirectDeliversTheCallersOutputBufferToTheDevice) {
    ntos::UserFileId file = openDevice();
    std::vector<uint8_t> key = pattern(16, 3);
    std::vector<uint8_t> data(1000);
    for (size_t i = 0; i < data.size(); ++i) data[i] = key[i % key.size()] ^ OKIOCTL_XOR_KEY;
    Result r = ioctlWithOutputBuffer(file, IOCTL_OKIOCTL_METHOD_IN_DIRECT, key, data);
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_EQ(r.information, 1000u);

    // The driver read what the caller put there: one changed byte is seen.
    data[999] ^= 1;
    r = ioctlWithOutputBuffer(file, IOCTL_OKIOCTL_METHOD_IN_DIRECT, key, data);
    EXPECT_EQ(r.status, STATUS_DATA_ERROR);
    // Without the caller's bytes the device reads zeros.
    r = ioctl(file, IOCTL_OKIOCTL_METHOD_IN_DIRECT, key, 1000);
    EXPECT_EQ(r.status, STATUS_DATA_ERROR);
}

TEST_F(ControlDeviceTest, MethodOutDirectReturnsTheInputReversed) {
    ntos::UserFileId file = openDevice();
    std::vector<uint8_t> input = pattern(4096, 9);
    Result r = ioctl(file, IOCTL_OKIOCTL_METHOD_OUT_DIRECT, input, 4096);
    ASSERT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_EQ(r.information, 4096u);
    std::vector<uint8_t> reversed(input.rbegin(), input.rend());
    EXPECT_EQ(r.output, reversed);
}

TEST_F(ControlDeviceTest, MethodNeitherIsServedThroughTheCallersContext) {
    ntos::UserFileId file = openDevice();
    std::vector<uint8_t> input = pattern(77, 200);
    Result r = ioctl(file, IOCTL_OKIOCTL_METHOD_NEITHER, input, 100);
    ASSERT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_EQ(r.information, 77u);
    ASSERT_EQ(r.output.size(), 77u);
    for (size_t i = 0; i < input.size(); ++i) ASSERT_EQ(r.output[i], static_cast<uint8_t>(~input[i])) << i;
}

TEST_F(ControlDeviceTest, PreprocessCallbackSeesEveryIrpBeforeTheQueueAndItsCompletionAfter) {
    ntos::UserFileId file = openDevice();
    OKIOCTL_STATISTICS before = statistics(file);
    // The statistics request itself was preprocessed and queued, not yet postprocessed.
    EXPECT_EQ(before.Preprocessed, 1u);
    EXPECT_EQ(before.QueueRequests, 1u);
    EXPECT_EQ(before.PreprocessedBeforeQueue, 1u);
    EXPECT_EQ(before.Postprocessed, 0u);

    EXPECT_EQ(ioctl(file, IOCTL_OKIOCTL_METHOD_BUFFERED, pattern(8, 1), 8).status, STATUS_SUCCESS);
    EXPECT_EQ(ioctl(file, IOCTL_OKIOCTL_METHOD_NEITHER, pattern(8, 1), 8).status, STATUS_SUCCESS);
    // A code the driver does not know still goes through preprocess and the queue.
    EXPECT_EQ(ioctl(file, CTL_CODE(FILE_DEVICE_OKIOCTL, 0x9FF, METHOD_BUFFERED, FILE_ANY_ACCESS), {}, 0).status,
              STATUS_INVALID_DEVICE_REQUEST);

    OKIOCTL_STATISTICS after = statistics(file);
    EXPECT_EQ(after.Preprocessed, 5u);
    EXPECT_EQ(after.QueueRequests, 5u);
    EXPECT_EQ(after.PreprocessedBeforeQueue, 5u);
    EXPECT_EQ(after.Postprocessed, 4u);
}

TEST_F(ControlDeviceTest, ShutdownNotifiesTheDeviceAndTheDriverUnloadsWithoutLeaks) {
    ntos::UserFileId file = openDevice();
    EXPECT_EQ(ioctl(file, IOCTL_OKIOCTL_METHOD_OUT_DIRECT, pattern(64, 5), 64).status, STATUS_SUCCESS);
    closeAll();
    system_->shutdown();

    std::vector<std::string> lines = logLines();
    auto find = [&](const std::string& text) {
        return std::find_if(lines.begin(), lines.end(),
                            [&](const std::string& l) { return l.find(text) != std::string::npos; });
    };
    auto shutdown = find("OkIoctl: shutdown notification");
    auto unload = find("OkIoctl: unload");
    ASSERT_NE(shutdown, lines.end());
    ASSERT_NE(unload, lines.end());
    EXPECT_LT(shutdown - lines.begin(), unload - lines.begin());

    std::vector<ntos::UnloadReport> reports = system_->unloadReports();
    auto report = std::find_if(reports.begin(), reports.end(),
                               [](const ntos::UnloadReport& r) { return r.serviceName == u"ioctl"; });
    ASSERT_NE(report, reports.end());
    EXPECT_EQ(report->leakedPoolAllocations, 0u);
    EXPECT_EQ(report->leakedFrameworkObjects, 0u);
    for (const std::string& detail : report->details) ADD_FAILURE() << detail;
}

}  // namespace
