// WDFREQUEST DDIs (wdfrequest.h) for framework-delivered requests.
#include "wdf/ddi/ddi_families.h"
#include "wdf/ddi/ddi_support.h"
#include "wdf/io/fx_io_queue.h"
#include "wdf/io/fx_request.h"

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
    return resolve<FxRequest>(globals, Request, "WdfRequestGetInformation")->information();
}

NTSTATUS imp_WdfRequestGetStatus(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxRequest>(globals, Request, "WdfRequestGetStatus")->irp()->IoStatus.Status;
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

}  // extern "C"

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

namespace wdf {

std::span<const DdiEntry> requestDdis() {
    static const DdiEntry kEntries[] = {
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
    };
    return kEntries;
}

}  // namespace wdf
