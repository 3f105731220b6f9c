// The platform layer: the only code that touches OS threads, clocks, sleeps and
// condition variables. Everything above it uses these types, so that the
// deterministic platform (issue 8) can take over scheduling and time.
//
// Thread: any thread, any IRQL (these are below the IRQL model).
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace ntos::platform {

// A blocking mutual-exclusion lock (BasicLockable/Lockable, usable with std::unique_lock).
class Mutex {
public:
    void lock() { m_.lock(); }
    bool try_lock() { return m_.try_lock(); }
    void unlock() { m_.unlock(); }

private:
    std::mutex m_;
};

using LockGuard = std::lock_guard<Mutex>;
using UniqueLock = std::unique_lock<Mutex>;

// Monotonic time in 100-nanosecond units (the NT interval unit), from an arbitrary origin.
int64_t monotonicNow100ns();
// Wall-clock time as an NT system time (100 ns units since 1601-01-01 UTC).
int64_t systemTime100ns();

class ConditionVariable {
public:
    void wait(UniqueLock& lock) { cv_.wait(lock); }
    template <class Pred>
    void wait(UniqueLock& lock, Pred pred) {
        cv_.wait(lock, pred);
    }
    // Waits until the monotonic clock reaches deadline100ns; false on timeout.
    bool waitUntil(UniqueLock& lock, int64_t deadline100ns);
    void notifyOne() { cv_.notify_one(); }
    void notifyAll() { cv_.notify_all(); }

private:
    std::condition_variable_any cv_;
};

// An OS thread with a name (visible in gdb and the trace). Joins on destruction.
class Thread {
public:
    Thread() = default;
    Thread(std::string name, std::function<void()> body);
    Thread(Thread&&) noexcept = default;
    Thread& operator=(Thread&&) noexcept = default;
    ~Thread();
    void join();
    bool joinable() const { return t_.joinable(); }
    static uint64_t currentId();

private:
    std::thread t_;
};

// Local time minus UTC, in 100 ns units, at the given NT system time (time zone of the host).
int64_t localTimeBias100ns(int64_t systemTime100ns);

// Fills `buffer` with cryptographically random bytes (ExUuidCreate).
void fillRandom(void* buffer, size_t size);

// Gives up the processor briefly (used by spin loops).
void yieldProcessor();
// Sleeps the calling thread for the given interval in 100 ns units.
void sleepFor100ns(int64_t interval);

}  // namespace ntos::platform
