// Routines declared in nt/ke.h, nt/ex.h and nt/rtl.h that OpenKMDF does not implement
// yet: each bug-checks naming itself, so a driver that calls one stops with a clear
// report instead of silently misbehaving.
#include "ntos/ke/bug_check.h"

#include <ntddk.h>

extern "C" {

BOOLEAN NTAPI KeSynchronizeExecution(PKINTERRUPT Interrupt, PKSYNCHRONIZE_ROUTINE SynchronizeRoutine,
                                     PVOID SynchronizeContext) {
    (void)Interrupt;
    (void)SynchronizeRoutine;
    (void)SynchronizeContext;
    ntos::notImplemented("KeSynchronizeExecution");
}

NTSTATUS NTAPI PsCreateSystemThread(PHANDLE ThreadHandle, ULONG DesiredAccess, POBJECT_ATTRIBUTES ObjectAttributes,
                                    HANDLE ProcessHandle, PCLIENT_ID ClientId, PKSTART_ROUTINE StartRoutine,
                                    PVOID StartContext) {
    (void)ThreadHandle;
    (void)DesiredAccess;
    (void)ObjectAttributes;
    (void)ProcessHandle;
    (void)ClientId;
    (void)StartRoutine;
    (void)StartContext;
    ntos::notImplemented("PsCreateSystemThread");
}

NTSTATUS NTAPI PsTerminateSystemThread(NTSTATUS ExitStatus) {
    (void)ExitStatus;
    ntos::notImplemented("PsTerminateSystemThread");
}

}  // extern "C"
