#include "wdf/core/fx_irp_dispatch.h"

#include <string>

#include "ntos/ke/kernel.h"
#include "wdf/core/fx_device.h"
#include "wdf/core/fx_file_dispatch.h"
#include "wdf/io/fx_io_queue.h"
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

// EvtIoInCallerContext sees the request on the sender's thread before any queue; the
// driver then calls WdfDeviceEnqueueRequest or completes it.
NTSTATUS presentInCallerContext(FxDevice& device, PIRP irp, WDF_REQUEST_TYPE type) {
    FxRequest* request = nullptr;
    NTSTATUS status = fxCreateNamed("IRP dispatch", device.globals(), device.requestAttributes(), nullptr,
                                    &request, irp, &device, type);
    if (!NT_SUCCESS(status)) return completeIrp(irp, STATUS_INSUFFICIENT_RESOURCES);
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

// Read, write and device controls go to EvtIoInCallerContext if the driver has one, else
// to the queue configured for their type, else to the default queue; with no queue a
// function driver fails them and a filter passes them down.
NTSTATUS dispatchIo(FxDevice& device, PIRP irp, WDF_REQUEST_TYPE type) {
    if (!device.acceptingIo()) return completeIrp(irp, STATUS_DELETE_PENDING);
    if (device.ioInCallerContext() != nullptr) return presentInCallerContext(device, irp, type);
    FxIoQueue* queue = device.queueFor(type);
    if (queue == nullptr) {
        if (device.role() == FxDeviceInit::Role::Filter) return forwardToLower(device, irp);
        return completeIrp(irp, STATUS_INVALID_DEVICE_REQUEST);
    }
    if (isZeroLength(irp, type) && !queue->allowsZeroLengthRequests()) {
        // Completed by the framework unless the queue asked for them.
        return completeIrp(irp, STATUS_SUCCESS, 0);
    }
    FxRequest* request = nullptr;
    NTSTATUS status = fxCreateNamed("IRP dispatch", device.globals(), device.requestAttributes(), nullptr,
                                    &request, irp, &device, type);
    if (!NT_SUCCESS(status)) return completeIrp(irp, STATUS_INSUFFICIENT_RESOURCES);
    IoMarkIrpPending(irp);
    queue->enqueue(request);
    return STATUS_PENDING;
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
            ntos::bugCheck(0x10D, kFxVerifierFatalError, 0, 0, 0,
                           std::string(ddiName) + " of a filter without queues (send to the I/O target) is not "
                                                  "implemented in OpenKMDF yet");
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

NTSTATUS fxDispatchIrp(PDEVICE_OBJECT deviceObject, PIRP irp) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    FxDevice* device = FxDevice::fromDeviceObject(deviceObject);
    if (device == nullptr) {
        // The WDFDEVICE is gone (removed); handles opened before may still clean up/close.
        bool closing = stack->MajorFunction == IRP_MJ_CLEANUP || stack->MajorFunction == IRP_MJ_CLOSE;
        return completeIrp(irp, closing ? STATUS_SUCCESS : STATUS_NO_SUCH_DEVICE);
    }
    switch (stack->MajorFunction) {
        case IRP_MJ_PNP:
            return device->pnp().dispatch(irp);
        case IRP_MJ_POWER:
            // Device power is implied by the PnP state until the power machine (issue 5).
            if (device->attachedDevice() != nullptr) return forwardToLower(*device, irp);
            return completeIrp(irp, STATUS_SUCCESS);
        case IRP_MJ_SYSTEM_CONTROL:
            // No WMI provider yet (issue 9): pass it down as a driver without WMI does.
            if (device->attachedDevice() != nullptr) return forwardToLower(*device, irp);
            return completeIrp(irp, irp->IoStatus.Status);
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

}  // namespace wdf
