/*
 * The callback log of a framework test driver: one line per callback, appended from any
 * thread at IRQL <= DISPATCH_LEVEL, read by the test through the driver's exports.
 * Compiled into each test driver module (each keeps its own log).
 */
#pragma once

#include <ntddk.h>

/* Appends one formatted line (at most 255 characters). IRQL <= DISPATCH_LEVEL. */
void CallbackLogLine(const char* Format, ...);
/* Copies the log (NUL-terminated, truncated to Size - 1); returns its length. */
ULONG CallbackLogRead(char* Buffer, ULONG Size);
void CallbackLogReset(void);
