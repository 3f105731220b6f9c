/* ioctlapp: exercises the ioctl sample driver's control device through the Win32 API.
 *
 * Opens \\.\OKIOCTL and sends each of its I/O control codes, one per buffer method, with
 * a few buffer sizes, checking every returned byte and length against the rule the
 * driver documents in drivers/ioctl/public.h:
 *
 *   METHOD_BUFFERED    output[i] = input[i] ^ 0x5A
 *   METHOD_IN_DIRECT   the output buffer carries data the driver checks byte by byte
 *                      (input[i % n] ^ 0x5A) and reports the length it checked; one
 *                      deliberately wrong byte must fail with ERROR_CRC
 *   METHOD_OUT_DIRECT  output = input reversed
 *   METHOD_NEITHER     output[i] = ~input[i]
 *
 * then reads the driver's statistics: every IOCTL must have reached its preprocess
 * callback before its queue. Exit status 0 when every check passed, 1 otherwise. */
#include <windows.h>
#include <winioctl.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../drivers/ioctl/public.h"

#define MAX_LENGTH 4096

static void printUsage(FILE *out)
{
    fprintf(out,
            "usage: ioctlapp [-h|--help]\n"
            "\n"
            "Opens %s (the ioctl sample's control device) through kmdfhost and sends one\n"
            "IOCTL for each buffer method (METHOD_BUFFERED, METHOD_IN_DIRECT, METHOD_OUT_DIRECT,\n"
            "METHOD_NEITHER) with 1, 64 and %d bytes, checking every byte and length; then\n"
            "checks the driver's statistics (IOCTL_OKIOCTL_GET_STATISTICS).\n",
            OKIOCTL_WIN32_PATH, MAX_LENGTH);
}

static int failWith(const char *what, DWORD error)
{
    fprintf(stderr, "ioctlapp: %s failed: error %lu\n", what, (unsigned long)error);
    return 1;
}

static void fillInput(BYTE *input, DWORD length, DWORD seed)
{
    for (DWORD i = 0; i < length; ++i) input[i] = (BYTE)(seed * 31u + i * 7u + 1u);
}

static BYTE expectedOutput(DWORD code, const BYTE *input, DWORD length, DWORD i)
{
    switch (code) {
    case IOCTL_OKIOCTL_METHOD_BUFFERED: return (BYTE)(input[i] ^ OKIOCTL_XOR_KEY);
    case IOCTL_OKIOCTL_METHOD_OUT_DIRECT: return input[length - 1 - i];
    default: return (BYTE)~input[i];
    }
}

/* One transforming IOCTL (BUFFERED, OUT_DIRECT, NEITHER): every byte and the length. */
static int checkTransform(HANDLE device, DWORD code, const char *name, DWORD length, DWORD seed)
{
    static BYTE input[MAX_LENGTH];
    static BYTE output[MAX_LENGTH + 16];
    DWORD returned = 0;

    fillInput(input, length, seed);
    memset(output, 0xEE, sizeof(output));
    if (!DeviceIoControl(device, code, input, length, output, length + 16, &returned, NULL)) {
        return failWith(name, GetLastError());
    }
    if (returned != length) {
        fprintf(stderr, "ioctlapp: %s: %lu bytes returned, expected %lu\n", name, (unsigned long)returned,
                (unsigned long)length);
        return 1;
    }
    for (DWORD i = 0; i < length; ++i) {
        BYTE expected = expectedOutput(code, input, length, i);
        if (output[i] != expected) {
            fprintf(stderr, "ioctlapp: %s: byte %lu is 0x%02X, expected 0x%02X\n", name, (unsigned long)i,
                    output[i], expected);
            return 1;
        }
    }
    printf("ioctlapp: %-17s %4lu bytes in, %4lu bytes out, every byte checked\n", name, (unsigned long)length,
           (unsigned long)returned);
    return 0;
}

/* METHOD_IN_DIRECT: the device reads the output buffer; it reports what it checked. */
static int checkInDirect(HANDLE device, DWORD length, DWORD seed)
{
    static BYTE key[16];
    static BYTE data[MAX_LENGTH];
    DWORD returned = 0;

    fillInput(key, sizeof(key), seed);
    for (DWORD i = 0; i < length; ++i) data[i] = (BYTE)(key[i % sizeof(key)] ^ OKIOCTL_XOR_KEY);
    if (!DeviceIoControl(device, IOCTL_OKIOCTL_METHOD_IN_DIRECT, key, sizeof(key), data, length, &returned, NULL)) {
        return failWith("METHOD_IN_DIRECT", GetLastError());
    }
    if (returned != length) {
        fprintf(stderr, "ioctlapp: METHOD_IN_DIRECT: the driver checked %lu bytes, expected %lu\n",
                (unsigned long)returned, (unsigned long)length);
        return 1;
    }
    /* One wrong byte: the driver must notice it. */
    data[length / 2] ^= 0xFF;
    if (DeviceIoControl(device, IOCTL_OKIOCTL_METHOD_IN_DIRECT, key, sizeof(key), data, length, &returned, NULL)) {
        fprintf(stderr, "ioctlapp: METHOD_IN_DIRECT: a corrupted byte was accepted\n");
        return 1;
    }
    if (GetLastError() != ERROR_CRC) {
        return failWith("METHOD_IN_DIRECT with a corrupted byte (expected ERROR_CRC)", GetLastError());
    }
    printf("ioctlapp: %-17s %4lu bytes to the device, all checked by it; a corrupted byte refused\n",
           "METHOD_IN_DIRECT", (unsigned long)length);
    return 0;
}

int main(int argc, char **argv)
{
    static const DWORD lengths[] = {1, 64, MAX_LENGTH};
    OKIOCTL_STATISTICS before;
    OKIOCTL_STATISTICS after;
    DWORD returned = 0;
    DWORD sent = 0;
    HANDLE device;
    int failed = 0;

    for (int i = 1; i < argc; ++i) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            printUsage(stdout);
            return 0;
        }
        fprintf(stderr, "ioctlapp: unknown argument '%s'\n", argv[i]);
        printUsage(stderr);
        return 2;
    }

    device = CreateFileA(OKIOCTL_WIN32_PATH, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING,
                         FILE_ATTRIBUTE_NORMAL, NULL);
    if (device == INVALID_HANDLE_VALUE) return failWith("CreateFile " OKIOCTL_WIN32_PATH, GetLastError());
    printf("ioctlapp: opened %s\n", OKIOCTL_WIN32_PATH);

    if (!DeviceIoControl(device, IOCTL_OKIOCTL_GET_STATISTICS, NULL, 0, &before, sizeof(before), &returned, NULL) ||
        returned != sizeof(before)) {
        CloseHandle(device);
        return failWith("IOCTL_OKIOCTL_GET_STATISTICS", GetLastError());
    }
    sent++;

    for (size_t n = 0; n < sizeof(lengths) / sizeof(lengths[0]) && !failed; ++n) {
        DWORD length = lengths[n];
        failed |= checkTransform(device, IOCTL_OKIOCTL_METHOD_BUFFERED, "METHOD_BUFFERED", length, (DWORD)n);
        failed |= checkInDirect(device, length, (DWORD)n + 10);
        failed |= checkTransform(device, IOCTL_OKIOCTL_METHOD_OUT_DIRECT, "METHOD_OUT_DIRECT", length, (DWORD)n + 20);
        failed |= checkTransform(device, IOCTL_OKIOCTL_METHOD_NEITHER, "METHOD_NEITHER", length, (DWORD)n + 30);
        sent += 5; /* IN_DIRECT sends two */
    }

    if (!failed) {
        if (!DeviceIoControl(device, IOCTL_OKIOCTL_GET_STATISTICS, NULL, 0, &after, sizeof(after), &returned, NULL) ||
            returned != sizeof(after)) {
            failed = failWith("IOCTL_OKIOCTL_GET_STATISTICS", GetLastError());
        } else {
            /* Counted before the statistics request itself completed: that one is not
             * postprocessed yet. Other clients may add to the counts, never take away. */
            unsigned preprocessed = after.Preprocessed - before.Preprocessed;
            unsigned ordered = after.PreprocessedBeforeQueue - before.PreprocessedBeforeQueue;
            unsigned queued = after.QueueRequests - before.QueueRequests;
            unsigned postprocessed = after.Postprocessed - before.Postprocessed;
            printf("ioctlapp: statistics: %u preprocessed, %u queued (%u seen by the preprocess callback first), "
                   "%u postprocessed\n",
                   preprocessed, queued, ordered, postprocessed);
            if (preprocessed < sent || queued < sent || ordered < sent || postprocessed < sent) {
                fprintf(stderr, "ioctlapp: statistics: expected at least %lu of each\n", (unsigned long)sent);
                failed = 1;
            }
        }
    }

    CloseHandle(device);
    if (failed) return 1;
    printf("ioctlapp: all checks passed\n");
    return 0;
}
