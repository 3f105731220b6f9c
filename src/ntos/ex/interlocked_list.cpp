// Interlocked lists. SLISTs keep the first entry in SLIST_HEADER.Region and the depth
// in Alignment, updated under one process-wide lock (x64 Windows uses a 128-bit
// compare-exchange; a lock gives the same atomicity). The ExInterlocked* list routines
// use the caller's spin lock, as documented.
#include "ntos/platform/platform.h"

#include <ntddk.h>

namespace {

ntos::platform::Mutex& slistLock() {
    static auto* lock = new ntos::platform::Mutex;
    return *lock;
}

PSLIST_ENTRY first(PSLIST_HEADER head) { return reinterpret_cast<PSLIST_ENTRY>(head->Region); }

class SpinLockGuard {
public:
    explicit SpinLockGuard(PKSPIN_LOCK lock) : lock_(lock) { KeAcquireSpinLock(lock_, &old_); }
    ~SpinLockGuard() { KeReleaseSpinLock(lock_, old_); }
    SpinLockGuard(const SpinLockGuard&) = delete;
    SpinLockGuard& operator=(const SpinLockGuard&) = delete;

private:
    PKSPIN_LOCK lock_;
    KIRQL old_ = PASSIVE_LEVEL;
};

}  // namespace

extern "C" {

PSLIST_ENTRY NTAPI InterlockedPushEntrySList(PSLIST_HEADER ListHead, PSLIST_ENTRY ListEntry) {
    ntos::platform::LockGuard guard(slistLock());
    PSLIST_ENTRY previous = first(ListHead);
    ListEntry->Next = previous;
    ListHead->Region = reinterpret_cast<ULONGLONG>(ListEntry);
    ListHead->Alignment = (ListHead->Alignment & 0xFFFF) + 1;
    return previous;
}

PSLIST_ENTRY NTAPI InterlockedPopEntrySList(PSLIST_HEADER ListHead) {
    ntos::platform::LockGuard guard(slistLock());
    PSLIST_ENTRY entry = first(ListHead);
    if (entry != nullptr) {
        ListHead->Region = reinterpret_cast<ULONGLONG>(entry->Next);
        ListHead->Alignment = (ListHead->Alignment & 0xFFFF) - 1;
    }
    return entry;
}

PSLIST_ENTRY NTAPI InterlockedFlushSList(PSLIST_HEADER ListHead) {
    ntos::platform::LockGuard guard(slistLock());
    PSLIST_ENTRY entry = first(ListHead);
    ListHead->Region = 0;
    ListHead->Alignment = 0;
    return entry;
}

USHORT NTAPI ExQueryDepthSList(PSLIST_HEADER SListHead) {
    ntos::platform::LockGuard guard(slistLock());
    return static_cast<USHORT>(SListHead->Alignment & 0xFFFF);
}

PLIST_ENTRY NTAPI ExInterlockedInsertHeadList(PLIST_ENTRY ListHead, PLIST_ENTRY ListEntry, PKSPIN_LOCK Lock) {
    SpinLockGuard guard(Lock);
    PLIST_ENTRY previous = IsListEmpty(ListHead) ? nullptr : ListHead->Flink;
    InsertHeadList(ListHead, ListEntry);
    return previous;
}

PLIST_ENTRY NTAPI ExInterlockedInsertTailList(PLIST_ENTRY ListHead, PLIST_ENTRY ListEntry, PKSPIN_LOCK Lock) {
    SpinLockGuard guard(Lock);
    PLIST_ENTRY previous = IsListEmpty(ListHead) ? nullptr : ListHead->Blink;
    InsertTailList(ListHead, ListEntry);
    return previous;
}

PLIST_ENTRY NTAPI ExInterlockedRemoveHeadList(PLIST_ENTRY ListHead, PKSPIN_LOCK Lock) {
    SpinLockGuard guard(Lock);
    if (IsListEmpty(ListHead)) return nullptr;
    return RemoveHeadList(ListHead);
}

PSINGLE_LIST_ENTRY NTAPI ExInterlockedPushEntryList(PSINGLE_LIST_ENTRY ListHead, PSINGLE_LIST_ENTRY ListEntry,
                                                    PKSPIN_LOCK Lock) {
    SpinLockGuard guard(Lock);
    PSINGLE_LIST_ENTRY previous = ListHead->Next;
    PushEntryList(ListHead, ListEntry);
    return previous;
}

PSINGLE_LIST_ENTRY NTAPI ExInterlockedPopEntryList(PSINGLE_LIST_ENTRY ListHead, PKSPIN_LOCK Lock) {
    SpinLockGuard guard(Lock);
    return PopEntryList(ListHead);
}

}  // extern "C"
