#include "wdf/core/fx_irp_dispatch.h"

#include "wdf/core/fx_device.h"
#include "wdf/io/fx_io_queue.h"
#include "wdf/io/fx_request.h"
#include "wdf/pnp/fx_pnp_machine.h"

namespace wdf {
namespace {

NTSTATUS completeIrp(PIRP irp, NTSTATUS status, ULONG_PTR information = 0) {
    irp->IoStatus.Status = status;
    irp->IoStatus.Information = information;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return status;
}

NTSTATUS forwardToLower(FxDevice& device, PIRP irp) {
    if (device.attachedDevice() == nullptr) return completeIrp(irp, irp->IoStatus.Status);
    IoSkipCurrentIrpStackLocation(irp);
    return IoCallDriver(device.attachedDevice(), irp);
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

// Read, write and device controls go to the queue configured for their type, else to
// the default queue; with no queue a function driver fails them.
NTSTATUS dispatchIo(FxDevice& device, PIRP irp, WDF_REQUEST_TYPE type) {
    if (!device.acceptingIo()) return completeIrp(irp, STATUS_DELETE_PENDING);
    FxIoQueue* queue = device.queueFor(type);
    if (queue == nullptr) {
        if (device.role() == FxDeviceInit::Role::Filter) return forwardToLower(device, irp);
        return completeIrp(irp, STATUS_INVALID_DEVICE_REQUEST);
    }
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    bool zeroLength = (type == WdfRequestTypeRead && stack->Parameters.Read.Length == 0) ||
                      (type == WdfRequestTypeWrite && stack->Parameters.Write.Length == 0);
    if (zeroLength && !queue->allowsZeroLengthRequests()) {
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

// Create, cleanup and close: without file-object callbacks a function driver opens a
// file object and succeeds (EvtDeviceFileCreate and WDFFILEOBJECT come with issue 3).
NTSTATUS dispatchFile(FxDevice& device, PIRP irp) {
    if (device.role() == FxDeviceInit::Role::Filter) return forwardToLower(device, irp);
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    if (stack->MajorFunction == IRP_MJ_CREATE && !device.acceptingIo()) {
        return completeIrp(irp, STATUS_DELETE_PENDING);
    }
    return completeIrp(irp, STATUS_SUCCESS);
}

}  // namespace

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
        case IRP_MJ_CLEANUP:
        case IRP_MJ_CLOSE:
            return dispatchFile(*device, irp);
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
