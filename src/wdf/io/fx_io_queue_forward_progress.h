// FxForwardProgress: a queue's guaranteed forward progress ("Guaranteeing Forward
// Progress of I/O Operations", WdfIoQueueAssignForwardProgressPolicy). It holds the
// reserved request objects preallocated when the policy is assigned, decides by the
// policy whether an IRP whose request could not be allocated (or whose
// EvtIoAllocateRequestResources failed) gets a reserved request or fails, keeps IRPs
// that wait for a reserved request in arrival order, and takes reserved requests back
// when the driver completes them.
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include <deque>
#include <vector>

#include "support/fx_spin_mutex.h"

namespace wdf {

struct FxDriverGlobals;
class FxIoQueue;
class FxRequest;

class FxForwardProgress {
public:
    FxForwardProgress(FxIoQueue& queue, const WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY& policy);
    ~FxForwardProgress();
    FxForwardProgress(const FxForwardProgress&) = delete;
    FxForwardProgress& operator=(const FxForwardProgress&) = delete;

    // Checks the policy as WdfIoQueueAssignForwardProgressPolicy documents
    // (STATUS_INVALID_PARAMETER; the Size is checked by the DDI). Any thread.
    static NTSTATUS validate(FxDriverGlobals* globals, const WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY& policy);

    // Creates TotalForwardProgressRequests reserved requests (with the device's request
    // attributes), calling EvtIoAllocateResourcesForReservedRequest after each; the first
    // failure (allocation or callback) deletes those made so far and is returned.
    // IRQL PASSIVE_LEVEL.
    NTSTATUS reserve();

    // The request for an IRP the framework dispatches to this queue. `allocated` is the
    // request the framework created for it, or null when that allocation failed. Returns
    // STATUS_SUCCESS with *request (the allocated one or a reserved one: the caller marks
    // the IRP pending and enqueues it), STATUS_PENDING when the IRP now waits for a
    // reserved request (marked pending here), or an error after completing the IRP with
    // it. IRQL <= DISPATCH_LEVEL.
    NTSTATUS requestFor(PIRP irp, WDF_REQUEST_TYPE type, FxRequest* allocated, FxRequest** request);

    // A reserved request was completed: it serves the oldest waiting IRP, or becomes
    // free. False when the queue was deleted meanwhile (the caller deletes the request).
    // IRQL <= DISPATCH_LEVEL.
    bool giveBack(FxRequest* reserved);

    // The queue is being deleted: IRPs still waiting are cancelled and the free reserved
    // requests deleted (their EvtCleanupCallback runs now); the ones in use are deleted
    // when completed. IRQL PASSIVE_LEVEL.
    void close();

private:
    struct WaitingIrp {
        PIRP irp;
        WDF_REQUEST_TYPE type;
    };

    // What the policy says for an IRP in a low-memory situation.
    bool policyUsesReserved(PIRP irp);
    // A free reserved request bound to `irp`, or the IRP parked (STATUS_PENDING).
    NTSTATUS useReserved(PIRP irp, WDF_REQUEST_TYPE type, FxRequest** request);
    // DRIVER_CANCEL of a waiting IRP. IRQL DISPATCH_LEVEL.
    static void cancelWaiting(PDEVICE_OBJECT deviceObject, PIRP irp);

    FxIoQueue& queue_;
    const WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY policy_;
    FxSpinMutex lock_;
    std::vector<FxRequest*> free_;
    std::deque<WaitingIrp> waiting_;
    bool closed_ = false;
};

}  // namespace wdf
