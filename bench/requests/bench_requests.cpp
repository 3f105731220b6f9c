// (1) (2) (4) (5): the framework's cost per request and per object, in-process, each
// beside its baseline from the same run:
//   read0/*        a 0-byte read IRP sent by a kernel-mode thread (IoCallDriver with a
//                  reused IRP) to the KMDF device (parallel queue, inline completion;
//                  sequential queue, DPC completion) and to the raw WDM driver doing the
//                  same by hand; 1 and 8 threads.
//   bulk/*         64 KiB writes and reads through the echo-style path of ntos::UserIo
//                  (what kmdfhost does for a client; direct I/O on caller memory),
//                  against a memcpy of the same bytes.
//   object/*       WdfObjectCreate + WdfObjectDelete with a 64-byte context, against
//                  ExAllocatePool2 + ExFreePool of 64 bytes.
//   memory/*       bytes per framework object and per queued request (heap and pool
//                  deltas while 10,000 are alive).
#include <benchmark/benchmark.h>

#include <dlfcn.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "ntos/io/user_io.h"
#include "ntos/platform/platform.h"
#include "support/bench_system.h"
#include "support/memory_meter.h"

namespace {

constexpr size_t kBulkBytes = 64 * 1024;
constexpr size_t kMemoryItems = 10000;

[[noreturn]] void die(const char* what, NTSTATUS status) {
    std::fprintf(stderr, "bench_requests: %s failed: 0x%08x\n", what, static_cast<unsigned>(status));
    std::exit(1);
}

template <typename Fn>
Fn exported(void* module, const char* name) {
    void* symbol = dlsym(module, name);
    if (symbol == nullptr) {
        std::fprintf(stderr, "bench_requests: kmdfbench.sys does not export %s\n", name);
        std::exit(1);
    }
    return reinterpret_cast<Fn>(symbol);
}

// The machine all benchmarks of this program share: booted once, shut down at exit.
struct Machine {
    std::unique_ptr<ntos::System> system;
    bench::KernelHandle kmdfParallel, kmdfSequentialDpc, kmdfHold, wdmInline, wdmDpc;
    ntos::UserFileId bulkFile = 0;
    KmdfBenchObjectCycleFn objectCycle = nullptr;
    KmdfBenchCreateObjectsFn createObjects = nullptr;
    KmdfBenchDeleteObjectsFn deleteObjects = nullptr;
    KmdfBenchPoolCycleFn poolCycle = nullptr;

    Machine() {
        system = bench::makeQuietSystem();
        for (const char* name : {"kmdfbench", "kmdfbenchseq", "kmdfbenchhold", "wdmbench", "wdmbenchdpc"}) {
            NTSTATUS status = system->addRootDevice(bench::benchDevice(name));
            if (!NT_SUCCESS(status)) die(name, status);
        }
        NTSTATUS status = system->boot();
        if (!NT_SUCCESS(status)) die("boot", status);
        ntos::System::ThreadScope scope(*system);
        open(BENCH_VARIANT_KMDF_PARALLEL, &kmdfParallel);
        open(BENCH_VARIANT_KMDF_SEQ_DPC, &kmdfSequentialDpc);
        open(BENCH_VARIANT_KMDF_HOLD, &kmdfHold);
        open(BENCH_VARIANT_WDM_INLINE, &wdmInline);
        open(BENCH_VARIANT_WDM_DPC, &wdmDpc);
        ntos::UserOpenParams params;
        params.path = bench::interfaceLink(*system, bench::interfaceClassOf(BENCH_VARIANT_KMDF_PARALLEL));
        status = system->userIo().open(params, &bulkFile);
        if (!NT_SUCCESS(status)) die("UserIo open", status);
        void* module = dlopen(bench::driverPath("kmdfbench").c_str(), RTLD_NOW | RTLD_NOLOAD);
        if (module == nullptr) die("dlopen kmdfbench.sys", STATUS_NOT_FOUND);
        objectCycle = exported<KmdfBenchObjectCycleFn>(module, "KmdfBenchObjectCycle");
        createObjects = exported<KmdfBenchCreateObjectsFn>(module, "KmdfBenchCreateObjects");
        deleteObjects = exported<KmdfBenchDeleteObjectsFn>(module, "KmdfBenchDeleteObjects");
        poolCycle = exported<KmdfBenchPoolCycleFn>(module, "KmdfBenchPoolCycle");
        dlclose(module);  // the System keeps its own reference
    }

    void open(int variant, bench::KernelHandle* handle) {
        NTSTATUS status = bench::openInterface(bench::interfaceClassOf(variant), handle);
        if (!NT_SUCCESS(status)) die("IoGetDeviceObjectPointer", status);
    }

    void shutdown() {
        {
            ntos::System::ThreadScope scope(*system);
            system->userIo().close(bulkFile);
            for (auto* handle : {&kmdfParallel, &kmdfSequentialDpc, &kmdfHold, &wdmInline, &wdmDpc}) {
                bench::closeInterface(handle);
            }
        }
        system->shutdown();
        for (const ntos::UnloadReport& report : system->unloadReports()) {
            if (report.leakedPoolAllocations != 0 || report.leakedFrameworkObjects != 0) {
                std::fprintf(stderr, "bench_requests: a benchmark driver leaked (%zu pool blocks, %zu objects)\n",
                             report.leakedPoolAllocations, report.leakedFrameworkObjects);
            }
        }
        system.reset();
    }
};

Machine* theMachine = nullptr;

Machine& machine() {
    if (theMachine == nullptr) theMachine = new Machine();
    return *theMachine;
}

enum class Target { KmdfParallel, KmdfSequentialDpc, WdmInline, WdmDpc };

const bench::KernelHandle& handleOf(Target target) {
    Machine& m = machine();
    switch (target) {
        case Target::KmdfParallel: return m.kmdfParallel;
        case Target::KmdfSequentialDpc: return m.kmdfSequentialDpc;
        case Target::WdmInline: return m.wdmInline;
        case Target::WdmDpc: return m.wdmDpc;
    }
    std::abort();
}

void read0(benchmark::State& state, Target target) {
    ntos::System::ThreadScope scope(*machine().system);
    bench::IrpSender sender(handleOf(target));
    for (auto _ : state) {
        NTSTATUS status = sender.read0();
        if (status != STATUS_SUCCESS) {
            state.SkipWithError("read failed");
            break;
        }
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}

BENCHMARK_CAPTURE(read0, kmdf_parallel_inline, Target::KmdfParallel)->UseRealTime()->Threads(1)->Threads(8);
BENCHMARK_CAPTURE(read0, wdm_inline, Target::WdmInline)->UseRealTime()->Threads(1)->Threads(8);
BENCHMARK_CAPTURE(read0, kmdf_sequential_dpc, Target::KmdfSequentialDpc)->UseRealTime();
BENCHMARK_CAPTURE(read0, wdm_dpc, Target::WdmDpc)->UseRealTime();

// Direct I/O on caller memory: the driver copies between the caller's pages and its own
// buffer, so the path moves the bytes once, as the memcpy baseline does.
void bulkTransfer(benchmark::State& state, bool write) {
    Machine& m = machine();
    ntos::System::ThreadScope scope(*m.system);
    std::vector<uint8_t> data(kBulkBytes);
    for (size_t i = 0; i < data.size(); ++i) data[i] = static_cast<uint8_t>(i * 7);
    ntos::UserIo& io = m.system->userIo();
    std::atomic<bool> done{false};
    ntos::UserIoResult result;
    auto completion = [&](ntos::UserIoResult r) {
        result = std::move(r);
        done.store(true, std::memory_order_release);
    };
    ntos::UserIoTag tag = 1;
    // The read benchmark reads back what one write left.
    if (!write) {
        io.writeCallerBuffer(m.bulkFile, tag++, {data.data(), static_cast<ULONG>(data.size())}, 0, completion);
        while (!done.load(std::memory_order_acquire)) ntos::platform::yieldProcessor();
    }
    for (auto _ : state) {
        done.store(false, std::memory_order_relaxed);
        ntos::UserBuffer buffer{data.data(), static_cast<ULONG>(data.size())};
        if (write) {
            io.writeCallerBuffer(m.bulkFile, tag++, buffer, 0, completion);
        } else {
            io.readCallerBuffer(m.bulkFile, tag++, buffer, 0, completion);
        }
        while (!done.load(std::memory_order_acquire)) ntos::platform::yieldProcessor();
        if (result.status != STATUS_SUCCESS || result.information != kBulkBytes) {
            state.SkipWithError("bulk transfer failed");
            break;
        }
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * kBulkBytes));
}

BENCHMARK_CAPTURE(bulkTransfer, kmdf_write_64k, true)->UseRealTime();
BENCHMARK_CAPTURE(bulkTransfer, kmdf_read_64k, false)->UseRealTime();

void bulkMemcpy(benchmark::State& state) {
    std::vector<uint8_t> source(kBulkBytes, 0x5A), destination(kBulkBytes);
    for (auto _ : state) {
        std::memcpy(destination.data(), source.data(), kBulkBytes);
        benchmark::DoNotOptimize(destination.data());
        benchmark::ClobberMemory();
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * kBulkBytes));
}
BENCHMARK(bulkMemcpy)->Name("bulk/memcpy_64k")->UseRealTime();

void objectCreateDelete(benchmark::State& state) {
    Machine& m = machine();
    ntos::System::ThreadScope scope(*m.system);
    for (auto _ : state) {
        if (m.objectCycle(1) != STATUS_SUCCESS) {
            state.SkipWithError("WdfObjectCreate failed");
            break;
        }
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(objectCreateDelete)->Name("object/wdf_create_delete_ctx64")->UseRealTime();

void poolAllocateFree(benchmark::State& state) {
    Machine& m = machine();
    ntos::System::ThreadScope scope(*m.system);
    for (auto _ : state) {
        if (m.poolCycle(1) != STATUS_SUCCESS) {
            state.SkipWithError("ExAllocatePool2 failed");
            break;
        }
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(poolAllocateFree)->Name("object/pool_allocate_free_64")->UseRealTime();

// Bytes per framework object: 10,000 objects with a 64-byte context alive at once.
void memoryPerObject(benchmark::State& state) {
    Machine& m = machine();
    ntos::System::ThreadScope scope(*m.system);
    std::vector<void*> handles(kMemoryItems);
    double heap = 0, pool = 0;
    for (auto _ : state) {
        bench::MemorySnapshot before = bench::takeMemorySnapshot(m.system.get());
        if (m.createObjects(kMemoryItems, handles.data()) != STATUS_SUCCESS) {
            state.SkipWithError("WdfObjectCreate failed");
            break;
        }
        bench::MemorySnapshot after = bench::takeMemorySnapshot(m.system.get());
        m.deleteObjects(kMemoryItems, handles.data());
        heap = bench::heapBytesPer(before, after, kMemoryItems);
        pool = bench::poolBytesPer(before, after, kMemoryItems);
    }
    state.counters["heap_bytes_per_item"] = heap;
    state.counters["pool_bytes_per_item"] = pool;
}
BENCHMARK(memoryPerObject)->Name("memory/per_object_ctx64")->Iterations(1);

// Bytes per request: 10,000 0-byte reads (IRPs allocated beforehand, so they are not
// counted) held in the manual queue as WDFREQUESTs, then cancelled.
void memoryPerRequest(benchmark::State& state) {
    Machine& m = machine();
    ntos::System::ThreadScope scope(*m.system);
    std::vector<std::unique_ptr<bench::IrpSender>> senders;
    for (size_t i = 0; i < kMemoryItems; ++i) senders.push_back(std::make_unique<bench::IrpSender>(m.kmdfHold));
    double heap = 0, pool = 0;
    for (auto _ : state) {
        bench::MemorySnapshot before = bench::takeMemorySnapshot(m.system.get());
        for (auto& sender : senders) sender->startRead0();
        bench::MemorySnapshot after = bench::takeMemorySnapshot(m.system.get());
        bool completedEarly = false;
        for (auto& sender : senders) {
            completedEarly |= sender->completed();
            if (!sender->completed()) IoCancelIrp(sender->irp());
        }
        if (completedEarly) state.SkipWithError("the manual queue completed a request it should hold");
        for (auto& sender : senders) {
            while (!sender->completed()) ntos::platform::yieldProcessor();
        }
        heap = bench::heapBytesPer(before, after, kMemoryItems);
        pool = bench::poolBytesPer(before, after, kMemoryItems);
    }
    state.counters["heap_bytes_per_item"] = heap;
    state.counters["pool_bytes_per_item"] = pool;
    state.counters["irp_bytes"] = senders.front()->irp()->Size;
}
BENCHMARK(memoryPerRequest)->Name("memory/per_request_queued")->Iterations(1);

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    machine();  // booted before any benchmark thread runs
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (theMachine != nullptr) {
        theMachine->shutdown();
        delete theMachine;
    }
    return 0;
}
