#include "ntos/platform/platform.h"

#include <pthread.h>
#include <sched.h>

#include <atomic>
#include <ctime>
#include <random>

namespace ntos::platform {

namespace {
constexpr int64_t kUnixEpochIn1601Units = 116444736000000000LL;  // 1970-01-01 as NT time
}

int64_t monotonicNow100ns() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 10'000'000 + ts.tv_nsec / 100;
}

int64_t systemTime100ns() {
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return kUnixEpochIn1601Units + static_cast<int64_t>(ts.tv_sec) * 10'000'000 + ts.tv_nsec / 100;
}

bool ConditionVariable::waitUntil(UniqueLock& lock, int64_t deadline100ns) {
    int64_t now = monotonicNow100ns();
    if (deadline100ns <= now) return false;
    auto status = cv_.wait_for(lock, std::chrono::nanoseconds((deadline100ns - now) * 100));
    return status == std::cv_status::no_timeout;
}

Thread::Thread(std::string name, std::function<void()> body)
    : t_([name = std::move(name), body = std::move(body)]() {
          pthread_setname_np(pthread_self(), name.substr(0, 15).c_str());
          body();
      }) {}

Thread::~Thread() {
    if (t_.joinable()) t_.join();
}

void Thread::join() {
    if (t_.joinable()) t_.join();
}

uint64_t Thread::currentId() {
    static std::atomic<uint64_t> next{1};
    thread_local uint64_t id = next.fetch_add(1);
    return id;
}

int64_t localTimeBias100ns(int64_t systemTime100ns) {
    const time_t unixSeconds = static_cast<time_t>((systemTime100ns - kUnixEpochIn1601Units) / 10'000'000);
    tm local{};
    localtime_r(&unixSeconds, &local);
    return static_cast<int64_t>(local.tm_gmtoff) * 10'000'000;
}

void fillRandom(void* buffer, size_t size) {
    static thread_local std::random_device device;
    auto* bytes = static_cast<unsigned char*>(buffer);
    for (size_t i = 0; i < size; ++i) bytes[i] = static_cast<unsigned char>(device());
}

void yieldProcessor() { sched_yield(); }

void sleepFor100ns(int64_t interval) {
    if (interval <= 0) return;
    timespec ts{static_cast<time_t>(interval / 10'000'000), static_cast<long>((interval % 10'000'000) * 100)};
    nanosleep(&ts, nullptr);
}

}  // namespace ntos::platform
