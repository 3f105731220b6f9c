#include "wdf/io/fx_request.h"

#include <new>
#include <string>

#include "support/fx_memory.h"
#include "wdf/core/fx_device.h"
#include "wdf/io/fx_io_queue.h"
#include "wdf/io/fx_io_queue_forward_progress.h"

namespace wdf {
namespace {

// The IRP's DriverContext slot the framework uses while it owns the IRP.
constexpr int kRequestSlot = 3;

}  // namespace

FxRequest::FxRequest(FxDriverGlobals* globals, PIRP irp, FxDevice* device, WDF_REQUEST_TYPE type, Origin origin,
                     bool freesIrp)
    : FxObject(globals, kObjectType), irp_(irp), device_(device), type_(type), origin_(origin), freesIrp_(freesIrp) {
    if (irp_ != nullptr) irp_->Tail.Overlay.DriverContext[kRequestSlot] = this;
    // The driver owns the requests it creates from the start.
    if (origin != Origin::Framework) owner_.store(Owner::Driver, std::memory_order_release);
}

FxRequest::SendState::SendState(FxRequest* request) {
    KeInitializeTimer(&timer);
    KeInitializeDpc(&timerDpc, timerExpired, request);
}

FxRequest::SendState* FxRequest::sendState() {
    if (send_ != nullptr) return send_;
    send_ = new (std::nothrow) SendState(this);
    if (send_ != nullptr && noFormatParams_) {
        send_->completionParams.Size = sizeof(send_->completionParams);
        send_->completionParams.Type = WdfRequestTypeNoFormat;
    }
    return send_;
}

FxRequest::~FxRequest() {
    unformat(false, nullptr);
    if (irp_ != nullptr && origin_ != Origin::Framework) {
        irp_->Tail.Overlay.DriverContext[kRequestSlot] = nullptr;
        if (freesIrp_) IoFreeIrp(irp_);
        irp_ = nullptr;
    }
    for (PMDL& mdl : builtMdls_) {
        if (mdl != nullptr) IoFreeMdl(mdl);
        mdl = nullptr;
    }
    while (lockedMdls_ != nullptr) {
        PMDL next = lockedMdls_->Next;
        MmUnlockPages(lockedMdls_);
        IoFreeMdl(lockedMdls_);
        lockedMdls_ = next;
    }
    delete send_;  // no timer is queued: an armed timer holds a reference on the request
}

PFILE_OBJECT FxRequest::wdmFileObject() const {
    if (isDriverCreated() || irp_ == nullptr) return nullptr;  // no current stack location of ours
    return IoGetCurrentIrpStackLocation(irp_)->FileObject;
}

FxRequest* FxRequest::fromIrp(PIRP irp) {
    return static_cast<FxRequest*>(irp->Tail.Overlay.DriverContext[kRequestSlot]);
}

void FxRequest::checkDriverOwned(const char* ddiName) const {
    Owner owner = this->owner();
    if (owner == Owner::Driver) return;
    std::string text = std::string(ddiName) + ": the driver does not own request " +
                       std::to_string(reinterpret_cast<uintptr_t>(handle())) +
                       (owner == Owner::Completed ? " (it was already completed)" : " (it is still in a queue)");
    wdfViolation(globals(), kFxRequestFatalError, reinterpret_cast<ULONG_PTR>(handle()), 0, 0, text);
}

void FxRequest::getParameters(WDF_REQUEST_PARAMETERS* parameters) const {
    RtlZeroMemory(&parameters->Parameters, sizeof(parameters->Parameters));
    parameters->Type = type_;
    parameters->MinorFunction = 0;
    // A created request has no stack location of its own; a free reserved one no IRP.
    if (isDriverCreated() || irp_ == nullptr) return;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp_);
    parameters->MinorFunction = stack->MinorFunction;
    switch (type_) {
        case WdfRequestTypeCreate:
            parameters->Parameters.Create.SecurityContext = stack->Parameters.Create.SecurityContext;
            parameters->Parameters.Create.Options = stack->Parameters.Create.Options;
            parameters->Parameters.Create.FileAttributes = stack->Parameters.Create.FileAttributes;
            parameters->Parameters.Create.ShareAccess = stack->Parameters.Create.ShareAccess;
            parameters->Parameters.Create.EaLength = stack->Parameters.Create.EaLength;
            break;
        case WdfRequestTypeRead:
            parameters->Parameters.Read.Length = stack->Parameters.Read.Length;
            parameters->Parameters.Read.Key = stack->Parameters.Read.Key;
            parameters->Parameters.Read.DeviceOffset = stack->Parameters.Read.ByteOffset.QuadPart;
            break;
        case WdfRequestTypeWrite:
            parameters->Parameters.Write.Length = stack->Parameters.Write.Length;
            parameters->Parameters.Write.Key = stack->Parameters.Write.Key;
            parameters->Parameters.Write.DeviceOffset = stack->Parameters.Write.ByteOffset.QuadPart;
            break;
        case WdfRequestTypeDeviceControl:
        case WdfRequestTypeDeviceControlInternal:
            parameters->Parameters.DeviceIoControl.OutputBufferLength =
                stack->Parameters.DeviceIoControl.OutputBufferLength;
            parameters->Parameters.DeviceIoControl.InputBufferLength =
                stack->Parameters.DeviceIoControl.InputBufferLength;
            parameters->Parameters.DeviceIoControl.IoControlCode = stack->Parameters.DeviceIoControl.IoControlCode;
            parameters->Parameters.DeviceIoControl.Type3InputBuffer =
                stack->Parameters.DeviceIoControl.Type3InputBuffer;
            break;
        default:
            break;
    }
}

// Where a request's buffer is, by request type and buffering method ("Accessing Data
// Buffers in Framework-Based Drivers").
NTSTATUS FxRequest::bufferFor(bool input, PVOID* buffer, size_t* length) const {
    *buffer = nullptr;
    *length = 0;
    if (isDriverCreated() || irp_ == nullptr) return STATUS_INVALID_DEVICE_REQUEST;  // no buffers of its own
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp_);
    PDEVICE_OBJECT deviceObject = device_->deviceObject();
    ULONG method;
    *buffer = nullptr;
    *length = 0;
    switch (type_) {
        case WdfRequestTypeRead:
        case WdfRequestTypeWrite:
            if (input != (type_ == WdfRequestTypeWrite)) return STATUS_INVALID_DEVICE_REQUEST;
            *length = type_ == WdfRequestTypeWrite ? stack->Parameters.Write.Length : stack->Parameters.Read.Length;
            if (deviceObject->Flags & DO_BUFFERED_IO) {
                method = METHOD_BUFFERED;
            } else if (deviceObject->Flags & DO_DIRECT_IO) {
                method = input ? METHOD_IN_DIRECT : METHOD_OUT_DIRECT;
            } else {
                method = METHOD_NEITHER;
            }
            break;
        case WdfRequestTypeDeviceControl:
        case WdfRequestTypeDeviceControlInternal:
            method = METHOD_FROM_CTL_CODE(stack->Parameters.DeviceIoControl.IoControlCode);
            *length = input ? stack->Parameters.DeviceIoControl.InputBufferLength
                            : stack->Parameters.DeviceIoControl.OutputBufferLength;
            // Input of the direct methods is buffered; output is in the MDL.
            if (input && method != METHOD_NEITHER) method = METHOD_BUFFERED;
            break;
        default:
            return STATUS_INVALID_DEVICE_REQUEST;
    }
    if (method == METHOD_NEITHER) {
        // User buffers of METHOD_NEITHER are reached only from EvtIoInCallerContext.
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    if (*length == 0) return STATUS_BUFFER_TOO_SMALL;
    if (method == METHOD_BUFFERED) {
        *buffer = irp_->AssociatedIrp.SystemBuffer;
    } else {
        if (irp_->MdlAddress == nullptr) return STATUS_INVALID_DEVICE_REQUEST;
        *buffer = MmGetSystemAddressForMdlSafe(irp_->MdlAddress, NormalPagePriority);
        if (*buffer == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (*buffer == nullptr) return STATUS_INVALID_DEVICE_REQUEST;
    return STATUS_SUCCESS;
}

NTSTATUS FxRequest::retrieveInputBuffer(size_t minimumLength, PVOID* buffer, size_t* length) {
    PVOID b;
    size_t l;
    NTSTATUS status = bufferFor(true, &b, &l);
    if (NT_SUCCESS(status) && l < minimumLength) status = STATUS_BUFFER_TOO_SMALL;
    if (!NT_SUCCESS(status)) return status;
    *buffer = b;
    if (length != nullptr) *length = l;
    return STATUS_SUCCESS;
}

NTSTATUS FxRequest::retrieveOutputBuffer(size_t minimumLength, PVOID* buffer, size_t* length) {
    PVOID b;
    size_t l;
    NTSTATUS status = bufferFor(false, &b, &l);
    if (NT_SUCCESS(status) && l < minimumLength) status = STATUS_BUFFER_TOO_SMALL;
    if (!NT_SUCCESS(status)) return status;
    *buffer = b;
    if (length != nullptr) *length = l;
    return STATUS_SUCCESS;
}

NTSTATUS FxRequest::retrieveInputMemory(WDFMEMORY* memory) {
    if (inputMemory_ == nullptr) {
        PVOID buffer;
        size_t length;
        NTSTATUS status = bufferFor(true, &buffer, &length);
        if (!NT_SUCCESS(status)) return status;
        status = fxCreate(globals(), nullptr, this, &inputMemory_, buffer, length, FxMemoryAccess::ReadOnly,
                          false, false);
        if (!NT_SUCCESS(status)) return status;
    }
    *memory = inputMemory_->handleAs<WDFMEMORY>();
    return STATUS_SUCCESS;
}

NTSTATUS FxRequest::retrieveOutputMemory(WDFMEMORY* memory) {
    if (outputMemory_ == nullptr) {
        PVOID buffer;
        size_t length;
        NTSTATUS status = bufferFor(false, &buffer, &length);
        if (!NT_SUCCESS(status)) return status;
        status = fxCreate(globals(), nullptr, this, &outputMemory_, buffer, length, FxMemoryAccess::ReadWrite,
                          false, false);
        if (!NT_SUCCESS(status)) return status;
    }
    *memory = outputMemory_->handleAs<WDFMEMORY>();
    return STATUS_SUCCESS;
}

NTSTATUS FxRequest::markCancelable(PFN_WDF_REQUEST_CANCEL cancelRoutine, bool extended, const char* ddiName) {
    checkDriverOwned(ddiName);
    if (cancelRoutine == nullptr) fxRequiredParameterNull(globals(), "EvtRequestCancel", ddiName);
    if (markedCancelable_.load()) {
        globals()->verifierLog(std::string(ddiName) + ": the request is already cancelable");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    driverCancel_ = cancelRoutine;
    cancelInvoked_ = false;
    markedCancelable_ = true;
    IoSetCancelRoutine(irp_, driverCancelRoutine);
    if (irp_->Cancel && IoSetCancelRoutine(irp_, nullptr) != nullptr) {
        // Cancelled before it became cancelable, and no cancel routine will run.
        markedCancelable_ = false;
        if (extended) return STATUS_CANCELLED;  // the driver completes it
        cancelInvoked_ = true;
        cancelRoutine(handleAs<WDFREQUEST>());
    }
    return STATUS_SUCCESS;
}

NTSTATUS FxRequest::unmarkCancelable(const char* ddiName) {
    checkDriverOwned(ddiName);
    if (!markedCancelable_.exchange(false)) {
        if (cancelInvoked_.load()) return STATUS_CANCELLED;
        globals()->verifierLog(std::string(ddiName) + ": the request was not marked cancelable");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    if (cancelInvoked_.load() || IoSetCancelRoutine(irp_, nullptr) == nullptr) {
        // EvtRequestCancel runs (or ran) and completes the request.
        return STATUS_CANCELLED;
    }
    return STATUS_SUCCESS;
}

void FxRequest::driverCancelRoutine(PDEVICE_OBJECT, PIRP irp) {
    IoReleaseCancelSpinLock(irp->CancelIrql);
    FxRequest* request = fromIrp(irp);
    request->cancelInvoked_ = true;
    request->driverCancel_(request->handleAs<WDFREQUEST>());
}

void FxRequest::cancelDriverOwned() {
    if (!markedCancelable_.load() || cancelInvoked_.load()) return;
    if (IoSetCancelRoutine(irp_, nullptr) == nullptr) return;  // the IRP's cancel routine runs it
    cancelInvoked_ = true;
    driverCancel_(handleAs<WDFREQUEST>());
}

bool FxRequest::armQueueCancel(PDRIVER_CANCEL routine) {
    IoSetCancelRoutine(irp_, routine);
    if (irp_->Cancel && IoSetCancelRoutine(irp_, nullptr) != nullptr) return false;
    return true;
}

bool FxRequest::disarmQueueCancel() { return IoSetCancelRoutine(irp_, nullptr) != nullptr; }

void FxRequest::completeFromDriver(NTSTATUS status, ULONG_PTR information, bool setInformation,
                                   const char* ddiName) {
    checkDriverOwned(ddiName);
    if (isDriverCreated()) {
        // "Completing I/O Requests": a driver-created request is deleted, not completed.
        wdfViolation(globals(), kFxRequestFatalError, reinterpret_cast<ULONG_PTR>(handle()), 0, 0,
                     std::string(ddiName) +
                         ": the request was created by the driver (WdfRequestCreate/CreateFromIrp); "
                         "delete it with WdfObjectDelete instead of completing it");
    }
    if (markedCancelable_.exchange(false) && !cancelInvoked_.load()) {
        if (IoSetCancelRoutine(irp_, nullptr) == nullptr) {
            wdfViolation(globals(), kFxRequestFatalError, reinterpret_cast<ULONG_PTR>(handle()), 0, 0,
                         std::string(ddiName) +
                             ": completing a cancelable request while its EvtRequestCancel is running; "
                             "call WdfRequestUnmarkCancelable first");
        }
        globals()->verifierLog(std::string(ddiName) +
                               ": request completed while still cancelable (WdfRequestUnmarkCancelable not called)");
    }
    if (setInformation) irp_->IoStatus.Information = information;
    finishCompletion(status);
}

void FxRequest::completeFromFramework(NTSTATUS status, ULONG_PTR information) {
    irp_->IoStatus.Information = information;
    finishCompletion(status);
}

void FxRequest::bindReservedIrp(PIRP irp, WDF_REQUEST_TYPE type) {
    irp_ = irp;
    type_ = type;
    irp_->Tail.Overlay.DriverContext[kRequestSlot] = this;
    queue_ = nullptr;
    owner_.store(Owner::Queue, std::memory_order_release);
    driverCancel_ = nullptr;
    markedCancelable_ = false;
    cancelInvoked_ = false;
    inCallerContext_ = false;
    deliveredToDriver_ = false;
    stopState_ = StopState::None;
    completionRoutine_ = nullptr;
    completionContext_ = nullptr;
    noFormatParams_ = false;
    if (send_ != nullptr) {
        send_->completionParams = {};
        send_->timedOut = false;
    }
}

void FxRequest::releaseReservedIrp() {
    // The driver's children stay with the request; these were made for this IRP only.
    for (FxMemory** memory : {&inputMemory_, &outputMemory_}) {
        if (*memory != nullptr) (*memory)->deleteObject();
        *memory = nullptr;
    }
    for (PMDL& mdl : builtMdls_) {
        if (mdl != nullptr) IoFreeMdl(mdl);
        mdl = nullptr;
    }
    irp_ = nullptr;
    queue_ = nullptr;
}

void FxRequest::letGoOfIrp() {
    if (reservedPool_ == nullptr) return deleteObject();
    releaseReservedIrp();
}

void FxRequest::returnToReservedSet() {
    // "Guaranteeing Forward Progress of I/O Operations": a reserved request returns to its
    // set when the driver completes it; it is deleted only with its queue.
    if (!reservedPool_->giveBack(this)) deleteObject();  // the queue is gone meanwhile
}

void FxRequest::finishCompletion(NTSTATUS status) {
    unformat(false, nullptr);  // the IRP goes up with the buffers it came with
    Owner previous = owner_.exchange(Owner::Completed, std::memory_order_acq_rel);
    PIRP irp = irp_;
    FxIoQueue* queue = queue_;
    irp->IoStatus.Status = status;
    irp->Tail.Overlay.DriverContext[kRequestSlot] = nullptr;
    if (queue != nullptr) queue->forgetRequest(this, previous == Owner::Driver);
    const bool reserved = isReserved();
    // The request's cleanup (and its children's) runs before the IRP completes.
    letGoOfIrp();  // `this` may be gone after this line unless reserved
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    if (reserved) returnToReservedSet();
    if (queue != nullptr) queue->requestCompleted(previous == Owner::Driver);
}

}  // namespace wdf
