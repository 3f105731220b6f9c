#include "wdf/core/fx_irp_dispatch.h"

#include <string>

#include "ntos/ke/kernel.h"
#include "wdf/core/fx_device.h"
#include "wdf/core/fx_file_dispatch.h"
#include "wdf/io/fx_fault_hooks.h"
#include "wdf/io/fx_io_queue.h"
#include "wdf/io/fx_io_queue_forward_progress.h"
#include "wdf/io/fx_io_target.h"
#include "wdf/io/fx_request.h"
#include "wdf/pnp/fx_pnp_machine.h"

namespace wdf {
namespace {

NTSTATUS completeIrp(PIRP irp, NTSTATUS status, ULONG_PTR information = 0) {
    return fxCompleteIrp(irp, status, information);
}

NTSTATUS forwardToLower(FxDevice& device, PIRP irp) { return fxForwardToLower(device, irp); }

// WdfDeviceEnqueueRequest documents STATUS_WDF_BUSY for a queue that does not accept
// requests; until the WDF status header defines it, the status a queue that does not
// accept gives new requests stands in.
#ifdef STATUS_WDF_BUSY
constexpr NTSTATUS kQueueNotAccepting = STATUS_WDF_BUSY;
#else
constexpr NTSTATUS kQueueNotAccepting = STATUS_INVALID_DEVICE_STATE;
#endif

bool isZeroLength(PIRP irp, WDF_REQUEST_TYPE type) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    return (type == WdfRequestTypeRead && stack->Parameters.Read.Length == 0) ||
           (type == WdfRequestTypeWrite && stack->Parameters.Write.Length == 0);
}

// The request object for an IRP the framework dispatches to `queue` (null: the queue is
// not known yet). Without a forward-progress policy a failed allocation fails the IRP
// ("In versions of KMDF prior to version 1.9, the framework always fails an I/O
// request..."); with one, the queue's policy decides ("Guaranteeing Forward Progress of
// I/O Operations"). *request is null when there is none: the IRP was completed (the
// status is returned) or waits for a reserved request (STATUS_PENDING).
// IRQL <= DISPATCH_LEVEL.
NTSTATUS requestForIrp(FxDevice& device, PIRP irp, WDF_REQUEST_TYPE type, FxIoQueue* queue, const char* name,
                       FxRequest** request) {
    *request = nullptr;
    FxRequest* allocated = nullptr;
    NTSTATUS status = fxRequestAllocationShouldFail()
                          ? STATUS_INSUFFICIENT_RESOURCES
                          : fxCreateNamed(name, device.globals(), device.requestAttributes(), nullptr, &allocated, irp,
                                          &device, type);
    FxForwardProgress* progress = queue != nullptr ? queue->forwardProgress() : nullptr;
    if (progress == nullptr) {
        if (!NT_SUCCESS(status)) return completeIrp(irp, STATUS_INSUFFICIENT_RESOURCES);
        *request = allocated;
        return STATUS_SUCCESS;
    }
    return progress->requestFor(irp, type, NT_SUCCESS(status) ? allocated : nullptr, request);
}

// EvtIoInCallerContext sees the request on the sender's thread before any queue; the
// driver then calls WdfDeviceEnqueueRequest or completes it.
NTSTATUS presentInCallerContext(FxDevice& device, PIRP irp, WDF_REQUEST_TYPE type) {
    FxRequest* request = nullptr;
    NTSTATUS status = requestForIrp(device, irp, type, nullptr, "IRP dispatch", &request);
    if (request == nullptr) return status;
    IoMarkIrpPending(irp);
    request->setOwner(FxRequest::Owner::Driver);
    // The driver may complete the request (or a queue may) before the callback returns.
    request->addRef();
    request->setInCallerContext(true);
    device.ioInCallerContext()(device.handleAs<WDFDEVICE>(), request->handleAs<WDFREQUEST>());
    request->setInCallerContext(false);
    request->release();
    return STATUS_PENDING;
}

WDF_REQUEST_TYPE requestTypeOf(UCHAR majorFunction) {
    switch (majorFunction) {
        case IRP_MJ_READ: return WdfRequestTypeRead;
        case IRP_MJ_WRITE: return WdfRequestTypeWrite;
        case IRP_MJ_DEVICE_CONTROL: return WdfRequestTypeDeviceControl;
        case IRP_MJ_INTERNAL_DEVICE_CONTROL: return WdfRequestTypeDeviceControlInternal;
        default: return WdfRequestTypeOther;
    }
}

// What the framework passes as DispatchContext to EvtDeviceWdmIrpDispatch: proof that
// WdfDeviceWdmDispatchIrp is continuing a dispatch the framework started.
constexpr char kIrpDispatchToken = 0;
WDFCONTEXT irpDispatchContext() { return const_cast<char*>(&kIrpDispatchToken); }

// The framework's default I/O handling: EvtIoInCallerContext if the driver has one, else
// the queue configured for the type, else the default queue; with no queue a function
// driver fails the IRP and a filter passes it down.
NTSTATUS dispatchIoByDefault(FxDevice& device, PIRP irp, WDF_REQUEST_TYPE type) {
    // Requests the driver sent through its self I/O target go to the queue it assigned
    // to that target (WdfIoTargetSelfAssignDefaultIoQueue), whatever their type.
    FxIoQueue* selfQueue = FxIoTarget::selfQueueForIrp(device, irp);
    if (selfQueue == nullptr && device.ioInCallerContext() != nullptr) {
        return presentInCallerContext(device, irp, type);
    }
    FxIoQueue* queue = selfQueue != nullptr ? selfQueue : device.queueFor(type);
    if (queue == nullptr) {
        if (device.role() == FxDeviceInit::Role::Filter) return forwardToLower(device, irp);
        return completeIrp(irp, STATUS_INVALID_DEVICE_REQUEST);
    }
    if (isZeroLength(irp, type) && !queue->allowsZeroLengthRequests()) {
        // Completed by the framework unless the queue asked for them.
        return completeIrp(irp, STATUS_SUCCESS, 0);
    }
    FxRequest* request = nullptr;
    NTSTATUS status = requestForIrp(device, irp, type, queue, "IRP dispatch", &request);
    if (request == nullptr) return status;
    IoMarkIrpPending(irp);
    queue->enqueue(request);
    return STATUS_PENDING;
}

// Read, write and device controls: EvtDeviceWdmIrpDispatch first if the driver registered
// one for the major function ("Dispatching IRPs to I/O Queues"), else the default handling.
NTSTATUS dispatchIo(FxDevice& device, PIRP irp, WDF_REQUEST_TYPE type) {
    if (!device.acceptingIo()) return completeIrp(irp, STATUS_DELETE_PENDING);
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    const FxIrpDispatch& dispatch = device.wdmIrpDispatch(stack->MajorFunction);
    if (dispatch.callback != nullptr) {
        const ULONG code =
            stack->MajorFunction == IRP_MJ_DEVICE_CONTROL || stack->MajorFunction == IRP_MJ_INTERNAL_DEVICE_CONTROL
                ? stack->Parameters.DeviceIoControl.IoControlCode
                : 0;
        return dispatch.callback(device.handleAs<WDFDEVICE>(), stack->MajorFunction, stack->MinorFunction, code,
                                 dispatch.driverContext, irp, irpDispatchContext());
    }
    return dispatchIoByDefault(device, irp, type);
}

}  // namespace

NTSTATUS fxCompleteIrp(PIRP irp, NTSTATUS status, ULONG_PTR information) {
    irp->IoStatus.Status = status;
    irp->IoStatus.Information = information;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return status;
}

NTSTATUS fxForwardToLower(FxDevice& device, PIRP irp) {
    if (device.attachedDevice() == nullptr) return fxCompleteIrp(irp, irp->IoStatus.Status);
    IoSkipCurrentIrpStackLocation(irp);
    return IoCallDriver(device.attachedDevice(), irp);
}

NTSTATUS fxEnqueueFromCallerContext(FxDevice& device, FxRequest* request, const char* ddiName) {
    request->checkDriverOwned(ddiName);
    if (!request->inCallerContext()) {
        wdfViolation(device.globals(), kFxRequestFatalError, reinterpret_cast<ULONG_PTR>(request->handle()), 0, 0,
                     std::string(ddiName) + ": may be called only from EvtIoInCallerContext");
    }
    FxIoQueue* queue = device.queueFor(request->requestType());
    if (queue == nullptr) {
        if (device.role() == FxDeviceInit::Role::Filter) {
            // A filter without a queue for the request passes it down, as its dispatch
            // would have: the IRP goes to the local target and the request object is done.
            FxIoTarget* target = FxIoTarget::localTargetOf(&device);
            if (target == nullptr) return STATUS_INVALID_DEVICE_REQUEST;
            WDF_REQUEST_SEND_OPTIONS options;
            WDF_REQUEST_SEND_OPTIONS_INIT(&options, WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET);
            if (!request->send(target, &options, ddiName)) return request->status();
            return STATUS_SUCCESS;
        }
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    if ((queue->state(nullptr, nullptr) & WdfIoQueueAcceptRequests) == 0) return kQueueNotAccepting;
    if (isZeroLength(request->irp(), request->requestType()) && !queue->allowsZeroLengthRequests()) {
        request->completeFromFramework(STATUS_SUCCESS, 0);
        return STATUS_SUCCESS;
    }
    queue->enqueue(request);
    return STATUS_SUCCESS;
}

namespace {

// The IRP a preprocess callback is running for on this thread, and its stack location
// then (nested dispatches restore the outer one).
class PreprocessedIrp {
public:
    explicit PreprocessedIrp(PIRP irp) : irp(irp), location(irp->CurrentLocation), outer_(current_) { current_ = this; }
    ~PreprocessedIrp() { current_ = outer_; }
    PreprocessedIrp(const PreprocessedIrp&) = delete;
    PreprocessedIrp& operator=(const PreprocessedIrp&) = delete;

    static const PreprocessedIrp* find(PIRP irp) {
        for (const PreprocessedIrp* p = current_; p != nullptr; p = p->outer_) {
            if (p->irp == irp) return p;
        }
        return nullptr;
    }

    PIRP irp;
    CHAR location;

private:
    const PreprocessedIrp* outer_;
    static thread_local const PreprocessedIrp* current_;
};

thread_local const PreprocessedIrp* PreprocessedIrp::current_ = nullptr;

// The framework's own handling of an IRP for `device` (after any preprocess callback).
// IRQL PASSIVE_LEVEL (PnP, create/close) or <= DISPATCH_LEVEL (I/O).
NTSTATUS dispatchToFramework(FxDevice* device, PIRP irp) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    switch (stack->MajorFunction) {
        case IRP_MJ_PNP:
            if (device->role() == FxDeviceInit::Role::Control) return completeIrp(irp, irp->IoStatus.Status);
            return device->pnp().dispatch(irp);
        case IRP_MJ_POWER:
            if (device->role() == FxDeviceInit::Role::Control) return completeIrp(irp, irp->IoStatus.Status);
            return device->pnp().dispatchPower(irp);
        case IRP_MJ_SYSTEM_CONTROL:
            // No WMI provider yet (issue 9): pass it down as a driver without WMI does.
            if (device->attachedDevice() != nullptr) return forwardToLower(*device, irp);
            return completeIrp(irp, irp->IoStatus.Status);
        case IRP_MJ_SHUTDOWN:
            if (device->role() == FxDeviceInit::Role::Control) return device->dispatchShutdown(irp);
            if (device->role() == FxDeviceInit::Role::Filter) return forwardToLower(*device, irp);
            return completeIrp(irp, STATUS_INVALID_DEVICE_REQUEST);
        case IRP_MJ_CREATE:
            return fxDispatchCreate(*device, irp);
        case IRP_MJ_CLEANUP:
            return fxDispatchCleanup(*device, irp);
        case IRP_MJ_CLOSE:
            return fxDispatchClose(*device, irp);
        case IRP_MJ_READ:
        case IRP_MJ_WRITE:
        case IRP_MJ_DEVICE_CONTROL:
        case IRP_MJ_INTERNAL_DEVICE_CONTROL:
            return dispatchIo(*device, irp, requestTypeOf(stack->MajorFunction));
        default:
            if (device->role() == FxDeviceInit::Role::Filter) return forwardToLower(*device, irp);
            return completeIrp(irp, STATUS_INVALID_DEVICE_REQUEST);
    }
}

}  // namespace

namespace {

// Counts a dispatch routine running for a device, so that the device's removal can wait
// for it (FxDevice::retire) before the WDFDEVICE goes.
class DispatchScope {
public:
    explicit DispatchScope(PDEVICE_OBJECT deviceObject) : extension_(FxDeviceExtension::of(deviceObject)) {
        if (extension_ == nullptr) return;
        ++extension_->dispatchers;
        if (!extension_->gone) device_ = extension_->device.load();
    }
    ~DispatchScope() {
        if (extension_ != nullptr) --extension_->dispatchers;
    }
    DispatchScope(const DispatchScope&) = delete;
    DispatchScope& operator=(const DispatchScope&) = delete;
    FxDevice* device() const { return device_; }

private:
    FxDeviceExtension* extension_;
    FxDevice* device_ = nullptr;
};

}  // namespace

NTSTATUS fxDispatchIrp(PDEVICE_OBJECT deviceObject, PIRP irp) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    DispatchScope dispatching(deviceObject);
    FxDevice* device = dispatching.device();
    if (device == nullptr) {
        // The WDFDEVICE is gone (removed); handles opened before may still clean up/close.
        bool closing = stack->MajorFunction == IRP_MJ_CLEANUP || stack->MajorFunction == IRP_MJ_CLOSE;
        return completeIrp(irp, closing ? STATUS_SUCCESS : STATUS_NO_SUCH_DEVICE);
    }
    // WdfControlFinishInitializing: "The system will not send I/O requests ... to a control
    // device object unless the driver has called" it.
    if (device->role() == FxDeviceInit::Role::Control && device->initializing()) {
        bool closing = stack->MajorFunction == IRP_MJ_CLEANUP || stack->MajorFunction == IRP_MJ_CLOSE;
        if (!closing && stack->MajorFunction != IRP_MJ_SHUTDOWN) return completeIrp(irp, STATUS_NO_SUCH_DEVICE);
    }
    // "Handling WDM IRPs Outside of the Framework": the driver sees matching IRPs first.
    if (PFN_WDFDEVICE_WDM_IRP_PREPROCESS preprocess = device->preprocessCallbackFor(stack)) {
        PreprocessedIrp scope(irp);
        return preprocess(device->handleAs<WDFDEVICE>(), irp);
    }
    return dispatchToFramework(device, irp);
}

namespace {

// Bug-checks unless the driver's preprocess callback called IoSkipCurrentIrpStackLocation
// or IoCopyCurrentIrpStackLocationToNext before handing the IRP back. IRQL <= DISPATCH_LEVEL.
void checkPreparedStackLocation(FxDevice& device, PIRP irp, const char* ddiName) {
    // Where the IRP was when the preprocess callback got it (known when the driver hands
    // it back from inside the callback, the usual case).
    const PreprocessedIrp* entry = PreprocessedIrp::find(irp);
    bool prepared = irp->CurrentLocation > 1;
    if (prepared && entry != nullptr) {
        if (irp->CurrentLocation == entry->location + 1) {
            prepared = true;  // IoSkipCurrentIrpStackLocation
        } else if (irp->CurrentLocation == entry->location) {
            // IoCopyCurrentIrpStackLocationToNext: the next location repeats this one.
            PIO_STACK_LOCATION current = IoGetCurrentIrpStackLocation(irp);
            PIO_STACK_LOCATION next = IoGetNextIrpStackLocation(irp);
            prepared = next->MajorFunction == current->MajorFunction &&
                       next->MinorFunction == current->MinorFunction && next->FileObject == current->FileObject;
        } else {
            prepared = false;
        }
    }
    if (!prepared) {
        wdfViolation(device.globals(), kFxVerifierFatalError, reinterpret_cast<ULONG_PTR>(irp), 0, 0,
                     std::string(ddiName) + ": call IoSkipCurrentIrpStackLocation or "
                                            "IoCopyCurrentIrpStackLocationToNext before returning the IRP to the "
                                            "framework");
    }
}

}  // namespace

NTSTATUS fxDispatchIrpByDefault(FxDevice& device, PIRP irp, WDFCONTEXT dispatchContext, const char* ddiName) {
    if (dispatchContext != irpDispatchContext()) {
        wdfViolation(device.globals(), kFxVerifierFatalError, reinterpret_cast<ULONG_PTR>(irp),
                     reinterpret_cast<ULONG_PTR>(dispatchContext), 0,
                     std::string(ddiName) + ": DispatchContext is not the one EvtDeviceWdmIrpDispatch received");
    }
    return dispatchIoByDefault(device, irp, requestTypeOf(IoGetCurrentIrpStackLocation(irp)->MajorFunction));
}

NTSTATUS fxDispatchIrpToQueue(FxDevice& device, PIRP irp, FxIoQueue& queue, ULONG flags, const char* ddiName) {
    if (flags & WDF_DISPATCH_IRP_TO_IO_QUEUE_PREPROCESSED_IRP) {
        // From EvtDeviceWdmIrpPreprocess: move to the location the driver prepared.
        checkPreparedStackLocation(device, irp, ddiName);
        IoSetNextIrpStackLocation(irp);
        IoGetCurrentIrpStackLocation(irp)->DeviceObject = device.deviceObject();
    }
    if (flags & WDF_DISPATCH_IRP_TO_IO_QUEUE_INVOKE_INCALLERCTX_CALLBACK) {
        ntos::bugCheck(0x10D, kFxVerifierFatalError, 0, 0, 0,
                       std::string(ddiName) + " with WDF_DISPATCH_IRP_TO_IO_QUEUE_INVOKE_INCALLERCTX_CALLBACK is not "
                                              "implemented in OpenKMDF yet");
    }
    const WDF_REQUEST_TYPE type = requestTypeOf(IoGetCurrentIrpStackLocation(irp)->MajorFunction);
    if (type == WdfRequestTypeOther) {
        wdfViolation(device.globals(), kFxVerifierFatalError, reinterpret_cast<ULONG_PTR>(irp), 0, 0,
                     std::string(ddiName) + ": only read, write and device control IRPs go to I/O queues");
    }
    if (!device.acceptingIo()) return completeIrp(irp, STATUS_DELETE_PENDING);
    if (isZeroLength(irp, type) && !queue.allowsZeroLengthRequests()) return completeIrp(irp, STATUS_SUCCESS, 0);
    FxRequest* request = nullptr;
    NTSTATUS status = requestForIrp(device, irp, type, &queue, ddiName, &request);
    if (request == nullptr) return status;
    IoMarkIrpPending(irp);
    queue.enqueue(request);
    return STATUS_PENDING;
}

NTSTATUS fxDispatchPreprocessedIrp(FxDevice& device, PIRP irp, const char* ddiName) {
    checkPreparedStackLocation(device, irp, ddiName);
    IoSetNextIrpStackLocation(irp);
    IoGetCurrentIrpStackLocation(irp)->DeviceObject = device.deviceObject();
    return dispatchToFramework(&device, irp);
}

}  // namespace wdf
