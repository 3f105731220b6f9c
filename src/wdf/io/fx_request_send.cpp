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
    IoCopyCurrentIrpStackLocationToNext(irp_);
    formatted_ = true;
}

void FxRequest::formatUsingStackLocation(const IO_STACK_LOCATION& location) {
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

void FxRequest::recordCompletionParams() {
    PIO_STACK_LOCATION next = IoGetNextIrpStackLocation(irp_);
    WDF_REQUEST_COMPLETION_PARAMS params{};
    params.Size = sizeof(params);
    params.IoStatus = irp_->IoStatus;
    switch (next->MajorFunction) {
        case IRP_MJ_READ:
            params.Type = WdfRequestTypeRead;
            params.Parameters.Read.Buffer = outputMemory_ != nullptr ? outputMemory_->handleAs<WDFMEMORY>() : nullptr;
            params.Parameters.Read.Length = irp_->IoStatus.Information;
            params.Parameters.Read.Offset = 0;
            break;
        case IRP_MJ_WRITE:
            params.Type = WdfRequestTypeWrite;
            params.Parameters.Write.Buffer = inputMemory_ != nullptr ? inputMemory_->handleAs<WDFMEMORY>() : nullptr;
            params.Parameters.Write.Length = irp_->IoStatus.Information;
            params.Parameters.Write.Offset = 0;
            break;
        case IRP_MJ_DEVICE_CONTROL:
        case IRP_MJ_INTERNAL_DEVICE_CONTROL:
            params.Type = next->MajorFunction == IRP_MJ_DEVICE_CONTROL ? WdfRequestTypeDeviceControl
                                                                      : WdfRequestTypeDeviceControlInternal;
            params.Parameters.Ioctl.IoControlCode = next->Parameters.DeviceIoControl.IoControlCode;
            params.Parameters.Ioctl.Output.Length = irp_->IoStatus.Information;
            break;
        default:
            params.Type = WdfRequestTypeOther;
            break;
    }
    completionParams_ = params;
}

void FxRequest::completionParams(WDF_REQUEST_COMPLETION_PARAMS* params) const {
    ULONG size = params->Size;
    *params = completionParams_;
    params->Size = size;
}

NTSTATUS FxRequest::sendCompleted(PDEVICE_OBJECT, PIRP irp, PVOID context) {
    auto* request = static_cast<FxRequest*>(context);
    FxIoTarget* target = request->sentTo_;
    request->sentTo_ = nullptr;
    irp->Tail.Overlay.DriverContext[3] = request;  // the framework owns the IRP again
    request->recordCompletionParams();
    if (request->sendDone_ != nullptr) {
        // A synchronous sender waits; it takes the request back.
        KeSetEvent(request->sendDone_, IO_NO_INCREMENT, FALSE);
    } else if (request->completionRoutine_ != nullptr) {
        request->completionRoutine_(request->handleAs<WDFREQUEST>(), target->handleAs<WDFIOTARGET>(),
                                    &request->completionParams_, request->completionContext_);
        request->release();  // the reference send() took
    } else {
        // No completion routine: the framework completes the request with the target's result.
        request->completeFromDriver(irp->IoStatus.Status, irp->IoStatus.Information, true, "WdfRequestSend");
        request->release();
    }
    target->release();
    // The IRP stays with the request: its completion (above, or later by the driver)
    // continues the IRP's completion from this driver's stack location.
    return STATUS_MORE_PROCESSING_REQUIRED;
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
    deleteObject();  // `this` may be gone after this line
    IoSkipCurrentIrpStackLocation(irp);
    IoCallDriver(device, irp);
    if (queue != nullptr) queue->requestCompleted(previous == Owner::Driver);
    return TRUE;
}

BOOLEAN FxRequest::send(FxIoTarget* target, const WDF_REQUEST_SEND_OPTIONS* options, const char* ddiName) {
    checkDriverOwned(ddiName);
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
    WDF_IO_TARGET_STATE state = target->state();
    PDEVICE_OBJECT device = target->targetDevice();
    if (device == nullptr || (state != WdfIoTargetStarted && !(flags & WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE))) {
        // A stopped target queues requests until Start on Windows; here it refuses them
        // (the asynchronous queue of a stopped target is not implemented yet).
        irp_->IoStatus.Status = STATUS_INVALID_DEVICE_STATE;
        return FALSE;
    }
    if (forget) return sendAndForget(target, device, target->targetFile());
    if (!formatted_) {
        globals()->verifierLog(std::string(ddiName) +
                               ": the request was not formatted (WdfRequestFormatRequestUsingCurrentType or "
                               "WdfIoTargetFormatRequestFor*)");
        irp_->IoStatus.Status = STATUS_INVALID_DEVICE_REQUEST;
        return FALSE;
    }
    if (synchronous && KeGetCurrentIrql() != PASSIVE_LEVEL) {
        wdfViolation(globals(), kFxIrqlMismatch, reinterpret_cast<ULONG_PTR>(handle()), KeGetCurrentIrql(),
                     PASSIVE_LEVEL, std::string(ddiName) + ": a synchronous send must be made at PASSIVE_LEVEL");
    }

    PIO_STACK_LOCATION next = IoGetNextIrpStackLocation(irp_);
    next->FileObject = target->targetFile();
    formatted_ = false;
    KEVENT done;
    if (synchronous) {
        KeInitializeEvent(&done, NotificationEvent, FALSE);
        sendDone_ = &done;
    } else {
        sendDone_ = nullptr;
        addRef();  // released by sendCompleted
    }
    target->addRef();  // released by sendCompleted
    sentTo_ = target;
    IoSetCompletionRoutine(irp_, sendCompleted, this, TRUE, TRUE, TRUE);
    IoCallDriver(device, irp_);
    if (!synchronous) return TRUE;

    NTSTATUS wait = STATUS_SUCCESS;
    if (timeout != 0) {
        LARGE_INTEGER due;
        due.QuadPart = timeout;
        wait = KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, &due);
        if (wait == STATUS_TIMEOUT) {
            IoCancelIrp(irp_);
            KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, nullptr);
        }
    } else {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, nullptr);
    }
    sendDone_ = nullptr;
    if (wait == STATUS_TIMEOUT && irp_->IoStatus.Status == STATUS_CANCELLED) irp_->IoStatus.Status = STATUS_IO_TIMEOUT;
    return TRUE;
}

BOOLEAN FxRequest::cancelSent() {
    if (sentTo_ == nullptr) return FALSE;
    return IoCancelIrp(irp_);
}

}  // namespace wdf
