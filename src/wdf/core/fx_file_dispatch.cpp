#include "wdf/core/fx_file_dispatch.h"

#include <utility>

#include "wdf/core/fx_device.h"
#include "wdf/core/fx_file_object.h"
#include "wdf/core/fx_irp_dispatch.h"
#include "wdf/io/fx_io_queue.h"
#include "wdf/io/fx_request.h"

namespace wdf {
namespace {

// Rides on a create request the driver or a create queue owns (as its child, so it is
// cleaned up when the request is completed, before the IRP completes). A create that
// fails gets no cleanup or close, so its WDFFILEOBJECT is deleted here.
class FxCreateOutcome : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::Object;

    FxCreateOutcome(FxDriverGlobals* globals, PIRP irp, FxFileObject* file)
        : FxObject(globals, kObjectType), irp_(irp), file_(file) {
        file_->addRef();
    }
    ~FxCreateOutcome() override {
        if (file_ != nullptr) file_->release();
    }

    bool driverMayDelete() const override { return false; }

protected:
    // Runs in the request's completion (IRQL <= DISPATCH_LEVEL, the completing thread),
    // after the status is set in the IRP.
    void onCleanup() override {
        FxFileObject* file = std::exchange(file_, nullptr);
        if (!NT_SUCCESS(irp_->IoStatus.Status)) file->deleteObject();
        file->release();
    }

private:
    PIRP irp_;
    FxFileObject* file_;
};

// IO_COMPLETION_ROUTINE of a create forwarded by the framework. IRQL <= DISPATCH_LEVEL.
NTSTATUS createForwarded(PDEVICE_OBJECT, PIRP, PVOID context) {
    KeSetEvent(static_cast<PKEVENT>(context), IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

// Sends the create down and waits for it (creates are synchronous at PASSIVE_LEVEL), so
// a failing lower driver also deletes our file object.
NTSTATUS forwardCreate(FxDevice& device, PIRP irp, FxFileObject* file) {
    KEVENT done;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(irp);
    IoSetCompletionRoutine(irp, createForwarded, &done, TRUE, TRUE, TRUE);
    NTSTATUS status = IoCallDriver(device.attachedDevice(), irp);
    if (status == STATUS_PENDING) KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, nullptr);
    status = irp->IoStatus.Status;
    if (!NT_SUCCESS(status) && file != nullptr) file->deleteObject();
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return status;
}

WDFFILEOBJECT handleOf(FxFileObject* file) { return file != nullptr ? file->handleAs<WDFFILEOBJECT>() : nullptr; }

// The WDFFILEOBJECT a cleanup/close is for; `report` is false when the driver's file
// callbacks are not to run (a file object the framework never made, e.g. a create that
// was forwarded before this device had one).
FxFileObject* fileObjectFor(FxDevice& device, PIRP irp, bool* report) {
    FxFileObject* file = device.findFileObject(IoGetCurrentIrpStackLocation(irp)->FileObject);
    *report = file != nullptr || device.fileObjectClass() == WdfFileObjectNotRequired;
    return file;
}

NTSTATUS finishCleanupOrClose(FxDevice& device, PIRP irp) {
    if (device.autoForwardCleanupClose() && device.attachedDevice() != nullptr) return fxForwardToLower(device, irp);
    return fxCompleteIrp(irp, STATUS_SUCCESS);
}

}  // namespace

NTSTATUS fxDispatchCreate(FxDevice& device, PIRP irp) {
    if (!device.acceptingIo()) return fxCompleteIrp(irp, STATUS_DELETE_PENDING);
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    const WDF_FILEOBJECT_CONFIG& config = device.fileObjectConfig();

    FxFileObject* file = nullptr;
    if (device.fileObjectClass() != WdfFileObjectNotRequired && stack->FileObject != nullptr) {
        NTSTATUS status = fxCreateNamed("IRP_MJ_CREATE", device.globals(), device.fileObjectAttributes(), &device,
                                        &file, &device, stack->FileObject);
        if (!NT_SUCCESS(status)) return fxCompleteIrp(irp, status);
        device.registerFileObject(file);
    }

    FxIoQueue* queue = device.createQueue();
    if (queue == nullptr && config.EvtDeviceFileCreate == nullptr) {
        // Nobody in the driver takes creates: filters (AutoForwardCleanupClose) pass them
        // down, function and bus drivers succeed them.
        if (device.autoForwardCleanupClose() && device.attachedDevice() != nullptr) {
            return forwardCreate(device, irp, file);
        }
        return fxCompleteIrp(irp, STATUS_SUCCESS);
    }

    FxRequest* request = nullptr;
    NTSTATUS status = fxCreateNamed("IRP_MJ_CREATE", device.globals(), device.requestAttributes(), nullptr,
                                    &request, irp, &device, WdfRequestTypeCreate);
    if (!NT_SUCCESS(status)) {
        if (file != nullptr) file->deleteObject();
        return fxCompleteIrp(irp, STATUS_INSUFFICIENT_RESOURCES);
    }
    if (file != nullptr) {
        FxCreateOutcome* outcome = nullptr;
        status = fxCreate(device.globals(), nullptr, request, &outcome, irp, file);
        if (!NT_SUCCESS(status)) {
            file->deleteObject();
            request->completeFromFramework(STATUS_INSUFFICIENT_RESOURCES, 0);
            return STATUS_INSUFFICIENT_RESOURCES;
        }
    }
    IoMarkIrpPending(irp);
    if (queue != nullptr) {
        // A create queue takes precedence over EvtDeviceFileCreate.
        queue->enqueue(request);
    } else {
        request->setOwner(FxRequest::Owner::Driver);
        config.EvtDeviceFileCreate(device.handleAs<WDFDEVICE>(), request->handleAs<WDFREQUEST>(), handleOf(file));
    }
    return STATUS_PENDING;
}

NTSTATUS fxDispatchCleanup(FxDevice& device, PIRP irp) {
    bool report = false;
    FxFileObject* file = fileObjectFor(device, irp, &report);
    PFN_WDF_FILE_CLEANUP evtCleanup = device.fileObjectConfig().EvtFileCleanup;
    if (report && evtCleanup != nullptr) evtCleanup(handleOf(file));
    return finishCleanupOrClose(device, irp);
}

NTSTATUS fxDispatchClose(FxDevice& device, PIRP irp) {
    bool report = false;
    FxFileObject* file = fileObjectFor(device, irp, &report);
    PFN_WDF_FILE_CLOSE evtClose = device.fileObjectConfig().EvtFileClose;
    if (report && evtClose != nullptr) evtClose(handleOf(file));
    // The WDFFILEOBJECT ends with its close (its EvtCleanupCallback runs now).
    if (file != nullptr) file->deleteObject();
    return finishCleanupOrClose(device, irp);
}

}  // namespace wdf
