#include "wdf/io/fx_io_queue_forward_progress.h"

#include <string>

#include "wdf/core/driver_enum.h"
#include "wdf/core/fx_device.h"
#include "wdf/io/fx_fault_hooks.h"
#include "wdf/io/fx_io_queue.h"
#include "wdf/io/fx_request.h"

namespace wdf {
namespace {

// The IRP's DriverContext slot that names the forward-progress object while the IRP
// waits for a reserved request (slot 3 holds the request once it has one).
constexpr int kWaitingSlot = 2;

// "If the IRQL is PASSIVE_LEVEL, the framework calls the callback function within a
// critical region" (EvtIoAllocateRequestResources, EvtIoWdmIrpForForwardProgress).
class CallbackRegion {
public:
    CallbackRegion() : entered_(KeGetCurrentIrql() == PASSIVE_LEVEL) {
        if (entered_) KeEnterCriticalRegion();
    }
    ~CallbackRegion() {
        if (entered_) KeLeaveCriticalRegion();
    }
    CallbackRegion(const CallbackRegion&) = delete;
    CallbackRegion& operator=(const CallbackRegion&) = delete;

private:
    bool entered_;
};

void completeIrp(PIRP irp, NTSTATUS status) {
    irp->IoStatus.Status = status;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
}

}  // namespace

FxForwardProgress::FxForwardProgress(FxIoQueue& queue, const WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY& policy)
    : queue_(queue), policy_(policy) {}

FxForwardProgress::~FxForwardProgress() = default;

NTSTATUS FxForwardProgress::validate(FxDriverGlobals* globals, const WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY& policy) {
    const char* ddi = "WdfIoQueueAssignForwardProgressPolicy";
    if (policy.TotalForwardProgressRequests == 0) {
        globals->verifierLog(std::string(ddi) + ": TotalForwardProgressRequests must be greater than zero");
        return STATUS_INVALID_PARAMETER;
    }
    // The driver's C code may have stored any int: read it as one (wdf/core/driver_enum.h).
    const int reservedPolicy = driverEnumValue(policy.ForwardProgressReservedPolicy);
    switch (reservedPolicy) {
        case WdfIoForwardProgressReservedPolicyAlwaysUseReservedRequest:
        case WdfIoForwardProgressReservedPolicyPagingIO:
            return STATUS_SUCCESS;
        case WdfIoForwardProgressReservedPolicyUseExamine:
            if (policy.ForwardProgressReservePolicySettings.Policy.ExaminePolicy.EvtIoWdmIrpForForwardProgress ==
                nullptr) {
                globals->verifierLog(std::string(ddi) +
                                     ": WdfIoForwardProgressReservedPolicyUseExamine needs an "
                                     "EvtIoWdmIrpForForwardProgress callback");
                return STATUS_INVALID_PARAMETER;
            }
            return STATUS_SUCCESS;
        default:
            globals->verifierLog(std::string(ddi) + ": invalid ForwardProgressReservedPolicy " +
                                 std::to_string(reservedPolicy));
            return STATUS_INVALID_PARAMETER;
    }
}

NTSTATUS FxForwardProgress::reserve() {
    FxDevice* device = queue_.device();
    std::deque<FxRequest*> made;
    NTSTATUS status = STATUS_SUCCESS;
    for (ULONG i = 0; i < policy_.TotalForwardProgressRequests && NT_SUCCESS(status); ++i) {
        FxRequest* request = nullptr;
        if (fxRequestAllocationShouldFail()) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            break;
        }
        // With the device's request attributes (context space), and no IRP until one
        // needs it.
        status = fxCreateNamed("WdfIoQueueAssignForwardProgressPolicy", queue_.globals(),
                               device->requestAttributes(), nullptr, &request, nullptr, device, WdfRequestTypeOther);
        if (!NT_SUCCESS(status)) break;
        request->markReserved(this);
        made.push_back(request);
        if (policy_.EvtIoAllocateResourcesForReservedRequest != nullptr) {
            status = policy_.EvtIoAllocateResourcesForReservedRequest(queue_.handleAs<WDFQUEUE>(),
                                                                      request->handleAs<WDFREQUEST>());
        }
    }
    if (!NT_SUCCESS(status)) {
        // "The framework stops allocating reserved request objects and uses the callback
        // function's return value": the queue gets no policy.
        for (FxRequest* request : made) request->deleteObject();
        return status;
    }
    FxSpinGuard guard(lock_);
    free_.assign(made.begin(), made.end());
    return STATUS_SUCCESS;
}

bool FxForwardProgress::policyUsesReserved(PIRP irp) {
    switch (policy_.ForwardProgressReservedPolicy) {
        case WdfIoForwardProgressReservedPolicyAlwaysUseReservedRequest:
            return true;
        case WdfIoForwardProgressReservedPolicyPagingIO:
            return (irp->Flags & IRP_PAGING_IO) != 0;
        case WdfIoForwardProgressReservedPolicyUseExamine: {
            WDF_IO_FORWARD_PROGRESS_ACTION action;
            {
                CallbackRegion region;
                action = policy_.ForwardProgressReservePolicySettings.Policy.ExaminePolicy.EvtIoWdmIrpForForwardProgress(
                    queue_.handleAs<WDFQUEUE>(), irp);
            }
            if (action == WdfIoForwardProgressActionUseReservedRequest) return true;
            if (action != WdfIoForwardProgressActionFailRequest) {
                queue_.globals()->verifierLog("EvtIoWdmIrpForForwardProgress returned the invalid action " +
                                              std::to_string(static_cast<int>(action)) + "; the request fails");
            }
            return false;
        }
        default:
            return false;
    }
}

NTSTATUS FxForwardProgress::requestFor(PIRP irp, WDF_REQUEST_TYPE type, FxRequest* allocated,
                                       FxRequest** request) {
    *request = nullptr;
    if (allocated != nullptr) {
        if (policy_.EvtIoAllocateRequestResources == nullptr) {
            *request = allocated;
            return STATUS_SUCCESS;
        }
        NTSTATUS status;
        {
            CallbackRegion region;
            status = policy_.EvtIoAllocateRequestResources(queue_.handleAs<WDFQUEUE>(),
                                                           allocated->handleAs<WDFREQUEST>());
        }
        if (NT_SUCCESS(status)) {
            *request = allocated;
            return STATUS_SUCCESS;
        }
        // "The framework then deletes the newly created request object" and follows the
        // policy as for a failed allocation.
        irp->Tail.Overlay.DriverContext[3] = nullptr;
        allocated->deleteObject();
    }
    if (!policyUsesReserved(irp)) {
        completeIrp(irp, STATUS_INSUFFICIENT_RESOURCES);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return useReserved(irp, type, request);
}

NTSTATUS FxForwardProgress::useReserved(PIRP irp, WDF_REQUEST_TYPE type, FxRequest** request) {
    FxRequest* reserved = nullptr;
    bool cancelled = false;
    bool closed = false;
    {
        FxSpinGuard guard(lock_);
        if (closed_) {
            closed = true;
        } else if (waiting_.empty() && !free_.empty()) {
            reserved = free_.front();
            free_.erase(free_.begin());
        } else {
            // None free: the IRP waits, behind the ones already waiting, until a reserved
            // request is completed.
            IoMarkIrpPending(irp);
            irp->Tail.Overlay.DriverContext[kWaitingSlot] = this;
            IoSetCancelRoutine(irp, cancelWaiting);
            if (irp->Cancel && IoSetCancelRoutine(irp, nullptr) != nullptr) {
                cancelled = true;
            } else {
                waiting_.push_back({irp, type});
            }
        }
    }
    if (closed) {
        completeIrp(irp, STATUS_INSUFFICIENT_RESOURCES);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (reserved == nullptr) {
        if (cancelled) {
            irp->Tail.Overlay.DriverContext[kWaitingSlot] = nullptr;
            completeIrp(irp, STATUS_CANCELLED);
        }
        return STATUS_PENDING;
    }
    queue_.addRef();  // held while the reserved request serves an IRP (it may be forwarded)
    reserved->bindReservedIrp(irp, type);
    *request = reserved;
    return STATUS_SUCCESS;
}

void FxForwardProgress::cancelWaiting(PDEVICE_OBJECT, PIRP irp) {
    IoReleaseCancelSpinLock(irp->CancelIrql);
    auto* self = static_cast<FxForwardProgress*>(irp->Tail.Overlay.DriverContext[kWaitingSlot]);
    bool found = false;
    {
        FxSpinGuard guard(self->lock_);
        for (auto it = self->waiting_.begin(); it != self->waiting_.end(); ++it) {
            if (it->irp == irp) {
                self->waiting_.erase(it);
                found = true;
                break;
            }
        }
    }
    // Not found: whoever took it from the list (giveBack, close) completes it.
    if (!found) return;
    irp->Tail.Overlay.DriverContext[kWaitingSlot] = nullptr;
    completeIrp(irp, STATUS_CANCELLED);
}

bool FxForwardProgress::giveBack(FxRequest* reserved) {
    FxIoQueue& queue = queue_;
    WaitingIrp next{nullptr, WdfRequestTypeOther};
    std::vector<PIRP> cancelled;
    bool kept = true;
    {
        FxSpinGuard guard(lock_);
        if (closed_) {
            kept = false;
        } else {
            while (!waiting_.empty()) {
                WaitingIrp candidate = waiting_.front();
                waiting_.pop_front();
                if (IoSetCancelRoutine(candidate.irp, nullptr) == nullptr) {
                    cancelled.push_back(candidate.irp);  // its cancel routine will not find it
                    continue;
                }
                next = candidate;
                break;
            }
            if (next.irp == nullptr) free_.insert(free_.begin(), reserved);
        }
    }
    for (PIRP irp : cancelled) {
        irp->Tail.Overlay.DriverContext[kWaitingSlot] = nullptr;
        completeIrp(irp, STATUS_CANCELLED);
    }
    if (next.irp != nullptr) {
        // The use continues with the oldest waiting IRP (the queue reference stays).
        next.irp->Tail.Overlay.DriverContext[kWaitingSlot] = nullptr;
        reserved->bindReservedIrp(next.irp, next.type);
        queue.enqueue(reserved);
        return true;
    }
    queue.release();  // the use ended; `this` may be gone after this line
    return kept;
}

void FxForwardProgress::close() {
    std::vector<FxRequest*> freeRequests;
    std::deque<WaitingIrp> waiting;
    {
        FxSpinGuard guard(lock_);
        closed_ = true;
        freeRequests.swap(free_);
        waiting.swap(waiting_);
    }
    for (const WaitingIrp& entry : waiting) {
        IoSetCancelRoutine(entry.irp, nullptr);  // a running cancel routine will not find it
        entry.irp->Tail.Overlay.DriverContext[kWaitingSlot] = nullptr;
        completeIrp(entry.irp, STATUS_CANCELLED);
    }
    for (FxRequest* request : freeRequests) request->deleteObject();
}

}  // namespace wdf
