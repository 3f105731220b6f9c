// FxSpinMutex: the framework's internal short-hold lock for its own bookkeeping (child
// lists, handle-table free list, context lists, live-object list). It is platform-free
// (an atomic flag; spinning yields through the platform layer so the deterministic
// platform can schedule the holder) and does not touch IRQL, so it may be taken at any
// IRQL. Never call out to driver code or block while holding one.
#pragma once

#include "ntos/platform/platform.h"

#include <atomic>

namespace wdf {

class FxSpinMutex {
public:
    // Any thread, any IRQL.
    void lock() {
        while (flag_.exchange(true, std::memory_order_acquire)) {
            while (flag_.load(std::memory_order_relaxed)) ntos::platform::yieldProcessor();
        }
    }
    bool try_lock() { return !flag_.exchange(true, std::memory_order_acquire); }
    void unlock() { flag_.store(false, std::memory_order_release); }

private:
    std::atomic<bool> flag_{false};
};

class FxSpinGuard {
public:
    explicit FxSpinGuard(FxSpinMutex& m) : m_(m) { m_.lock(); }
    ~FxSpinGuard() { m_.unlock(); }
    FxSpinGuard(const FxSpinGuard&) = delete;
    FxSpinGuard& operator=(const FxSpinGuard&) = delete;

private:
    FxSpinMutex& m_;
};

}  // namespace wdf
