// The kmdfpower test driver on one root device of a fresh System, for the PnP/power
// conformance tests (golden sequences, idle, wake, resources): the driver's configuration,
// boot, the callback log it keeps, a client read the driver holds, and an orderly teardown.
#pragma once

#include <dlfcn.h>
#include <gtest/gtest.h>
#include <ntddk.h>
#include <wdf.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "kmdfpower.h"
#include "ntos/system.h"
#include "user_io_recorder.h"

namespace kmdfpower_test {

class KmdfPowerTest : public ::testing::Test {
protected:
    static constexpr GUID kInterface = KMDFPOWER_INTERFACE_GUID_INIT;

    KMDFPOWER_CONFIG config{};
    std::vector<ntos::RootDeviceConfig::Resource> resources;  // the simulated device's
    bool busCanWake = false;  // the simulated device can signal wake (its bus says so)

    void SetUp() override {
        module_ = dlopen(KMDFPOWER_DRIVER_PATH, RTLD_NOW | RTLD_LOCAL);
        ASSERT_NE(module_, nullptr) << dlerror();
    }
    void TearDown() override {
        if (system_) {
            // Nothing may stay held across shutdown: a close that races the removal of the
            // device is a known gap (see docs/architecture.md).
            call<long>("KmdfPowerCompleteHeld");
            closeClient();
            system_->shutdown();
        }
        system_.reset();
        if (module_ != nullptr) dlclose(module_);
    }

    template <class F>
    F sym(const char* name) {
        void* p = dlsym(module_, name);
        EXPECT_NE(p, nullptr) << name;
        return reinterpret_cast<F>(p);
    }
    // Calls a kmdfpower export on a thread of the System (as the driver's own code runs).
    template <class R, class... A>
    R call(const char* name, A... args) {
        ntos::System::ThreadScope scope(*system_);
        return sym<R (*)(A...)>(name)(args...);
    }
    void failIn(const char* callback, NTSTATUS status = STATUS_UNSUCCESSFUL) {
        std::strncpy(config.FailCallback, callback, sizeof(config.FailCallback) - 1);
        config.FailStatus = status;
    }
    NTSTATUS boot() {
        sym<void (*)(const KMDFPOWER_CONFIG*)>("KmdfPowerSetConfig")(&config);
        ntos::SystemConfig systemConfig;
        // The driver holds a request on purpose: shutdown need not wait for its handle.
        systemConfig.shutdownCloseWait100ns = 0;
        system_ = std::make_unique<ntos::System>(std::move(systemConfig));
        ntos::RootDeviceConfig device{u"ROOT\\KMDFPOWER", u"0000", u"kmdfpower", KMDFPOWER_DRIVER_PATH};
        device.canWake = busCanWake;
        device.resources = resources;
        EXPECT_EQ(system_->addRootDevice(std::move(device)), STATUS_SUCCESS);
        return system_->boot();
    }
    // The driver's callback log, a line per call.
    std::vector<std::string> log() {
        std::vector<char> buffer(16384);
        sym<unsigned long (*)(char*, unsigned long)>("KmdfPowerReadLog")(buffer.data(), buffer.size());
        std::vector<std::string> lines;
        std::string text = buffer.data();
        size_t start = 0;
        while (start < text.size()) {
            size_t end = text.find('\n', start);
            if (end == std::string::npos) end = text.size();
            lines.push_back(text.substr(start, end - start));
            start = end + 1;
        }
        return lines;
    }
    // The events logged since `from` (an earlier log().size()).
    std::vector<std::string> since(size_t from) {
        std::vector<std::string> all = log();
        return std::vector<std::string>(all.begin() + static_cast<std::ptrdiff_t>(std::min(from, all.size())), all.end());
    }
    long held() { return sym<long (*)()>("KmdfPowerHeldRequests")(); }
    // A client read of 4 bytes (tag `tag`), which the driver keeps.
    void read(ntos::UserIoTag tag) {
        ntos::System::ThreadScope scope(*system_);
        if (file_ == 0) file_ = kmdftesting::openInterface(*system_, kInterface);
        ASSERT_NE(file_, 0u);
        system_->userIo().read(file_, tag, 4, 0, io_.recordInto(tag));
    }
    // Waits (at most 5 s) until the driver holds `count` requests.
    bool waitForHeld(long count) {
        for (int i = 0; i < 500 && held() != count; ++i) ntos::platform::sleepFor100ns(100'000);
        return held() == count;
    }
    void closeClient() {
        ntos::System::ThreadScope scope(*system_);
        if (file_ != 0) system_->userIo().close(file_);
        file_ = 0;
    }

    void* module_ = nullptr;
    std::unique_ptr<ntos::System> system_;
    kmdftesting::UserIoRecorder io_;
    ntos::UserFileId file_ = 0;
};

}  // namespace kmdfpower_test
