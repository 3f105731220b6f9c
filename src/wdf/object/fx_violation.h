// The framework verifier's fatal path: WDF_VIOLATION (0x10D) bug checks. Parameter 1 is
// the subcode documented on "Bug Check 0x10D: WDF_VIOLATION"; the text names the driver
// and the DDI so the report says exactly what went wrong and where.
#pragma once

#include <ntddk.h>

#include <string_view>

namespace wdf {

struct FxDriverGlobals;

inline constexpr ULONG kWdfViolation = 0x10D;

// Parameter 1 values of WDF_VIOLATION (named here, in our namespace, after the documented
// meaning of each row of the bug-check table).
enum FxViolation : ULONG {
    kFxPowerRoutineTimedOut = 0x1,
    kFxRecursiveLock = 0x2,            // acquiring a lock the caller already holds
    kFxVerifierFatalError = 0x3,
    kFxRequiredParameterIsNull = 0x4,  // p2 reserved, p3 caller address
    kFxInvalidHandle = 0x5,            // p2 the handle value (wrong type, stale or garbage)
    kFxRequestFatalError = 0x6,
    kFxObjectError = 0x7,              // p2 handle: deleted by dereference instead of WdfObjectDelete
    kFxDmaFatalError = 0x8,
    kFxQueueFatalError = 0xA,
    kFxInvalidLockOperation = 0xB,
    kFxPnpFatalError = 0xC,
    kFxPowerMultiplePpo = 0xD,
    kFxIrqlMismatch = 0xE,
    kFxCriticalRegionMismatch = 0xF,
};

// Bug-checks WDF_VIOLATION(subcode, p2, p3, p4) through ntos::bugCheck; the text is
// prefixed with the driver's name. `globals` may be null (no driver known).
// Any thread, any IRQL. Does not return.
[[noreturn]] void wdfViolation(FxDriverGlobals* globals, ULONG subcode, ULONG_PTR p2, ULONG_PTR p3,
                               ULONG_PTR p4, std::string_view text);

}  // namespace wdf
