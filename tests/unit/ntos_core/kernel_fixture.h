// A started ntos::Kernel made current on the test thread, with its log captured.
#pragma once

// System headers first: the NT headers define SAL and SEH keywords as macros.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ntos/ke/bug_check.h"
#include "ntos/ke/kernel.h"
#include "ntos/ke/thread_state.h"
#include "ntos/platform/platform.h"

namespace ntos_test {

inline LARGE_INTEGER relativeMs(LONGLONG ms) {
    LARGE_INTEGER t;
    t.QuadPart = -ms * 10'000;
    return t;
}

inline int64_t nowMs() { return ntos::platform::monotonicNow100ns() / 10'000; }

// Polls `done` for up to timeoutMs; true if it became true.
inline bool eventually(const std::function<bool()>& done, int timeoutMs = 2000) {
    const int64_t end = nowMs() + timeoutMs;
    while (!done()) {
        if (nowMs() > end) return false;
        ntos::platform::sleepFor100ns(5'000);
    }
    return true;
}

class KernelTest : public ::testing::Test {
protected:
    void SetUp() override {
        GTEST_FLAG_SET(death_test_style, "threadsafe");
        ntos::KernelConfig config;
        config.processorCount = 2;
        config.workerThreadCount = workerCount();
        config.logSink = [this](std::string_view line) {
            ntos::platform::LockGuard guard(logLock_);
            log_.emplace_back(line);
            std::fprintf(stderr, "%.*s\n", static_cast<int>(line.size()), line.data());
        };
        kernel_ = std::make_unique<ntos::Kernel>(std::move(config));
        kernel_->start();
        scope_.emplace(*kernel_);
    }

    void TearDown() override {
        scope_.reset();
        if (kernel_) kernel_->stop();
        kernel_.reset();
    }

    virtual unsigned workerCount() const { return 2; }

    std::vector<std::string> logLines() {
        ntos::platform::LockGuard guard(logLock_);
        return log_;
    }

    ntos::Kernel& kernel() { return *kernel_; }

    std::unique_ptr<ntos::Kernel> kernel_;
    std::optional<ntos::Kernel::ThreadScope> scope_;

private:
    ntos::platform::Mutex logLock_;
    std::vector<std::string> log_;
};

}  // namespace ntos_test
