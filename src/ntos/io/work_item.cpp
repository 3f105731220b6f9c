// I/O work items: run a routine on a system worker thread at PASSIVE_LEVEL while
// holding a reference on the device object (or driver object), so the driver cannot
// be unloaded under a queued item.
#include "ntos/io/io_manager.h"
#include "ntos/ke/bug_check.h"
#include "ntos/system.h"

#include <atomic>
#include <cstdlib>
#include <new>

struct _IO_WORKITEM {
    PVOID ioObject;
    std::atomic<bool> queued;
    bool ownedByIoManager;  // allocated by IoAllocateWorkItem (not IoInitializeWorkItem)
};

namespace {

void initialize(PIO_WORKITEM item, PVOID ioObject, bool owned) {
    new (item) _IO_WORKITEM();
    item->ioObject = ioObject;
    item->queued = false;
    item->ownedByIoManager = owned;
}

template <class Run>
void queue(PIO_WORKITEM item, const char* routine, Run run) {
    ntos::IoManager& io = ntos::IoManager::current(routine);
    if (item->queued.exchange(true)) {
        ntos::bugCheck(ntos::bugcode::InvalidWorkQueueItem, reinterpret_cast<ULONG_PTR>(item), 0, 0, 0,
                       std::string(routine) + ": the work item is already queued");
    }
    // A DRIVER_OBJECT is not reference-counted here; only devices are.
    const bool isDevice = io.references().reference(item->ioObject);
    io.system().kernel().queueWork([item, run, isDevice, &io] {
        PVOID object = item->ioObject;
        item->queued = false;
        run();
        if (isDevice) io.references().dereference(object);
    });
}

}  // namespace

extern "C" {

// IRQL <= DISPATCH_LEVEL, any thread.
PIO_WORKITEM IoAllocateWorkItem(PDEVICE_OBJECT DeviceObject) {
    auto* item = static_cast<PIO_WORKITEM>(std::malloc(sizeof(_IO_WORKITEM)));
    if (item == nullptr) return nullptr;
    initialize(item, DeviceObject, true);
    return item;
}

// IRQL <= DISPATCH_LEVEL, any thread.
VOID IoFreeWorkItem(PIO_WORKITEM IoWorkItem) {
    if (IoWorkItem->queued) {
        ntos::bugCheck(ntos::bugcode::InvalidWorkQueueItem, reinterpret_cast<ULONG_PTR>(IoWorkItem), 0, 0, 0,
                       "IoFreeWorkItem: the work item is still queued");
    }
    IoWorkItem->~_IO_WORKITEM();
    std::free(IoWorkItem);
}

// IRQL: any.
ULONG IoSizeofWorkItem(VOID) { return sizeof(_IO_WORKITEM); }

// IRQL <= DISPATCH_LEVEL, any thread.
VOID IoInitializeWorkItem(PVOID IoObject, PIO_WORKITEM IoWorkItem) { initialize(IoWorkItem, IoObject, false); }

// IRQL <= DISPATCH_LEVEL, any thread.
VOID IoUninitializeWorkItem(PIO_WORKITEM IoWorkItem) {
    if (IoWorkItem->queued) {
        ntos::bugCheck(ntos::bugcode::InvalidWorkQueueItem, reinterpret_cast<ULONG_PTR>(IoWorkItem), 0, 0, 0,
                       "IoUninitializeWorkItem: the work item is still queued");
    }
    IoWorkItem->~_IO_WORKITEM();
}

// IRQL <= DISPATCH_LEVEL, any thread.
VOID IoQueueWorkItem(PIO_WORKITEM IoWorkItem, PIO_WORKITEM_ROUTINE WorkerRoutine, WORK_QUEUE_TYPE QueueType,
                     PVOID Context) {
    (void)QueueType;
    queue(IoWorkItem, "IoQueueWorkItem", [IoWorkItem, WorkerRoutine, Context] {
        WorkerRoutine(static_cast<PDEVICE_OBJECT>(IoWorkItem->ioObject), Context);
    });
}

// IRQL <= DISPATCH_LEVEL, any thread.
VOID IoQueueWorkItemEx(PIO_WORKITEM IoWorkItem, PIO_WORKITEM_ROUTINE_EX WorkerRoutine, WORK_QUEUE_TYPE QueueType,
                       PVOID Context) {
    (void)QueueType;
    queue(IoWorkItem, "IoQueueWorkItemEx", [IoWorkItem, WorkerRoutine, Context] {
        WorkerRoutine(IoWorkItem->ioObject, Context, IoWorkItem);
    });
}

}  // extern "C"
