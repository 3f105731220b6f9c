// (6) Scale: enumerate and start N root-enumerated devices served by a minimal KMDF
// driver (a device and a queue), and by a minimal raw WDM driver as the baseline.
// Times adding the N devices to the root bus (System::addRootDevice) plus System::boot()
// (root bus enumeration, AddDevice, START for every device), each also as a counter, and
// as a figure of its own the orderly removal of them all at shutdown; memory is the heap
// and pool growth from the empty System to the started one.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>

#include "ntos/platform/platform.h"
#include "support/bench_system.h"
#include "support/memory_meter.h"

namespace {

// Wall-clock time of a phase: the benchmark reports it as manual time.
double secondsSince(int64_t start100ns) {
    return static_cast<double>(ntos::platform::monotonicNow100ns() - start100ns) / 1e7;
}

// Device nodes the tree shows as started (the root bus's own node aside, one per device).
size_t startedDevices(ntos::System& system) {
    const std::string tree = system.deviceTreeText();
    size_t started = 0;
    for (size_t at = tree.find("Started"); at != std::string::npos; at = tree.find("Started", at + 1)) ++started;
    return started;
}

void startDevices(benchmark::State& state, const char* driver) {
    const size_t count = static_cast<size_t>(state.range(0));
    double heapPerDevice = 0, poolPerDevice = 0, shutdownSeconds = 0;
    double configureSeconds = 0, bootSeconds = 0;
    for (auto _ : state) {
        auto system = bench::makeQuietSystem();
        bench::MemorySnapshot before = bench::takeMemorySnapshot(system.get());
        // Enumeration starts with the root bus learning of its devices (the root-enumerated
        // device keys on Windows), then boot() enumerates and starts them all.
        int64_t start = ntos::platform::monotonicNow100ns();
        for (size_t i = 0; i < count; ++i) {
            NTSTATUS status = system->addRootDevice(bench::benchDevice(driver, static_cast<int>(i)));
            if (!NT_SUCCESS(status)) {
                state.SkipWithError("addRootDevice failed");
                return;
            }
        }
        configureSeconds = secondsSince(start);
        start = ntos::platform::monotonicNow100ns();
        NTSTATUS status = system->boot();
        bootSeconds = secondsSince(start);
        state.SetIterationTime(configureSeconds + bootSeconds);
        if (!NT_SUCCESS(status)) {
            state.SkipWithError("boot failed");
            return;
        }
        bench::MemorySnapshot after = bench::takeMemorySnapshot(system.get());
        if (startedDevices(*system) < count) {
            state.SkipWithError("not every device started");
            return;
        }
        heapPerDevice = bench::heapBytesPer(before, after, count);
        poolPerDevice = bench::poolBytesPer(before, after, count);
        start = ntos::platform::monotonicNow100ns();
        system->shutdown();
        shutdownSeconds = secondsSince(start);
        system.reset();
    }
    state.counters["devices"] = static_cast<double>(count);
    state.counters["heap_bytes_per_device"] = heapPerDevice;
    state.counters["pool_bytes_per_device"] = poolPerDevice;
    state.counters["configure_seconds"] = configureSeconds;
    state.counters["boot_seconds"] = bootSeconds;
    state.counters["shutdown_seconds"] = shutdownSeconds;
}

BENCHMARK_CAPTURE(startDevices, kmdf_minimal, "kmdfminimal")
    ->Arg(1000)->Arg(10000)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(startDevices, wdm_minimal, "wdmminimal")
    ->Arg(1000)->Arg(10000)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
