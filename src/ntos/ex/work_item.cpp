// ExQueueWorkItem: runs the item on the current kernel's system worker threads. While
// queued, List.Flink is non-null, which catches queuing the same item twice.
#include "ntos/ke/bug_check.h"
#include "ntos/ke/kernel.h"
#include "ntos/ke/kernel_core.h"
#include "ntos/ke/thread_state.h"

#include <string>

extern "C" {

VOID NTAPI ExQueueWorkItem(PWORK_QUEUE_ITEM WorkItem, WORK_QUEUE_TYPE QueueType) {
    (void)QueueType;  // one pool of workers serves every queue type
    ntos::KernelCore& core = ntos::requireKernel("ExQueueWorkItem");
    KIRQL irql = ntos::currentThread().irql;
    if (irql > DISPATCH_LEVEL) {
        ntos::bugCheck(ntos::bugcode::IrqlNotLessOrEqual, 0, irql, 0, 0,
                       "ExQueueWorkItem at IRQL " + std::to_string(irql) + "; it requires IRQL <= DISPATCH_LEVEL");
    }
    if (WorkItem->List.Flink != nullptr) {
        ntos::bugCheck(ntos::bugcode::InvalidWorkQueueItem, 0, reinterpret_cast<ULONG_PTR>(WorkItem),
                       reinterpret_cast<ULONG_PTR>(WorkItem->WorkerRoutine), 0,
                       "ExQueueWorkItem: the work item is already queued");
    }
    WorkItem->List.Flink = &WorkItem->List;
    core.self->queueWork([WorkItem] {
        WorkItem->List.Flink = nullptr;
        WorkItem->WorkerRoutine(WorkItem->Parameter);
    });
}

}  // extern "C"
