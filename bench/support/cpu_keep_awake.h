// Keeps this machine's CPUs from going idle while a wall-clock benchmark runs.
//
// On a virtual machine a halted vCPU takes tens of microseconds to wake for a thread
// that became runnable on it, so a ping-pong between threads on an otherwise idle
// machine measures the hypervisor, not the code (measured here: a raw SOCK_SEQPACKET
// round trip of ~2.8 µs with the CPUs kept busy, ~40 µs with them idle). One spinning
// thread per CPU, in the SCHED_IDLE class, keeps them running: the kernel gives any
// normal thread the CPU at once, so the spinners only use cycles nobody else wants.
//
// Used by the round-trip benchmark, whose threads block in recv() (a thread that waits by
// spinning with sched_yield would hand its CPU to a spinner for a whole time slice).
// Header-only; `spawn` starts a thread running the given body.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include <pthread.h>
#include <sched.h>
#include <unistd.h>

namespace bench {

template <class ThreadT>
class CpuKeepAwake {
public:
    using Spawn = std::function<ThreadT(std::function<void()>)>;

    explicit CpuKeepAwake(Spawn spawn) {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        for (long i = 0; i < (cpus > 0 ? cpus : 1); ++i) {
            threads_.push_back(spawn([this] {
                sched_param none{};
                pthread_setschedparam(pthread_self(), SCHED_IDLE, &none);
                while (!stop_.load(std::memory_order_relaxed)) {
#if defined(__x86_64__) || defined(__i386__)
                    __builtin_ia32_pause();
#endif
                }
            }));
        }
    }
    ~CpuKeepAwake() {
        stop_.store(true);
        for (auto& thread : threads_) thread.join();
    }
    CpuKeepAwake(const CpuKeepAwake&) = delete;
    CpuKeepAwake& operator=(const CpuKeepAwake&) = delete;

private:
    std::atomic<bool> stop_{false};
    std::vector<ThreadT> threads_;
};

}  // namespace bench
