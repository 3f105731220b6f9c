/* kmdfclient.h: OpenKMDF client extensions to the Win32 subset (not a Windows API).
 *
 * Direct I/O buffers. Memory from KmdfAllocateIoBuffer lies in a shared memory arena the
 * client library shares with kmdfhost. ReadFile, WriteFile and DeviceIoControl (its
 * output buffer) pass a buffer that lies inside such an allocation to the host by
 * reference instead of copying it through the socket: for a DO_DIRECT_IO device or a
 * METHOD_IN_DIRECT / METHOD_OUT_DIRECT IOCTL the driver's MDL describes these very
 * pages, and such requests may exceed the 128 KiB a copied request may carry. Other
 * buffers keep working as before (copied). The buffer must stay allocated until its I/O
 * completes. */
#ifndef KMDFCLIENT_H
#define KMDFCLIENT_H

#include <windows.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A page-aligned buffer of at least Size bytes (zero-filled), or NULL with
   GetLastError() == ERROR_NOT_ENOUGH_MEMORY (arena exhausted or unavailable) or
   ERROR_INVALID_PARAMETER (Size 0). */
PVOID WINAPI KmdfAllocateIoBuffer(SIZE_T Size);

/* Frees a buffer from KmdfAllocateIoBuffer. FALSE with ERROR_INVALID_PARAMETER when
   Buffer is not the start of one. NULL is accepted (TRUE). */
BOOL WINAPI KmdfFreeIoBuffer(PVOID Buffer);

/* The arena's capacity in bytes: KMDF_IO_ARENA_SIZE (bytes, rounded up to pages) when
   set before the first allocation, else 256 MiB of address space (pages are committed
   only when touched). */
SIZE_T WINAPI KmdfIoArenaCapacity(VOID);

#ifdef __cplusplus
}
#endif

#endif
