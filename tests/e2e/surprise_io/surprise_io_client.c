/*
 * surprise_io_client GO_FILE CLOSE_FILE — the client side of the surprise-removal e2e test.
 *
 * Opens the kmdfinflight device through its interface, leaves three reads, two
 * IOCTL_KMDFINFLIGHT_HOLD, one IOCTL_KMDFINFLIGHT_HOLD_REQUEUE and one held write in
 * flight, prints "ready" once the driver has them all, then waits for GO_FILE (the test
 * creates it after `kmdfctl surprise-remove`). It then checks how each request ended, that
 * new I/O and new opens fail, cancels the held write, prints "holding", and keeps its
 * handle open until CLOSE_FILE exists. Every wait has a deadline: a request that never
 * completes is a failure, never a hang. One "ok: ..." or "FAIL: ..." line per check; exit
 * status 0 when every check passed.
 */
#include <windows.h>
#include <cfgmgr32.h>
#include <winioctl.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kmdfinflight_public.h"

#define WAIT_MS 5000
#define FILE_WAIT_MS 20000

static const GUID kInterface = KMDFINFLIGHT_INTERFACE_GUID_INIT;
static int failures;

typedef struct {
    const char* name;
    OVERLAPPED overlapped;
    char buffer[64];
    DWORD expectedError; /* how the request must end once the device is surprise-removed */
} PENDING_IO;

static void check(int ok, const char* what, unsigned long got)
{
    if (ok) {
        printf("ok: %s\n", what);
    } else {
        printf("FAIL: %s (got %lu)\n", what, got);
        ++failures;
    }
    fflush(stdout);
}

static WCHAR* InterfacePath(void)
{
    ULONG length = 0;
    WCHAR* list;
    if (CM_Get_Device_Interface_List_SizeW(&length, (LPGUID)&kInterface, NULL,
                                           CM_GET_DEVICE_INTERFACE_LIST_PRESENT) != CR_SUCCESS ||
        length < 2) {
        return NULL;
    }
    list = (WCHAR*)calloc(length, sizeof(WCHAR));
    if (list != NULL && CM_Get_Device_Interface_ListW((LPGUID)&kInterface, NULL, list, length,
                                                      CM_GET_DEVICE_INTERFACE_LIST_PRESENT) != CR_SUCCESS) {
        free(list);
        list = NULL;
    }
    return list;
}

static HANDLE Open(const WCHAR* path)
{
    return CreateFileW(path, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, NULL);
}

static int Start(PENDING_IO* io, const char* name, DWORD expectedError)
{
    memset(io, 0, sizeof(*io));
    io->name = name;
    io->expectedError = expectedError;
    io->overlapped.hEvent = CreateEventW(NULL, TRUE, FALSE, NULL);
    return io->overlapped.hEvent != NULL;
}

/* The request is still in flight: not completed, GetOverlappedResult says so. */
static int StillPending(HANDLE device, PENDING_IO* io)
{
    DWORD bytes = 0;
    return WaitForSingleObject(io->overlapped.hEvent, 0) == WAIT_TIMEOUT &&
           !GetOverlappedResult(device, &io->overlapped, &bytes, FALSE) && GetLastError() == ERROR_IO_INCOMPLETE;
}

/* Waits at most WAIT_MS for the request, then checks that it failed with its expected
   error and transferred nothing. */
static void ExpectFailure(HANDLE device, PENDING_IO* io)
{
    char what[160];
    DWORD bytes = 0;
    DWORD error;
    if (WaitForSingleObject(io->overlapped.hEvent, WAIT_MS) != WAIT_OBJECT_0) {
        snprintf(what, sizeof(what), "%s completes after the surprise removal (still pending after %d ms)",
                 io->name, WAIT_MS);
        check(0, what, 0);
        return;
    }
    BOOL ok = GetOverlappedResult(device, &io->overlapped, &bytes, FALSE);
    error = ok ? ERROR_SUCCESS : GetLastError();
    snprintf(what, sizeof(what), "%s fails with error %lu", io->name, (unsigned long)io->expectedError);
    check(!ok && error == io->expectedError, what, error);
    snprintf(what, sizeof(what), "%s transferred no bytes", io->name);
    check(bytes == 0, what, bytes);
}

static BOOL Counts(HANDLE device, KMDFINFLIGHT_COUNTS* counts, DWORD* error)
{
    OVERLAPPED overlapped;
    DWORD bytes = 0;
    BOOL ok;
    memset(&overlapped, 0, sizeof(overlapped));
    overlapped.hEvent = CreateEventW(NULL, TRUE, FALSE, NULL);
    ok = DeviceIoControl(device, IOCTL_KMDFINFLIGHT_COUNTS, NULL, 0, counts, sizeof(*counts), NULL, &overlapped);
    if (!ok && GetLastError() == ERROR_IO_PENDING) {
        if (WaitForSingleObject(overlapped.hEvent, WAIT_MS) != WAIT_OBJECT_0) {
            CancelIoEx(device, &overlapped);
            WaitForSingleObject(overlapped.hEvent, WAIT_MS);
            CloseHandle(overlapped.hEvent);
            *error = WAIT_TIMEOUT;
            return FALSE;
        }
        ok = GetOverlappedResult(device, &overlapped, &bytes, FALSE);
    } else if (ok) {
        ok = GetOverlappedResult(device, &overlapped, &bytes, FALSE);
    }
    *error = ok ? ERROR_SUCCESS : GetLastError();
    CloseHandle(overlapped.hEvent);
    if (ok && bytes != sizeof(*counts)) {
        *error = ERROR_INVALID_DATA;
        return FALSE;
    }
    return ok;
}

static int WaitForFile(const char* path)
{
    ULONGLONG deadline = GetTickCount64() + FILE_WAIT_MS;
    while (access(path, F_OK) != 0) {
        if (GetTickCount64() > deadline) return 0;
        Sleep(20);
    }
    return 1;
}

int main(int argc, char** argv)
{
    enum { kReads = 3 };
    PENDING_IO reads[kReads], holds[2], requeue, heldWrite, lateRead;
    KMDFINFLIGHT_COUNTS counts;
    WCHAR* interfacePath;
    HANDLE device, second;
    DWORD error = 0;
    ULONGLONG deadline;
    int i;

    if (argc != 3) {
        fprintf(stderr, "usage: surprise_io_client GO_FILE CLOSE_FILE\n");
        return 2;
    }
    interfacePath = InterfacePath();
    if (interfacePath == NULL) {
        printf("FAIL: no kmdfinflight device interface is present\n");
        return 1;
    }
    device = Open(interfacePath);
    if (device == INVALID_HANDLE_VALUE) {
        printf("FAIL: CreateFileW on the interface: error %lu\n", (unsigned long)GetLastError());
        return 1;
    }
    /* The symbolic link works before the removal, so its failure afterwards means something. */
    second = Open(L"\\\\.\\KmdfInflight");
    check(second != INVALID_HANDLE_VALUE, "\\\\.\\KmdfInflight opens before the removal", GetLastError());
    if (second != INVALID_HANDLE_VALUE) CloseHandle(second);

    for (i = 0; i < kReads; ++i) {
        static const char* names[kReads] = {"read 1 (queued)", "read 2 (queued)", "read 3 (queued)"};
        /* Never delivered to the driver: the framework cancels them when it purges the queue. */
        if (!Start(&reads[i], names[i], ERROR_OPERATION_ABORTED)) return 1;
        check(!ReadFile(device, reads[i].buffer, sizeof(reads[i].buffer), NULL, &reads[i].overlapped) &&
                  GetLastError() == ERROR_IO_PENDING,
              "a read is pending", GetLastError());
    }
    for (i = 0; i < 2; ++i) {
        /* The driver completes these with STATUS_NO_SUCH_DEVICE in EvtIoStop(Purge). */
        if (!Start(&holds[i], i == 0 ? "IOCTL_KMDFINFLIGHT_HOLD 1" : "IOCTL_KMDFINFLIGHT_HOLD 2",
                   ERROR_FILE_NOT_FOUND)) {
            return 1;
        }
        check(!DeviceIoControl(device, IOCTL_KMDFINFLIGHT_HOLD, NULL, 0, holds[i].buffer, sizeof(holds[i].buffer),
                               NULL, &holds[i].overlapped) &&
                  GetLastError() == ERROR_IO_PENDING,
              "IOCTL_KMDFINFLIGHT_HOLD is pending", GetLastError());
    }
    /* Given back to its purging queue (WdfRequestStopAcknowledge with Requeue), which cancels it. */
    if (!Start(&requeue, "IOCTL_KMDFINFLIGHT_HOLD_REQUEUE", ERROR_OPERATION_ABORTED)) return 1;
    check(!DeviceIoControl(device, IOCTL_KMDFINFLIGHT_HOLD_REQUEUE, NULL, 0, requeue.buffer, sizeof(requeue.buffer),
                           NULL, &requeue.overlapped) &&
              GetLastError() == ERROR_IO_PENDING,
          "IOCTL_KMDFINFLIGHT_HOLD_REQUEUE is pending", GetLastError());
    /* Not power-managed: untouched by the surprise removal; cancelled by CancelIo below. */
    if (!Start(&heldWrite, "the held write", ERROR_OPERATION_ABORTED)) return 1;
    heldWrite.buffer[0] = 'H';
    check(!WriteFile(device, heldWrite.buffer, 1, NULL, &heldWrite.overlapped) && GetLastError() == ERROR_IO_PENDING,
          "a held write is pending", GetLastError());

    deadline = GetTickCount64() + WAIT_MS;
    for (;;) {
        if (Counts(device, &counts, &error) && counts.QueuedReads == kReads && counts.HeldIoctls == 3 &&
            counts.HeldWrites == 1) {
            break;
        }
        if (GetTickCount64() > deadline) {
            printf("FAIL: the driver does not hold the requests (counts error %lu: %lu reads queued, %lu IOCTLs, "
                   "%lu writes held)\n",
                   (unsigned long)error, (unsigned long)counts.QueuedReads, (unsigned long)counts.HeldIoctls,
                   (unsigned long)counts.HeldWrites);
            return 1;
        }
        Sleep(10);
    }
    check(counts.SurpriseRemoved == 0, "no surprise removal yet", counts.SurpriseRemoved);
    for (i = 0; i < kReads; ++i) check(StillPending(device, &reads[i]), "the read is still pending", 0);
    for (i = 0; i < 2; ++i) check(StillPending(device, &holds[i]), "the HOLD IOCTL is still pending", 0);
    check(StillPending(device, &requeue), "the HOLD_REQUEUE IOCTL is still pending", 0);
    check(StillPending(device, &heldWrite), "the held write is still pending", 0);
    printf("ready\n");
    fflush(stdout);

    if (!WaitForFile(argv[1])) {
        printf("FAIL: %s did not appear\n", argv[1]);
        return 1;
    }

    for (i = 0; i < kReads; ++i) ExpectFailure(device, &reads[i]);
    for (i = 0; i < 2; ++i) ExpectFailure(device, &holds[i]);
    ExpectFailure(device, &requeue);
    check(StillPending(device, &heldWrite), "the held write (queue not power-managed) is still pending", 0);

    /* New I/O on the open handle: the purged power-managed queue refuses it at once. */
    if (!Start(&lateRead, "a read sent after the surprise removal", ERROR_BAD_COMMAND)) return 1;
    if (ReadFile(device, lateRead.buffer, sizeof(lateRead.buffer), NULL, &lateRead.overlapped) ||
        GetLastError() == ERROR_IO_PENDING) {
        ExpectFailure(device, &lateRead);
    } else {
        check(GetLastError() == ERROR_BAD_COMMAND, "a read sent after the surprise removal fails with error 22",
              GetLastError());
    }
    /* ...while the queue that is not power-managed still serves the handle. */
    memset(&counts, 0xff, sizeof(counts));
    {
        BOOL answered = Counts(device, &counts, &error);
        check(answered, "IOCTL_KMDFINFLIGHT_COUNTS (queue not power-managed) still succeeds", error);
    }
    if (error == ERROR_SUCCESS) {
        check(counts.SurpriseRemoved == 1, "the driver saw EvtDeviceSurpriseRemoval", counts.SurpriseRemoved);
        check(counts.QueuedReads == 0, "no read is left in the read queue", counts.QueuedReads);
        check(counts.HeldIoctls == 0, "the driver holds no IOCTL", counts.HeldIoctls);
        check(counts.HeldWrites == 1, "the driver still holds the write", counts.HeldWrites);
    }

    /* New opens: the interface is disabled and the symbolic link is gone. */
    second = Open(interfacePath);
    error = GetLastError();
    check(second == INVALID_HANDLE_VALUE && error == ERROR_FILE_NOT_FOUND,
          "opening the disabled interface fails with error 2", error);
    if (second != INVALID_HANDLE_VALUE) CloseHandle(second);
    second = Open(L"\\\\.\\KmdfInflight");
    error = GetLastError();
    check(second == INVALID_HANDLE_VALUE && error == ERROR_FILE_NOT_FOUND,
          "opening \\\\.\\KmdfInflight fails with error 2 (link removed)", error);
    if (second != INVALID_HANDLE_VALUE) CloseHandle(second);
    free(interfacePath);
    interfacePath = InterfacePath();
    check(interfacePath == NULL, "the interface is no longer listed as present", 0);
    free(interfacePath);

    check(CancelIo(device), "CancelIo succeeds", GetLastError());
    ExpectFailure(device, &heldWrite);

    printf("holding\n");
    fflush(stdout);
    if (!WaitForFile(argv[2])) {
        printf("FAIL: %s did not appear\n", argv[2]);
        ++failures;
    }
    check(CloseHandle(device), "CloseHandle succeeds", GetLastError());
    printf("%s\n", failures == 0 ? "passed" : "failed");
    return failures == 0 ? 0 : 1;
}
