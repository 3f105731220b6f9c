// FxIoTarget: sends of framework request objects (WdfRequestSend, and the
// WdfIoTargetSendXxxSynchronously DDIs with a Request), the target's queue of requests
// sent while it is stopped, and WdfIoTargetPurge ("Controlling a General I/O Target's
// State", "Sending I/O Requests to General I/O Targets").
#include <algorithm>

#include "wdf/io/fx_io_target.h"
#include "wdf/io/fx_request.h"

namespace wdf {

// IRQL <= DISPATCH_LEVEL.
NTSTATUS FxIoTarget::submitRequest(FxRequest* request, bool ignoresState) {
    FxSentIo* entry = request->sentEntry();
    *entry = FxSentIo{};
    entry->target = this;
    entry->ignoresState = ignoresState;
    PDEVICE_OBJECT device = nullptr;
    PFILE_OBJECT file = nullptr;
    {
        FxSpinGuard guard(lock_);
        const bool sendable = state_ == WdfIoTargetStarted || (state_ == WdfIoTargetStopped && ignoresState);
        if (!sendable) {
            if (state_ != WdfIoTargetStopped) return STATUS_INVALID_DEVICE_STATE;
            queuedRequests_.push_back(request);  // sent by Start, cancelled by Stop(CancelSentIo)/Close
            return STATUS_PENDING;
        }
        sent_.push_back(entry);
        device = targetDevice_;
        file = targetFile_;
    }
    dispatchRequest(request, device, file);
    return STATUS_SUCCESS;
}

// IRQL PASSIVE_LEVEL.
NTSTATUS FxIoTarget::sendRequestSynchronously(FxRequest* request, bool ignoresState,
                                              const FxSendDeadline& deadline) {
    FxSentIo* entry = request->sentEntry();
    *entry = FxSentIo{};
    entry->target = this;
    entry->ignoresState = ignoresState;
    PDEVICE_OBJECT device = nullptr;
    PFILE_OBJECT file = nullptr;
    NTSTATUS status = admit(entry, deadline, &device, &file);
    if (!NT_SUCCESS(status)) return status;
    dispatchRequest(request, device, file);
    return STATUS_SUCCESS;
}

// IRQL <= DISPATCH_LEVEL. `request`'s entry is in sent_.
void FxIoTarget::dispatchRequest(FxRequest* request, PDEVICE_OBJECT device, PFILE_OBJECT file) {
    request->prepareDispatch(file);
    FxSentIo* entry = request->sentEntry();
    PIRP requestIrp = request->irp();
    {
        FxSpinGuard guard(lock_);
        entry->irp = requestIrp;
        // A Stop/Close/timeout that came before the IRP was recorded: the target sees it
        // cancelled.
        if (entry->cancelRequested) requestIrp->Cancel = TRUE;
    }
    noteSentToSelf(requestIrp);
    IoCallDriver(device, requestIrp);
}

// Under lock_.
std::vector<FxRequest*> FxIoTarget::takeQueuedRequestsLocked() {
    std::vector<FxRequest*> requests;
    requests.swap(queuedRequests_);
    return requests;
}

// IRQL <= DISPATCH_LEVEL, without lock_.
void FxIoTarget::cancelQueuedRequests(std::vector<FxRequest*>& requests) {
    for (FxRequest* request : requests) request->completeUnsent(STATUS_CANCELLED);
    requests.clear();
}

// IRQL <= DISPATCH_LEVEL.
bool FxIoTarget::timeOutRequest(FxRequest* request) {
    {
        FxSpinGuard guard(lock_);
        auto it = std::find(queuedRequests_.begin(), queuedRequests_.end(), request);
        if (it != queuedRequests_.end()) {
            queuedRequests_.erase(it);
            return true;
        }
        FxSentIo* entry = request->sentEntry();
        if (std::find(sent_.begin(), sent_.end(), entry) == sent_.end()) return false;  // already back
    }
    cancelEntry(request->sentEntry());
    return false;
}

// PASSIVE_LEVEL for WdfIoTargetPurgeIoAndWait, else <= DISPATCH_LEVEL.
void FxIoTarget::purge(WDF_IO_TARGET_PURGE_IO_ACTION action) {
    std::vector<FxRequest*> requests;
    {
        FxSpinGuard guard(lock_);
        if (!isOpenLocked()) return;
        state_ = WdfIoTargetPurged;
        cancelQueuedLocked();
        requests = takeQueuedRequestsLocked();
    }
    cancelQueuedRequests(requests);
    cancelSent(/*includeIgnoringState=*/false);
    if (action == WdfIoTargetPurgeIoAndWait) waitForSent(/*includeIgnoringState=*/false);
}

}  // namespace wdf
