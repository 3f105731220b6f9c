// FxIoQueue: the driver's queue operations beyond start/stop ("Managing I/O Queues"):
// drain, purge and stop-and-purge with their completion callbacks, ready notification,
// finding and retrieving particular requests, and requests the driver puts back into a
// queue (WdfRequestForwardToIoQueue, WdfRequestRequeue).
#include <vector>

#include "wdf/core/fx_device.h"
#include "wdf/io/fx_io_queue.h"
#include "wdf/io/fx_request.h"

namespace wdf {
namespace {

// WdfRequestForwardToIoQueue documents STATUS_WDF_BUSY for a destination that does not
// accept requests; until the WDF status header defines it, the status a queue that does
// not accept gives new requests stands in.
#ifdef STATUS_WDF_BUSY
constexpr NTSTATUS kQueueNotAccepting = STATUS_WDF_BUSY;
#else
constexpr NTSTATUS kQueueNotAccepting = STATUS_INVALID_DEVICE_STATE;
#endif

void signalEvent(WDFQUEUE, WDFCONTEXT context) { KeSetEvent(static_cast<PKEVENT>(context), IO_NO_INCREMENT, FALSE); }

}  // namespace

void FxIoQueue::beginPendingOp(PendingOp op, PFN_WDF_IO_QUEUE_STATE callback, WDFCONTEXT context) {
    std::vector<FxRequest*> cancelled;
    std::vector<FxRequest*> driverOwned;
    PFN_WDF_IO_QUEUE_STATE done = nullptr;
    WDFCONTEXT doneContext = nullptr;
    {
        FxSpinGuard guard(lock_);
        switch (op) {
            case PendingOp::Drain:
            case PendingOp::Purge:
                accepting_ = false;
                break;
            case PendingOp::StopAndPurge:
                accepting_ = true;  // it keeps (or starts again) receiving requests
                started_ = false;
                break;
            default:
                break;
        }
        if (op == PendingOp::Purge || op == PendingOp::StopAndPurge) {
            while (!waiting_.empty()) {
                FxRequest* request = waiting_.front();
                waiting_.pop_front();
                if (request->disarmQueueCancel()) cancelled.push_back(request);
            }
            for (FxRequest* request : driverRequests_) {
                if (request->isMarkedCancelable()) {
                    request->addRef();
                    driverOwned.push_back(request);
                }
            }
        }
        pendingOp_ = op;
        stopComplete_ = callback;
        stopContext_ = context;
        // Cancelled requests that come back to the driver (EvtIoCanceledOnQueue) keep the
        // callback pending; with nothing left it fires now.
        if (cancelled.empty()) checkIdleLocked(&done, &doneContext);
    }
    for (FxRequest* request : cancelled) cancelRequest(request);
    for (FxRequest* request : driverOwned) {
        request->cancelDriverOwned();
        request->release();
    }
    if (!cancelled.empty()) {
        FxSpinGuard guard(lock_);
        checkIdleLocked(&done, &doneContext);
    }
    if (done != nullptr) done(handleAs<WDFQUEUE>(), doneContext);
}

void FxIoQueue::runSynchronously(void (FxIoQueue::*operation)(PFN_WDF_IO_QUEUE_STATE, WDFCONTEXT)) {
    KEVENT done;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    (this->*operation)(signalEvent, &done);
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, nullptr);
}

void FxIoQueue::drain(PFN_WDF_IO_QUEUE_STATE drainComplete, WDFCONTEXT context) {
    beginPendingOp(PendingOp::Drain, drainComplete, context);
}

void FxIoQueue::purge(PFN_WDF_IO_QUEUE_STATE purgeComplete, WDFCONTEXT context) {
    beginPendingOp(PendingOp::Purge, purgeComplete, context);
}

void FxIoQueue::stopAndPurge(PFN_WDF_IO_QUEUE_STATE stopAndPurgeComplete, WDFCONTEXT context) {
    beginPendingOp(PendingOp::StopAndPurge, stopAndPurgeComplete, context);
}

void FxIoQueue::drainSynchronously() { runSynchronously(&FxIoQueue::drain); }
void FxIoQueue::purgeSynchronously() { runSynchronously(&FxIoQueue::purge); }
void FxIoQueue::stopAndPurgeSynchronously() { runSynchronously(&FxIoQueue::stopAndPurge); }

NTSTATUS FxIoQueue::readyNotify(PFN_WDF_IO_QUEUE_STATE queueReady, WDFCONTEXT context) {
    if (!isManual()) {
        globals()->verifierLog("WdfIoQueueReadyNotify: only for queues with manual dispatching");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    {
        FxSpinGuard guard(lock_);
        if (queueReady != nullptr && readyCallback_ != nullptr) {
            globals()->verifierLog("WdfIoQueueReadyNotify: a callback is already registered");
            return STATUS_INVALID_DEVICE_STATE;
        }
        readyCallback_ = queueReady;
        readyContext_ = queueReady != nullptr ? context : nullptr;
    }
    // A queue that already holds requests is ready now.
    if (queueReady != nullptr) notifyReady();
    return STATUS_SUCCESS;
}

NTSTATUS FxIoQueue::findRequest(FxRequest* after, PFILE_OBJECT fileObject, FxRequest** found) {
    *found = nullptr;
    FxSpinGuard guard(lock_);
    auto it = waiting_.begin();
    if (after != nullptr) {
        while (it != waiting_.end() && *it != after) ++it;
        if (it == waiting_.end()) return STATUS_NOT_FOUND;
        ++it;
    }
    for (; it != waiting_.end(); ++it) {
        if (fileObject != nullptr && (*it)->wdmFileObject() != fileObject) continue;
        (*it)->addRef();  // the driver drops it with WdfObjectDereference
        *found = *it;
        return STATUS_SUCCESS;
    }
    return STATUS_NO_MORE_ENTRIES;
}

NTSTATUS FxIoQueue::retrieveFoundRequest(FxRequest* found) {
    FxSpinGuard guard(lock_);
    if (powerManaged_ && !devicePowered_) return STATUS_INVALID_DEVICE_STATE;
    for (auto it = waiting_.begin(); it != waiting_.end(); ++it) {
        if (*it != found) continue;
        if (!found->disarmQueueCancel()) return STATUS_NOT_FOUND;  // being cancelled
        waiting_.erase(it);
        adoptLocked(found);
        return STATUS_SUCCESS;
    }
    return STATUS_NOT_FOUND;
}

NTSTATUS FxIoQueue::retrieveRequestByFileObject(PFILE_OBJECT fileObject, FxRequest** request) {
    *request = nullptr;
    FxSpinGuard guard(lock_);
    if (powerManaged_ && !devicePowered_ && !waiting_.empty()) return STATUS_INVALID_DEVICE_STATE;
    for (auto it = waiting_.begin(); it != waiting_.end();) {
        FxRequest* candidate = *it;
        if (candidate->wdmFileObject() != fileObject) {
            ++it;
            continue;
        }
        it = waiting_.erase(it);
        if (!candidate->disarmQueueCancel()) continue;  // its cancel routine completes it
        adoptLocked(candidate);
        *request = candidate;
        return STATUS_SUCCESS;
    }
    return STATUS_NO_MORE_ENTRIES;
}

NTSTATUS FxIoQueue::forwardHere(FxRequest* request) {
    FxIoQueue* source = request->queue();
    bool becameNonEmpty = false;
    bool cancelled = false;
    addRef();  // for the request, as enqueue() does
    {
        FxSpinGuard guard(lock_);
        if (!accepting_) {
            release();
            return kQueueNotAccepting;
        }
        // The source's accounting is settled below, after the request is ours.
        cancelled = !insertLocked(request, false, &becameNonEmpty);
    }
    source->forgetRequest(request, true);
    source->requestCompleted(true);  // presents the source's next request; drops its reference
    if (cancelled) {
        cancelRequest(request);
        return STATUS_SUCCESS;
    }
    if (becameNonEmpty) notifyReady();
    dispatchNext();
    return STATUS_SUCCESS;
}

NTSTATUS FxIoQueue::requeue(FxRequest* request) {
    bool becameNonEmpty = false;
    bool cancelled = false;
    PFN_WDF_IO_QUEUE_STATE done = nullptr;
    WDFCONTEXT doneContext = nullptr;
    {
        FxSpinGuard guard(lock_);
        for (auto it = driverRequests_.begin(); it != driverRequests_.end(); ++it) {
            if (*it == request) {
                driverRequests_.erase(it);
                break;
            }
        }
        cancelled = !insertLocked(request, true, &becameNonEmpty);
        // The request is the queue's again; the reference taken when it arrived stays.
        --driverOwned_;
        checkIdleLocked(&done, &doneContext);
    }
    if (done != nullptr) done(handleAs<WDFQUEUE>(), doneContext);
    if (cancelled) {
        cancelRequest(request);
        return STATUS_SUCCESS;
    }
    if (becameNonEmpty) notifyReady();
    dispatchNext();
    return STATUS_SUCCESS;
}

}  // namespace wdf
