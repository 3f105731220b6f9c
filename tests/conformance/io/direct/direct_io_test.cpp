// Direct I/O with caller-owned buffers ("Using Direct I/O"; UserIo::*CallerBuffer): the
// MDL the I/O manager builds for a DO_DIRECT_IO device or a METHOD_*_DIRECT IOCTL
// describes the caller's memory itself, so what the driver writes through
// MmGetSystemAddressForMdlSafe is in the caller's buffer when the IRP completes, with no
// copy back, and transfers far beyond the socket's 128 KiB limit work.
#include <gtest/gtest.h>

#include <ntddk.h>

#include <dlfcn.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <numeric>
#include <vector>

#include "ntos/io/user_io.h"
#include "ntos/platform/platform.h"
#include "ntos/system.h"
#include "wdmdirect.h"
#include "wdmecho.h"

namespace {

constexpr ULONG kOneMiB = 1024 * 1024;

// Collects one completion; waits for it (bounded).
class Completion {
public:
    ntos::UserIoCompletion callback() {
        return [this](ntos::UserIoResult result) {
            ntos::platform::LockGuard guard(lock_);
            ++calls_;
            result_ = std::move(result);
            done_.notifyAll();
        };
    }
    ntos::UserIoResult wait() {
        ntos::platform::UniqueLock guard(lock_);
        const int64_t deadline = ntos::platform::monotonicNow100ns() + 100'000'000;
        while (calls_ == 0) {
            if (!done_.waitUntil(guard, deadline)) break;
        }
        EXPECT_EQ(calls_, 1);
        return result_;
    }

private:
    ntos::platform::Mutex lock_;
    ntos::platform::ConditionVariable done_;
    int calls_ = 0;
    ntos::UserIoResult result_;
};

std::vector<uint8_t> pattern(size_t size, uint8_t seed) {
    std::vector<uint8_t> bytes(size);
    for (size_t i = 0; i < size; ++i) bytes[i] = static_cast<uint8_t>(seed + i * 7);
    return bytes;
}

class DirectIo : public ::testing::Test {
protected:
    void SetUp() override {
        ntos::SystemConfig config;
        config.logSink = [](std::string_view) {};
        system_ = std::make_unique<ntos::System>(std::move(config));
        ASSERT_EQ(system_->boot(), STATUS_SUCCESS);
        ASSERT_EQ(system_->loadDriver({u"wdmdirect", WDMDIRECT_PATH}), STATUS_SUCCESS);
        module_ = dlopen(WDMDIRECT_PATH, RTLD_NOW | RTLD_NOLOAD);
        ASSERT_NE(module_, nullptr);
        lastAddress_ = reinterpret_cast<WdmDirectLastMdlAddressFn>(dlsym(module_, "WdmDirectLastMdlAddress"));
        lastLength_ = reinterpret_cast<WdmDirectLastMdlLengthFn>(dlsym(module_, "WdmDirectLastMdlLength"));
        ASSERT_NE(lastAddress_, nullptr);
        ASSERT_NE(lastLength_, nullptr);
        scope_ = std::make_unique<ntos::System::ThreadScope>(*system_);
        ntos::UserOpenParams params;
        params.path = u"\\\\.\\WdmDirect";
        ASSERT_EQ(system_->userIo().open(params, &file_), STATUS_SUCCESS);
    }

    void TearDown() override {
        if (file_ != 0) system_->userIo().close(file_);
        scope_.reset();
        system_->shutdown();
        system_.reset();
        if (module_) dlclose(module_);
    }

    ntos::UserIoResult write(std::vector<uint8_t>& buffer, ULONG tag = 1) {
        Completion done;
        system_->userIo().writeCallerBuffer(file_, tag, {buffer.data(), static_cast<ULONG>(buffer.size())}, 0,
                                            done.callback());
        return done.wait();
    }
    ntos::UserIoResult read(std::vector<uint8_t>& buffer, ULONG tag = 2) {
        Completion done;
        system_->userIo().readCallerBuffer(file_, tag, {buffer.data(), static_cast<ULONG>(buffer.size())}, 0,
                                           done.callback());
        return done.wait();
    }
    ntos::UserIoResult ioctl(ULONG code, std::vector<uint8_t> input, std::vector<uint8_t>& output) {
        Completion done;
        system_->userIo().deviceControlCallerBuffer(file_, 3, code, std::move(input),
                                                    {output.data(), static_cast<ULONG>(output.size())},
                                                    done.callback());
        return done.wait();
    }

    std::unique_ptr<ntos::System> system_;
    std::unique_ptr<ntos::System::ThreadScope> scope_;
    void* module_ = nullptr;
    WdmDirectLastMdlAddressFn lastAddress_ = nullptr;
    WdmDirectLastMdlLengthFn lastLength_ = nullptr;
    ntos::UserFileId file_ = 0;
};

TEST_F(DirectIo, WriteMdlDescribesTheCallersBufferItself) {
    auto data = pattern(kOneMiB, 11);
    auto result = write(data);
    EXPECT_EQ(result.status, STATUS_SUCCESS);
    EXPECT_EQ(result.information, kOneMiB);
    EXPECT_TRUE(result.output.empty());
    EXPECT_EQ(lastAddress_(), data.data());
    EXPECT_EQ(lastLength_(), kOneMiB);
}

TEST_F(DirectIo, ReadDataWrittenThroughTheMdlIsInTheCallersBufferWithoutACopyBack) {
    auto data = pattern(kOneMiB, 3);
    ASSERT_EQ(write(data).status, STATUS_SUCCESS);
    std::vector<uint8_t> buffer(kOneMiB, 0);
    auto result = read(buffer);
    EXPECT_EQ(result.status, STATUS_SUCCESS);
    EXPECT_EQ(result.information, kOneMiB);
    EXPECT_TRUE(result.output.empty());  // nothing to copy: the driver wrote into `buffer`
    EXPECT_EQ(lastAddress_(), buffer.data());
    EXPECT_EQ(lastLength_(), kOneMiB);
    for (size_t i = 0; i < buffer.size(); ++i) {
        ASSERT_EQ(buffer[i], static_cast<uint8_t>(data[i] ^ 0xFF)) << "at byte " << i;
    }
}

TEST_F(DirectIo, UnalignedCallerBufferKeepsItsByteOffsetInTheMdl) {
    std::vector<uint8_t> storage(8192 + 100, 0);
    std::vector<uint8_t> data = pattern(5000, 1);
    ASSERT_EQ(write(data).status, STATUS_SUCCESS);
    Completion done;
    uint8_t* start = storage.data() + 13;
    system_->userIo().readCallerBuffer(file_, 9, {start, 5000}, 0, done.callback());
    auto result = done.wait();
    EXPECT_EQ(result.status, STATUS_SUCCESS);
    EXPECT_EQ(result.information, 5000u);
    EXPECT_EQ(lastAddress_(), start);
    EXPECT_EQ(storage[12], 0);
    EXPECT_EQ(start[0], static_cast<uint8_t>(data[0] ^ 0xFF));
    EXPECT_EQ(start[4999], static_cast<uint8_t>(data[4999] ^ 0xFF));
    EXPECT_EQ(start[5000], 0);
}

TEST_F(DirectIo, ShortReadReportsTheCountAndLeavesTheRestOfTheBufferAlone) {
    auto data = pattern(100, 5);
    ASSERT_EQ(write(data).status, STATUS_SUCCESS);
    std::vector<uint8_t> buffer(4096, 0xAB);
    auto result = read(buffer);
    EXPECT_EQ(result.status, STATUS_SUCCESS);
    EXPECT_EQ(result.information, 100u);
    EXPECT_EQ(buffer[99], static_cast<uint8_t>(data[99] ^ 0xFF));
    EXPECT_EQ(buffer[100], 0xAB);
}

TEST_F(DirectIo, OutDirectIoctlFillsTheCallersOutputBufferThroughTheMdl) {
    std::vector<uint8_t> output(kOneMiB, 0);
    auto result = ioctl(IOCTL_WDMDIRECT_FILL, {42}, output);
    EXPECT_EQ(result.status, STATUS_SUCCESS);
    EXPECT_EQ(result.information, kOneMiB);
    EXPECT_TRUE(result.output.empty());
    EXPECT_EQ(lastAddress_(), output.data());
    EXPECT_EQ(output, pattern(kOneMiB, 42));
}

TEST_F(DirectIo, InDirectIoctlReadsTheCallersOutputBufferInPlace) {
    auto output = pattern(kOneMiB, 9);
    const auto sum = std::accumulate(output.begin(), output.end(), uint64_t{0});
    auto result = ioctl(IOCTL_WDMDIRECT_SUM, {}, output);
    EXPECT_EQ(result.status, STATUS_SUCCESS);
    EXPECT_EQ(result.information, sum);
    EXPECT_EQ(lastAddress_(), output.data());
    EXPECT_EQ(output, pattern(kOneMiB, 9));  // the device only read it
}

TEST_F(DirectIo, CopiedReadStillWorksAndReturnsTheBytes) {
    auto data = pattern(1000, 77);
    ASSERT_EQ(write(data).status, STATUS_SUCCESS);
    Completion done;
    system_->userIo().read(file_, 4, 1000, 0, done.callback());
    auto result = done.wait();
    EXPECT_EQ(result.status, STATUS_SUCCESS);
    ASSERT_EQ(result.output.size(), 1000u);
    EXPECT_EQ(result.output[0], static_cast<uint8_t>(data[0] ^ 0xFF));
    EXPECT_EQ(result.output[999], static_cast<uint8_t>(data[999] ^ 0xFF));
}

TEST_F(DirectIo, NullCallerBufferWithALengthIsRejected) {
    Completion done;
    system_->userIo().readCallerBuffer(file_, 5, {nullptr, 16}, 0, done.callback());
    EXPECT_EQ(done.wait().status, STATUS_INVALID_PARAMETER);
    Completion ioctlDone;
    system_->userIo().deviceControlCallerBuffer(file_, 6, IOCTL_WDMDIRECT_FILL, {1}, {nullptr, 16},
                                                ioctlDone.callback());
    EXPECT_EQ(ioctlDone.wait().status, STATUS_INVALID_PARAMETER);
}

TEST_F(DirectIo, TransferLargerThanOneMdlCanDescribeFailsBeforeTheDriver) {
    const void* before = lastAddress_();
    std::vector<uint8_t> buffer(20u << 20);
    auto result = read(buffer);
    EXPECT_EQ(result.status, STATUS_INSUFFICIENT_RESOURCES);
    EXPECT_EQ(result.information, 0u);
    EXPECT_EQ(lastAddress_(), before);
}

TEST_F(DirectIo, CallerBufferOnAnUnknownHandleFailsWithInvalidHandle) {
    std::vector<uint8_t> buffer(16);
    Completion done;
    system_->userIo().writeCallerBuffer(file_ + 1000, 7, {buffer.data(), 16}, 0, done.callback());
    EXPECT_EQ(done.wait().status, STATUS_INVALID_HANDLE);
}

// A caller buffer on a DO_BUFFERED_IO device (wdmecho): the I/O manager still gives the
// driver a system buffer, copied from the caller's memory for a write and into it at
// completion for a read ("Using Buffered I/O"); the result carries no bytes.
class CallerBufferOnBufferedDevice : public ::testing::Test {
protected:
    void SetUp() override {
        ntos::SystemConfig config;
        config.logSink = [](std::string_view) {};
        system_ = std::make_unique<ntos::System>(std::move(config));
        ASSERT_EQ(system_->addRootDevice({u"ROOT\\WDMECHO", u"0000", u"wdmecho", WDMECHO_PATH}), STATUS_SUCCESS);
        ASSERT_EQ(system_->boot(), STATUS_SUCCESS);
        scope_ = std::make_unique<ntos::System::ThreadScope>(*system_);
        ntos::UserOpenParams params;
        params.path = u"\\\\?\\ROOT#WDMECHO#0000#{6f1b1d52-3c4a-4f7e-9b1e-2a7c5d9e0f11}";
        ASSERT_EQ(system_->userIo().open(params, &file_), STATUS_SUCCESS);
    }
    void TearDown() override {
        if (file_ != 0) system_->userIo().close(file_);
        scope_.reset();
        system_->shutdown();
        system_.reset();
    }

    std::unique_ptr<ntos::System> system_;
    std::unique_ptr<ntos::System::ThreadScope> scope_;
    ntos::UserFileId file_ = 0;
};

TEST_F(CallerBufferOnBufferedDevice, WriteCopiesFromAndReadCopiesIntoTheCallersMemory) {
    auto data = pattern(200, 8);
    Completion wrote;
    system_->userIo().writeCallerBuffer(file_, 1, {data.data(), 200}, 0, wrote.callback());
    auto written = wrote.wait();
    EXPECT_EQ(written.status, STATUS_SUCCESS);
    EXPECT_EQ(written.information, 200u);
    std::vector<uint8_t> buffer(256, 0xEE);
    Completion read;
    system_->userIo().readCallerBuffer(file_, 2, {buffer.data(), 256}, 0, read.callback());
    auto result = read.wait();
    EXPECT_EQ(result.status, STATUS_SUCCESS);
    EXPECT_EQ(result.information, 200u);
    EXPECT_TRUE(result.output.empty());
    EXPECT_TRUE(std::equal(data.begin(), data.end(), buffer.begin()));
    EXPECT_EQ(buffer[200], 0xEE);  // only Information bytes are copied back
}

TEST_F(CallerBufferOnBufferedDevice, BufferedIoctlOutputLandsInTheCallersMemory) {
    std::vector<uint8_t> output(4, 0);
    Completion done;
    system_->userIo().deviceControlCallerBuffer(file_, 3, IOCTL_WDMECHO_BUFFERED, {1, 2, 3, 4},
                                                {output.data(), 4}, done.callback());
    auto result = done.wait();
    EXPECT_EQ(result.status, STATUS_SUCCESS);
    EXPECT_EQ(result.information, 4u);
    EXPECT_TRUE(result.output.empty());
    EXPECT_EQ(output, (std::vector<uint8_t>{2, 3, 4, 5}));
}

}  // namespace
