// The dispatcher: signal state of KEVENT/KSEMAPHORE/KMUTEX/KTIMER and the waits on them.
//
// Like the real kernel's dispatcher lock, one process-wide lock guards the signal state
// of every dispatcher object and the list of blocked waiters; each waiter blocks on its
// own condition variable. Dispatcher objects are plain driver-owned memory (no
// registration): the state lives in DISPATCHER_HEADER.SignalState/Type, so any object
// the caller initialized can be waited on.
#pragma once

#include <ntddk.h>

#include <cstdint>

namespace ntos {

// DISPATCHER_HEADER.Type values (the kernel object types).
namespace dispatcher_type {
inline constexpr UCHAR NotificationEvent = 0;
inline constexpr UCHAR SynchronizationEvent = 1;
inline constexpr UCHAR Mutant = 2;
inline constexpr UCHAR Semaphore = 5;
inline constexpr UCHAR NotificationTimer = 8;
inline constexpr UCHAR SynchronizationTimer = 9;
}  // namespace dispatcher_type

// Sets a timer's signal state and releases the waiters it satisfies. Thread: any, any IRQL.
void signalTimer(PKTIMER timer);
// Clears a timer's signal state (KeSetTimer). Thread: any, any IRQL.
void resetTimerSignal(PKTIMER timer);

// Converts an NT wait interval (negative = relative, positive = absolute system time,
// both in 100 ns) to a deadline on platform::monotonicNow100ns().
int64_t deadlineFromInterval(LONGLONG interval);

}  // namespace ntos
