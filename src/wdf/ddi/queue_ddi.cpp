// WDFQUEUE DDIs (wdfio.h).
#include "wdf/core/fx_device.h"
#include "wdf/core/fx_file_object.h"
#include "wdf/ddi/ddi_families.h"
#include "wdf/ddi/ddi_support.h"
#include "wdf/io/fx_io_queue.h"
#include "wdf/io/fx_io_queue_forward_progress.h"
#include "wdf/io/fx_request.h"
#include "wdf/object/fx_ddi_checks.h"

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

// IRQL <= DISPATCH_LEVEL.
VOID imp_WdfIoQueueDrain(PWDF_DRIVER_GLOBALS DriverGlobals, WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE DrainComplete,
                         WDFCONTEXT Context) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxIoQueue>(globals, Queue, "WdfIoQueueDrain")->drain(DrainComplete, Context);
}

// IRQL PASSIVE_LEVEL.
VOID imp_WdfIoQueueDrainSynchronously(PWDF_DRIVER_GLOBALS DriverGlobals, WDFQUEUE Queue) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxIoQueue>(globals, Queue, "WdfIoQueueDrainSynchronously")->drainSynchronously();
}

// IRQL <= DISPATCH_LEVEL.
VOID imp_WdfIoQueuePurge(PWDF_DRIVER_GLOBALS DriverGlobals, WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE PurgeComplete,
                         WDFCONTEXT Context) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxIoQueue>(globals, Queue, "WdfIoQueuePurge")->purge(PurgeComplete, Context);
}

// IRQL PASSIVE_LEVEL.
VOID imp_WdfIoQueuePurgeSynchronously(PWDF_DRIVER_GLOBALS DriverGlobals, WDFQUEUE Queue) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxIoQueue>(globals, Queue, "WdfIoQueuePurgeSynchronously")->purgeSynchronously();
}

// IRQL <= DISPATCH_LEVEL.
VOID imp_WdfIoQueueStopAndPurge(PWDF_DRIVER_GLOBALS DriverGlobals, WDFQUEUE Queue,
                                PFN_WDF_IO_QUEUE_STATE StopAndPurgeComplete, WDFCONTEXT Context) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxIoQueue>(globals, Queue, "WdfIoQueueStopAndPurge")->stopAndPurge(StopAndPurgeComplete, Context);
}

// IRQL PASSIVE_LEVEL.
VOID imp_WdfIoQueueStopAndPurgeSynchronously(PWDF_DRIVER_GLOBALS DriverGlobals, WDFQUEUE Queue) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxIoQueue>(globals, Queue, "WdfIoQueueStopAndPurgeSynchronously")->stopAndPurgeSynchronously();
}

// IRQL <= DISPATCH_LEVEL.
NTSTATUS imp_WdfIoQueueReadyNotify(PWDF_DRIVER_GLOBALS DriverGlobals, WDFQUEUE Queue,
                                   PFN_WDF_IO_QUEUE_STATE QueueReady, WDFCONTEXT Context) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxIoQueue>(globals, Queue, "WdfIoQueueReadyNotify")->readyNotify(QueueReady, Context);
}

// IRQL <= DISPATCH_LEVEL.
NTSTATUS imp_WdfIoQueueFindRequest(PWDF_DRIVER_GLOBALS DriverGlobals, WDFQUEUE Queue, WDFREQUEST FoundRequest,
                                   WDFFILEOBJECT FileObject, PWDF_REQUEST_PARAMETERS Parameters,
                                   WDFREQUEST* OutRequest) {
    const char* ddi = "WdfIoQueueFindRequest";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoQueue* queue = resolve<FxIoQueue>(globals, Queue, ddi);
    if (OutRequest == nullptr) fxRequiredParameterNull(globals, "OutRequest", ddi);
    *OutRequest = nullptr;
    FxRequest* after = FoundRequest != nullptr ? resolve<FxRequest>(globals, FoundRequest, ddi) : nullptr;
    PFILE_OBJECT fileObject = nullptr;
    if (FileObject != nullptr) {
        fileObject = resolve<FxFileObject>(globals, FileObject, ddi)->wdmFileObject();
        if (fileObject == nullptr) return STATUS_NO_MORE_ENTRIES;  // no WDM file object: no request sent on it
    }
    if (Parameters != nullptr && Parameters->Size != sizeof(WDF_REQUEST_PARAMETERS)) {
        return fxBadStructSize(globals, ddi, "WDF_REQUEST_PARAMETERS", Parameters->Size,
                               sizeof(WDF_REQUEST_PARAMETERS));
    }
    FxRequest* found = nullptr;
    NTSTATUS status = queue->findRequest(after, fileObject, &found);
    if (!NT_SUCCESS(status)) return status;
    if (Parameters != nullptr) found->getParameters(Parameters);
    *OutRequest = found->handleAs<WDFREQUEST>();
    return STATUS_SUCCESS;
}

// IRQL <= DISPATCH_LEVEL.
NTSTATUS imp_WdfIoQueueRetrieveFoundRequest(PWDF_DRIVER_GLOBALS DriverGlobals, WDFQUEUE Queue,
                                            WDFREQUEST FoundRequest, WDFREQUEST* OutRequest) {
    const char* ddi = "WdfIoQueueRetrieveFoundRequest";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoQueue* queue = resolve<FxIoQueue>(globals, Queue, ddi);
    if (OutRequest == nullptr) fxRequiredParameterNull(globals, "OutRequest", ddi);
    *OutRequest = nullptr;
    FxRequest* found = resolve<FxRequest>(globals, FoundRequest, ddi);
    NTSTATUS status = queue->retrieveFoundRequest(found);
    if (NT_SUCCESS(status)) *OutRequest = FoundRequest;
    return status;
}

// IRQL <= DISPATCH_LEVEL.
NTSTATUS imp_WdfIoQueueRetrieveRequestByFileObject(PWDF_DRIVER_GLOBALS DriverGlobals, WDFQUEUE Queue,
                                                   WDFFILEOBJECT FileObject, WDFREQUEST* OutRequest) {
    const char* ddi = "WdfIoQueueRetrieveRequestByFileObject";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoQueue* queue = resolve<FxIoQueue>(globals, Queue, ddi);
    if (OutRequest == nullptr) fxRequiredParameterNull(globals, "OutRequest", ddi);
    *OutRequest = nullptr;
    PFILE_OBJECT fileObject = resolve<FxFileObject>(globals, FileObject, ddi)->wdmFileObject();
    if (fileObject == nullptr) return STATUS_NO_MORE_ENTRIES;
    FxRequest* request = nullptr;
    NTSTATUS status = queue->retrieveRequestByFileObject(fileObject, &request);
    if (NT_SUCCESS(status)) *OutRequest = request->handleAs<WDFREQUEST>();
    return status;
}

// IRQL PASSIVE_LEVEL. "Guaranteeing Forward Progress of I/O Operations": KMDF 1.11 and
// later accept any queue that receives requests from the framework.
NTSTATUS imp_WdfIoQueueAssignForwardProgressPolicy(PWDF_DRIVER_GLOBALS DriverGlobals, WDFQUEUE Queue,
                                                   PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY ForwardProgressPolicy) {
    const char* ddi = "WdfIoQueueAssignForwardProgressPolicy";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoQueue* queue = resolve<FxIoQueue>(globals, Queue, ddi);
    if (ForwardProgressPolicy == nullptr) fxRequiredParameterNull(globals, "ForwardProgressPolicy", ddi);
    if (!fxCheckIrql(globals, PASSIVE_LEVEL, ddi)) return STATUS_INVALID_DEVICE_REQUEST;
    if (ForwardProgressPolicy->Size != sizeof(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY)) {
        return fxBadStructSize(globals, ddi, "WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY", ForwardProgressPolicy->Size,
                               sizeof(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY));
    }
    NTSTATUS status = FxForwardProgress::validate(globals, *ForwardProgressPolicy);
    if (!NT_SUCCESS(status)) return status;
    return queue->assignForwardProgressPolicy(*ForwardProgressPolicy);
}

}  // extern "C"

// x64 layout of the documented member list (wdfio.h asserts the offsets as well).
static_assert(sizeof(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY) == 40);
static_assert(offsetof(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY, ForwardProgressReservePolicySettings) == 16);

FX_DDI_SIGNATURE(WdfIoQueueAssignForwardProgressPolicy, PFN_WDFIOQUEUEASSIGNFORWARDPROGRESSPOLICY);
FX_DDI_SIGNATURE(WdfIoQueueCreate, PFN_WDFIOQUEUECREATE);
FX_DDI_SIGNATURE(WdfIoQueueGetState, PFN_WDFIOQUEUEGETSTATE);
FX_DDI_SIGNATURE(WdfIoQueueStart, PFN_WDFIOQUEUESTART);
FX_DDI_SIGNATURE(WdfIoQueueStop, PFN_WDFIOQUEUESTOP);
FX_DDI_SIGNATURE(WdfIoQueueStopSynchronously, PFN_WDFIOQUEUESTOPSYNCHRONOUSLY);
FX_DDI_SIGNATURE(WdfIoQueueGetDevice, PFN_WDFIOQUEUEGETDEVICE);
FX_DDI_SIGNATURE(WdfIoQueueRetrieveNextRequest, PFN_WDFIOQUEUERETRIEVENEXTREQUEST);
FX_DDI_SIGNATURE(WdfIoQueueDrain, PFN_WDFIOQUEUEDRAIN);
FX_DDI_SIGNATURE(WdfIoQueueDrainSynchronously, PFN_WDFIOQUEUEDRAINSYNCHRONOUSLY);
FX_DDI_SIGNATURE(WdfIoQueuePurge, PFN_WDFIOQUEUEPURGE);
FX_DDI_SIGNATURE(WdfIoQueuePurgeSynchronously, PFN_WDFIOQUEUEPURGESYNCHRONOUSLY);
FX_DDI_SIGNATURE(WdfIoQueueStopAndPurge, PFN_WDFIOQUEUESTOPANDPURGE);
FX_DDI_SIGNATURE(WdfIoQueueStopAndPurgeSynchronously, PFN_WDFIOQUEUESTOPANDPURGESYNCHRONOUSLY);
FX_DDI_SIGNATURE(WdfIoQueueReadyNotify, PFN_WDFIOQUEUEREADYNOTIFY);
FX_DDI_SIGNATURE(WdfIoQueueFindRequest, PFN_WDFIOQUEUEFINDREQUEST);
FX_DDI_SIGNATURE(WdfIoQueueRetrieveFoundRequest, PFN_WDFIOQUEUERETRIEVEFOUNDREQUEST);
FX_DDI_SIGNATURE(WdfIoQueueRetrieveRequestByFileObject, PFN_WDFIOQUEUERETRIEVEREQUESTBYFILEOBJECT);

namespace wdf {

std::span<const DdiEntry> queueDdis() {
    static const DdiEntry kEntries[] = {
        ddiEntry(WdfIoQueueCreateTableIndex, imp_WdfIoQueueCreate),
        ddiEntry(WdfIoQueueAssignForwardProgressPolicyTableIndex, imp_WdfIoQueueAssignForwardProgressPolicy),
        ddiEntry(WdfIoQueueGetStateTableIndex, imp_WdfIoQueueGetState),
        ddiEntry(WdfIoQueueStartTableIndex, imp_WdfIoQueueStart),
        ddiEntry(WdfIoQueueStopTableIndex, imp_WdfIoQueueStop),
        ddiEntry(WdfIoQueueStopSynchronouslyTableIndex, imp_WdfIoQueueStopSynchronously),
        ddiEntry(WdfIoQueueGetDeviceTableIndex, imp_WdfIoQueueGetDevice),
        ddiEntry(WdfIoQueueRetrieveNextRequestTableIndex, imp_WdfIoQueueRetrieveNextRequest),
        ddiEntry(WdfIoQueueDrainTableIndex, imp_WdfIoQueueDrain),
        ddiEntry(WdfIoQueueDrainSynchronouslyTableIndex, imp_WdfIoQueueDrainSynchronously),
        ddiEntry(WdfIoQueuePurgeTableIndex, imp_WdfIoQueuePurge),
        ddiEntry(WdfIoQueuePurgeSynchronouslyTableIndex, imp_WdfIoQueuePurgeSynchronously),
        ddiEntry(WdfIoQueueStopAndPurgeTableIndex, imp_WdfIoQueueStopAndPurge),
        ddiEntry(WdfIoQueueStopAndPurgeSynchronouslyTableIndex, imp_WdfIoQueueStopAndPurgeSynchronously),
        ddiEntry(WdfIoQueueReadyNotifyTableIndex, imp_WdfIoQueueReadyNotify),
        ddiEntry(WdfIoQueueFindRequestTableIndex, imp_WdfIoQueueFindRequest),
        ddiEntry(WdfIoQueueRetrieveFoundRequestTableIndex, imp_WdfIoQueueRetrieveFoundRequest),
        ddiEntry(WdfIoQueueRetrieveRequestByFileObjectTableIndex, imp_WdfIoQueueRetrieveRequestByFileObject),
    };
    return kEntries;
}

}  // namespace wdf
