// DbgPrint and friends: formatted with the shared printf engine and written to the
// current kernel's log (stderr without one), one log line per text line, a single
// trailing newline dropped. Unlike a default Windows installation, every component and
// level is shown until DbgSetDebugFilterState turns one off.
#include "ntos/ke/bug_check.h"
#include "ntos/ke/kernel.h"
#include "ntos/rtl/debug_print.h"
#include "ntos/rtl/format.h"

#include <cstdarg>
#include "ntos/platform/platform.h"

#include <cstdio>
#include <map>
#include <string>
#include <string_view>

namespace ntos {

void debugOutput(std::string_view text) {
    if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    Kernel* kernel = Kernel::current();
    for (;;) {
        const size_t newline = text.find('\n');
        std::string_view line = text.substr(0, newline);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (kernel != nullptr) {
            kernel->log(line);
        } else {
            std::fprintf(stderr, "%.*s\n", static_cast<int>(line.size()), line.data());
        }
        if (newline == std::string_view::npos) break;
        text.remove_prefix(newline + 1);
    }
}

}  // namespace ntos

namespace {

// Levels switched off per component: bit n = level n (levels >= 32 are masks).
struct DebugFilter {
    ntos::platform::Mutex lock;
    std::map<ULONG, ULONG> disabled;
};

DebugFilter& debugFilter() {
    static auto* filter = new DebugFilter;
    return *filter;
}

ULONG levelMask(ULONG level) { return level < 32 ? (1u << level) : level; }

bool enabled(ULONG componentId, ULONG level) {
    DebugFilter& filter = debugFilter();
    ntos::platform::LockGuard guard(filter.lock);
    auto found = filter.disabled.find(componentId);
    return found == filter.disabled.end() || (found->second & levelMask(level)) == 0;
}

}  // namespace

extern "C" {

NTSTATUS NTAPI DbgQueryDebugFilterState(ULONG ComponentId, ULONG Level) {
    return enabled(ComponentId, Level) ? TRUE : FALSE;
}

NTSTATUS NTAPI DbgSetDebugFilterState(ULONG ComponentId, ULONG Level, BOOLEAN State) {
    DebugFilter& filter = debugFilter();
    ntos::platform::LockGuard guard(filter.lock);
    ULONG& disabled = filter.disabled[ComponentId];
    if (State) {
        disabled &= ~levelMask(Level);
    } else {
        disabled |= levelMask(Level);
    }
    return STATUS_SUCCESS;
}

ULONG NTAPI vDbgPrintExWithPrefix(PCCH Prefix, ULONG ComponentId, ULONG Level, PCCH Format, va_list arglist) {
    if (!enabled(ComponentId, Level)) return STATUS_SUCCESS;
    std::string text = Prefix != nullptr ? Prefix : "";
    text += ntos::formatNarrow(Format != nullptr ? Format : "", arglist);
    ntos::debugOutput(text);
    return STATUS_SUCCESS;
}

ULONG NTAPI vDbgPrintEx(ULONG ComponentId, ULONG Level, PCCH Format, va_list arglist) {
    return vDbgPrintExWithPrefix(nullptr, ComponentId, Level, Format, arglist);
}

ULONG DbgPrint(PCSTR Format, ...) {
    va_list args;
    va_start(args, Format);
    ULONG status = vDbgPrintExWithPrefix(nullptr, DPFLTR_DEFAULT_ID, DPFLTR_ERROR_LEVEL, Format, args);
    va_end(args);
    return status;
}

// Returns FALSE: there is no debugger whose user could press Ctrl+C.
ULONG DbgPrintReturnControlC(PCCH Format, ...) {
    va_list args;
    va_start(args, Format);
    vDbgPrintExWithPrefix(nullptr, DPFLTR_DEFAULT_ID, DPFLTR_ERROR_LEVEL, Format, args);
    va_end(args);
    return FALSE;
}

ULONG DbgPrintEx(ULONG ComponentId, ULONG Level, PCSTR Format, ...) {
    va_list args;
    va_start(args, Format);
    ULONG status = vDbgPrintExWithPrefix(nullptr, ComponentId, Level, Format, args);
    va_end(args);
    return status;
}

VOID NTAPI DbgBreakPoint(VOID) {
    ntos::bugCheck(0x1E /* KMODE_EXCEPTION_NOT_HANDLED */, static_cast<ULONG_PTR>(STATUS_BREAKPOINT), 0, 0, 0,
                   "DbgBreakPoint with no kernel debugger attached");
}

VOID NTAPI DbgBreakPointWithStatus(ULONG Status) {
    ntos::bugCheck(0x1E /* KMODE_EXCEPTION_NOT_HANDLED */, static_cast<ULONG_PTR>(STATUS_BREAKPOINT), Status, 0, 0,
                   "DbgBreakPointWithStatus with no kernel debugger attached");
}

VOID NTAPI RtlAssert(PVOID VoidFailedAssertion, PVOID VoidFileName, ULONG LineNumber, PSTR MutableMessage) {
    std::string text = "Assertion failed: ";
    text += VoidFailedAssertion != nullptr ? static_cast<const char*>(VoidFailedAssertion) : "?";
    text += " at ";
    text += VoidFileName != nullptr ? static_cast<const char*>(VoidFileName) : "?";
    text += ":" + std::to_string(LineNumber);
    if (MutableMessage != nullptr) text += std::string(" (") + MutableMessage + ")";
    ntos::bugCheck(0x1E /* KMODE_EXCEPTION_NOT_HANDLED */, static_cast<ULONG_PTR>(STATUS_BREAKPOINT), 0, 0, 0, text);
}

}  // extern "C"
