// Bug-check codes used by the simulated kernel, their documented names, and the
// helper for routines OpenKMDF does not implement yet.
#pragma once

#include "ntos/ke/kernel.h"

#include <ntddk.h>

#include <string_view>

namespace ntos {

namespace bugcode {
inline constexpr ULONG IrqlNotGreaterOrEqual = 0x09;
inline constexpr ULONG IrqlNotLessOrEqual = 0x0A;
inline constexpr ULONG SpinLockAlreadyOwned = 0x0F;
inline constexpr ULONG SpinLockNotOwned = 0x10;
inline constexpr ULONG ThreadNotMutexOwner = 0x11;
inline constexpr ULONG NoMoreIrpStackLocations = 0x35;
inline constexpr ULONG MultipleIrpCompleteRequests = 0x44;
inline constexpr ULONG InvalidWorkQueueItem = 0x96;
inline constexpr ULONG MutexAlreadyOwned = 0xBF;
inline constexpr ULONG BadPoolCaller = 0xC2;
inline constexpr ULONG DriverVerifierDetectedViolation = 0xC4;
inline constexpr ULONG TimerOrDpcInvalid = 0xC7;
inline constexpr ULONG IrqlUnexpectedValue = 0xC8;
inline constexpr ULONG DriverIrqlNotLessOrEqual = 0xD1;
inline constexpr ULONG ManuallyInitiatedCrash = 0xE2;
inline constexpr ULONG ResourceNotOwned = 0xE3;
inline constexpr ULONG WdfViolation = 0x10D;
inline constexpr ULONG WorkerThreadReturnedAtBadIrql = 0xE1;
inline constexpr ULONG NotImplemented = 0xE0000001;  // OpenKMDF: routine not implemented
inline constexpr ULONG KernelMisuse = 0xE0000002;    // OpenKMDF: no current kernel, stop from own thread
}  // namespace bugcode

// The documented name of a bug-check code ("WDF_VIOLATION"), or "UNKNOWN_BUGCHECK".
std::string_view bugCheckName(ULONG code);

// Bug-checks with "<routine> is not implemented in OpenKMDF yet". Thread: any.
[[noreturn]] void notImplemented(std::string_view routine);

}  // namespace ntos
