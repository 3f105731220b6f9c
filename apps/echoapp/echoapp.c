/* echoapp: exercises the echo sample driver through the Win32 API.
 *
 *   echoapp            write 512 bytes and read them back, then 30 KiB
 *   echoapp -Async N   N writes and N reads outstanding at once on an overlapped handle
 *
 * The echo driver keeps the data of the latest write and returns it (up to the read's
 * length) to each read; a read before any write returns 0 bytes. With many writes and
 * reads in flight the order is not fixed, so each write carries a self-describing
 * record and every read is checked against the rule:
 *
 *   a read returns 0 bytes, or exactly one whole record of a write already issued:
 *   header {magic, sequence number, length} with length == bytes read, and every body
 *   byte equal to patternByte(sequence, offset).
 *
 * Exit status 0 when every check passed, 1 otherwise (with a one-line reason). */
#include <windows.h>
#include <cfgmgr32.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const GUID GUID_DEVINTERFACE_ECHO = {0xcdc35b6e, 0x0be4, 0x4936, {0xbf, 0x5f, 0x55, 0x37, 0x38, 0x0a, 0x7c, 0x1a}};

#define RECORD_MAGIC 0x4f484345u /* "ECHO" */
#define MAX_ASYNC 32             /* N writers + N readers fit one WaitForMultipleObjects */
#define ROUNDS_PER_SLOT 4
#define MAX_RECORD_LENGTH (512 + 15 * 512)
#define WAIT_LIMIT_MS 30000

typedef struct RecordHeader {
    DWORD magic;
    DWORD sequence;
    DWORD length;
} RecordHeader;

static void printUsage(FILE *out)
{
    fprintf(out,
            "usage: echoapp [-Async N] [-h|--help]\n"
            "\n"
            "Finds the echo device (interface {cdc35b6e-0be4-4936-bf5f-5537380a7c1a}),\n"
            "writes data and reads it back through kmdfhost.\n"
            "\n"
            "  (no option)  synchronous: 512 bytes, then 30 KiB, each written and read back\n"
            "  -Async N     overlapped: N writes and N reads outstanding (1..%d), %d rounds each;\n"
            "               every read must be empty or one whole record of an issued write\n",
            MAX_ASYNC, ROUNDS_PER_SLOT);
}

static int failWith(const char *what, DWORD error)
{
    fprintf(stderr, "echoapp: %s failed: error %lu\n", what, (unsigned long)error);
    return 1;
}

static void printWide(FILE *out, const WCHAR *text)
{
    for (; *text; ++text) fputc(*text < 128 ? (char)*text : '?', out);
}

/* The first interface path of the echo class, in a malloc'd buffer; NULL if none. */
static WCHAR *findEchoDevice(void)
{
    ULONG length = 0;
    CONFIGRET cr = CM_Get_Device_Interface_List_SizeW(&length, (LPGUID)&GUID_DEVINTERFACE_ECHO, NULL,
                                                      CM_GET_DEVICE_INTERFACE_LIST_PRESENT);
    if (cr != CR_SUCCESS) {
        fprintf(stderr, "echoapp: CM_Get_Device_Interface_List_SizeW failed: CONFIGRET 0x%lx\n", (unsigned long)cr);
        return NULL;
    }
    WCHAR *list = (WCHAR *)calloc(length, sizeof(WCHAR));
    if (!list) return NULL;
    cr = CM_Get_Device_Interface_ListW((LPGUID)&GUID_DEVINTERFACE_ECHO, NULL, list, length,
                                       CM_GET_DEVICE_INTERFACE_LIST_PRESENT);
    if (cr != CR_SUCCESS || list[0] == 0) {
        if (cr != CR_SUCCESS)
            fprintf(stderr, "echoapp: CM_Get_Device_Interface_ListW failed: CONFIGRET 0x%lx\n", (unsigned long)cr);
        else
            fprintf(stderr, "echoapp: no echo device interface is present (is the echo driver installed?)\n");
        free(list);
        return NULL;
    }
    return list;
}

/* ---- synchronous mode ---- */

static int writeAndReadBack(HANDLE device, DWORD length, unsigned char seed)
{
    unsigned char *out = (unsigned char *)malloc(length);
    unsigned char *in = (unsigned char *)malloc(length);
    if (!out || !in) {
        free(out);
        free(in);
        fprintf(stderr, "echoapp: out of memory\n");
        return 1;
    }
    for (DWORD i = 0; i < length; ++i) out[i] = (unsigned char)(seed + i * 7 + (i >> 8));
    memset(in, 0, length);

    int result = 0;
    DWORD written = 0, read = 0;
    if (!WriteFile(device, out, length, &written, NULL)) {
        result = failWith("WriteFile", GetLastError());
    } else if (written != length) {
        fprintf(stderr, "echoapp: WriteFile wrote %lu bytes, expected %lu\n", (unsigned long)written,
                (unsigned long)length);
        result = 1;
    } else if (!ReadFile(device, in, length, &read, NULL)) {
        result = failWith("ReadFile", GetLastError());
    } else if (read != length) {
        fprintf(stderr, "echoapp: ReadFile returned %lu bytes, expected %lu\n", (unsigned long)read,
                (unsigned long)length);
        result = 1;
    } else if (memcmp(out, in, length) != 0) {
        DWORD i = 0;
        while (out[i] == in[i]) ++i;
        fprintf(stderr, "echoapp: data read back differs at byte %lu (wrote 0x%02x, read 0x%02x)\n",
                (unsigned long)i, out[i], in[i]);
        result = 1;
    } else {
        printf("echoapp: wrote %lu bytes, read %lu bytes back, data matches\n", (unsigned long)written,
               (unsigned long)read);
    }
    free(out);
    free(in);
    return result;
}

static int runSynchronous(const WCHAR *path)
{
    HANDLE device = CreateFileW(path, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL,
                                NULL);
    if (device == INVALID_HANDLE_VALUE) return failWith("CreateFileW", GetLastError());
    int result = writeAndReadBack(device, 512, 0x11);
    if (result == 0) result = writeAndReadBack(device, 30 * 1024, 0x5a);
    if (!CloseHandle(device) && result == 0) result = failWith("CloseHandle", GetLastError());
    return result;
}

/* ---- overlapped mode ---- */

typedef struct Slot {
    OVERLAPPED overlapped;
    HANDLE event;
    unsigned char buffer[MAX_RECORD_LENGTH];
    DWORD length;
    BOOL isWrite;
    int roundsLeft;
} Slot;

typedef struct AsyncRun {
    HANDLE device;
    DWORD issuedWrites;
    DWORD completedWrites;
    DWORD completedReads;
    DWORD emptyReads;
} AsyncRun;

static unsigned char patternByte(DWORD sequence, DWORD offset)
{
    return (unsigned char)(sequence * 131u + offset * 7u + (offset >> 8) + 1u);
}

static DWORD recordLength(DWORD sequence) { return 512 + (sequence % 16) * 512; }

static void fillRecord(unsigned char *buffer, DWORD sequence)
{
    RecordHeader header = {RECORD_MAGIC, sequence, recordLength(sequence)};
    memcpy(buffer, &header, sizeof(header));
    for (DWORD i = sizeof(header); i < header.length; ++i) buffer[i] = patternByte(sequence, i);
}

/* The rule of the file comment. Returns 0 if the read is valid. */
static int checkRead(const AsyncRun *run, const unsigned char *data, DWORD length)
{
    if (length == 0) return 0;
    RecordHeader header;
    if (length < sizeof(header)) {
        fprintf(stderr, "echoapp: a read returned %lu bytes, too short for a record\n", (unsigned long)length);
        return 1;
    }
    memcpy(&header, data, sizeof(header));
    if (header.magic != RECORD_MAGIC || header.sequence >= run->issuedWrites || header.length != length ||
        header.length != recordLength(header.sequence)) {
        fprintf(stderr, "echoapp: a read of %lu bytes is not a record of an issued write "
                        "(magic 0x%08lx, sequence %lu, length %lu)\n",
                (unsigned long)length, (unsigned long)header.magic, (unsigned long)header.sequence,
                (unsigned long)header.length);
        return 1;
    }
    for (DWORD i = sizeof(header); i < length; ++i) {
        if (data[i] != patternByte(header.sequence, i)) {
            fprintf(stderr, "echoapp: record %lu read back wrong at byte %lu (expected 0x%02x, got 0x%02x)\n",
                    (unsigned long)header.sequence, (unsigned long)i, patternByte(header.sequence, i), data[i]);
            return 1;
        }
    }
    return 0;
}

static int issue(AsyncRun *run, Slot *slot)
{
    BOOL done;
    memset(&slot->overlapped, 0, sizeof(slot->overlapped));
    slot->overlapped.hEvent = slot->event;
    if (slot->isWrite) {
        DWORD sequence = run->issuedWrites++;
        fillRecord(slot->buffer, sequence);
        slot->length = recordLength(sequence);
        done = WriteFile(run->device, slot->buffer, slot->length, NULL, &slot->overlapped);
    } else {
        slot->length = MAX_RECORD_LENGTH;
        memset(slot->buffer, 0xEE, sizeof(slot->buffer));
        done = ReadFile(run->device, slot->buffer, slot->length, NULL, &slot->overlapped);
    }
    /* Completed at once or pending: either way the event is set on completion. */
    if (!done && GetLastError() != ERROR_IO_PENDING)
        return failWith(slot->isWrite ? "WriteFile (overlapped)" : "ReadFile (overlapped)", GetLastError());
    return 0;
}

static int complete(AsyncRun *run, Slot *slot)
{
    DWORD transferred = 0;
    if (!GetOverlappedResult(run->device, &slot->overlapped, &transferred, FALSE))
        return failWith(slot->isWrite ? "overlapped write" : "overlapped read", GetLastError());
    if (slot->isWrite) {
        if (transferred != slot->length) {
            fprintf(stderr, "echoapp: an overlapped write of %lu bytes reported %lu\n", (unsigned long)slot->length,
                    (unsigned long)transferred);
            return 1;
        }
        run->completedWrites++;
        return 0;
    }
    run->completedReads++;
    if (transferred == 0) run->emptyReads++;
    return checkRead(run, slot->buffer, transferred);
}

static int runAsync(const WCHAR *path, int count)
{
    AsyncRun run = {0};
    run.device = CreateFileW(path, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING,
                             FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OVERLAPPED, NULL);
    if (run.device == INVALID_HANDLE_VALUE) return failWith("CreateFileW", GetLastError());

    int slotCount = 2 * count;
    Slot *slots = (Slot *)calloc((size_t)slotCount, sizeof(Slot));
    Slot *active[2 * MAX_ASYNC];
    HANDLE events[2 * MAX_ASYNC];
    int activeCount = 0, result = 0;
    if (!slots) {
        CloseHandle(run.device);
        fprintf(stderr, "echoapp: out of memory\n");
        return 1;
    }
    for (int i = 0; i < slotCount && result == 0; ++i) {
        slots[i].isWrite = (i % 2) == 0;
        slots[i].roundsLeft = ROUNDS_PER_SLOT;
        slots[i].event = CreateEventW(NULL, TRUE, FALSE, NULL);
        if (!slots[i].event) result = failWith("CreateEventW", GetLastError());
        else result = issue(&run, &slots[i]);
        if (result == 0) active[activeCount++] = &slots[i];
    }
    while (result == 0 && activeCount > 0) {
        for (int i = 0; i < activeCount; ++i) events[i] = active[i]->event;
        DWORD wait = WaitForMultipleObjects((DWORD)activeCount, events, FALSE, WAIT_LIMIT_MS);
        if (wait == WAIT_TIMEOUT) {
            fprintf(stderr, "echoapp: no I/O completed within %d s (%d requests outstanding)\n",
                    WAIT_LIMIT_MS / 1000, activeCount);
            result = 1;
            break;
        }
        if (wait >= (DWORD)activeCount) {
            result = failWith("WaitForMultipleObjects", GetLastError());
            break;
        }
        Slot *slot = active[wait];
        result = complete(&run, slot);
        if (result != 0) break;
        if (--slot->roundsLeft > 0) {
            result = issue(&run, slot);
        } else {
            ResetEvent(slot->event);
            active[wait] = active[--activeCount];
        }
    }
    if (result != 0 && activeCount > 0) {
        /* Leave nothing in flight on a buffer we are about to free. */
        CancelIoEx(run.device, NULL);
        for (int i = 0; i < activeCount; ++i) {
            DWORD ignored;
            GetOverlappedResult(run.device, &active[i]->overlapped, &ignored, TRUE);
        }
    }
    if (!CloseHandle(run.device) && result == 0) result = failWith("CloseHandle", GetLastError());
    for (int i = 0; i < slotCount; ++i) {
        if (slots[i].event) CloseHandle(slots[i].event);
    }
    free(slots);
    if (result == 0) {
        printf("echoapp: async: %d writes and %d reads outstanding at a time; %lu writes and %lu reads completed, "
               "%lu reads returned a whole record, %lu were empty; every byte verified\n",
               count, count, (unsigned long)run.completedWrites, (unsigned long)run.completedReads,
               (unsigned long)(run.completedReads - run.emptyReads), (unsigned long)run.emptyReads);
    }
    return result;
}

int main(int argc, char **argv)
{
    int asyncCount = 0;
    for (int i = 1; i < argc; ++i) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-?") == 0) {
            printUsage(stdout);
            return 0;
        }
        if (strcmp(argv[i], "-Async") == 0 || strcmp(argv[i], "-async") == 0) {
            char *end = NULL;
            long value = i + 1 < argc ? strtol(argv[i + 1], &end, 10) : 0;
            if (i + 1 >= argc || *end != '\0' || value < 1 || value > MAX_ASYNC) {
                fprintf(stderr, "echoapp: -Async needs a count from 1 to %d (try echoapp --help)\n", MAX_ASYNC);
                return 2;
            }
            asyncCount = (int)value;
            ++i;
        } else {
            fprintf(stderr, "echoapp: unknown argument '%s' (try echoapp --help)\n", argv[i]);
            return 2;
        }
    }

    WCHAR *path = findEchoDevice();
    if (!path) return 1;
    printf("echoapp: opening ");
    printWide(stdout, path);
    printf("\n");
    int result = asyncCount ? runAsync(path, asyncCount) : runSynchronous(path);
    free(path);
    return result;
}
