// DPCs: each simulated processor has a DPC queue drained by its DPC thread at
// DISPATCH_LEVEL. A queued KDPC records its processor in DpcData (nullptr = not
// queued); KDPC.Number holds the target processor + 1 after KeSetTargetProcessorDpc
// (0 = no target). Without a target, a DPC inserted on a DPC thread goes to that
// processor (as on Windows); one inserted elsewhere goes to the processors in turn.
#include "ntos/ke/bug_check.h"
#include "ntos/ke/kernel_core.h"
#include "ntos/ke/thread_state.h"

#include <algorithm>
#include <string>

namespace ntos {

platform::Mutex& dpcQueueLock() {
    static platform::Mutex* lock = new platform::Mutex;  // never destroyed: used by exiting threads
    return *lock;
}

namespace {

constexpr UCHAR kDpcObjectType = 19;          // DpcObject
constexpr UCHAR kThreadedDpcObjectType = 24;  // ThreadedDpcObject

Processor* targetProcessor(KernelCore& core, PKDPC dpc) {
    const unsigned count = static_cast<unsigned>(core.processors.size());
    if (dpc->Number != 0) return core.processors[(dpc->Number - 1u) % count].get();
    const ThreadState& state = currentThread();
    if (state.kernel == core.self && state.processor >= 0) return core.processors[state.processor].get();
    return core.processors[core.nextProcessor.fetch_add(1) % count].get();
}

}  // namespace

BOOLEAN queueDpc(KernelCore& core, PKDPC dpc, PVOID arg1, PVOID arg2) {
    platform::LockGuard lock(dpcQueueLock());
    if (dpc->DpcData != nullptr) return FALSE;
    Processor* processor = targetProcessor(core, dpc);
    if (processor->stopping) {
        core.self->log("ntos: KeInsertQueueDpc after the kernel stopped; the DPC will not run");
        return FALSE;
    }
    dpc->SystemArgument1 = arg1;
    dpc->SystemArgument2 = arg2;
    dpc->DpcData = processor;
    if (dpc->Importance == HighImportance) {
        processor->queue.push_front(dpc);
    } else {
        processor->queue.push_back(dpc);
    }
    processor->wake.notifyOne();
    return TRUE;
}

void runDpcProcessor(KernelCore& core, Processor& processor) {
    (void)core;
    ThreadState& state = currentThread();
    state.irql = DISPATCH_LEVEL;
    platform::UniqueLock lock(dpcQueueLock());
    for (;;) {
        if (processor.queue.empty()) {
            ++processor.idleGeneration;
            processor.idle.notifyAll();
            if (processor.stopping) return;
            processor.wake.wait(lock, [&] { return processor.stopping || !processor.queue.empty(); });
            continue;
        }
        PKDPC dpc = processor.queue.front();
        processor.queue.pop_front();
        dpc->DpcData = nullptr;
        PKDEFERRED_ROUTINE routine = dpc->DeferredRoutine;
        PVOID context = dpc->DeferredContext;
        PVOID arg1 = dpc->SystemArgument1;
        PVOID arg2 = dpc->SystemArgument2;
        processor.busy = true;
        lock.unlock();
        routine(dpc, context, arg1, arg2);
        if (state.irql != DISPATCH_LEVEL) {
            bugCheck(bugcode::IrqlUnexpectedValue, state.irql, DISPATCH_LEVEL, reinterpret_cast<ULONG_PTR>(routine), 0,
                     "a DPC routine returned at IRQL " + std::to_string(state.irql) +
                         " (DPCs must return at DISPATCH_LEVEL)");
        }
        if (state.spinLocksHeld != 0) {
            bugCheck(bugcode::DriverVerifierDetectedViolation, reinterpret_cast<ULONG_PTR>(routine),
                     static_cast<ULONG_PTR>(state.spinLocksHeld), 0, 0,
                     "a DPC routine returned holding " + std::to_string(state.spinLocksHeld) + " spin lock(s)");
        }
        lock.lock();
        processor.busy = false;
    }
}

void drainDpcs(KernelCore& core) {
    platform::UniqueLock lock(dpcQueueLock());
    for (auto& p : core.processors) {
        Processor& processor = *p;
        const uint64_t generation = processor.idleGeneration;
        processor.idle.wait(lock, [&] {
            return (processor.queue.empty() && !processor.busy) || processor.idleGeneration != generation;
        });
    }
}

}  // namespace ntos

using namespace ntos;

extern "C" {

VOID NTAPI KeInitializeDpc(PRKDPC Dpc, PKDEFERRED_ROUTINE DeferredRoutine, PVOID DeferredContext) {
    Dpc->Type = kDpcObjectType;
    Dpc->Importance = MediumImportance;
    Dpc->Number = 0;
    Dpc->DeferredRoutine = DeferredRoutine;
    Dpc->DeferredContext = DeferredContext;
    Dpc->SystemArgument1 = nullptr;
    Dpc->SystemArgument2 = nullptr;
    Dpc->DpcData = nullptr;
}

// Threaded DPCs run like ordinary DPCs (at DISPATCH_LEVEL), as on Windows when threaded
// DPCs are disabled; drivers must already tolerate that.
VOID NTAPI KeInitializeThreadedDpc(PRKDPC Dpc, PKDEFERRED_ROUTINE DeferredRoutine, PVOID DeferredContext) {
    KeInitializeDpc(Dpc, DeferredRoutine, DeferredContext);
    Dpc->Type = kThreadedDpcObjectType;
}

BOOLEAN NTAPI KeInsertQueueDpc(PRKDPC Dpc, PVOID SystemArgument1, PVOID SystemArgument2) {
    return queueDpc(requireKernel("KeInsertQueueDpc"), Dpc, SystemArgument1, SystemArgument2);
}

BOOLEAN NTAPI KeRemoveQueueDpc(PRKDPC Dpc) {
    platform::LockGuard lock(dpcQueueLock());
    auto* processor = static_cast<Processor*>(Dpc->DpcData);
    if (processor == nullptr) return FALSE;
    auto it = std::find(processor->queue.begin(), processor->queue.end(), Dpc);
    if (it != processor->queue.end()) processor->queue.erase(it);
    Dpc->DpcData = nullptr;
    if (processor->queue.empty() && !processor->busy) processor->idle.notifyAll();
    return TRUE;
}

VOID NTAPI KeSetImportanceDpc(PRKDPC Dpc, KDPC_IMPORTANCE Importance) { Dpc->Importance = static_cast<UCHAR>(Importance); }

VOID NTAPI KeSetTargetProcessorDpc(PRKDPC Dpc, CCHAR Number) {
    Dpc->Number = static_cast<USHORT>(static_cast<UCHAR>(Number) + 1u);
}

NTSTATUS NTAPI KeSetTargetProcessorDpcEx(PKDPC Dpc, PPROCESSOR_NUMBER ProcNumber) {
    if (ProcNumber == nullptr || ProcNumber->Group != 0) return STATUS_INVALID_PARAMETER;
    Dpc->Number = static_cast<USHORT>(ProcNumber->Number + 1u);
    return STATUS_SUCCESS;
}

VOID NTAPI KeFlushQueuedDpcs(VOID) {
    KIRQL irql = currentThread().irql;
    if (irql != PASSIVE_LEVEL) {
        bugCheck(bugcode::IrqlNotLessOrEqual, 0, irql, 0, 0,
                 "KeFlushQueuedDpcs at IRQL " + std::to_string(irql) + "; it requires PASSIVE_LEVEL");
    }
    KernelCore& core = requireKernel("KeFlushQueuedDpcs");
    // Without running DPC threads nothing would ever drain; stop() runs what is queued.
    if (!core.running.load()) return;
    drainDpcs(core);
}

}  // extern "C"
