/* direct_client: a client process doing direct I/O against the wdmdirect driver through
   a real kmdfhost. Buffers from KmdfAllocateIoBuffer travel by reference (shared
   memory), so 1 MiB reads, writes and direct IOCTLs work although a copied request is
   limited to 128 KiB; other buffers are still copied. Prints "direct client: passed". */
#include <kmdfclient.h>
#include <windows.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wdmdirect.h"

#define ONE_MIB (1024u * 1024u)

static int failures;

#define CHECK(condition)                                                                          \
    do {                                                                                          \
        if (!(condition)) {                                                                       \
            printf("direct client: FAILED %s (line %d, GetLastError %lu)\n", #condition, __LINE__, \
                   (unsigned long)GetLastError());                                                \
            ++failures;                                                                           \
        }                                                                                         \
    } while (0)

static unsigned char PatternByte(unsigned char seed, size_t i) { return (unsigned char)(seed + i * 7); }

static void Fill(unsigned char* buffer, size_t size, unsigned char seed) {
    size_t i;
    for (i = 0; i < size; ++i) buffer[i] = PatternByte(seed, i);
}

/* The index of the first byte that differs from the pattern (XOR mask), or size. */
static size_t FirstMismatch(const unsigned char* buffer, size_t size, unsigned char seed, unsigned char mask) {
    size_t i;
    for (i = 0; i < size; ++i) {
        if (buffer[i] != (unsigned char)(PatternByte(seed, i) ^ mask)) return i;
    }
    return size;
}

static void SharedReadWrite(HANDLE device) {
    unsigned char* out = (unsigned char*)KmdfAllocateIoBuffer(ONE_MIB);
    unsigned char* in = (unsigned char*)KmdfAllocateIoBuffer(ONE_MIB);
    DWORD bytes = 0;
    CHECK(out != NULL && in != NULL);
    if (out == NULL || in == NULL) return;
    CHECK(((ULONG_PTR)out & 4095) == 0);
    CHECK(in[0] == 0 && in[ONE_MIB - 1] == 0);
    Fill(out, ONE_MIB, 17);
    CHECK(WriteFile(device, out, ONE_MIB, &bytes, NULL));
    CHECK(bytes == ONE_MIB);
    bytes = 0;
    CHECK(ReadFile(device, in, ONE_MIB, &bytes, NULL));
    CHECK(bytes == ONE_MIB);
    CHECK(FirstMismatch(in, ONE_MIB, 17, 0xFF) == ONE_MIB);
    printf("direct client: 1 MiB write and read through shared buffers\n");
    CHECK(KmdfFreeIoBuffer(out));
    CHECK(KmdfFreeIoBuffer(in));
}

static void SharedIoctls(HANDLE device) {
    unsigned char* buffer = (unsigned char*)KmdfAllocateIoBuffer(ONE_MIB);
    unsigned char seed = 99;
    DWORD bytes = 0;
    size_t i;
    unsigned long long sum = 0;
    CHECK(buffer != NULL);
    if (buffer == NULL) return;
    CHECK(DeviceIoControl(device, IOCTL_WDMDIRECT_FILL, &seed, 1, buffer, ONE_MIB, &bytes, NULL));
    CHECK(bytes == ONE_MIB);
    CHECK(FirstMismatch(buffer, ONE_MIB, 99, 0) == ONE_MIB);
    for (i = 0; i < ONE_MIB; ++i) sum += buffer[i];
    bytes = 0;
    CHECK(DeviceIoControl(device, IOCTL_WDMDIRECT_SUM, NULL, 0, buffer, ONE_MIB, &bytes, NULL));
    CHECK(bytes == (DWORD)sum);
    printf("direct client: 1 MiB METHOD_OUT_DIRECT and METHOD_IN_DIRECT IOCTLs on a shared buffer\n");
    CHECK(KmdfFreeIoBuffer(buffer));
}

static void OverlappedSharedRead(void) {
    HANDLE device = CreateFileA("\\\\.\\WdmDirect", GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING,
                                FILE_FLAG_OVERLAPPED, NULL);
    unsigned char* out = (unsigned char*)KmdfAllocateIoBuffer(300000);
    unsigned char* in = (unsigned char*)KmdfAllocateIoBuffer(300000);
    OVERLAPPED ov;
    DWORD bytes = 0;
    CHECK(device != INVALID_HANDLE_VALUE && out != NULL && in != NULL);
    if (device == INVALID_HANDLE_VALUE || out == NULL || in == NULL) return;
    Fill(out, 300000, 5);
    memset(&ov, 0, sizeof(ov));
    ov.hEvent = CreateEventA(NULL, TRUE, FALSE, NULL);
    if (!WriteFile(device, out, 300000, NULL, &ov)) CHECK(GetLastError() == ERROR_IO_PENDING);
    CHECK(GetOverlappedResult(device, &ov, &bytes, TRUE));
    CHECK(bytes == 300000);
    CHECK(CloseHandle(ov.hEvent));
    memset(&ov, 0, sizeof(ov));
    ov.hEvent = CreateEventA(NULL, TRUE, FALSE, NULL);
    if (!ReadFile(device, in, 300000, NULL, &ov)) CHECK(GetLastError() == ERROR_IO_PENDING);
    CHECK(GetOverlappedResult(device, &ov, &bytes, TRUE));
    CHECK(bytes == 300000);
    CHECK(FirstMismatch(in, 300000, 5, 0xFF) == 300000);
    CHECK(CloseHandle(ov.hEvent));
    printf("direct client: overlapped 300000-byte write and read through shared buffers\n");
    CHECK(KmdfFreeIoBuffer(out));
    CHECK(KmdfFreeIoBuffer(in));
    CHECK(CloseHandle(device));
}

static void CopiedBuffersKeepTheirLimit(HANDLE device) {
    unsigned char* big = (unsigned char*)malloc(ONE_MIB);
    unsigned char* small = (unsigned char*)malloc(65536);
    DWORD bytes = 0;
    CHECK(big != NULL && small != NULL);
    if (big == NULL || small == NULL) return;
    /* Not from the arena: copied through the socket, so the 128 KiB limit holds. */
    CHECK(!ReadFile(device, big, ONE_MIB, &bytes, NULL));
    CHECK(GetLastError() == ERROR_INVALID_PARAMETER);
    Fill(small, 65536, 40);
    CHECK(WriteFile(device, small, 65536, &bytes, NULL));
    CHECK(bytes == 65536);
    memset(small, 0, 65536);
    CHECK(ReadFile(device, small, 65536, &bytes, NULL));
    CHECK(bytes == 65536);
    CHECK(FirstMismatch(small, 65536, 40, 0xFF) == 65536);
    printf("direct client: copied buffers still work up to 128 KiB\n");
    free(big);
    free(small);
}

static void AllocatorContract(void) {
    unsigned char* a = (unsigned char*)KmdfAllocateIoBuffer(1);
    int local = 0;
    CHECK(a != NULL);
    CHECK(KmdfAllocateIoBuffer(0) == NULL && GetLastError() == ERROR_INVALID_PARAMETER);
    CHECK(!KmdfFreeIoBuffer(&local) && GetLastError() == ERROR_INVALID_PARAMETER);
    CHECK(!KmdfFreeIoBuffer(a + 1));
    CHECK(KmdfFreeIoBuffer(a));
    CHECK(!KmdfFreeIoBuffer(a)); /* freed twice */
    CHECK(KmdfFreeIoBuffer(NULL));
    CHECK(KmdfAllocateIoBuffer(KmdfIoArenaCapacity() + 1) == NULL && GetLastError() == ERROR_NOT_ENOUGH_MEMORY);
}

int main(void) {
    HANDLE device = CreateFileA("\\\\.\\WdmDirect", GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
    if (device == INVALID_HANDLE_VALUE) {
        printf("direct client: cannot open \\\\.\\WdmDirect (error %lu)\n", (unsigned long)GetLastError());
        return 1;
    }
    AllocatorContract();
    SharedReadWrite(device);
    SharedIoctls(device);
    CopiedBuffersKeepTheirLimit(device);
    OverlappedSharedRead();
    CHECK(CloseHandle(device));
    if (failures != 0) return 1;
    printf("direct client: passed\n");
    return 0;
}
