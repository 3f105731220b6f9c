/* stress_client: one client process of the I/O stress test. Against the echo device
 * (under the echofilter), it keeps up to 16 overlapped requests in flight and issues
 * OPS requests: reads, zero-length writes (completed by the framework), writes (held by
 * the driver until its timer), cancellations of a random outstanding request
 * (CancelIoEx) and handle closes (which cancel everything outstanding), in an order
 * drawn from SEED. It checks that every request completes exactly once, with success
 * or ERROR_OPERATION_ABORTED, and that no read returns more than it asked for.
 *
 *   stress_client SEED OPS      exit 0 when every check passed */
#include <windows.h>
#include <cfgmgr32.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const GUID GUID_DEVINTERFACE_ECHO = {0xcdc35b6e, 0x0be4, 0x4936, {0xbf, 0x5f, 0x55, 0x37, 0x38, 0x0a, 0x7c, 0x1a}};

#define SLOTS 16
#define MAX_WRITE 2048
#define WAIT_LIMIT_MS 60000
#define STATUS_CANCELLED_VALUE 0xC0000120u

typedef enum { OpRead, OpWriteEmpty, OpWrite } OpKind;

typedef struct Slot {
    BOOL busy;
    OpKind kind;
    DWORD length;
    OVERLAPPED ov;
    unsigned char buffer[MAX_WRITE];
} Slot;

static Slot slots[SLOTS];
static HANDLE device = INVALID_HANDLE_VALUE;
static WCHAR path[512];
static unsigned long long rng;
static unsigned long issued, completedOk, completedCancelled, cancelCalls, closes;

static unsigned next(void)
{
    rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
    return (unsigned)(rng >> 33);
}

static int fail(const char *what)
{
    fprintf(stderr, "stress_client: %s (issued %lu)\n", what, issued);
    return 1;
}

static BOOL findDevice(void)
{
    ULONG length = 0;
    WCHAR *list;
    if (CM_Get_Device_Interface_List_SizeW(&length, (LPGUID)&GUID_DEVINTERFACE_ECHO, NULL,
                                           CM_GET_DEVICE_INTERFACE_LIST_PRESENT) != CR_SUCCESS) return FALSE;
    list = (WCHAR *)calloc(length, sizeof(WCHAR));
    if (list == NULL) return FALSE;
    if (CM_Get_Device_Interface_ListW((LPGUID)&GUID_DEVINTERFACE_ECHO, NULL, list, length,
                                      CM_GET_DEVICE_INTERFACE_LIST_PRESENT) != CR_SUCCESS || list[0] == 0) {
        free(list);
        return FALSE;
    }
    {
        ULONG n = 0;
        while (n < length && n + 1 < sizeof(path) / sizeof(path[0]) && list[n] != 0) n++;
        memcpy(path, list, n * sizeof(WCHAR));
        path[n] = 0;
    }
    free(list);
    return TRUE;
}

static BOOL openDevice(void)
{
    device = CreateFileW(path, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, NULL);
    return device != INVALID_HANDLE_VALUE;
}

/* A finished request: exactly once, a legal status and length. */
static int collect(Slot *slot)
{
    DWORD status = (DWORD)slot->ov.Internal;
    ULONG_PTR bytes = slot->ov.InternalHigh;
    if (!slot->busy) return fail("a completion arrived for a request that was not outstanding");
    if (status == 0) {
        if (slot->kind == OpRead && bytes > slot->length) return fail("a read returned more than it asked for");
        if (slot->kind == OpWrite && bytes != slot->length) return fail("a write completed with the wrong length");
        if (slot->kind == OpWriteEmpty && bytes != 0) return fail("an empty write reported bytes");
        completedOk++;
    } else if (status == STATUS_CANCELLED_VALUE) {
        completedCancelled++;
    } else {
        fprintf(stderr, "stress_client: request completed with status 0x%lx\n", (unsigned long)status);
        return 1;
    }
    slot->busy = FALSE;
    ResetEvent(slot->ov.hEvent);
    return 0;
}

/* Waits for at least one outstanding request and collects every finished one. */
static int reap(DWORD timeout)
{
    HANDLE events[SLOTS];
    int index[SLOTS];
    DWORD count = 0, i, w;
    for (i = 0; i < SLOTS; i++) {
        if (slots[i].busy) {
            events[count] = slots[i].ov.hEvent;
            index[count++] = (int)i;
        }
    }
    if (count == 0) return 0;
    w = WaitForMultipleObjects(count, events, FALSE, timeout);
    if (w == WAIT_TIMEOUT) return timeout == 0 ? 0 : fail("a request did not complete within 60 s");
    if (w >= WAIT_OBJECT_0 + count) return fail("WaitForMultipleObjects failed");
    for (i = 0; i < count; i++) {
        if (WaitForSingleObject(events[i], 0) == WAIT_OBJECT_0 && collect(&slots[index[i]]) != 0) return 1;
    }
    return 0;
}

static int issue(Slot *slot)
{
    unsigned choice = next() % 100;
    BOOL ok;
    DWORD error;
    slot->kind = choice < 70 ? OpRead : choice < 88 ? OpWriteEmpty : OpWrite;
    slot->length = slot->kind == OpRead ? 1 + next() % MAX_WRITE : slot->kind == OpWrite ? 1 + next() % MAX_WRITE : 0;
    memset(slot->buffer, (int)(issued & 0xff), slot->kind == OpWrite ? slot->length : 0);
    slot->ov.Internal = 0;
    slot->ov.InternalHigh = 0;
    ResetEvent(slot->ov.hEvent);
    slot->busy = TRUE;
    issued++;
    if (slot->kind == OpRead) {
        ok = ReadFile(device, slot->buffer, slot->length, NULL, &slot->ov);
    } else {
        ok = WriteFile(device, slot->buffer, slot->length, NULL, &slot->ov);
    }
    error = ok ? ERROR_SUCCESS : GetLastError();
    if (!ok && error != ERROR_IO_PENDING) {
        fprintf(stderr, "stress_client: %s failed at once: error %lu\n", slot->kind == OpRead ? "ReadFile" : "WriteFile",
                (unsigned long)error);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    unsigned long ops;
    int s;
    if (argc != 3 || strcmp(argv[1], "--help") == 0) {
        fprintf(argc == 2 ? stdout : stderr, "usage: stress_client SEED OPS\n");
        return argc == 2 ? 0 : 2;
    }
    rng = strtoull(argv[1], NULL, 10) * 2654435761ULL + 1;
    ops = strtoul(argv[2], NULL, 10);
    if (!findDevice()) return fail("no echo device interface");
    if (!openDevice()) return fail("CreateFileW failed");
    for (s = 0; s < SLOTS; s++) {
        slots[s].ov.hEvent = CreateEventW(NULL, TRUE, FALSE, NULL);
        if (slots[s].ov.hEvent == NULL) return fail("CreateEventW failed");
    }
    while (issued < ops) {
        unsigned action = next() % 100;
        if (action < 8) {
            /* Cancel one outstanding request (it may already be finishing). */
            int start = (int)(next() % SLOTS);
            for (s = 0; s < SLOTS; s++) {
                Slot *slot = &slots[(start + s) % SLOTS];
                if (slot->busy) {
                    CancelIoEx(device, &slot->ov);
                    cancelCalls++;
                    break;
                }
            }
        } else if (action < 10) {
            /* Close the handle: everything outstanding completes, then reopen. */
            CloseHandle(device);
            closes++;
            while (1) {
                int busy = 0;
                for (s = 0; s < SLOTS; s++) busy += slots[s].busy;
                if (busy == 0) break;
                if (reap(WAIT_LIMIT_MS) != 0) return 1;
            }
            if (!openDevice()) return fail("CreateFileW after a close failed");
        } else {
            Slot *free = NULL;
            for (s = 0; s < SLOTS && free == NULL; s++) {
                if (!slots[s].busy) free = &slots[s];
            }
            while (free == NULL) {
                if (reap(WAIT_LIMIT_MS) != 0) return 1;
                for (s = 0; s < SLOTS && free == NULL; s++) {
                    if (!slots[s].busy) free = &slots[s];
                }
            }
            if (issue(free) != 0) return 1;
        }
        if (reap(0) != 0) return 1;
    }
    while (1) {
        int busy = 0;
        for (s = 0; s < SLOTS; s++) busy += slots[s].busy;
        if (busy == 0) break;
        if (reap(WAIT_LIMIT_MS) != 0) return 1;
    }
    /* Nothing may complete after everything was collected. */
    Sleep(20);
    for (s = 0; s < SLOTS; s++) {
        if (WaitForSingleObject(slots[s].ov.hEvent, 0) == WAIT_OBJECT_0) return fail("a request completed twice");
    }
    CloseHandle(device);
    if (completedOk + completedCancelled != issued) return fail("completions do not add up to the requests issued");
    printf("stress_client: %lu requests, %lu succeeded, %lu cancelled; %lu CancelIoEx, %lu closes\n", issued,
           completedOk, completedCancelled, cancelCalls, closes);
    return 0;
}
