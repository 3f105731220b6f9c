// Helpers shared by the I/O manager tests: a System with captured log lines, waiting
// for asynchronous user I/O, and reading the wdmecho driver's exported event log.
#pragma once

#include "ntos/io/user_io.h"
#include "ntos/platform/platform.h"
#include "ntos/system.h"

#include <dlfcn.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace iotest {

inline ntos::SystemConfig quietConfig(std::vector<std::string>* lines) {
    ntos::SystemConfig config;
    auto lock = std::make_shared<ntos::platform::Mutex>();
    config.logSink = [lines, lock](std::string_view line) {
        ntos::platform::LockGuard guard(*lock);
        if (lines) lines->emplace_back(line);
    };
    return config;
}

// Collects one UserIoCompletion and lets the test wait for it.
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
    // Waits up to 5 s.
    bool wait() {
        ntos::platform::UniqueLock guard(lock_);
        const int64_t deadline = ntos::platform::monotonicNow100ns() + 50'000'000;
        while (calls_ == 0) {
            if (!done_.waitUntil(guard, deadline)) return false;
        }
        return true;
    }
    bool completed() {
        ntos::platform::LockGuard guard(lock_);
        return calls_ != 0;
    }
    int calls() {
        ntos::platform::LockGuard guard(lock_);
        return calls_;
    }
    ntos::UserIoResult result() {
        ntos::platform::LockGuard guard(lock_);
        return result_;
    }

private:
    ntos::platform::Mutex lock_;
    ntos::platform::ConditionVariable done_;
    int calls_ = 0;
    ntos::UserIoResult result_;
};

// A handle on the loaded wdmecho module (RTLD_NOLOAD: the System loaded it).
class WdmEchoModule {
public:
    WdmEchoModule() : handle_(dlopen(WDMECHO_PATH, RTLD_NOW | RTLD_NOLOAD)) {}
    ~WdmEchoModule() {
        if (handle_) dlclose(handle_);
    }
    bool loaded() const { return handle_ != nullptr; }
    std::string events() const {
        auto fn = reinterpret_cast<void (*)(char*, size_t)>(dlsym(handle_, "WdmEchoCopyEvents"));
        if (fn == nullptr) return "<no WdmEchoCopyEvents>";
        char text[4096];
        fn(text, sizeof(text));
        return text;
    }
    long cancelCount() const {
        auto fn = reinterpret_cast<long (*)()>(dlsym(handle_, "WdmEchoCancelCount"));
        return fn ? fn() : -1;
    }

private:
    void* handle_;
};

}  // namespace iotest
