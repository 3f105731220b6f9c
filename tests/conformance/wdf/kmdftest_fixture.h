// A System with the kmdftest driver on ROOT\KMDFTEST\0000, booted per test. The test
// module is opened by the test too, so its log and configuration outlive the System and
// each test starts from a freshly loaded driver.
#pragma once

#include <dlfcn.h>
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "kmdftest.h"
#include "ntos/io/user_io.h"
#include "ntos/platform/platform.h"
#include "ntos/system.h"
#include "user_io_recorder.h"

namespace kmdftest {

// A user I/O result; `snapshot` holds the driver's log at the moment it completed.
using Completion = kmdftesting::IoResult;

class KmdfTestDriverTest : public ::testing::Test {
protected:
    using SetConfigFn = void (*)(const KMDFTEST_CONFIG*);
    using ReadLogFn = ULONG (*)(char*, ULONG);
    using CompleteHeldFn = ULONG (*)(ULONG, NTSTATUS);
    using HeldCountFn = ULONG (*)();
    using RetrieveFn = NTSTATUS (*)(NTSTATUS);
    using StopQueueFn = void (*)(BOOLEAN);
    using StartQueueFn = void (*)();
    using QueueStateFn = ULONG (*)(ULONG*, ULONG*);

    KMDFTEST_CONFIG config{WdfIoQueueDispatchSequential, 0, 0, 0, 0, TRUE, FALSE};

    void SetUp() override {
        module_ = dlopen(KMDFTEST_DRIVER_PATH, RTLD_NOW | RTLD_LOCAL);
        ASSERT_NE(module_, nullptr) << dlerror();
        setConfig_ = sym<SetConfigFn>("KmdfTestSetConfig");
        readLog_ = sym<ReadLogFn>("KmdfTestReadLog");
        completeHeld_ = sym<CompleteHeldFn>("KmdfTestCompleteHeld");
        heldCount_ = sym<HeldCountFn>("KmdfTestHeldCount");
        retrieve_ = sym<RetrieveFn>("KmdfTestRetrieveAndComplete");
        stopQueue_ = sym<StopQueueFn>("KmdfTestStopQueue");
        startQueue_ = sym<StartQueueFn>("KmdfTestStartQueue");
        queueState_ = sym<QueueStateFn>("KmdfTestQueueState");
    }

    void TearDown() override {
        if (system_) {
            {
                ntos::System::ThreadScope scope(*system_);
                for (auto& [id, open] : files_) {
                    if (open) system_->userIo().close(id);
                }
            }
            system_->shutdown();
            system_.reset();
        }
        if (module_ != nullptr) dlclose(module_);
    }

    template <class F>
    F sym(const char* name) {
        void* p = dlsym(module_, name);
        EXPECT_NE(p, nullptr) << name;
        return reinterpret_cast<F>(p);
    }

    // Boots the System with the current `config`.
    NTSTATUS boot() {
        setConfig_(&config);
        ntos::SystemConfig sc;
        sc.logSink = hostLog_.sink();
        system_ = std::make_unique<ntos::System>(std::move(sc));
        EXPECT_EQ(system_->addRootDevice({u"ROOT\\KMDFTEST", u"0000", u"kmdftest", KMDFTEST_DRIVER_PATH}),
                  STATUS_SUCCESS);
        return system_->boot();
    }

    void shutdown() {
        {
            ntos::System::ThreadScope scope(*system_);
            for (auto& [id, open] : files_) {
                if (open) system_->userIo().close(id);
                open = false;
            }
        }
        system_->shutdown();
    }

    std::string driverLog() {
        std::vector<char> buffer(64 * 1024);
        readLog_(buffer.data(), static_cast<ULONG>(buffer.size()));
        return buffer.data();
    }

    // The driver log lines that start with one of `prefixes` (to compare sequences
    // without the lines a test does not care about).
    std::vector<std::string> logLines(std::initializer_list<const char*> prefixes = {}) {
        std::vector<std::string> lines;
        std::string log = driverLog();
        size_t start = 0;
        while (start < log.size()) {
            size_t end = log.find('\n', start);
            if (end == std::string::npos) end = log.size();
            std::string line = log.substr(start, end - start);
            bool keep = prefixes.size() == 0;
            for (const char* p : prefixes) keep = keep || line.rfind(p, 0) == 0;
            if (keep) lines.push_back(line);
            start = end + 1;
        }
        return lines;
    }

    ntos::UserFileId open() {
        ntos::UserFileId id = kmdftesting::openInterface(*system_, GUID_DEVINTERFACE_KMDFTEST);
        if (id != 0) files_[id] = true;
        return id;
    }

    void close(ntos::UserFileId file) {
        ntos::System::ThreadScope scope(*system_);
        EXPECT_EQ(system_->userIo().close(file), STATUS_SUCCESS);
        files_[file] = false;
    }

    ntos::UserIoCompletion recordInto(ntos::UserIoTag tag) {
        return io_.recordInto(tag, [this] { return driverLog(); });
    }

    void write(ntos::UserFileId file, ntos::UserIoTag tag, size_t length) {
        ntos::System::ThreadScope scope(*system_);
        std::vector<uint8_t> data(length);
        for (size_t i = 0; i < length; ++i) data[i] = static_cast<uint8_t>(i * 7 + tag);
        system_->userIo().write(file, tag, std::move(data), 0, recordInto(tag));
    }

    void read(ntos::UserFileId file, ntos::UserIoTag tag, ULONG length) {
        ntos::System::ThreadScope scope(*system_);
        system_->userIo().read(file, tag, length, 0, recordInto(tag));
    }

    void ioctl(ntos::UserFileId file, ntos::UserIoTag tag, ULONG code, std::vector<uint8_t> input, ULONG outLength) {
        ntos::System::ThreadScope scope(*system_);
        system_->userIo().deviceControl(file, tag, code, std::move(input), outLength, recordInto(tag));
    }

    NTSTATUS cancel(ntos::UserFileId file, ntos::UserIoTag tag) {
        ntos::System::ThreadScope scope(*system_);
        return system_->userIo().cancel(file, tag);
    }

    bool completed(ntos::UserIoTag tag) { return io_.completed(tag); }

    // Waits (bounded) for the completion of `tag`: completions of user I/O may be
    // delivered from another thread.
    Completion waitFor(ntos::UserIoTag tag) { return io_.waitFor(tag); }

    ULONG completeHeld(ULONG count, NTSTATUS status) {
        ntos::System::ThreadScope scope(*system_);
        return completeHeld_(count, status);
    }

    std::unique_ptr<ntos::System> system_;
    void* module_ = nullptr;
    SetConfigFn setConfig_ = nullptr;
    ReadLogFn readLog_ = nullptr;
    CompleteHeldFn completeHeld_ = nullptr;
    HeldCountFn heldCount_ = nullptr;
    RetrieveFn retrieve_ = nullptr;
    StopQueueFn stopQueue_ = nullptr;
    StartQueueFn startQueue_ = nullptr;
    QueueStateFn queueState_ = nullptr;

    kmdftesting::LogCapture hostLog_;
    kmdftesting::UserIoRecorder io_;
    std::map<ntos::UserFileId, bool> files_;
};

}  // namespace kmdftest
