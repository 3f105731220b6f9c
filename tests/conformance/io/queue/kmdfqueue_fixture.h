// A System with the kmdfqueue driver on ROOT\KMDFQUEUE\0000, booted per test (the
// pattern of tests/conformance/wdf/kmdftest_fixture.h). The test opens the driver module
// too, to configure it before boot and to call its exported queue operations.
#pragma once

#include <dlfcn.h>
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "kmdfqueue.h"
#include "ntos/io/user_io.h"
#include "ntos/pnp/pnp_manager.h"
#include "ntos/platform/platform.h"
#include "ntos/system.h"
#include "user_io_recorder.h"

namespace kmdfqueue {

using Completion = kmdftesting::IoResult;

class KmdfQueueTest : public ::testing::Test {
protected:
    KMDFQUEUE_CONFIG config{};

    void SetUp() override {
        module_ = dlopen(KMDFQUEUE_DRIVER_PATH, RTLD_NOW | RTLD_LOCAL);
        ASSERT_NE(module_, nullptr) << dlerror();
    }

    void TearDown() override {
        if (system_) shutdown();
        system_.reset();
        if (module_ != nullptr) dlclose(module_);
    }

    template <class F>
    F sym(const char* name) {
        void* p = dlsym(module_, name);
        EXPECT_NE(p, nullptr) << name;
        return reinterpret_cast<F>(p);
    }

    // Calls a driver export inside the System (as a driver thread would).
    template <class R, class... A>
    R call(const char* name, A... args) {
        ntos::System::ThreadScope scope(*system_);
        return sym<R (*)(A...)>(name)(args...);
    }

    NTSTATUS boot() {
        sym<void (*)(const KMDFQUEUE_CONFIG*)>("KmdfQueueSetConfig")(&config);
        ntos::SystemConfig sc;
        system_ = std::make_unique<ntos::System>(std::move(sc));
        EXPECT_EQ(system_->addRootDevice({u"ROOT\\KMDFQUEUE", u"0000", u"kmdfqueue", KMDFQUEUE_DRIVER_PATH}),
                  STATUS_SUCCESS);
        return system_->boot();
    }

    // Closes the handles (cancelling their I/O) and removes the device.
    void shutdown() {
        if (shutDown_) return;
        shutDown_ = true;
        {
            ntos::System::ThreadScope scope(*system_);
            for (auto& [id, open] : files_) {
                if (open) system_->userIo().close(id);
                open = false;
            }
        }
        system_->shutdown();
    }

    // IRP_MN_SURPRISE_REMOVAL with the handles still open: the device leaves D0 at once
    // (the orderly removal would first wait for the handles to close).
    NTSTATUS surpriseRemove() {
        ntos::System::ThreadScope scope(*system_);
        return system_->pnp().surpriseRemoveDevice(u"ROOT\\KMDFQUEUE\\0000");
    }

    std::vector<std::string> log(std::initializer_list<const char*> prefixes = {}) {
        std::vector<char> buffer(32 * 1024);
        sym<ULONG (*)(char*, ULONG)>("KmdfQueueReadLog")(buffer.data(), static_cast<ULONG>(buffer.size()));
        std::string text = buffer.data();
        std::vector<std::string> lines;
        size_t start = 0;
        while (start < text.size()) {
            size_t end = text.find('\n', start);
            if (end == std::string::npos) end = text.size();
            std::string line = text.substr(start, end - start);
            bool keep = prefixes.size() == 0;
            for (const char* p : prefixes) keep = keep || line.rfind(p, 0) == 0;
            if (keep) lines.push_back(line);
            start = end + 1;
        }
        return lines;
    }

    ntos::UserFileId open() {
        ntos::UserFileId id = kmdftesting::openInterface(*system_, GUID_DEVINTERFACE_KMDFQUEUE);
        if (id != 0) files_[id] = true;
        return id;
    }

    ntos::UserIoCompletion recordInto(ntos::UserIoTag tag) { return io_.recordInto(tag); }

    void read(ntos::UserFileId file, ntos::UserIoTag tag, ULONG length) {
        ntos::System::ThreadScope scope(*system_);
        system_->userIo().read(file, tag, length, 0, recordInto(tag));
    }

    void write(ntos::UserFileId file, ntos::UserIoTag tag, size_t length) {
        ntos::System::ThreadScope scope(*system_);
        system_->userIo().write(file, tag, std::vector<uint8_t>(length, 0x11), 0, recordInto(tag));
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
    Completion waitFor(ntos::UserIoTag tag) { return io_.waitFor(tag); }

    // Lets asynchronous work (none is expected) show up before asserting its absence.
    void settle() { ntos::platform::sleepFor100ns(200'000); }  // 20 ms

    ULONG heldCount() { return call<ULONG>("KmdfQueueHeldCount"); }
    ULONG completeHeld(ULONG count, NTSTATUS status) { return call<ULONG>("KmdfQueueCompleteHeld", count, status); }
    ULONG queueState(ULONG queue, ULONG* queued = nullptr, ULONG* driver = nullptr) {
        ULONG q = 0, d = 0;
        ULONG state = call<ULONG>("KmdfQueueState", queue, &q, &d);
        if (queued != nullptr) *queued = q;
        if (driver != nullptr) *driver = d;
        return state;
    }

    std::unique_ptr<ntos::System> system_;
    void* module_ = nullptr;
    bool shutDown_ = false;
    kmdftesting::UserIoRecorder io_;
    std::map<ntos::UserFileId, bool> files_;
};

}  // namespace kmdfqueue
