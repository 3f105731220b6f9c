// The framework's WDM dispatch routine, installed for every major function of a KMDF
// driver: routes each IRP to the device's PnP machine, power handling, file handling or
// I/O queues ("I/O request handler", "Dispatching Methods for I/O Requests").
#pragma once

#include <ntddk.h>
#include <wdf.h>

namespace wdf {

class FxDevice;
class FxIoQueue;
class FxRequest;

// DRIVER_DISPATCH. IRQL PASSIVE_LEVEL (PnP, create/close) or <= DISPATCH_LEVEL (I/O).
NTSTATUS fxDispatchIrp(PDEVICE_OBJECT deviceObject, PIRP irp);

// WdfDeviceWdmDispatchPreprocessedIrp: the driver's EvtDeviceWdmIrpPreprocess hands the
// IRP back after IoSkipCurrentIrpStackLocation or IoCopyCurrentIrpStackLocationToNext;
// the framework moves to that stack location and handles the IRP as if no preprocess
// callback existed. Bug-checks WDF_VIOLATION when the driver set up no stack location.
// IRQL <= DISPATCH_LEVEL.
NTSTATUS fxDispatchPreprocessedIrp(FxDevice& device, PIRP irp, const char* ddiName);

// WdfDeviceWdmDispatchIrp: the driver's EvtDeviceWdmIrpDispatch returns the IRP for the
// framework's default handling. `dispatchContext` must be the one the callback received.
// IRQL <= DISPATCH_LEVEL.
NTSTATUS fxDispatchIrpByDefault(FxDevice& device, PIRP irp, WDFCONTEXT dispatchContext, const char* ddiName);
// WdfDeviceWdmDispatchIrpToIoQueue: a read, write or device control IRP into `queue`
// (WDF_DISPATCH_IRP_TO_IO_QUEUE_PREPROCESSED_IRP: from EvtDeviceWdmIrpPreprocess, after
// the driver prepared the next stack location). IRQL <= DISPATCH_LEVEL.
NTSTATUS fxDispatchIrpToQueue(FxDevice& device, PIRP irp, FxIoQueue& queue, ULONG flags, const char* ddiName);

// Completes an IRP the framework owns (no FxRequest). Returns `status`.
// IRQL <= DISPATCH_LEVEL.
NTSTATUS fxCompleteIrp(PIRP irp, NTSTATUS status, ULONG_PTR information = 0);
// Passes the IRP to the next lower device untouched (filters), or completes it with its
// current status when there is none. IRQL <= DISPATCH_LEVEL.
NTSTATUS fxForwardToLower(FxDevice& device, PIRP irp);

// WdfDeviceEnqueueRequest: hands a request the driver got in EvtIoInCallerContext to the
// queue dispatch would have chosen (type-specific, else default). STATUS_INVALID_DEVICE_REQUEST
// without a queue (function drivers), STATUS_WDF_BUSY (STATUS_INVALID_DEVICE_STATE until
// the headers define it) if the queue does not accept requests: the driver still owns
// the request then. IRQL <= DISPATCH_LEVEL.
NTSTATUS fxEnqueueFromCallerContext(FxDevice& device, FxRequest* request, const char* ddiName);

}  // namespace wdf
