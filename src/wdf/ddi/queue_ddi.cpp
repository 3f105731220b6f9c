// WDFQUEUE DDIs (wdfio.h).
#include "wdf/core/fx_device.h"
#include "wdf/ddi/ddi_families.h"
#include "wdf/ddi/ddi_support.h"
#include "wdf/io/fx_io_queue.h"
#include "wdf/io/fx_request.h"

using namespace wdf;

extern "C" {

// IRQL <= DISPATCH_LEVEL.
NTSTATUS imp_WdfIoQueueCreate(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device, PWDF_IO_QUEUE_CONFIG Config,
                              PWDF_OBJECT_ATTRIBUTES QueueAttributes, WDFQUEUE* Queue) {
    const char* ddi = "WdfIoQueueCreate";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    if (Config == nullptr) fxRequiredParameterNull(globals, "Config", ddi);
    if (Config->Size != sizeof(WDF_IO_QUEUE_CONFIG)) {
        return fxBadStructSize(globals, ddi, "WDF_IO_QUEUE_CONFIG", Config->Size, sizeof(WDF_IO_QUEUE_CONFIG));
    }
    if (QueueAttributes != nullptr && QueueAttributes->ParentObject != nullptr &&
        QueueAttributes->ParentObject != Device) {
        globals->verifierLog("WdfIoQueueCreate: a queue's parent is its device");
        return STATUS_INVALID_PARAMETER;
    }
    if (Config->EvtIoStop != nullptr || Config->EvtIoResume != nullptr || Config->EvtIoCanceledOnQueue != nullptr) {
        ntos::bugCheck(0x10D, kFxVerifierFatalError, 0, 0, 0,
                       "WdfIoQueueCreate: EvtIoStop, EvtIoResume and EvtIoCanceledOnQueue are not implemented "
                       "in OpenKMDF yet");
    }
    FxIoQueue* queue = nullptr;
    NTSTATUS status = fxCreateNamed(ddi, globals, QueueAttributes, device, &queue, device, *Config);
    if (!NT_SUCCESS(status)) return status;
    if (Queue != nullptr) *Queue = queue->handleAs<WDFQUEUE>();
    return STATUS_SUCCESS;
}

// IRQL <= DISPATCH_LEVEL.
WDF_IO_QUEUE_STATE imp_WdfIoQueueGetState(PWDF_DRIVER_GLOBALS DriverGlobals, WDFQUEUE Queue, PULONG QueueRequests,
                                          PULONG DriverRequests) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxIoQueue>(globals, Queue, "WdfIoQueueGetState")->state(QueueRequests, DriverRequests);
}

// IRQL <= DISPATCH_LEVEL.
VOID imp_WdfIoQueueStart(PWDF_DRIVER_GLOBALS DriverGlobals, WDFQUEUE Queue) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxIoQueue>(globals, Queue, "WdfIoQueueStart")->start();
}

// IRQL <= DISPATCH_LEVEL.
VOID imp_WdfIoQueueStop(PWDF_DRIVER_GLOBALS DriverGlobals, WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE StopComplete,
                        WDFCONTEXT Context) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxIoQueue>(globals, Queue, "WdfIoQueueStop")->stop(StopComplete, Context);
}

// IRQL PASSIVE_LEVEL.
VOID imp_WdfIoQueueStopSynchronously(PWDF_DRIVER_GLOBALS DriverGlobals, WDFQUEUE Queue) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxIoQueue>(globals, Queue, "WdfIoQueueStopSynchronously")->stopSynchronously();
}

// IRQL <= DISPATCH_LEVEL.
WDFDEVICE imp_WdfIoQueueGetDevice(PWDF_DRIVER_GLOBALS DriverGlobals, WDFQUEUE Queue) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxIoQueue>(globals, Queue, "WdfIoQueueGetDevice")->device()->handleAs<WDFDEVICE>();
}

// IRQL <= DISPATCH_LEVEL.
NTSTATUS imp_WdfIoQueueRetrieveNextRequest(PWDF_DRIVER_GLOBALS DriverGlobals, WDFQUEUE Queue,
                                           WDFREQUEST* OutRequest) {
    const char* ddi = "WdfIoQueueRetrieveNextRequest";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoQueue* queue = resolve<FxIoQueue>(globals, Queue, ddi);
    if (OutRequest == nullptr) fxRequiredParameterNull(globals, "OutRequest", ddi);
    FxRequest* request = nullptr;
    NTSTATUS status = queue->retrieveNextRequest(&request);
    *OutRequest = request != nullptr ? request->handleAs<WDFREQUEST>() : nullptr;
    return status;
}

}  // extern "C"

FX_DDI_SIGNATURE(WdfIoQueueCreate, PFN_WDFIOQUEUECREATE);
FX_DDI_SIGNATURE(WdfIoQueueGetState, PFN_WDFIOQUEUEGETSTATE);
FX_DDI_SIGNATURE(WdfIoQueueStart, PFN_WDFIOQUEUESTART);
FX_DDI_SIGNATURE(WdfIoQueueStop, PFN_WDFIOQUEUESTOP);
FX_DDI_SIGNATURE(WdfIoQueueStopSynchronously, PFN_WDFIOQUEUESTOPSYNCHRONOUSLY);
FX_DDI_SIGNATURE(WdfIoQueueGetDevice, PFN_WDFIOQUEUEGETDEVICE);
FX_DDI_SIGNATURE(WdfIoQueueRetrieveNextRequest, PFN_WDFIOQUEUERETRIEVENEXTREQUEST);

namespace wdf {

std::span<const DdiEntry> queueDdis() {
    static const DdiEntry kEntries[] = {
        ddiEntry(WdfIoQueueCreateTableIndex, imp_WdfIoQueueCreate),
        ddiEntry(WdfIoQueueGetStateTableIndex, imp_WdfIoQueueGetState),
        ddiEntry(WdfIoQueueStartTableIndex, imp_WdfIoQueueStart),
        ddiEntry(WdfIoQueueStopTableIndex, imp_WdfIoQueueStop),
        ddiEntry(WdfIoQueueStopSynchronouslyTableIndex, imp_WdfIoQueueStopSynchronously),
        ddiEntry(WdfIoQueueGetDeviceTableIndex, imp_WdfIoQueueGetDevice),
        ddiEntry(WdfIoQueueRetrieveNextRequestTableIndex, imp_WdfIoQueueRetrieveNextRequest),
    };
    return kEntries;
}

}  // namespace wdf
