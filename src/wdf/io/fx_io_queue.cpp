#include "wdf/io/fx_io_queue.h"

#include "wdf/pnp/fx_idle_policy.h"

#include <string>
#include <vector>

#include "wdf/core/fx_device.h"
#include "wdf/io/fx_io_queue_forward_progress.h"
#include "wdf/io/fx_request.h"
#include "wdf/pnp/fx_pnp_machine.h"

namespace wdf {
namespace {

// The queues this thread is presenting requests from (innermost first), so that a
// driver completing a request inline does not recurse into the next presentation.
struct DispatchFrame {
    const FxIoQueue* queue;
    DispatchFrame* previous;
};
thread_local DispatchFrame* tlsDispatchFrames = nullptr;

}  // namespace

FxIoQueue::FxIoQueue(FxDriverGlobals* globals, FxDevice* device, const WDF_IO_QUEUE_CONFIG& config)
    : FxObject(globals, kObjectType), device_(device), config_(config) {
    KeInitializeEvent(&idleEvent_, NotificationEvent, TRUE);
    KeInitializeEvent(&stopAckEvent_, NotificationEvent, TRUE);
}

FxIoQueue::~FxIoQueue() { delete forwardProgress_.load(std::memory_order_acquire); }

NTSTATUS FxIoQueue::assignForwardProgressPolicy(const WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY& policy) {
    if (forwardProgress() != nullptr) {
        globals()->verifierLog("WdfIoQueueAssignForwardProgressPolicy: the queue already has a forward-progress policy");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    auto progress = std::make_unique<FxForwardProgress>(*this, policy);
    NTSTATUS status = progress->reserve();
    if (!NT_SUCCESS(status)) return status;
    FxForwardProgress* expected = nullptr;
    if (!forwardProgress_.compare_exchange_strong(expected, progress.get(), std::memory_order_acq_rel)) {
        progress->close();  // a concurrent call won
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    progress.release();
    return STATUS_SUCCESS;
}

NTSTATUS FxIoQueue::initialize() {
    switch (config_.DispatchType) {
        case WdfIoQueueDispatchSequential:
            maxPresented_ = 1;
            break;
        case WdfIoQueueDispatchParallel:
            maxPresented_ = config_.Settings.Parallel.NumberOfPresentedRequests;
            if (maxPresented_ == 0) {
                globals()->verifierLog("WdfIoQueueCreate: NumberOfPresentedRequests is 0");
                return STATUS_INVALID_PARAMETER;
            }
            break;
        case WdfIoQueueDispatchManual:
            maxPresented_ = 0;
            break;
        default:
            globals()->verifierLog("WdfIoQueueCreate: invalid DispatchType " +
                                   std::to_string(static_cast<int>(config_.DispatchType)));
            return STATUS_INVALID_PARAMETER;
    }
    bool hasHandler = config_.EvtIoDefault != nullptr || config_.EvtIoRead != nullptr ||
                      config_.EvtIoWrite != nullptr || config_.EvtIoDeviceControl != nullptr ||
                      config_.EvtIoInternalDeviceControl != nullptr;
    if (config_.DispatchType != WdfIoQueueDispatchManual && !hasHandler) {
        globals()->verifierLog("WdfIoQueueCreate: a non-manual queue needs at least one request handler");
        return STATUS_INVALID_PARAMETER;
    }
    if (config_.DispatchType == WdfIoQueueDispatchManual && hasHandler) {
        globals()->verifierLog("WdfIoQueueCreate: a manual queue takes no request handlers");
        return STATUS_INVALID_PARAMETER;
    }
    switch (config_.PowerManaged) {
        case WdfTrue: powerManaged_ = true; break;
        case WdfFalse: powerManaged_ = false; break;
        case WdfUseDefault:
            // Filters are not the power policy owner: their queues are not power managed.
            powerManaged_ = device_->role() != FxDeviceInit::Role::Filter &&
                            device_->role() != FxDeviceInit::Role::Control;
            break;
        default:
            globals()->verifierLog("WdfIoQueueCreate: invalid PowerManaged value");
            return STATUS_INVALID_PARAMETER;
    }
    devicePowered_ = device_->pnp().isStarted();
    if (config_.DefaultQueue) {
        NTSTATUS status = device_->setDefaultQueue(this);
        if (!NT_SUCCESS(status)) {
            globals()->verifierLog("WdfIoQueueCreate: the device already has a default queue");
            return status;
        }
    }
    device_->addQueue(this);
    return STATUS_SUCCESS;
}

void FxIoQueue::onCleanup() {
    purgeForRemoval();
    // "The framework deletes its reserved request objects only when it deletes the
    // framework queue object that they belong to."
    if (FxForwardProgress* progress = forwardProgress()) progress->close();
    device_->removeQueue(this);
}

bool FxIoQueue::canPresentLocked() const {
    return started_ && (devicePowered_ || !powerManaged_) && driverOwned_ < maxPresented_ && !waiting_.empty();
}

FxRequest* FxIoQueue::takeNextLocked() {
    while (!waiting_.empty()) {
        FxRequest* request = waiting_.front();
        waiting_.pop_front();
        if (!request->disarmQueueCancel()) continue;  // its cancel routine completes it
        adoptLocked(request);
        return request;
    }
    return nullptr;
}

void FxIoQueue::adoptLocked(FxRequest* request) {
    request->setOwner(FxRequest::Owner::Driver);
    request->setDeliveredToDriver();
    driverRequests_.push_back(request);
    if (driverOwned_++ == 0) KeClearEvent(&idleEvent_);
}

bool FxIoQueue::insertLocked(FxRequest* request, bool atHead, bool* becameNonEmpty) {
    request->setQueue(this);
    request->setOwner(FxRequest::Owner::Queue);
    if (!request->armQueueCancel(cancelQueuedRequest)) return false;
    *becameNonEmpty = waiting_.empty();
    if (atHead) {
        waiting_.push_front(request);
    } else {
        waiting_.push_back(request);
    }
    return true;
}

void FxIoQueue::cancelRequest(FxRequest* request) {
    if (request->deliveredToDriver() && config_.EvtIoCanceledOnQueue != nullptr) {
        // The driver had this request before: it gets it back to complete it.
        {
            FxSpinGuard guard(lock_);
            adoptLocked(request);
        }
        config_.EvtIoCanceledOnQueue(handleAs<WDFQUEUE>(), request->handleAs<WDFREQUEST>());
        return;
    }
    request->completeFromFramework(STATUS_CANCELLED, 0);
}

void FxIoQueue::notifyReady() {
    PFN_WDF_IO_QUEUE_STATE callback;
    WDFCONTEXT context;
    {
        FxSpinGuard guard(lock_);
        if (!started_ || waiting_.empty()) return;
        callback = readyCallback_;
        context = readyContext_;
    }
    if (callback != nullptr) callback(handleAs<WDFQUEUE>(), context);
}

void FxIoQueue::enqueue(FxRequest* request) {
    // A request for a power-managed queue is activity for S0 idle, and powers an idle
    // device back up.
    if (powerManaged_) {
        if (FxIdlePolicy* idle = device_->idlePolicy()) idle->ioArrived();
    }
    addRef();
    request->setQueue(this);
    request->setOwner(FxRequest::Owner::Queue);
    NTSTATUS refused = STATUS_SUCCESS;
    bool becameNonEmpty = false;
    {
        FxSpinGuard guard(lock_);
        if (!accepting_) {
            refused = STATUS_INVALID_DEVICE_STATE;
        } else if (!insertLocked(request, false, &becameNonEmpty)) {
            refused = STATUS_CANCELLED;
        }
    }
    if (refused == STATUS_CANCELLED) {
        cancelRequest(request);
        return;
    }
    if (refused != STATUS_SUCCESS) {
        request->completeFromFramework(refused, 0);
        return;
    }
    if (becameNonEmpty) notifyReady();
    dispatchNext();
}

void FxIoQueue::cancelQueuedRequest(PDEVICE_OBJECT, PIRP irp) {
    IoReleaseCancelSpinLock(irp->CancelIrql);
    FxRequest* request = FxRequest::fromIrp(irp);
    FxIoQueue* queue = request->queue();
    {
        FxSpinGuard guard(queue->lock_);
        for (auto it = queue->waiting_.begin(); it != queue->waiting_.end(); ++it) {
            if (*it == request) {
                queue->waiting_.erase(it);
                break;
            }
        }
    }
    queue->cancelRequest(request);
}

void FxIoQueue::dispatchNext() {
    for (DispatchFrame* frame = tlsDispatchFrames; frame != nullptr; frame = frame->previous) {
        if (frame->queue == this) return;  // the outer loop on this thread continues
    }
    DispatchFrame frame{this, tlsDispatchFrames};
    tlsDispatchFrames = &frame;
    for (;;) {
        FxRequest* request = nullptr;
        {
            FxSpinGuard guard(lock_);
            if (!canPresentLocked()) break;
            request = takeNextLocked();
        }
        if (request == nullptr) break;
        present(request);
    }
    tlsDispatchFrames = frame.previous;
}

void FxIoQueue::present(FxRequest* request) {
    WDFQUEUE queue = handleAs<WDFQUEUE>();
    WDFREQUEST handle = request->handleAs<WDFREQUEST>();
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(request->irp());
    switch (request->requestType()) {
        case WdfRequestTypeRead:
            if (config_.EvtIoRead != nullptr) return config_.EvtIoRead(queue, handle, stack->Parameters.Read.Length);
            break;
        case WdfRequestTypeWrite:
            if (config_.EvtIoWrite != nullptr) {
                return config_.EvtIoWrite(queue, handle, stack->Parameters.Write.Length);
            }
            break;
        case WdfRequestTypeDeviceControl:
            if (config_.EvtIoDeviceControl != nullptr) {
                return config_.EvtIoDeviceControl(queue, handle, stack->Parameters.DeviceIoControl.OutputBufferLength,
                                                  stack->Parameters.DeviceIoControl.InputBufferLength,
                                                  stack->Parameters.DeviceIoControl.IoControlCode);
            }
            break;
        case WdfRequestTypeDeviceControlInternal:
            if (config_.EvtIoInternalDeviceControl != nullptr) {
                return config_.EvtIoInternalDeviceControl(
                    queue, handle, stack->Parameters.DeviceIoControl.OutputBufferLength,
                    stack->Parameters.DeviceIoControl.InputBufferLength,
                    stack->Parameters.DeviceIoControl.IoControlCode);
            }
            break;
        default:
            break;
    }
    if (config_.EvtIoDefault != nullptr) return config_.EvtIoDefault(queue, handle);
    // No handler for this request type on this queue.
    request->completeFromDriver(STATUS_INVALID_DEVICE_REQUEST, 0, true, "WdfIoQueue dispatch");
}

void FxIoQueue::checkIdleLocked(PFN_WDF_IO_QUEUE_STATE* callback, WDFCONTEXT* context) {
    if (driverOwned_ != 0) return;
    KeSetEvent(&idleEvent_, IO_NO_INCREMENT, FALSE);
    // Drain and purge also wait for the queue to be empty; stop and stop-and-purge only
    // for the driver's requests.
    bool done = pendingOp_ == PendingOp::Stop || pendingOp_ == PendingOp::StopAndPurge ||
                ((pendingOp_ == PendingOp::Drain || pendingOp_ == PendingOp::Purge) && waiting_.empty());
    if (!done) return;
    pendingOp_ = PendingOp::None;
    *callback = stopComplete_;
    *context = stopContext_;
    stopComplete_ = nullptr;
    stopContext_ = nullptr;
}

void FxIoQueue::forgetRequest(FxRequest* request, bool driverOwned) {
    FxSpinGuard guard(lock_);
    if (driverOwned) {
        for (auto it = driverRequests_.begin(); it != driverRequests_.end(); ++it) {
            if (*it == request) {
                driverRequests_.erase(it);
                break;
            }
        }
    }
    if (request->stopState() == FxRequest::StopState::Pending && --stopPending_ == 0) {
        KeSetEvent(&stopAckEvent_, IO_NO_INCREMENT, FALSE);
    }
    request->setStopState(FxRequest::StopState::None);
}

void FxIoQueue::requestCompleted(bool driverOwned) {
    PFN_WDF_IO_QUEUE_STATE callback = nullptr;
    WDFCONTEXT context = nullptr;
    {
        FxSpinGuard guard(lock_);
        if (driverOwned) --driverOwned_;
        checkIdleLocked(&callback, &context);
    }
    if (callback != nullptr) callback(handleAs<WDFQUEUE>(), context);
    dispatchNext();
    release();  // the reference enqueue() took for the request
}

void FxIoQueue::start() {
    {
        FxSpinGuard guard(lock_);
        started_ = true;
        accepting_ = true;
        pendingOp_ = PendingOp::None;
        stopComplete_ = nullptr;
        stopContext_ = nullptr;
    }
    notifyReady();  // a started manual queue with requests is "ready"
    dispatchNext();
}

void FxIoQueue::stop(PFN_WDF_IO_QUEUE_STATE stopComplete, WDFCONTEXT context) {
    PFN_WDF_IO_QUEUE_STATE callback = nullptr;
    WDFCONTEXT callbackContext = nullptr;
    {
        FxSpinGuard guard(lock_);
        started_ = false;
        pendingOp_ = PendingOp::Stop;
        stopComplete_ = stopComplete;
        stopContext_ = context;
        checkIdleLocked(&callback, &callbackContext);
    }
    if (callback != nullptr) callback(handleAs<WDFQUEUE>(), callbackContext);
}

void FxIoQueue::stopSynchronously() {
    {
        FxSpinGuard guard(lock_);
        started_ = false;
    }
    for (;;) {
        KeWaitForSingleObject(&idleEvent_, Executive, KernelMode, FALSE, nullptr);
        FxSpinGuard guard(lock_);
        if (driverOwned_ == 0) return;
    }
}

NTSTATUS FxIoQueue::retrieveNextRequest(FxRequest** request) {
    *request = nullptr;
    FxSpinGuard guard(lock_);
    if (powerManaged_ && !devicePowered_ && !waiting_.empty()) return STATUS_INVALID_DEVICE_STATE;
    FxRequest* next = takeNextLocked();
    if (next == nullptr) return STATUS_NO_MORE_ENTRIES;
    *request = next;
    return STATUS_SUCCESS;
}

WDF_IO_QUEUE_STATE FxIoQueue::state(ULONG* queueRequests, ULONG* driverRequests) const {
    FxSpinGuard guard(lock_);
    int state = 0;
    if (accepting_) state |= WdfIoQueueAcceptRequests;
    if (started_) state |= WdfIoQueueDispatchRequests;
    if (waiting_.empty()) state |= WdfIoQueueNoRequests;
    if (driverOwned_ == 0) state |= WdfIoQueueDriverNoRequests;
    if (powerManaged_ && !devicePowered_) state |= WdfIoQueuePnpHeld;
    if (queueRequests != nullptr) *queueRequests = static_cast<ULONG>(waiting_.size());
    if (driverRequests != nullptr) *driverRequests = driverOwned_;
    return static_cast<WDF_IO_QUEUE_STATE>(state);
}

}  // namespace wdf
