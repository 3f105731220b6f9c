// Remove locks: a count of outstanding I/O (starting at one for the lock itself) and
// an event signalled when IoReleaseRemoveLockAndWait drops it to zero.
#include "ntos/ke/bug_check.h"

#include <ntddk.h>

extern "C" {

// IRQL == PASSIVE_LEVEL, any thread.
VOID IoInitializeRemoveLockEx(PIO_REMOVE_LOCK Lock, ULONG AllocateTag, ULONG MaxLockedMinutes, ULONG HighWatermark,
                              ULONG RemlockSize) {
    (void)AllocateTag;
    (void)MaxLockedMinutes;
    (void)HighWatermark;
    (void)RemlockSize;
    Lock->Common.Removed = FALSE;
    Lock->Common.IoCount = 1;
    KeInitializeEvent(&Lock->Common.RemoveEvent, NotificationEvent, FALSE);
}

// IRQL <= DISPATCH_LEVEL, any thread.
NTSTATUS IoAcquireRemoveLockEx(PIO_REMOVE_LOCK RemoveLock, PVOID Tag, PCSTR File, ULONG Line, ULONG RemlockSize) {
    (void)Tag;
    (void)File;
    (void)Line;
    (void)RemlockSize;
    InterlockedIncrement(&RemoveLock->Common.IoCount);
    if (RemoveLock->Common.Removed) {
        if (InterlockedDecrement(&RemoveLock->Common.IoCount) == 0) {
            KeSetEvent(&RemoveLock->Common.RemoveEvent, IO_NO_INCREMENT, FALSE);
        }
        return STATUS_DELETE_PENDING;
    }
    return STATUS_SUCCESS;
}

// IRQL <= DISPATCH_LEVEL, any thread.
VOID IoReleaseRemoveLockEx(PIO_REMOVE_LOCK RemoveLock, PVOID Tag, ULONG RemlockSize) {
    (void)Tag;
    (void)RemlockSize;
    const LONG count = InterlockedDecrement(&RemoveLock->Common.IoCount);
    if (count < 0) {
        ntos::bugCheck(ntos::bugcode::DriverVerifierDetectedViolation, reinterpret_cast<ULONG_PTR>(RemoveLock), 0,
                       0, 0, "IoReleaseRemoveLock: released more often than acquired");
    }
    if (count == 0) KeSetEvent(&RemoveLock->Common.RemoveEvent, IO_NO_INCREMENT, FALSE);
}

// IRQL == PASSIVE_LEVEL, any thread. The caller holds one acquisition, which this releases.
VOID IoReleaseRemoveLockAndWaitEx(PIO_REMOVE_LOCK RemoveLock, PVOID Tag, ULONG RemlockSize) {
    RemoveLock->Common.Removed = TRUE;
    IoReleaseRemoveLockEx(RemoveLock, Tag, RemlockSize);  // the caller's acquisition
    IoReleaseRemoveLockEx(RemoveLock, Tag, RemlockSize);  // the initial count
    KeWaitForSingleObject(&RemoveLock->Common.RemoveEvent, Executive, KernelMode, FALSE, nullptr);
}

}  // extern "C"
