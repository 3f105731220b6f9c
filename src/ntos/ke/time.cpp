// Clocks and processor queries. Interrupt time is the platform's monotonic clock; the
// tick is 15.625 ms (KeQueryTimeIncrement = 156250 x 100 ns); the performance counter
// runs at 10 MHz (one count per 100 ns).
#include "ntos/ke/kernel.h"
#include "ntos/ke/thread_state.h"
#include "ntos/platform/platform.h"

#include <unistd.h>

namespace {
constexpr ULONG kTimeIncrement = 156250;
constexpr LONGLONG kPerformanceFrequency = 10'000'000;

unsigned activeProcessors() {
    ntos::Kernel* kernel = ntos::Kernel::current();
    return kernel != nullptr ? kernel->processorCount() : 1;
}
}  // namespace

extern "C" {

VOID NTAPI KeQuerySystemTime(PLARGE_INTEGER CurrentTime) { CurrentTime->QuadPart = ntos::platform::systemTime100ns(); }

VOID NTAPI KeQuerySystemTimePrecise(PLARGE_INTEGER CurrentTime) {
    CurrentTime->QuadPart = ntos::platform::systemTime100ns();
}

ULONGLONG NTAPI KeQueryInterruptTime(VOID) {
    return static_cast<ULONGLONG>(ntos::platform::monotonicNow100ns());
}

ULONGLONG NTAPI KeQueryInterruptTimePrecise(PULONG64 QpcTimeStamp) {
    const ULONGLONG now = static_cast<ULONGLONG>(ntos::platform::monotonicNow100ns());
    if (QpcTimeStamp != nullptr) *QpcTimeStamp = now;
    return now;
}

ULONGLONG NTAPI KeQueryUnbiasedInterruptTime(VOID) {
    return static_cast<ULONGLONG>(ntos::platform::monotonicNow100ns());
}

VOID NTAPI KeQueryTickCount(PLARGE_INTEGER CurrentCount) {
    CurrentCount->QuadPart = ntos::platform::monotonicNow100ns() / kTimeIncrement;
}

ULONG NTAPI KeQueryTimeIncrement(VOID) { return kTimeIncrement; }

LARGE_INTEGER NTAPI KeQueryPerformanceCounter(PLARGE_INTEGER PerformanceFrequency) {
    if (PerformanceFrequency != nullptr) PerformanceFrequency->QuadPart = kPerformanceFrequency;
    LARGE_INTEGER counter;
    counter.QuadPart = ntos::platform::monotonicNow100ns();
    return counter;
}

VOID NTAPI KeStallExecutionProcessor(ULONG MicroSeconds) {
    const int64_t end = ntos::platform::monotonicNow100ns() + static_cast<int64_t>(MicroSeconds) * 10;
    while (ntos::platform::monotonicNow100ns() < end) ntos::platform::yieldProcessor();
}

ULONG NTAPI KeGetCurrentProcessorNumber(VOID) {
    const int processor = ntos::currentThread().processor;
    return processor >= 0 ? static_cast<ULONG>(processor) : 0;
}

ULONG NTAPI KeGetCurrentProcessorNumberEx(PPROCESSOR_NUMBER ProcNumber) {
    const ULONG number = KeGetCurrentProcessorNumber();
    if (ProcNumber != nullptr) {
        ProcNumber->Group = 0;
        ProcNumber->Number = static_cast<UCHAR>(number);
        ProcNumber->Reserved = 0;
    }
    return number;
}

ULONG NTAPI KeQueryActiveProcessorCount(PKAFFINITY ActiveProcessors) {
    const unsigned count = activeProcessors();
    if (ActiveProcessors != nullptr) *ActiveProcessors = (count >= 64) ? ~KAFFINITY{0} : ((KAFFINITY{1} << count) - 1);
    return count;
}

ULONG NTAPI KeQueryActiveProcessorCountEx(USHORT GroupNumber) {
    return (GroupNumber == 0 || GroupNumber == ALL_PROCESSOR_GROUPS) ? activeProcessors() : 0;
}

ULONG NTAPI KeQueryMaximumProcessorCount(VOID) { return activeProcessors(); }

ULONG NTAPI KeQueryMaximumProcessorCountEx(USHORT GroupNumber) { return KeQueryActiveProcessorCountEx(GroupNumber); }

KAFFINITY NTAPI KeQueryActiveProcessors(VOID) {
    KAFFINITY affinity = 0;
    KeQueryActiveProcessorCount(&affinity);
    return affinity;
}

USHORT NTAPI KeQueryActiveGroupCount(VOID) { return 1; }


}  // extern "C"
