// Lookaside lists. Entries are not cached: every allocation goes to the list's
// allocate routine (pool with the list's tag by default) and every free to its free
// routine, so each outstanding entry is visible to the pool tracker under the tag and
// use-after-free is not masked by reuse.
#include "ntos/ex/pool_registry.h"
#include "ntos/ke/bug_check.h"

#include <ntddk.h>

#include <algorithm>
#include <cstring>

namespace {

void initialize(PGENERAL_LOOKASIDE_POOL l, POOL_TYPE type, SIZE_T size, ULONG tag, USHORT depth) {
    std::memset(l, 0, sizeof(*l));
    InitializeSListHead(&l->ListHead);
    l->Depth = depth;
    l->MaximumDepth = 256;
    l->Type = type;
    l->Tag = tag;
    l->Size = static_cast<ULONG>(std::max<SIZE_T>(size, sizeof(SLIST_ENTRY)));
    InitializeListHead(&l->ListEntry);
}

PVOID allocateDefault(const char* routine, PGENERAL_LOOKASIDE_POOL l, const void* caller) {
    return ntos::poolAllocate(routine, l->Size, l->Tag, false, caller);
}

}  // namespace

extern "C" {

VOID NTAPI ExInitializeNPagedLookasideList(PNPAGED_LOOKASIDE_LIST Lookaside, PALLOCATE_FUNCTION Allocate,
                                           PFREE_FUNCTION Free, ULONG Flags, SIZE_T Size, ULONG Tag, USHORT Depth) {
    (void)Flags;
    auto* l = reinterpret_cast<PGENERAL_LOOKASIDE_POOL>(&Lookaside->L);
    initialize(l, NonPagedPoolNx, Size, Tag, Depth);
    l->Allocate = Allocate;
    l->Free = Free;
}

VOID NTAPI ExInitializePagedLookasideList(PPAGED_LOOKASIDE_LIST Lookaside, PALLOCATE_FUNCTION Allocate,
                                          PFREE_FUNCTION Free, ULONG Flags, SIZE_T Size, ULONG Tag, USHORT Depth) {
    (void)Flags;
    auto* l = reinterpret_cast<PGENERAL_LOOKASIDE_POOL>(&Lookaside->L);
    initialize(l, PagedPool, Size, Tag, Depth);
    l->Allocate = Allocate;
    l->Free = Free;
}

PVOID NTAPI ExAllocateFromNPagedLookasideList(PNPAGED_LOOKASIDE_LIST Lookaside) {
    auto* l = reinterpret_cast<PGENERAL_LOOKASIDE_POOL>(&Lookaside->L);
    ++l->TotalAllocates;
    ++l->AllocateMisses;
    if (l->Allocate != nullptr) return l->Allocate(l->Type, l->Size, l->Tag);
    return allocateDefault("ExAllocateFromNPagedLookasideList", l, __builtin_return_address(0));
}

PVOID NTAPI ExAllocateFromPagedLookasideList(PPAGED_LOOKASIDE_LIST Lookaside) {
    auto* l = reinterpret_cast<PGENERAL_LOOKASIDE_POOL>(&Lookaside->L);
    ++l->TotalAllocates;
    ++l->AllocateMisses;
    if (l->Allocate != nullptr) return l->Allocate(l->Type, l->Size, l->Tag);
    return allocateDefault("ExAllocateFromPagedLookasideList", l, __builtin_return_address(0));
}

VOID NTAPI ExFreeToNPagedLookasideList(PNPAGED_LOOKASIDE_LIST Lookaside, PVOID Entry) {
    auto* l = reinterpret_cast<PGENERAL_LOOKASIDE_POOL>(&Lookaside->L);
    ++l->TotalFrees;
    ++l->FreeMisses;
    if (l->Free != nullptr) {
        l->Free(Entry);
    } else {
        ntos::poolFree("ExFreeToNPagedLookasideList", Entry, l->Tag, true);
    }
}

VOID NTAPI ExFreeToPagedLookasideList(PPAGED_LOOKASIDE_LIST Lookaside, PVOID Entry) {
    auto* l = reinterpret_cast<PGENERAL_LOOKASIDE_POOL>(&Lookaside->L);
    ++l->TotalFrees;
    ++l->FreeMisses;
    if (l->Free != nullptr) {
        l->Free(Entry);
    } else {
        ntos::poolFree("ExFreeToPagedLookasideList", Entry, l->Tag, true);
    }
}

VOID NTAPI ExDeleteNPagedLookasideList(PNPAGED_LOOKASIDE_LIST Lookaside) { (void)Lookaside; }

VOID NTAPI ExDeletePagedLookasideList(PPAGED_LOOKASIDE_LIST Lookaside) { (void)Lookaside; }

NTSTATUS NTAPI ExInitializeLookasideListEx(PLOOKASIDE_LIST_EX Lookaside, PALLOCATE_FUNCTION_EX Allocate,
                                           PFREE_FUNCTION_EX Free, POOL_TYPE PoolType, ULONG Flags, SIZE_T Size,
                                           ULONG Tag, USHORT Depth) {
    (void)Flags;
    if (Lookaside == nullptr || Size == 0) return STATUS_INVALID_PARAMETER;
    initialize(&Lookaside->L, PoolType, Size, Tag, Depth);
    Lookaside->L.AllocateEx = Allocate;
    Lookaside->L.FreeEx = Free;
    return STATUS_SUCCESS;
}

PVOID NTAPI ExAllocateFromLookasideListEx(PLOOKASIDE_LIST_EX Lookaside) {
    auto* l = &Lookaside->L;
    ++l->TotalAllocates;
    ++l->AllocateMisses;
    if (l->AllocateEx != nullptr) return l->AllocateEx(l->Type, l->Size, l->Tag, Lookaside);
    return allocateDefault("ExAllocateFromLookasideListEx", l, __builtin_return_address(0));
}

VOID NTAPI ExFreeToLookasideListEx(PLOOKASIDE_LIST_EX Lookaside, PVOID Entry) {
    auto* l = &Lookaside->L;
    ++l->TotalFrees;
    ++l->FreeMisses;
    if (l->FreeEx != nullptr) {
        l->FreeEx(Entry, Lookaside);
    } else {
        ntos::poolFree("ExFreeToLookasideListEx", Entry, l->Tag, true);
    }
}

VOID NTAPI ExFlushLookasideListEx(PLOOKASIDE_LIST_EX Lookaside) { (void)Lookaside; }

VOID NTAPI ExDeleteLookasideListEx(PLOOKASIDE_LIST_EX Lookaside) { (void)Lookaside; }

}  // extern "C"
