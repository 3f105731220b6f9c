/* See callback_log.h. */
#include "callback_log.h"

#include <ntstrsafe.h>
#include <stdarg.h>

static KSPIN_LOCK g_logLock; /* zero is the initialized state of a KSPIN_LOCK */
static char g_log[64 * 1024];
static ULONG g_logLength;

void CallbackLogLine(const char* Format, ...)
{
    char line[256];
    va_list args;
    KIRQL irql;
    size_t length = 0;

    va_start(args, Format);
    RtlStringCchVPrintfA(line, sizeof(line), Format, args);
    va_end(args);
    RtlStringCchLengthA(line, sizeof(line), &length);

    KeAcquireSpinLock(&g_logLock, &irql);
    if (g_logLength + length + 1 < sizeof(g_log)) {
        RtlCopyMemory(g_log + g_logLength, line, length);
        g_logLength += (ULONG)length;
        g_log[g_logLength++] = '\n';
        g_log[g_logLength] = '\0';
    }
    KeReleaseSpinLock(&g_logLock, irql);
}

ULONG CallbackLogRead(char* Buffer, ULONG Size)
{
    KIRQL irql;
    ULONG n;
    KeAcquireSpinLock(&g_logLock, &irql);
    n = g_logLength < Size - 1 ? g_logLength : Size - 1;
    RtlCopyMemory(Buffer, g_log, n);
    Buffer[n] = '\0';
    KeReleaseSpinLock(&g_logLock, irql);
    return n;
}

void CallbackLogReset(void)
{
    KIRQL irql;
    KeAcquireSpinLock(&g_logLock, &irql);
    g_logLength = 0;
    g_log[0] = '\0';
    KeReleaseSpinLock(&g_logLock, irql);
}
