// Sending a framework request to an I/O target: formatting the next stack location,
// WdfRequestSend (synchronous, asynchronous, send-and-forget), the framework's completion
// routine that hands the result to the driver's EvtRequestCompletionRoutine, and
// WdfRequestCancelSentRequest ("Sending I/O Requests to General I/O Targets",
// "Completing I/O Requests").
#include <string>

#include "support/fx_memory.h"

#include "wdf/io/fx_io_queue.h"
#include "wdf/io/fx_io_target.h"
#include "wdf/io/fx_request.h"

namespace wdf {

void FxRequest::formatUsingCurrentType() {
    unformat(false, nullptr);
    IoCopyCurrentIrpStackLocationToNext(irp_);
    formatted_ = true;
}

void FxRequest::formatUsingStackLocation(const IO_STACK_LOCATION& location) {
    unformat(false, nullptr);
    PIO_STACK_LOCATION next = IoGetNextIrpStackLocation(irp_);
    *next = location;
    next->CompletionRoutine = nullptr;
    next->Context = nullptr;
    next->Control = 0;
    formatted_ = true;
}

void FxRequest::setCompletionRoutine(PFN_WDF_REQUEST_COMPLETION_ROUTINE routine, WDFCONTEXT context) {
    completionRoutine_ = routine;
    completionContext_ = context;
}

// Only with the send state (the request was sent).
void FxRequest::recordCompletionParams() {
    SendState& state = *send_;
    PIO_STACK_LOCATION next = IoGetNextIrpStackLocation(irp_);
    WDF_REQUEST_COMPLETION_PARAMS params{};
    params.Size = sizeof(params);
    params.IoStatus = irp_->IoStatus;
    // The memory the request was formatted with (WdfIoTargetFormatRequestForXxx), else the
    // request's own WDFMEMORY objects (forwarded with the current type).
    auto bufferOf = [&](int index, FxMemory* own) -> WDFMEMORY {
        const FxFormatBuffer& formatted = state.formatBuffers[index];
        if (formatted.memory != nullptr) return formatted.memory->handleAs<WDFMEMORY>();
        if (state.savedFields || formatted.buffer != nullptr) return nullptr;
        return own != nullptr ? own->handleAs<WDFMEMORY>() : nullptr;
    };
    switch (next->MajorFunction) {
        case IRP_MJ_READ:
            params.Type = WdfRequestTypeRead;
            params.Parameters.Read.Buffer = bufferOf(1, outputMemory_);
            params.Parameters.Read.Length = irp_->IoStatus.Information;
            params.Parameters.Read.Offset = state.formatBuffers[1].offset;
            break;
        case IRP_MJ_WRITE:
            params.Type = WdfRequestTypeWrite;
            params.Parameters.Write.Buffer = bufferOf(0, inputMemory_);
            params.Parameters.Write.Length = irp_->IoStatus.Information;
            params.Parameters.Write.Offset = state.formatBuffers[0].offset;
            break;
        case IRP_MJ_DEVICE_CONTROL:
        case IRP_MJ_INTERNAL_DEVICE_CONTROL:
            params.Type = next->MajorFunction == IRP_MJ_DEVICE_CONTROL ? WdfRequestTypeDeviceControl
                                                                      : WdfRequestTypeDeviceControlInternal;
            params.Parameters.Ioctl.IoControlCode = next->Parameters.DeviceIoControl.IoControlCode;
            params.Parameters.Ioctl.Input.Buffer = bufferOf(0, inputMemory_);
            params.Parameters.Ioctl.Input.Offset = state.formatBuffers[0].offset;
            params.Parameters.Ioctl.Output.Buffer = bufferOf(1, outputMemory_);
            params.Parameters.Ioctl.Output.Offset = state.formatBuffers[1].offset;
            params.Parameters.Ioctl.Output.Length = irp_->IoStatus.Information;
            break;
        default:
            params.Type = WdfRequestTypeOther;
            break;
    }
    state.completionParams = params;
}

void FxRequest::completionParams(WDF_REQUEST_COMPLETION_PARAMS* params) const {
    ULONG size = params->Size;
    if (send_ != nullptr) {
        *params = send_->completionParams;
    } else {
        // Never formatted for a target nor sent: what a send state would hold by now.
        *params = WDF_REQUEST_COMPLETION_PARAMS{};
        if (noFormatParams_) params->Type = WdfRequestTypeNoFormat;
    }
    params->Size = size;
}

// IRQL <= DISPATCH_LEVEL.
void FxRequest::prepareDispatch(PFILE_OBJECT file) {
    IoGetNextIrpStackLocation(irp_)->FileObject = file;
    IoSetCompletionRoutine(irp_, sendCompleted, this, TRUE, TRUE, TRUE);
}

NTSTATUS FxRequest::sendCompleted(PDEVICE_OBJECT, PIRP irp, PVOID context) {
    auto* request = static_cast<FxRequest*>(context);
    FxIoTarget* target = request->send_->sentTo;
    target->requestIrpReturned(&request->send_->sentEntry);
    irp->Tail.Overlay.DriverContext[3] = request;  // the framework owns the IRP again
    request->completeSend(target);
    // The IRP stays with the request: a framework-delivered request's completion (by the
    // framework above, or later by the driver) continues the IRP's completion from this
    // driver's stack location; a driver-created one keeps its IRP for reuse.
    return STATUS_MORE_PROCESSING_REQUIRED;
}

// IRQL <= DISPATCH_LEVEL.
void FxRequest::completeUnsent(NTSTATUS status) {
    irp_->IoStatus.Status = status;
    irp_->IoStatus.Information = 0;
    completeSend(send_->sentTo);
}

// IRQL <= DISPATCH_LEVEL. The request holds a reference of its own (async sends) and
// one on `target` taken by send().
void FxRequest::completeSend(FxIoTarget* target) {
    SendState& state = *send_;
    disarmTimer();
    if (state.timedOut.load() && irp_->IoStatus.Status == STATUS_CANCELLED) irp_->IoStatus.Status = STATUS_IO_TIMEOUT;
    recordCompletionParams();
    FxMemory* references[3];
    unformat(/*copyBack=*/true, references);
    formatted_ = false;
    state.sentTo = nullptr;
    if (state.sendDone != nullptr) {
        // A synchronous sender waits on its stack; it takes the request back.
        dropReferences(references);
        KeSetEvent(state.sendDone, IO_NO_INCREMENT, FALSE);
        target->release(this, __LINE__, __FILE__);
        return;
    }
    if (completionRoutine_ != nullptr) {
        completionRoutine_(handleAs<WDFREQUEST>(), target->handleAs<WDFIOTARGET>(), &state.completionParams,
                           completionContext_);
    } else if (!isDriverCreated()) {
        // No completion routine: the framework completes the request with the target's result.
        completeFromDriver(irp_->IoStatus.Status, irp_->IoStatus.Information, true, "WdfRequestSend");
    }
    // The memory the driver formatted the request with may go now (its references were
    // held through the completion routine).
    dropReferences(references);
    target->release(this, __LINE__, __FILE__);
    release(this, __LINE__, __FILE__);  // the reference send() took; `this` may be gone
}

// IRQL <= DISPATCH_LEVEL.
void FxRequest::armTimer(FxIoTarget* target, LONGLONG timeout) {
    SendState& state = *send_;
    addRef(&state.timer, __LINE__, __FILE__);
    target->addRef(&state.timer, __LINE__, __FILE__);
    state.timerTarget = target;
    state.timerArmed = true;
    LARGE_INTEGER due;
    due.QuadPart = timeout;
    KeSetTimer(&state.timer, due, &state.timerDpc);
}

// IRQL <= DISPATCH_LEVEL.
void FxRequest::disarmTimer() {
    SendState& state = *send_;
    if (!state.timerArmed.exchange(false)) return;  // none, or its DPC owns the references
    if (KeCancelTimer(&state.timer)) {
        FxIoTarget* target = state.timerTarget;
        target->release(&state.timer, __LINE__, __FILE__);
        release(&state.timer, __LINE__, __FILE__);  // completeSend's caller still holds one
    }
}

// DISPATCH_LEVEL, on a DPC thread.
VOID FxRequest::timerExpired(PKDPC, PVOID context, PVOID, PVOID) {
    auto* request = static_cast<FxRequest*>(context);
    SendState& state = *request->send_;
    FxIoTarget* target = state.timerTarget;
    if (state.timerArmed.exchange(false)) {
        // Documented: a request that times out is cancelled and completes with STATUS_IO_TIMEOUT.
        state.timedOut = true;
        if (target->timeOutRequest(request)) request->completeUnsent(STATUS_IO_TIMEOUT);
    } else {
        // The request completed meanwhile; disarmTimer could not take the timer back.
    }
    target->release(&state.timer, __LINE__, __FILE__);
    request->release(&state.timer, __LINE__, __FILE__);  // the request and its state may go here
}

BOOLEAN FxRequest::sendAndForget(FxIoTarget* target, PDEVICE_OBJECT device, PFILE_OBJECT file) {
    (void)target;
    (void)file;
    // The IRP goes to the target as it is; the request object is done with it.
    Owner previous = owner_.exchange(Owner::Completed, std::memory_order_acq_rel);
    PIRP irp = irp_;
    FxIoQueue* queue = queue_;
    irp->Tail.Overlay.DriverContext[3] = nullptr;
    if (queue != nullptr) queue->forgetRequest(this, previous == Owner::Driver);
    // A framework request object is deleted (`this` may be gone after this line); a
    // reserved one keeps existing and goes back to its queue's set once the IRP is sent.
    const bool reserved = isReserved();
    letGoOfIrp();
    IoSkipCurrentIrpStackLocation(irp);
    IoCallDriver(device, irp);
    if (reserved) returnToReservedSet();
    if (queue != nullptr) queue->requestCompleted(previous == Owner::Driver);
    return TRUE;
}

BOOLEAN FxRequest::send(FxIoTarget* target, const WDF_REQUEST_SEND_OPTIONS* options, const char* ddiName) {
    checkDriverOwned(ddiName);
    if (irp_ == nullptr) {
        // A driver-created request gets its IRP from WdfRequestCreate(IoTarget) or a format.
        globals()->verifierLog(std::string(ddiName) + ": the request was not formatted for a target");
        return FALSE;
    }
    ULONG flags = 0;
    LONGLONG timeout = 0;
    if (options != nullptr) {
        if (options->Size != sizeof(WDF_REQUEST_SEND_OPTIONS)) {
            globals()->verifierLog(std::string(ddiName) + ": WDF_REQUEST_SEND_OPTIONS.Size is wrong");
            irp_->IoStatus.Status = STATUS_INFO_LENGTH_MISMATCH;
            return FALSE;
        }
        flags = options->Flags;
        if (flags & WDF_REQUEST_SEND_OPTION_TIMEOUT) timeout = options->Timeout;
    }
    const bool synchronous = (flags & WDF_REQUEST_SEND_OPTION_SYNCHRONOUS) != 0;
    const bool forget = (flags & WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET) != 0;
    if (forget && (synchronous || (flags & WDF_REQUEST_SEND_OPTION_TIMEOUT) || completionRoutine_ != nullptr)) {
        globals()->verifierLog(std::string(ddiName) +
                               ": send-and-forget takes no timeout, no synchronous flag and no completion routine");
        irp_->IoStatus.Status = STATUS_INVALID_PARAMETER;
        return FALSE;
    }
    if (markedCancelable_.load()) {
        globals()->verifierLog(std::string(ddiName) + ": a cancelable request cannot be sent; unmark it first");
        irp_->IoStatus.Status = STATUS_INVALID_DEVICE_REQUEST;
        return FALSE;
    }
    if (forget) {
        if (isDriverCreated()) {
            globals()->verifierLog(std::string(ddiName) + ": send-and-forget is for requests the framework delivered");
            irp_->IoStatus.Status = STATUS_INVALID_PARAMETER;
            return FALSE;
        }
        WDF_IO_TARGET_STATE state = target->state();
        PDEVICE_OBJECT device = target->targetDevice();
        if (device == nullptr ||
            (state != WdfIoTargetStarted && !(flags & WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE))) {
            // The IRP is no longer the framework's after a send-and-forget: it cannot wait
            // in a stopped target.
            irp_->IoStatus.Status = STATUS_INVALID_DEVICE_STATE;
            return FALSE;
        }
        return sendAndForget(target, device, target->targetFile());
    }
    if (!formatted_ || irp_ == nullptr) {
        globals()->verifierLog(std::string(ddiName) +
                               ": the request was not formatted (WdfRequestFormatRequestUsingCurrentType or "
                               "WdfIoTargetFormatRequestFor*)");
        if (irp_ != nullptr) irp_->IoStatus.Status = STATUS_INVALID_DEVICE_REQUEST;
        return FALSE;
    }
    if (sentTo() != nullptr) {
        globals()->verifierLog(std::string(ddiName) + ": the request was already sent and is not back yet");
        irp_->IoStatus.Status = STATUS_INVALID_DEVICE_REQUEST;
        return FALSE;
    }
    if (sendState() == nullptr) {
        irp_->IoStatus.Status = STATUS_INSUFFICIENT_RESOURCES;
        return FALSE;
    }
    if (synchronous && KeGetCurrentIrql() != PASSIVE_LEVEL) {
        wdfViolation(globals(), kFxIrqlMismatch, reinterpret_cast<ULONG_PTR>(handle()), KeGetCurrentIrql(),
                     PASSIVE_LEVEL, std::string(ddiName) + ": a synchronous send must be made at PASSIVE_LEVEL");
    }
    send_->timedOut = false;
    return synchronous ? sendSynchronous(target, flags, timeout) : sendAsynchronous(target, flags, timeout);
}

// IRQL PASSIVE_LEVEL.
BOOLEAN FxRequest::sendSynchronous(FxIoTarget* target, ULONG flags, LONGLONG timeout) {
    SendState& state = *send_;
    const FxSendDeadline deadline(timeout);
    KEVENT done;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    state.sendDone = &done;
    target->addRef(this, __LINE__, __FILE__);  // released by completeSend
    state.sentTo = target;
    NTSTATUS status =
        target->sendRequestSynchronously(this, (flags & WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE) != 0, deadline);
    if (!NT_SUCCESS(status)) {
        // Not sent: refused by a closed target, or given up while waiting in a stopped one.
        state.sentTo = nullptr;
        state.sendDone = nullptr;
        target->release(this, __LINE__, __FILE__);
        irp_->IoStatus.Status = status;
        irp_->IoStatus.Information = 0;
        recordCompletionParams();
        return status == STATUS_INVALID_DEVICE_STATE ? FALSE : TRUE;
    }
    if (deadline.wait(&done) == STATUS_TIMEOUT) {
        state.timedOut = true;
        target->timeOutRequest(this);
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, nullptr);
    }
    state.sendDone = nullptr;
    return TRUE;
}

// IRQL <= DISPATCH_LEVEL.
BOOLEAN FxRequest::sendAsynchronous(FxIoTarget* target, ULONG flags, LONGLONG timeout) {
    SendState& state = *send_;
    state.sendDone = nullptr;
    addRef(this, __LINE__, __FILE__);          // released by completeSend
    target->addRef(this, __LINE__, __FILE__);  // released by completeSend
    state.sentTo = target;
    if (timeout != 0) armTimer(target, timeout);
    NTSTATUS status = target->submitRequest(this, (flags & WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE) != 0);
    if (status == STATUS_INVALID_DEVICE_STATE) {
        disarmTimer();
        state.sentTo = nullptr;
        irp_->IoStatus.Status = status;
        irp_->IoStatus.Information = 0;
        target->release(this, __LINE__, __FILE__);
        release(this, __LINE__, __FILE__);
        return FALSE;
    }
    return TRUE;
}

BOOLEAN FxRequest::cancelSent() {
    if (sentTo() == nullptr) return FALSE;
    return IoCancelIrp(irp_);
}

}  // namespace wdf
