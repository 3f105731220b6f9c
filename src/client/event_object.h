// Win32 event objects and waits on them. All waitable state of the process is guarded
// by one lock with one condition variable (WaitHub), which makes "wait for all" atomic
// and lets I/O completion publish OVERLAPPED results to GetOverlappedResult waiters.
#pragma once

#include "client/kernel_object.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>

namespace kmdf::client {

class WaitHub {
public:
    static WaitHub& instance();
    std::mutex& mutex() { return mutex_; }
    // Call with the mutex held after changing waitable state.
    void notifyAll() { changed_.notify_all(); }
    // Waits (mutex held through `lock`) until done() or the timeout; true if done().
    template <class Pred>
    bool waitFor(std::unique_lock<std::mutex>& lock, uint32_t milliseconds, Pred done);

private:
    std::mutex mutex_;
    std::condition_variable changed_;
};

class Event : public KernelObject {
public:
    Event(bool manualReset, bool initialState) : manualReset_(manualReset), signaled_(initialState) {}

    void set();
    void reset();
    bool manualReset() const { return manualReset_; }

    // With WaitHub's mutex held.
    bool signaledLocked() const { return signaled_; }
    // With WaitHub's mutex held: a satisfied wait consumes an auto-reset event.
    void acquireLocked() {
        if (!manualReset_) signaled_ = false;
    }
    void setLocked() { signaled_ = true; }

private:
    const bool manualReset_;
    bool signaled_;
};

inline constexpr uint32_t kInfiniteWait = 0xFFFFFFFF;

enum class WaitOutcome { Satisfied, TimedOut };

// Waits for one (waitAll == false: the lowest-index signaled one, reported in
// *satisfiedIndex) or all of the events. Auto-reset events that satisfy the wait are
// reset. milliseconds == kInfiniteWait waits forever.
WaitOutcome waitForEvents(std::span<Event* const> events, bool waitAll, uint32_t milliseconds,
                          size_t* satisfiedIndex);

template <class Pred>
bool WaitHub::waitFor(std::unique_lock<std::mutex>& lock, uint32_t milliseconds, Pred done) {
    if (milliseconds == kInfiniteWait) {
        changed_.wait(lock, done);
        return true;
    }
    return changed_.wait_for(lock, std::chrono::milliseconds(milliseconds), done);
}

}  // namespace kmdf::client
