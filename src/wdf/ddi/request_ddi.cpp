// WDFREQUEST DDIs (wdfrequest.h): framework-delivered and driver-created requests.
#include "wdf/core/fx_device.h"
#include "wdf/core/fx_file_object.h"
#include "wdf/ddi/ddi_families.h"
#include "wdf/ddi/ddi_support.h"
#include "wdf/io/fx_io_queue.h"
#include "wdf/io/fx_io_target.h"
#include "wdf/io/fx_request.h"

#include <string>

using namespace wdf;

namespace {

FxRequest* ownedRequest(PWDF_DRIVER_GLOBALS driverGlobals, WDFREQUEST handle, const char* ddi) {
    FxDriverGlobals* globals = FxDriverGlobals::from(driverGlobals);
    FxRequest* request = resolve<FxRequest>(globals, handle, ddi);
    request->checkDriverOwned(ddi);
    return request;
}

}  // namespace

extern "C" {

// IRQL <= DISPATCH_LEVEL (all of them).
VOID imp_WdfRequestComplete(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request, NTSTATUS Status) {
    const char* ddi = "WdfRequestComplete";
    ownedRequest(DriverGlobals, Request, ddi)->completeFromDriver(Status, 0, false, ddi);
}

VOID imp_WdfRequestCompleteWithInformation(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request, NTSTATUS Status,
                                           ULONG_PTR Information) {
    const char* ddi = "WdfRequestCompleteWithInformation";
    ownedRequest(DriverGlobals, Request, ddi)->completeFromDriver(Status, Information, true, ddi);
}

VOID imp_WdfRequestCompleteWithPriorityBoost(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request,
                                             NTSTATUS Status, CCHAR PriorityBoost) {
    const char* ddi = "WdfRequestCompleteWithPriorityBoost";
    (void)PriorityBoost;  // thread priorities are not simulated
    ownedRequest(DriverGlobals, Request, ddi)->completeFromDriver(Status, 0, false, ddi);
}

VOID imp_WdfRequestSetInformation(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request, ULONG_PTR Information) {
    ownedRequest(DriverGlobals, Request, "WdfRequestSetInformation")->setInformation(Information);
}

ULONG_PTR imp_WdfRequestGetInformation(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxRequest* request = resolve<FxRequest>(globals, Request, "WdfRequestGetInformation");
    return request->irp() != nullptr ? request->information() : 0;
}

NTSTATUS imp_WdfRequestGetStatus(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxRequest>(globals, Request, "WdfRequestGetStatus")->status();
}

NTSTATUS imp_WdfRequestRetrieveInputBuffer(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request,
                                           size_t MinimumRequiredLength, PVOID* Buffer, size_t* Length) {
    const char* ddi = "WdfRequestRetrieveInputBuffer";
    FxRequest* request = ownedRequest(DriverGlobals, Request, ddi);
    if (Buffer == nullptr) fxRequiredParameterNull(request->globals(), "Buffer", ddi);
    return request->retrieveInputBuffer(MinimumRequiredLength, Buffer, Length);
}

NTSTATUS imp_WdfRequestRetrieveOutputBuffer(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request,
                                            size_t MinimumRequiredSize, PVOID* Buffer, size_t* Length) {
    const char* ddi = "WdfRequestRetrieveOutputBuffer";
    FxRequest* request = ownedRequest(DriverGlobals, Request, ddi);
    if (Buffer == nullptr) fxRequiredParameterNull(request->globals(), "Buffer", ddi);
    return request->retrieveOutputBuffer(MinimumRequiredSize, Buffer, Length);
}

NTSTATUS imp_WdfRequestRetrieveInputMemory(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request,
                                           WDFMEMORY* Memory) {
    const char* ddi = "WdfRequestRetrieveInputMemory";
    FxRequest* request = ownedRequest(DriverGlobals, Request, ddi);
    if (Memory == nullptr) fxRequiredParameterNull(request->globals(), "Memory", ddi);
    return request->retrieveInputMemory(Memory);
}

NTSTATUS imp_WdfRequestRetrieveOutputMemory(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request,
                                            WDFMEMORY* Memory) {
    const char* ddi = "WdfRequestRetrieveOutputMemory";
    FxRequest* request = ownedRequest(DriverGlobals, Request, ddi);
    if (Memory == nullptr) fxRequiredParameterNull(request->globals(), "Memory", ddi);
    return request->retrieveOutputMemory(Memory);
}

VOID imp_WdfRequestMarkCancelable(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request,
                                  PFN_WDF_REQUEST_CANCEL EvtRequestCancel) {
    const char* ddi = "WdfRequestMarkCancelable";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxRequest>(globals, Request, ddi)->markCancelable(EvtRequestCancel, false, ddi);
}

NTSTATUS imp_WdfRequestMarkCancelableEx(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request,
                                        PFN_WDF_REQUEST_CANCEL EvtRequestCancel) {
    const char* ddi = "WdfRequestMarkCancelableEx";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxRequest>(globals, Request, ddi)->markCancelable(EvtRequestCancel, true, ddi);
}

NTSTATUS imp_WdfRequestUnmarkCancelable(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request) {
    const char* ddi = "WdfRequestUnmarkCancelable";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxRequest>(globals, Request, ddi)->unmarkCancelable(ddi);
}

BOOLEAN imp_WdfRequestIsCanceled(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxRequest>(globals, Request, "WdfRequestIsCanceled")->isCanceled() ? TRUE : FALSE;
}

WDFQUEUE imp_WdfRequestGetIoQueue(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoQueue* queue = resolve<FxRequest>(globals, Request, "WdfRequestGetIoQueue")->queue();
    return queue != nullptr ? queue->handleAs<WDFQUEUE>() : nullptr;
}

VOID imp_WdfRequestGetParameters(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request,
                                 PWDF_REQUEST_PARAMETERS Parameters) {
    const char* ddi = "WdfRequestGetParameters";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxRequest* request = resolve<FxRequest>(globals, Request, ddi);
    if (Parameters == nullptr) fxRequiredParameterNull(globals, "Parameters", ddi);
    if (Parameters->Size != sizeof(WDF_REQUEST_PARAMETERS)) {
        fxBadStructSize(globals, ddi, "WDF_REQUEST_PARAMETERS", Parameters->Size, sizeof(WDF_REQUEST_PARAMETERS));
        return;
    }
    request->getParameters(Parameters);
}

KPROCESSOR_MODE imp_WdfRequestGetRequestorMode(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxRequest>(globals, Request, "WdfRequestGetRequestorMode")->irp()->RequestorMode;
}

PIRP imp_WdfRequestWdmGetIrp(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request) {
    const char* ddi = "WdfRequestWdmGetIrp";
    return ownedRequest(DriverGlobals, Request, ddi)->irp();
}

NTSTATUS imp_WdfRequestRetrieveInputWdmMdl(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request, PMDL* Mdl) {
    const char* ddi = "WdfRequestRetrieveInputWdmMdl";
    FxRequest* request = ownedRequest(DriverGlobals, Request, ddi);
    if (Mdl == nullptr) fxRequiredParameterNull(request->globals(), "Mdl", ddi);
    return request->retrieveWdmMdl(true, Mdl);
}

NTSTATUS imp_WdfRequestRetrieveOutputWdmMdl(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request, PMDL* Mdl) {
    const char* ddi = "WdfRequestRetrieveOutputWdmMdl";
    FxRequest* request = ownedRequest(DriverGlobals, Request, ddi);
    if (Mdl == nullptr) fxRequiredParameterNull(request->globals(), "Mdl", ddi);
    return request->retrieveWdmMdl(false, Mdl);
}

// PASSIVE_LEVEL, from EvtIoInCallerContext only (the four below).
NTSTATUS imp_WdfRequestRetrieveUnsafeUserInputBuffer(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request,
                                                     size_t MinimumRequiredLength, PVOID* InputBuffer,
                                                     size_t* Length) {
    const char* ddi = "WdfRequestRetrieveUnsafeUserInputBuffer";
    FxRequest* request = ownedRequest(DriverGlobals, Request, ddi);
    if (InputBuffer == nullptr) fxRequiredParameterNull(request->globals(), "InputBuffer", ddi);
    return request->retrieveUnsafeUserBuffer(true, MinimumRequiredLength, InputBuffer, Length, ddi);
}

NTSTATUS imp_WdfRequestRetrieveUnsafeUserOutputBuffer(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request,
                                                      size_t MinimumRequiredLength, PVOID* OutputBuffer,
                                                      size_t* Length) {
    const char* ddi = "WdfRequestRetrieveUnsafeUserOutputBuffer";
    FxRequest* request = ownedRequest(DriverGlobals, Request, ddi);
    if (OutputBuffer == nullptr) fxRequiredParameterNull(request->globals(), "OutputBuffer", ddi);
    return request->retrieveUnsafeUserBuffer(false, MinimumRequiredLength, OutputBuffer, Length, ddi);
}

NTSTATUS imp_WdfRequestProbeAndLockUserBufferForRead(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request,
                                                     PVOID Buffer, size_t Length, WDFMEMORY* MemoryObject) {
    const char* ddi = "WdfRequestProbeAndLockUserBufferForRead";
    FxRequest* request = ownedRequest(DriverGlobals, Request, ddi);
    if (MemoryObject == nullptr) fxRequiredParameterNull(request->globals(), "MemoryObject", ddi);
    return request->probeAndLockUserBuffer(false, Buffer, Length, MemoryObject, ddi);
}

NTSTATUS imp_WdfRequestProbeAndLockUserBufferForWrite(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request,
                                                      PVOID Buffer, size_t Length, WDFMEMORY* MemoryObject) {
    const char* ddi = "WdfRequestProbeAndLockUserBufferForWrite";
    FxRequest* request = ownedRequest(DriverGlobals, Request, ddi);
    if (MemoryObject == nullptr) fxRequiredParameterNull(request->globals(), "MemoryObject", ddi);
    return request->probeAndLockUserBuffer(true, Buffer, Length, MemoryObject, ddi);
}

WDFFILEOBJECT imp_WdfRequestGetFileObject(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxRequest* request = resolve<FxRequest>(globals, Request, "WdfRequestGetFileObject");
    if (request->isDriverCreated()) return nullptr;
    FxFileObject* file = fxFileObjectOf(request->device(), request->wdmFileObject());
    return file != nullptr ? file->handleAs<WDFFILEOBJECT>() : nullptr;
}

// Any IRQL. The host runs 64-bit clients only.
BOOLEAN imp_WdfRequestIsFrom32BitProcess(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxRequest>(globals, Request, "WdfRequestIsFrom32BitProcess");
    return FALSE;
}

NTSTATUS imp_WdfRequestForwardToIoQueue(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request,
                                        WDFQUEUE DestinationQueue) {
    const char* ddi = "WdfRequestForwardToIoQueue";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxRequest* request = resolve<FxRequest>(globals, Request, ddi);
    FxIoQueue* destination = resolve<FxIoQueue>(globals, DestinationQueue, ddi);
    FxIoQueue* source = request->queue();
    const char* refusal = nullptr;
    if (request->owner() != FxRequest::Owner::Driver) {
        refusal = "the driver does not own the request";
    } else if (source == nullptr) {
        refusal = "the request did not come from an I/O queue";
    } else if (source == destination) {
        refusal = "source and destination are the same queue (use WdfRequestRequeue)";
    } else if (source->device() != destination->device()) {
        refusal = "the queues belong to different devices";
    } else if (request->isMarkedCancelable()) {
        refusal = "the request is cancelable (call WdfRequestUnmarkCancelable first)";
    }
    if (refusal != nullptr) {
        globals->verifierLog(std::string(ddi) + ": " + refusal);
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    return destination->forwardHere(request);
}

NTSTATUS imp_WdfRequestRequeue(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request) {
    const char* ddi = "WdfRequestRequeue";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxRequest* request = resolve<FxRequest>(globals, Request, ddi);
    FxIoQueue* queue = request->queue();
    const char* refusal = nullptr;
    if (request->owner() != FxRequest::Owner::Driver) {
        refusal = "the driver does not own the request";
    } else if (queue == nullptr) {
        refusal = "the request did not come from an I/O queue";
    } else if (!queue->isManual()) {
        refusal = "the request's queue does not use manual dispatching";
    } else if (request->isMarkedCancelable()) {
        refusal = "the request is cancelable (call WdfRequestUnmarkCancelable first)";
    }
    if (refusal != nullptr) {
        globals->verifierLog(std::string(ddi) + ": " + refusal);
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    return queue->requeue(request);
}

// IRQL <= DISPATCH_LEVEL, from EvtIoStop.
VOID imp_WdfRequestStopAcknowledge(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request, BOOLEAN Requeue) {
    const char* ddi = "WdfRequestStopAcknowledge";
    FxRequest* request = ownedRequest(DriverGlobals, Request, ddi);
    if (Requeue && request->isMarkedCancelable()) {
        wdfViolation(request->globals(), kFxRequestFatalError, reinterpret_cast<ULONG_PTR>(Request), 0, 0,
                     std::string(ddi) + ": requeueing a cancelable request; call WdfRequestUnmarkCancelable first");
    }
    FxIoQueue* queue = request->queue();
    if (queue == nullptr) {
        request->globals()->verifierLog(std::string(ddi) + ": the request did not come from an I/O queue");
        return;
    }
    queue->acknowledgeStop(request, Requeue != FALSE);
}


// IRQL <= DISPATCH_LEVEL.
VOID imp_WdfRequestFormatRequestUsingCurrentType(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request) {
    ownedRequest(DriverGlobals, Request, "WdfRequestFormatRequestUsingCurrentType")->formatUsingCurrentType();
}

// IRQL <= DISPATCH_LEVEL.
VOID imp_WdfRequestWdmFormatUsingStackLocation(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request,
                                               PIO_STACK_LOCATION Stack) {
    const char* ddi = "WdfRequestWdmFormatUsingStackLocation";
    FxRequest* request = ownedRequest(DriverGlobals, Request, ddi);
    if (Stack == nullptr) fxRequiredParameterNull(request->globals(), "Stack", ddi);
    request->formatUsingStackLocation(*Stack);
}

// IRQL <= DISPATCH_LEVEL.
VOID imp_WdfRequestSetCompletionRoutine(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request,
                                        PFN_WDF_REQUEST_COMPLETION_ROUTINE CompletionRoutine,
                                        WDFCONTEXT CompletionContext) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxRequest>(globals, Request, "WdfRequestSetCompletionRoutine")
        ->setCompletionRoutine(CompletionRoutine, CompletionContext);
}

// IRQL <= DISPATCH_LEVEL (PASSIVE_LEVEL for a synchronous send).
BOOLEAN imp_WdfRequestSend(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request, WDFIOTARGET Target,
                           PWDF_REQUEST_SEND_OPTIONS Options) {
    const char* ddi = "WdfRequestSend";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxRequest* request = resolve<FxRequest>(globals, Request, ddi);
    FxIoTarget* target = resolve<FxIoTarget>(globals, Target, ddi);
    return request->send(target, Options, ddi);
}

// IRQL <= DISPATCH_LEVEL.
BOOLEAN imp_WdfRequestCancelSentRequest(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxRequest>(globals, Request, "WdfRequestCancelSentRequest")->cancelSent();
}

// IRQL <= DISPATCH_LEVEL.
VOID imp_WdfRequestGetCompletionParams(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request,
                                       PWDF_REQUEST_COMPLETION_PARAMS Params) {
    const char* ddi = "WdfRequestGetCompletionParams";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxRequest* request = resolve<FxRequest>(globals, Request, ddi);
    if (Params == nullptr) fxRequiredParameterNull(globals, "Params", ddi);
    if (Params->Size != sizeof(WDF_REQUEST_COMPLETION_PARAMS)) {
        fxBadStructSize(globals, ddi, "WDF_REQUEST_COMPLETION_PARAMS", Params->Size,
                        sizeof(WDF_REQUEST_COMPLETION_PARAMS));
        return;
    }
    request->completionParams(Params);
}

// IRQL <= DISPATCH_LEVEL. The default parent is the WDFDRIVER (documented); with an
// IoTarget, the IRP gets enough stack locations for it.
NTSTATUS imp_WdfRequestCreate(PWDF_DRIVER_GLOBALS DriverGlobals, PWDF_OBJECT_ATTRIBUTES RequestAttributes,
                              WDFIOTARGET IoTarget, WDFREQUEST* Request) {
    const char* ddi = "WdfRequestCreate";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    if (Request == nullptr) fxRequiredParameterNull(globals, "Request", ddi);
    *Request = nullptr;
    FxIoTarget* target = IoTarget != nullptr ? resolve<FxIoTarget>(globals, IoTarget, ddi) : nullptr;
    FxRequest* request = nullptr;
    NTSTATUS status = fxCreateNamed(ddi, globals, RequestAttributes, globals->driverAsObject, &request, nullptr,
                                    target != nullptr ? target->device() : nullptr, WdfRequestTypeOther,
                                    FxRequest::Origin::Created, true);
    if (!NT_SUCCESS(status)) return status;
    if (target != nullptr) {
        PDEVICE_OBJECT device = target->targetDevice();
        // A closed target: the IRP is allocated when the request is formatted.
        if (device != nullptr) status = request->allocateIrp(device->StackSize);
        if (!NT_SUCCESS(status)) {
            request->deleteObject();
            return status;
        }
    }
    *Request = request->handleAs<WDFREQUEST>();
    return STATUS_SUCCESS;
}

// IRQL <= DISPATCH_LEVEL. RequestFreesIrp: whether the framework frees the IRP when the
// request object is deleted.
NTSTATUS imp_WdfRequestCreateFromIrp(PWDF_DRIVER_GLOBALS DriverGlobals, PWDF_OBJECT_ATTRIBUTES RequestAttributes,
                                     PIRP Irp, BOOLEAN RequestFreesIrp, WDFREQUEST* Request) {
    const char* ddi = "WdfRequestCreateFromIrp";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    if (Irp == nullptr) fxRequiredParameterNull(globals, "Irp", ddi);
    if (Request == nullptr) fxRequiredParameterNull(globals, "Request", ddi);
    *Request = nullptr;
    FxRequest* request = nullptr;
    NTSTATUS status = fxCreateNamed(ddi, globals, RequestAttributes, globals->driverAsObject, &request, Irp, nullptr,
                                    WdfRequestTypeOther, FxRequest::Origin::FromIrp, RequestFreesIrp != FALSE);
    if (!NT_SUCCESS(status)) return status;
    *Request = request->handleAs<WDFREQUEST>();
    return STATUS_SUCCESS;
}

// IRQL <= DISPATCH_LEVEL.
NTSTATUS imp_WdfRequestReuse(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request,
                             PWDF_REQUEST_REUSE_PARAMS ReuseParams) {
    const char* ddi = "WdfRequestReuse";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxRequest* request = resolve<FxRequest>(globals, Request, ddi);
    if (ReuseParams == nullptr) fxRequiredParameterNull(globals, "ReuseParams", ddi);
    return request->reuse(*ReuseParams, ddi);
}

// IRQL <= DISPATCH_LEVEL. Every request object carries the timer of a timed send from its
// creation, so a later WdfRequestSend with a timeout never fails for lack of one.
NTSTATUS imp_WdfRequestAllocateTimer(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxRequest>(globals, Request, "WdfRequestAllocateTimer");
    return STATUS_SUCCESS;
}


// IRQL <= DISPATCH_LEVEL. Whether the request's IRP has the stack locations the target
// needs below this driver's own ("Forwarding I/O Requests").
NTSTATUS imp_WdfRequestChangeTarget(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request, WDFIOTARGET IoTarget) {
    const char* ddi = "WdfRequestChangeTarget";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxRequest* request = resolve<FxRequest>(globals, Request, ddi);
    FxIoTarget* target = resolve<FxIoTarget>(globals, IoTarget, ddi);
    PDEVICE_OBJECT device = target->targetDevice();
    if (device == nullptr) return STATUS_INVALID_DEVICE_STATE;  // a closed target
    PIRP irp = request->irp();
    if (irp == nullptr) return STATUS_SUCCESS;  // allocated for its target at the first format
    // The locations below the current one are what a send can use.
    return irp->CurrentLocation - 1 >= device->StackSize ? STATUS_SUCCESS : STATUS_REQUEST_NOT_ACCEPTED;
}

// IRQL <= DISPATCH_LEVEL. TRUE for the requests a queue's forward-progress policy
// preallocated (WdfIoQueueAssignForwardProgressPolicy).
BOOLEAN imp_WdfRequestIsReserved(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxRequest>(globals, Request, "WdfRequestIsReserved")->isReserved() ? TRUE : FALSE;
}

// IRQL <= DISPATCH_LEVEL (KMDF 1.21). The process that sent the request: its IRP's
// requestor (IoGetRequestorProcessId); 0 for a request without an IRP or whose IRP no
// thread issued.
ULONG imp_WdfRequestGetRequestorProcessId(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    PIRP irp = resolve<FxRequest>(globals, Request, "WdfRequestGetRequestorProcessId")->irp();
    return irp != nullptr ? IoGetRequestorProcessId(irp) : 0;
}

}  // extern "C"

FX_DDI_SIGNATURE(WdfRequestChangeTarget, PFN_WDFREQUESTCHANGETARGET);
FX_DDI_SIGNATURE(WdfRequestIsReserved, PFN_WDFREQUESTISRESERVED);
FX_DDI_SIGNATURE(WdfRequestGetRequestorProcessId, PFN_WDFREQUESTGETREQUESTORPROCESSID);

FX_DDI_SIGNATURE(WdfRequestAllocateTimer, PFN_WDFREQUESTALLOCATETIMER);
FX_DDI_SIGNATURE(WdfRequestCreate, PFN_WDFREQUESTCREATE);
FX_DDI_SIGNATURE(WdfRequestCreateFromIrp, PFN_WDFREQUESTCREATEFROMIRP);
FX_DDI_SIGNATURE(WdfRequestReuse, PFN_WDFREQUESTREUSE);
FX_DDI_SIGNATURE(WdfRequestFormatRequestUsingCurrentType, PFN_WDFREQUESTFORMATREQUESTUSINGCURRENTTYPE);
FX_DDI_SIGNATURE(WdfRequestWdmFormatUsingStackLocation, PFN_WDFREQUESTWDMFORMATUSINGSTACKLOCATION);
FX_DDI_SIGNATURE(WdfRequestSetCompletionRoutine, PFN_WDFREQUESTSETCOMPLETIONROUTINE);
FX_DDI_SIGNATURE(WdfRequestSend, PFN_WDFREQUESTSEND);
FX_DDI_SIGNATURE(WdfRequestCancelSentRequest, PFN_WDFREQUESTCANCELSENTREQUEST);
FX_DDI_SIGNATURE(WdfRequestGetCompletionParams, PFN_WDFREQUESTGETCOMPLETIONPARAMS);

FX_DDI_SIGNATURE(WdfRequestComplete, PFN_WDFREQUESTCOMPLETE);
FX_DDI_SIGNATURE(WdfRequestCompleteWithInformation, PFN_WDFREQUESTCOMPLETEWITHINFORMATION);
FX_DDI_SIGNATURE(WdfRequestCompleteWithPriorityBoost, PFN_WDFREQUESTCOMPLETEWITHPRIORITYBOOST);
FX_DDI_SIGNATURE(WdfRequestSetInformation, PFN_WDFREQUESTSETINFORMATION);
FX_DDI_SIGNATURE(WdfRequestGetInformation, PFN_WDFREQUESTGETINFORMATION);
FX_DDI_SIGNATURE(WdfRequestGetStatus, PFN_WDFREQUESTGETSTATUS);
FX_DDI_SIGNATURE(WdfRequestRetrieveInputBuffer, PFN_WDFREQUESTRETRIEVEINPUTBUFFER);
FX_DDI_SIGNATURE(WdfRequestRetrieveOutputBuffer, PFN_WDFREQUESTRETRIEVEOUTPUTBUFFER);
FX_DDI_SIGNATURE(WdfRequestRetrieveInputMemory, PFN_WDFREQUESTRETRIEVEINPUTMEMORY);
FX_DDI_SIGNATURE(WdfRequestRetrieveOutputMemory, PFN_WDFREQUESTRETRIEVEOUTPUTMEMORY);
FX_DDI_SIGNATURE(WdfRequestMarkCancelable, PFN_WDFREQUESTMARKCANCELABLE);
FX_DDI_SIGNATURE(WdfRequestMarkCancelableEx, PFN_WDFREQUESTMARKCANCELABLEEX);
FX_DDI_SIGNATURE(WdfRequestUnmarkCancelable, PFN_WDFREQUESTUNMARKCANCELABLE);
FX_DDI_SIGNATURE(WdfRequestIsCanceled, PFN_WDFREQUESTISCANCELED);
FX_DDI_SIGNATURE(WdfRequestGetIoQueue, PFN_WDFREQUESTGETIOQUEUE);
FX_DDI_SIGNATURE(WdfRequestGetParameters, PFN_WDFREQUESTGETPARAMETERS);
FX_DDI_SIGNATURE(WdfRequestGetRequestorMode, PFN_WDFREQUESTGETREQUESTORMODE);
FX_DDI_SIGNATURE(WdfRequestWdmGetIrp, PFN_WDFREQUESTWDMGETIRP);
FX_DDI_SIGNATURE(WdfRequestRetrieveInputWdmMdl, PFN_WDFREQUESTRETRIEVEINPUTWDMMDL);
FX_DDI_SIGNATURE(WdfRequestRetrieveOutputWdmMdl, PFN_WDFREQUESTRETRIEVEOUTPUTWDMMDL);
FX_DDI_SIGNATURE(WdfRequestRetrieveUnsafeUserInputBuffer, PFN_WDFREQUESTRETRIEVEUNSAFEUSERINPUTBUFFER);
FX_DDI_SIGNATURE(WdfRequestRetrieveUnsafeUserOutputBuffer, PFN_WDFREQUESTRETRIEVEUNSAFEUSEROUTPUTBUFFER);
FX_DDI_SIGNATURE(WdfRequestProbeAndLockUserBufferForRead, PFN_WDFREQUESTPROBEANDLOCKUSERBUFFERFORREAD);
FX_DDI_SIGNATURE(WdfRequestProbeAndLockUserBufferForWrite, PFN_WDFREQUESTPROBEANDLOCKUSERBUFFERFORWRITE);
FX_DDI_SIGNATURE(WdfRequestGetFileObject, PFN_WDFREQUESTGETFILEOBJECT);
FX_DDI_SIGNATURE(WdfRequestIsFrom32BitProcess, PFN_WDFREQUESTISFROM32BITPROCESS);
FX_DDI_SIGNATURE(WdfRequestForwardToIoQueue, PFN_WDFREQUESTFORWARDTOIOQUEUE);
FX_DDI_SIGNATURE(WdfRequestRequeue, PFN_WDFREQUESTREQUEUE);
FX_DDI_SIGNATURE(WdfRequestStopAcknowledge, PFN_WDFREQUESTSTOPACKNOWLEDGE);

namespace wdf {

std::span<const DdiEntry> requestDdis() {
    static const DdiEntry kEntries[] = {
        ddiEntry(WdfRequestChangeTargetTableIndex, imp_WdfRequestChangeTarget),
        ddiEntry(WdfRequestIsReservedTableIndex, imp_WdfRequestIsReserved),
        ddiEntry(WdfRequestGetRequestorProcessIdTableIndex, imp_WdfRequestGetRequestorProcessId),
        ddiEntry(WdfRequestCreateTableIndex, imp_WdfRequestCreate),
        ddiEntry(WdfRequestAllocateTimerTableIndex, imp_WdfRequestAllocateTimer),
        ddiEntry(WdfRequestCreateFromIrpTableIndex, imp_WdfRequestCreateFromIrp),
        ddiEntry(WdfRequestReuseTableIndex, imp_WdfRequestReuse),
        ddiEntry(WdfRequestFormatRequestUsingCurrentTypeTableIndex, imp_WdfRequestFormatRequestUsingCurrentType),
        ddiEntry(WdfRequestWdmFormatUsingStackLocationTableIndex, imp_WdfRequestWdmFormatUsingStackLocation),
        ddiEntry(WdfRequestSetCompletionRoutineTableIndex, imp_WdfRequestSetCompletionRoutine),
        ddiEntry(WdfRequestSendTableIndex, imp_WdfRequestSend),
        ddiEntry(WdfRequestCancelSentRequestTableIndex, imp_WdfRequestCancelSentRequest),
        ddiEntry(WdfRequestGetCompletionParamsTableIndex, imp_WdfRequestGetCompletionParams),
        ddiEntry(WdfRequestCompleteTableIndex, imp_WdfRequestComplete),
        ddiEntry(WdfRequestCompleteWithInformationTableIndex, imp_WdfRequestCompleteWithInformation),
        ddiEntry(WdfRequestCompleteWithPriorityBoostTableIndex, imp_WdfRequestCompleteWithPriorityBoost),
        ddiEntry(WdfRequestSetInformationTableIndex, imp_WdfRequestSetInformation),
        ddiEntry(WdfRequestGetInformationTableIndex, imp_WdfRequestGetInformation),
        ddiEntry(WdfRequestGetStatusTableIndex, imp_WdfRequestGetStatus),
        ddiEntry(WdfRequestRetrieveInputBufferTableIndex, imp_WdfRequestRetrieveInputBuffer),
        ddiEntry(WdfRequestRetrieveOutputBufferTableIndex, imp_WdfRequestRetrieveOutputBuffer),
        ddiEntry(WdfRequestRetrieveInputMemoryTableIndex, imp_WdfRequestRetrieveInputMemory),
        ddiEntry(WdfRequestRetrieveOutputMemoryTableIndex, imp_WdfRequestRetrieveOutputMemory),
        ddiEntry(WdfRequestMarkCancelableTableIndex, imp_WdfRequestMarkCancelable),
        ddiEntry(WdfRequestMarkCancelableExTableIndex, imp_WdfRequestMarkCancelableEx),
        ddiEntry(WdfRequestUnmarkCancelableTableIndex, imp_WdfRequestUnmarkCancelable),
        ddiEntry(WdfRequestIsCanceledTableIndex, imp_WdfRequestIsCanceled),
        ddiEntry(WdfRequestGetIoQueueTableIndex, imp_WdfRequestGetIoQueue),
        ddiEntry(WdfRequestGetParametersTableIndex, imp_WdfRequestGetParameters),
        ddiEntry(WdfRequestGetRequestorModeTableIndex, imp_WdfRequestGetRequestorMode),
        ddiEntry(WdfRequestWdmGetIrpTableIndex, imp_WdfRequestWdmGetIrp),
        ddiEntry(WdfRequestRetrieveInputWdmMdlTableIndex, imp_WdfRequestRetrieveInputWdmMdl),
        ddiEntry(WdfRequestRetrieveOutputWdmMdlTableIndex, imp_WdfRequestRetrieveOutputWdmMdl),
        ddiEntry(WdfRequestRetrieveUnsafeUserInputBufferTableIndex, imp_WdfRequestRetrieveUnsafeUserInputBuffer),
        ddiEntry(WdfRequestRetrieveUnsafeUserOutputBufferTableIndex, imp_WdfRequestRetrieveUnsafeUserOutputBuffer),
        ddiEntry(WdfRequestProbeAndLockUserBufferForReadTableIndex, imp_WdfRequestProbeAndLockUserBufferForRead),
        ddiEntry(WdfRequestProbeAndLockUserBufferForWriteTableIndex, imp_WdfRequestProbeAndLockUserBufferForWrite),
        ddiEntry(WdfRequestGetFileObjectTableIndex, imp_WdfRequestGetFileObject),
        ddiEntry(WdfRequestIsFrom32BitProcessTableIndex, imp_WdfRequestIsFrom32BitProcess),
        ddiEntry(WdfRequestForwardToIoQueueTableIndex, imp_WdfRequestForwardToIoQueue),
        ddiEntry(WdfRequestRequeueTableIndex, imp_WdfRequestRequeue),
        ddiEntry(WdfRequestStopAcknowledgeTableIndex, imp_WdfRequestStopAcknowledge),
    };
    return kEntries;
}

}  // namespace wdf
