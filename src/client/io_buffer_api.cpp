// KmdfAllocateIoBuffer, KmdfFreeIoBuffer, KmdfIoArenaCapacity (include/um/kmdfclient.h).
#include <kmdfclient.h>

#include "client/io_arena.h"
#include "client/last_error.h"

using namespace kmdf::client;

extern "C" {

PVOID WINAPI KmdfAllocateIoBuffer(SIZE_T Size) {
    if (Size == 0) {
        setLastError(ERROR_INVALID_PARAMETER);
        return nullptr;
    }
    IoArena* arena = IoArena::instance();
    void* block = arena ? arena->allocate(Size) : nullptr;
    if (!block) {
        setLastError(ERROR_NOT_ENOUGH_MEMORY);
        return nullptr;
    }
    return block;
}

BOOL WINAPI KmdfFreeIoBuffer(PVOID Buffer) {
    if (!Buffer) return TRUE;
    IoArena* arena = IoArena::existing();
    if (!arena || !arena->free(Buffer)) {
        setLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    return TRUE;
}

SIZE_T WINAPI KmdfIoArenaCapacity(VOID) {
    IoArena* arena = IoArena::existing();
    return arena ? arena->size() : ioArenaCapacity();
}

}  // extern "C"
