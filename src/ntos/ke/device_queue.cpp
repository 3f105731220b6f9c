// KDEVICE_QUEUE: a busy flag plus a list of waiting entries, guarded by the queue's
// own spin lock (as documented, insert/remove are called at DISPATCH_LEVEL).
#include <ntddk.h>

namespace {

class QueueLock {
public:
    explicit QueueLock(PKDEVICE_QUEUE queue) : queue_(queue) { KeAcquireSpinLock(&queue_->Lock, &old_); }
    ~QueueLock() { KeReleaseSpinLock(&queue_->Lock, old_); }
    QueueLock(const QueueLock&) = delete;
    QueueLock& operator=(const QueueLock&) = delete;

private:
    PKDEVICE_QUEUE queue_;
    KIRQL old_ = PASSIVE_LEVEL;
};

PKDEVICE_QUEUE_ENTRY entryOf(PLIST_ENTRY link) {
    return CONTAINING_RECORD(link, KDEVICE_QUEUE_ENTRY, DeviceListEntry);
}

}  // namespace

extern "C" {

VOID NTAPI KeInitializeDeviceQueue(PKDEVICE_QUEUE DeviceQueue) {
    DeviceQueue->Type = 20;  // DeviceQueueObject
    DeviceQueue->Size = sizeof(KDEVICE_QUEUE);
    InitializeListHead(&DeviceQueue->DeviceListHead);
    DeviceQueue->Lock = 0;
    DeviceQueue->Busy = FALSE;
}

BOOLEAN NTAPI KeInsertDeviceQueue(PKDEVICE_QUEUE DeviceQueue, PKDEVICE_QUEUE_ENTRY DeviceQueueEntry) {
    QueueLock lock(DeviceQueue);
    if (!DeviceQueue->Busy) {
        DeviceQueue->Busy = TRUE;
        DeviceQueueEntry->Inserted = FALSE;
        return FALSE;
    }
    InsertTailList(&DeviceQueue->DeviceListHead, &DeviceQueueEntry->DeviceListEntry);
    DeviceQueueEntry->Inserted = TRUE;
    return TRUE;
}

BOOLEAN NTAPI KeInsertByKeyDeviceQueue(PKDEVICE_QUEUE DeviceQueue, PKDEVICE_QUEUE_ENTRY DeviceQueueEntry,
                                       ULONG SortKey) {
    QueueLock lock(DeviceQueue);
    DeviceQueueEntry->SortKey = SortKey;
    if (!DeviceQueue->Busy) {
        DeviceQueue->Busy = TRUE;
        DeviceQueueEntry->Inserted = FALSE;
        return FALSE;
    }
    PLIST_ENTRY head = &DeviceQueue->DeviceListHead;
    PLIST_ENTRY next = head->Flink;
    while (next != head && entryOf(next)->SortKey <= SortKey) next = next->Flink;
    InsertTailList(next, &DeviceQueueEntry->DeviceListEntry);  // i.e. insert before `next`
    DeviceQueueEntry->Inserted = TRUE;
    return TRUE;
}

PKDEVICE_QUEUE_ENTRY NTAPI KeRemoveDeviceQueue(PKDEVICE_QUEUE DeviceQueue) {
    QueueLock lock(DeviceQueue);
    if (IsListEmpty(&DeviceQueue->DeviceListHead)) {
        DeviceQueue->Busy = FALSE;
        return nullptr;
    }
    PKDEVICE_QUEUE_ENTRY entry = entryOf(RemoveHeadList(&DeviceQueue->DeviceListHead));
    entry->Inserted = FALSE;
    return entry;
}

PKDEVICE_QUEUE_ENTRY NTAPI KeRemoveByKeyDeviceQueue(PKDEVICE_QUEUE DeviceQueue, ULONG SortKey) {
    QueueLock lock(DeviceQueue);
    PLIST_ENTRY head = &DeviceQueue->DeviceListHead;
    if (IsListEmpty(head)) {
        DeviceQueue->Busy = FALSE;
        return nullptr;
    }
    PLIST_ENTRY chosen = head->Flink;
    for (PLIST_ENTRY link = head->Flink; link != head; link = link->Flink) {
        if (entryOf(link)->SortKey >= SortKey) {
            chosen = link;
            break;
        }
    }
    RemoveEntryList(chosen);
    PKDEVICE_QUEUE_ENTRY entry = entryOf(chosen);
    entry->Inserted = FALSE;
    return entry;
}

BOOLEAN NTAPI KeRemoveEntryDeviceQueue(PKDEVICE_QUEUE DeviceQueue, PKDEVICE_QUEUE_ENTRY DeviceQueueEntry) {
    QueueLock lock(DeviceQueue);
    if (!DeviceQueueEntry->Inserted) return FALSE;
    RemoveEntryList(&DeviceQueueEntry->DeviceListEntry);
    DeviceQueueEntry->Inserted = FALSE;
    return TRUE;
}

}  // extern "C"
