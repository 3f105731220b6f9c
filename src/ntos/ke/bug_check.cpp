#include "ntos/ke/bug_check.h"

#include "ntos/ke/kernel.h"
#include "ntos/ke/kernel_core.h"
#include "ntos/ke/thread_state.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace ntos {

std::string_view bugCheckName(ULONG code) {
    switch (code) {
    case 0x01: return "APC_INDEX_MISMATCH";
    case 0x03: return "INVALID_AFFINITY_SET";
    case 0x04: return "INVALID_DATA_ACCESS_TRAP";
    case 0x08: return "IRQL_NOT_DISPATCH_LEVEL";
    case 0x09: return "IRQL_NOT_GREATER_OR_EQUAL";
    case 0x0A: return "IRQL_NOT_LESS_OR_EQUAL";
    case 0x0B: return "NO_EXCEPTION_HANDLING_SUPPORT";
    case 0x0C: return "MAXIMUM_WAIT_OBJECTS_EXCEEDED";
    case 0x0D: return "MUTEX_LEVEL_NUMBER_VIOLATION";
    case 0x0F: return "SPIN_LOCK_ALREADY_OWNED";
    case 0x10: return "SPIN_LOCK_NOT_OWNED";
    case 0x11: return "THREAD_NOT_MUTEX_OWNER";
    case 0x19: return "BAD_POOL_HEADER";
    case 0x1A: return "MEMORY_MANAGEMENT";
    case 0x1E: return "KMODE_EXCEPTION_NOT_HANDLED";
    case 0x20: return "KERNEL_APC_PENDING_DURING_EXIT";
    case 0x35: return "NO_MORE_IRP_STACK_LOCATIONS";
    case 0x36: return "DEVICE_REFERENCE_COUNT_NOT_ZERO";
    case 0x3B: return "SYSTEM_SERVICE_EXCEPTION";
    case 0x41: return "MUST_SUCCEED_POOL_EMPTY";
    case 0x44: return "MULTIPLE_IRP_COMPLETE_REQUESTS";
    case 0x48: return "CANCEL_STATE_IN_COMPLETED_IRP";
    case 0x4A: return "IRQL_GT_ZERO_AT_SYSTEM_SERVICE";
    case 0x50: return "PAGE_FAULT_IN_NONPAGED_AREA";
    case 0x7E: return "SYSTEM_THREAD_EXCEPTION_NOT_HANDLED";
    case 0x7F: return "UNEXPECTED_KERNEL_MODE_TRAP";
    case 0x96: return "INVALID_WORK_QUEUE_ITEM";
    case 0x9F: return "DRIVER_POWER_STATE_FAILURE";
    case 0xA0: return "INTERNAL_POWER_ERROR";
    case 0xB8: return "ATTEMPTED_SWITCH_FROM_DPC";
    case 0xBF: return "MUTEX_ALREADY_OWNED";
    case 0xC1: return "SPECIAL_POOL_DETECTED_MEMORY_CORRUPTION";
    case 0xC2: return "BAD_POOL_CALLER";
    case 0xC4: return "DRIVER_VERIFIER_DETECTED_VIOLATION";
    case 0xC5: return "DRIVER_CORRUPTED_EXPOOL";
    case 0xC6: return "DRIVER_CAUGHT_MODIFYING_FREED_POOL";
    case 0xC7: return "TIMER_OR_DPC_INVALID";
    case 0xC8: return "IRQL_UNEXPECTED_VALUE";
    case 0xC9: return "DRIVER_VERIFIER_IOMANAGER_VIOLATION";
    case 0xCA: return "PNP_DETECTED_FATAL_ERROR";
    case 0xCB: return "DRIVER_LEFT_LOCKED_PAGES_IN_PROCESS";
    case 0xCE: return "DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS";
    case 0xD1: return "DRIVER_IRQL_NOT_LESS_OR_EQUAL";
    case 0xD5: return "DRIVER_PAGE_FAULT_IN_FREED_SPECIAL_POOL";
    case 0xE1: return "WORKER_THREAD_RETURNED_AT_BAD_IRQL";
    case 0xE2: return "MANUALLY_INITIATED_CRASH";
    case 0xE3: return "RESOURCE_NOT_OWNED";
    case 0xE4: return "WORKER_INVALID";
    case 0xE8: return "INVALID_CANCEL_OF_FILE_OPEN";
    case 0xEA: return "THREAD_STUCK_IN_DEVICE_DRIVER";
    case 0xF7: return "DRIVER_OVERRAN_STACK_BUFFER";
    case 0xFE: return "BUGCODE_USB_DRIVER";
    case 0x10D: return "WDF_VIOLATION";
    case 0x133: return "DPC_WATCHDOG_VIOLATION";
    case 0x139: return "KERNEL_SECURITY_CHECK_FAILURE";
    case 0x13A: return "KERNEL_MODE_HEAP_CORRUPTION";
    case bugcode::NotImplemented: return "OPENKMDF_NOT_IMPLEMENTED";
    case bugcode::KernelMisuse: return "OPENKMDF_KERNEL_MISUSE";
    default: return "UNKNOWN_BUGCHECK";
    }
}

namespace {

std::string threadDescription() {
    const ThreadState& state = currentThread();
    if (state.name == nullptr) return "thread " + std::to_string(state.id);
    std::string name = state.name;
    if (state.processor >= 0) name += "/" + std::to_string(state.processor);
    return name + " (thread " + std::to_string(state.id) + ")";
}

void complete(BugCheckReport& report) {
    if (report.name.empty()) report.name = std::string(bugCheckName(report.code));
    if (report.thread.empty()) {
        report.irql = currentThread().irql;
        report.thread = threadDescription();
    }
}

std::string formatReport(const BugCheckReport& report) {
    char head[160];
    std::snprintf(head, sizeof head, "*** STOP 0x%08X (0x%llX, 0x%llX, 0x%llX, 0x%llX) ", report.code,
                  static_cast<unsigned long long>(report.parameters[0]),
                  static_cast<unsigned long long>(report.parameters[1]),
                  static_cast<unsigned long long>(report.parameters[2]),
                  static_cast<unsigned long long>(report.parameters[3]));
    return std::string(head) + report.name + ": " + report.text + "\n*** at IRQL " +
           std::to_string(report.irql) + " on " + report.thread;
}

// A bug check raised while reporting one must not recurse.
thread_local bool reportingBugCheck = false;

[[noreturn]] void abortAfterNestedBugCheck(const BugCheckReport& report) {
    std::fprintf(stderr, "*** nested bug check 0x%08X while reporting a bug check: %s\n", report.code,
                 report.text.c_str());
    std::abort();
}

}  // namespace

void Kernel::bugCheck(const BugCheckReport& original) {
    BugCheckReport report = original;
    complete(report);
    if (reportingBugCheck) abortAfterNestedBugCheck(report);
    reportingBugCheck = true;
    KernelCore& core = KernelAccess::of(*this);
    if (core.config.bugCheckHandler) {
        core.config.bugCheckHandler(report);
    } else {
        const std::string text = formatReport(report);
        log(text);
        // A custom log sink may be a file: the machine is stopping, so say so on stderr too.
        if (core.config.logSink) std::fprintf(stderr, "%s\n", text.c_str());
    }
    std::fflush(stderr);
    std::abort();
}

void bugCheck(ULONG code, ULONG_PTR p1, ULONG_PTR p2, ULONG_PTR p3, ULONG_PTR p4, std::string_view text) {
    BugCheckReport report;
    report.code = code;
    report.parameters[0] = p1;
    report.parameters[1] = p2;
    report.parameters[2] = p3;
    report.parameters[3] = p4;
    report.text = std::string(text);
    complete(report);
    if (Kernel* kernel = Kernel::current()) kernel->bugCheck(report);
    if (reportingBugCheck) abortAfterNestedBugCheck(report);
    reportingBugCheck = true;
    std::string line = formatReport(report);
    std::fprintf(stderr, "%s\n", line.c_str());
    std::fflush(stderr);
    std::abort();
}

void notImplemented(std::string_view routine) {
    bugCheck(bugcode::NotImplemented, 0, 0, 0, 0, std::string(routine) + " is not implemented in OpenKMDF yet");
}

}  // namespace ntos

extern "C" {

VOID NTAPI KeBugCheckEx(ULONG BugCheckCode, ULONG_PTR BugCheckParameter1, ULONG_PTR BugCheckParameter2,
                        ULONG_PTR BugCheckParameter3, ULONG_PTR BugCheckParameter4) {
    ntos::bugCheck(BugCheckCode, BugCheckParameter1, BugCheckParameter2, BugCheckParameter3,
                   BugCheckParameter4, "KeBugCheckEx called by a driver");
}

VOID NTAPI KeBugCheck(ULONG BugCheckCode) {
    ntos::bugCheck(BugCheckCode, 0, 0, 0, 0, "KeBugCheck called by a driver");
}

}  // extern "C"
