// FxIoQueue: what a queue does when its device leaves or re-enters D0 and when the
// device is removed ("Using Power-Managed I/O Queues"): EvtIoStop for each request the
// driver owns, waiting for WdfRequestStopAcknowledge or completion, EvtIoResume for the
// requests the driver kept, and the final purge.
#include <string>
#include <vector>

#include "wdf/core/fx_device.h"
#include "wdf/io/fx_io_queue.h"
#include "wdf/io/fx_request.h"

namespace wdf {

void FxIoQueue::setDevicePowered(bool powered) {
    if (!powered) {
        {
            FxSpinGuard guard(lock_);
            devicePowered_ = false;
        }
        if (powerManaged_) stopDriverRequests(WdfRequestStopActionSuspend);
        return;
    }
    std::vector<FxRequest*> resumed;
    {
        FxSpinGuard guard(lock_);
        devicePowered_ = true;
        for (FxRequest* request : driverRequests_) {
            if (request->stopState() != FxRequest::StopState::Suspended) continue;
            request->setStopState(FxRequest::StopState::None);
            request->addRef();
            resumed.push_back(request);
        }
    }
    for (FxRequest* request : resumed) {
        if (config_.EvtIoResume != nullptr) config_.EvtIoResume(handleAs<WDFQUEUE>(), request->handleAs<WDFREQUEST>());
        request->release();
    }
    dispatchNext();
}

void FxIoQueue::stopDriverRequests(ULONG action) {
    if (config_.EvtIoStop == nullptr) return;
    std::vector<FxRequest*> stopping;
    {
        FxSpinGuard guard(lock_);
        for (FxRequest* request : driverRequests_) {
            FxRequest::StopState state = request->stopState();
            if (state == FxRequest::StopState::Pending) continue;
            // A request kept through a suspend is stopped again when the device goes away.
            if (state == FxRequest::StopState::Suspended && action == WdfRequestStopActionSuspend) continue;
            request->setStopState(FxRequest::StopState::Pending);
            request->addRef();
            stopping.push_back(request);
            ++stopPending_;
        }
        if (stopPending_ != 0) KeClearEvent(&stopAckEvent_);
    }
    WDFQUEUE queue = handleAs<WDFQUEUE>();
    for (FxRequest* request : stopping) {
        ULONG flags = action;
        if (request->isMarkedCancelable()) flags |= WdfRequestStopRequestCancelable;
        config_.EvtIoStop(queue, request->handleAs<WDFREQUEST>(), flags);
        request->release();
    }
    // The device leaves D0 only after the driver acknowledged or completed each request.
    for (;;) {
        {
            FxSpinGuard guard(lock_);
            if (stopPending_ == 0) return;
        }
        KeWaitForSingleObject(&stopAckEvent_, Executive, KernelMode, FALSE, nullptr);
    }
}

void FxIoQueue::acknowledgeStop(FxRequest* request, bool requeue) {
    bool cancelled = false;
    PFN_WDF_IO_QUEUE_STATE done = nullptr;
    WDFCONTEXT doneContext = nullptr;
    {
        FxSpinGuard guard(lock_);
        if (request->stopState() != FxRequest::StopState::Pending) {
            globals()->verifierLog("WdfRequestStopAcknowledge: EvtIoStop was not called for this request");
            return;
        }
        if (--stopPending_ == 0) KeSetEvent(&stopAckEvent_, IO_NO_INCREMENT, FALSE);
        if (!requeue) {
            request->setStopState(FxRequest::StopState::Suspended);  // EvtIoResume at D0
            return;
        }
        request->setStopState(FxRequest::StopState::None);
        for (auto it = driverRequests_.begin(); it != driverRequests_.end(); ++it) {
            if (*it == request) {
                driverRequests_.erase(it);
                break;
            }
        }
        bool becameNonEmpty = false;
        cancelled = !insertLocked(request, true, &becameNonEmpty);
        --driverOwned_;
        checkIdleLocked(&done, &doneContext);
    }
    if (done != nullptr) done(handleAs<WDFQUEUE>(), doneContext);
    if (cancelled) cancelRequest(request);
}

void FxIoQueue::purgeForRemoval() {
    {
        FxSpinGuard guard(lock_);
        accepting_ = false;
        started_ = false;
    }
    stopDriverRequests(WdfRequestStopActionPurge);
    std::vector<FxRequest*> cancelled;
    {
        FxSpinGuard guard(lock_);
        while (!waiting_.empty()) {
            FxRequest* request = waiting_.front();
            waiting_.pop_front();
            if (request->disarmQueueCancel()) cancelled.push_back(request);
        }
    }
    for (FxRequest* request : cancelled) cancelRequest(request);
    FxSpinGuard guard(lock_);
    if (driverOwned_ != 0) {
        globals()->verifierLog("queue purged while the driver still owns " + std::to_string(driverOwned_) +
                               " of its requests");
    }
}

void FxIoQueue::reopenAfterRemoval() {
    FxSpinGuard guard(lock_);
    accepting_ = true;
    started_ = true;
}

}  // namespace wdf
