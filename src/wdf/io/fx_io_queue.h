// FxIoQueue: WDFQUEUE. Holds the requests it owns until it presents them to the driver
// (sequential: one at a time; parallel: up to NumberOfPresentedRequests; manual: only
// through WdfIoQueueRetrieveNextRequest), cancels the ones cancelled while queued, and
// follows start/stop and the device's power state ("Managing I/O Queues", "Dispatching
// Methods for I/O Requests"). A queue may have a forward-progress policy
// (FxForwardProgress, fx_io_queue_forward_progress.h).
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include <atomic>
#include <deque>
#include <memory>
#include <vector>

#include "object/fx_object.h"
#include "support/fx_spin_mutex.h"

namespace wdf {

class FxDevice;
class FxForwardProgress;
class FxRequest;

class FxIoQueue : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::Queue;

    FxIoQueue(FxDriverGlobals* globals, FxDevice* device, const WDF_IO_QUEUE_CONFIG& config);
    ~FxIoQueue() override;

    // Validates the configuration and registers with the device. From fxCreate.
    NTSTATUS initialize();

    FxDevice* device() const { return device_; }
    bool allowsZeroLengthRequests() const { return config_.AllowZeroLengthRequests != FALSE; }
    bool powerManaged() const { return powerManaged_; }
    bool isManual() const { return config_.DispatchType == WdfIoQueueDispatchManual; }

    // Takes a new request (the IRP is marked pending). It is presented at once if the
    // queue can, else kept; a queue that does not accept requests fails it.
    // IRQL <= DISPATCH_LEVEL, any thread.
    void enqueue(FxRequest* request);

    // A request of this queue is being completed: the queue stops tracking it (before the
    // request object goes away). IRQL <= DISPATCH_LEVEL, any thread.
    void forgetRequest(FxRequest* request, bool driverOwned);
    // A request of this queue was completed (`driverOwned`: it had been presented or
    // retrieved). Presents the next one. IRQL <= DISPATCH_LEVEL, any thread.
    void requestCompleted(bool driverOwned);

    // WdfRequestForwardToIoQueue (this is the destination; `request` is driver-owned in
    // its source queue) and WdfRequestRequeue (head of the request's own manual queue).
    // IRQL <= DISPATCH_LEVEL.
    NTSTATUS forwardHere(FxRequest* request);
    NTSTATUS requeue(FxRequest* request);
    // WdfRequestStopAcknowledge for a request EvtIoStop was called for. IRQL <= DISPATCH_LEVEL.
    void acknowledgeStop(FxRequest* request, bool requeue);

    // WdfIoQueueStart / Stop / StopSynchronously. Start and Stop: IRQL <= DISPATCH_LEVEL;
    // StopSynchronously: PASSIVE_LEVEL (it waits for the driver's requests to complete).
    void start();
    void stop(PFN_WDF_IO_QUEUE_STATE stopComplete, WDFCONTEXT context);
    void stopSynchronously();
    // WdfIoQueueRetrieveNextRequest (manual queues, and others while stopped... see docs).
    // IRQL <= DISPATCH_LEVEL.
    NTSTATUS retrieveNextRequest(FxRequest** request);
    // WdfIoQueueDrain / Purge / StopAndPurge (IRQL <= DISPATCH_LEVEL) and their
    // synchronous forms (PASSIVE_LEVEL: they wait for the completion callback).
    void drain(PFN_WDF_IO_QUEUE_STATE drainComplete, WDFCONTEXT context);
    void purge(PFN_WDF_IO_QUEUE_STATE purgeComplete, WDFCONTEXT context);
    void stopAndPurge(PFN_WDF_IO_QUEUE_STATE stopAndPurgeComplete, WDFCONTEXT context);
    void drainSynchronously();
    void purgeSynchronously();
    void stopAndPurgeSynchronously();
    // WdfIoQueueReadyNotify (manual queues). IRQL <= DISPATCH_LEVEL.
    NTSTATUS readyNotify(PFN_WDF_IO_QUEUE_STATE queueReady, WDFCONTEXT context);
    // WdfIoQueueFindRequest: the next queued request after `after` (null: the first) that
    // was sent on `fileObject` (null: any); the found request gets a reference.
    // IRQL <= DISPATCH_LEVEL.
    NTSTATUS findRequest(FxRequest* after, PFILE_OBJECT fileObject, FxRequest** found);
    // WdfIoQueueRetrieveFoundRequest. IRQL <= DISPATCH_LEVEL.
    NTSTATUS retrieveFoundRequest(FxRequest* found);
    // WdfIoQueueRetrieveRequestByFileObject. IRQL <= DISPATCH_LEVEL.
    NTSTATUS retrieveRequestByFileObject(PFILE_OBJECT fileObject, FxRequest** request);
    // WdfIoQueueGetState. IRQL <= DISPATCH_LEVEL.
    WDF_IO_QUEUE_STATE state(ULONG* queueRequests, ULONG* driverRequests) const;

    // WdfIoQueueAssignForwardProgressPolicy: preallocates the reserved requests (the
    // policy was validated by the DDI). STATUS_INVALID_DEVICE_REQUEST if the queue has a
    // policy already; the status of a failed reservation. IRQL PASSIVE_LEVEL.
    NTSTATUS assignForwardProgressPolicy(const WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY& policy);
    // The queue's forward-progress policy, or null. Any IRQL.
    FxForwardProgress* forwardProgress() const { return forwardProgress_.load(std::memory_order_acquire); }

    // The device entered (true) or left (false) D0: power-managed queues hold their
    // requests while the device is not in D0. Leaving D0, EvtIoStop(Suspend) is called
    // for each driver-owned request and the call waits until each is acknowledged or
    // completed; entering D0, EvtIoResume is called for the ones acknowledged without
    // requeue. IRQL PASSIVE_LEVEL.
    void setDevicePowered(bool powered);
    // Device removal: EvtIoStop(Purge) for driver-owned requests (waiting as above), then
    // stop accepting and cancel every queued request. IRQL PASSIVE_LEVEL.
    void purgeForRemoval();
    // A removed PDO starts again (re-enabled): the queue accepts and presents requests
    // as when it was created. IRQL PASSIVE_LEVEL.
    void reopenAfterRemoval();

protected:
    void onCleanup() override;

private:
    // What a pending EvtIoQueueState callback waits for.
    enum class PendingOp : uint8_t { None, Stop, Drain, Purge, StopAndPurge };

    // Presents requests while the queue may; re-entrant calls on the same thread (a
    // driver completing inline) return and let the outer loop continue.
    void dispatchNext();
    bool canPresentLocked() const;
    FxRequest* takeNextLocked();
    void present(FxRequest* request);
    void checkIdleLocked(PFN_WDF_IO_QUEUE_STATE* callback, WDFCONTEXT* context);
    // Makes `request` driver-owned (count and list). Lock held.
    void adoptLocked(FxRequest* request);
    // Puts a request the driver had back into the queue (front or back); false if its
    // IRP was cancelled meanwhile (then it must be handed to cancelRequest). Lock held.
    bool insertLocked(FxRequest* request, bool atHead, bool* becameNonEmpty);
    // A request leaves the queue because it was cancelled there: EvtIoCanceledOnQueue for
    // requests the driver had before, else completion with STATUS_CANCELLED. No lock held.
    void cancelRequest(FxRequest* request);
    // Starts a drain/purge/stop-and-purge. Lock not held.
    void beginPendingOp(PendingOp op, PFN_WDF_IO_QUEUE_STATE callback, WDFCONTEXT context);
    void runSynchronously(void (FxIoQueue::*operation)(PFN_WDF_IO_QUEUE_STATE, WDFCONTEXT));
    // EvtIoStop for each driver-owned request, then waits for acknowledgement or
    // completion. PASSIVE_LEVEL.
    void stopDriverRequests(ULONG action);
    void notifyReady();
    // DRIVER_CANCEL for requests waiting in the queue. IRQL DISPATCH_LEVEL.
    static void cancelQueuedRequest(PDEVICE_OBJECT deviceObject, PIRP irp);

    FxDevice* device_;
    WDF_IO_QUEUE_CONFIG config_;
    bool powerManaged_ = true;
    ULONG maxPresented_ = 1;

    mutable FxSpinMutex lock_;
    std::deque<FxRequest*> waiting_;
    std::vector<FxRequest*> driverRequests_;  // presented/retrieved, not yet completed
    ULONG driverOwned_ = 0;                   // includes requests being completed
    bool accepting_ = true;
    bool started_ = true;
    bool devicePowered_ = false;
    PendingOp pendingOp_ = PendingOp::None;
    PFN_WDF_IO_QUEUE_STATE stopComplete_ = nullptr;
    WDFCONTEXT stopContext_ = nullptr;
    PFN_WDF_IO_QUEUE_STATE readyCallback_ = nullptr;
    WDFCONTEXT readyContext_ = nullptr;
    ULONG stopPending_ = 0;  // EvtIoStop called, not yet acknowledged or completed
    KEVENT idleEvent_;       // signalled while no request is driver-owned
    KEVENT stopAckEvent_;    // signalled while stopPending_ == 0
    // Set once (WdfIoQueueAssignForwardProgressPolicy), read by dispatch on any thread;
    // owned by the queue, deleted with it.
    std::atomic<FxForwardProgress*> forwardProgress_{nullptr};
};

}  // namespace wdf
