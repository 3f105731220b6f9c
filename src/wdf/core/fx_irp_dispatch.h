// The framework's WDM dispatch routine, installed for every major function of a KMDF
// driver: routes each IRP to the device's PnP machine, power handling, file handling or
// I/O queues ("I/O request handler", "Dispatching Methods for I/O Requests").
#pragma once

#include <ntddk.h>

namespace wdf {

class FxDevice;
class FxRequest;

// DRIVER_DISPATCH. IRQL PASSIVE_LEVEL (PnP, create/close) or <= DISPATCH_LEVEL (I/O).
NTSTATUS fxDispatchIrp(PDEVICE_OBJECT deviceObject, PIRP irp);

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
