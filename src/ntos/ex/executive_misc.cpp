// Small executive routines: ExRaiseStatus, local time, UUIDs, timer resolution.
#include "ntos/ke/bug_check.h"
#include "ntos/platform/platform.h"

#include <ntddk.h>

#include <cstdio>

extern "C" {

// No SEH frames exist to catch the exception, so a raise is an unhandled kernel-mode
// exception, as it would be on Windows without a __try around the call.
VOID NTAPI ExRaiseStatus(NTSTATUS Status) {
    char text[96];
    std::snprintf(text, sizeof text, "ExRaiseStatus(0x%08X) with no exception handler", static_cast<unsigned>(Status));
    ntos::bugCheck(0x1E /* KMODE_EXCEPTION_NOT_HANDLED */, static_cast<ULONG_PTR>(static_cast<ULONG>(Status)), 0, 0, 0,
                   text);
}

VOID NTAPI ExSystemTimeToLocalTime(PLARGE_INTEGER SystemTime, PLARGE_INTEGER LocalTime) {
    LocalTime->QuadPart = SystemTime->QuadPart + ntos::platform::localTimeBias100ns(SystemTime->QuadPart);
}

VOID NTAPI ExLocalTimeToSystemTime(PLARGE_INTEGER LocalTime, PLARGE_INTEGER SystemTime) {
    SystemTime->QuadPart = LocalTime->QuadPart - ntos::platform::localTimeBias100ns(LocalTime->QuadPart);
}

// A random (version 4, RFC 4122 variant) UUID.
NTSTATUS NTAPI ExUuidCreate(UUID* Uuid) {
    ntos::platform::fillRandom(Uuid, sizeof(*Uuid));
    Uuid->Data3 = static_cast<unsigned short>((Uuid->Data3 & 0x0FFF) | 0x4000);
    Uuid->Data4[0] = static_cast<unsigned char>((Uuid->Data4[0] & 0x3F) | 0x80);
    return STATUS_SUCCESS;
}

// The clock does not tick: timers fire at their due time, so the resolution is reported
// as the default 15.625 ms and requests are accepted without effect.
ULONG NTAPI ExSetTimerResolution(ULONG DesiredTime, BOOLEAN SetResolution) {
    (void)DesiredTime;
    (void)SetResolution;
    return 156250;
}

}  // extern "C"
