// A function or filter driver's part in resource assignment: its requirements filters
// around IRP_MN_FILTER_RESOURCE_REQUIREMENTS, and the removal of the resources it added
// before IRP_MN_START_DEVICE reaches the bus (WDF_FDO_EVENT_CALLBACKS).
#include "wdf/core/fx_device.h"
#include "wdf/pnp/fx_pnp_machine.h"
#include "wdf/pnp/fx_resource_list.h"

namespace wdf {
namespace {

// The list the IRP carries now (a driver that handled the IRP put its list in
// IoStatus.Information; before that, the PnP manager's list is there as well).
PIO_RESOURCE_REQUIREMENTS_LIST carriedList(PIRP irp) {
    return reinterpret_cast<PIO_RESOURCE_REQUIREMENTS_LIST>(irp->IoStatus.Information);
}

// Runs one filter callback over the IRP's list and replaces the list with the result
// (the old one is freed: whoever replaces a requirements list frees the one it replaced).
NTSTATUS runFilter(FxDevice& device, PFN_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS filter, PIRP irp) {
    FxIoResReqList* requirements = nullptr;
    NTSTATUS status = fxCreate(device.globals(), nullptr, &device, &requirements);
    if (!NT_SUCCESS(status)) return status;
    status = requirements->load(carriedList(irp));
    if (NT_SUCCESS(status)) status = filter(device.handleAs<WDFDEVICE>(), requirements->handleAs<WDFIORESREQLIST>());
    if (NT_SUCCESS(status)) {
        PIO_RESOURCE_REQUIREMENTS_LIST rebuilt = requirements->build();
        if (rebuilt == nullptr && !requirements->lists().empty()) {
            status = STATUS_INSUFFICIENT_RESOURCES;
        } else {
            if (PIO_RESOURCE_REQUIREMENTS_LIST old = carriedList(irp)) ExFreePool(old);
            irp->IoStatus.Information = reinterpret_cast<ULONG_PTR>(rebuilt);
            IoGetCurrentIrpStackLocation(irp)->Parameters.FilterResourceRequirements.IoResourceRequirementList = rebuilt;
        }
    }
    requirements->deleteObject();
    return status;
}

}  // namespace

NTSTATUS FxPnpMachine::filterResourceRequirements(PIRP irp) {
    const WDF_FDO_EVENT_CALLBACKS& fdo = device_.fdoCallbacks();
    if (fdo.EvtDeviceFilterRemoveResourceRequirements != nullptr) {
        NTSTATUS status = runFilter(device_, fdo.EvtDeviceFilterRemoveResourceRequirements, irp);
        if (!NT_SUCCESS(status)) return status;
        irp->IoStatus.Status = STATUS_SUCCESS;
    }
    NTSTATUS status = forwardAndWait(irp);
    if (status == STATUS_NOT_SUPPORTED) status = STATUS_SUCCESS;  // nobody below changed the list
    if (!NT_SUCCESS(status)) return status;
    if (fdo.EvtDeviceFilterAddResourceRequirements != nullptr) {
        status = runFilter(device_, fdo.EvtDeviceFilterAddResourceRequirements, irp);
    }
    return status;
}

NTSTATUS FxPnpMachine::forwardStartWithoutAddedResources(PIRP irp) {
    const WDF_FDO_EVENT_CALLBACKS& fdo = device_.fdoCallbacks();
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    if (fdo.EvtDeviceRemoveAddedResources == nullptr || stack->Parameters.StartDevice.AllocatedResources == nullptr) {
        return forwardAndWait(irp);
    }
    // Copies for the callback to trim; this driver's own start keeps the whole assignment.
    FxCmResList* raw = nullptr;
    FxCmResList* translated = nullptr;
    NTSTATUS status = fxCreate(device_.globals(), nullptr, &device_, &raw);
    if (NT_SUCCESS(status)) status = fxCreate(device_.globals(), nullptr, &device_, &translated);
    if (!NT_SUCCESS(status)) {
        if (raw != nullptr) raw->deleteObject();
        return status;
    }
    raw->load(stack->Parameters.StartDevice.AllocatedResources);
    translated->load(stack->Parameters.StartDevice.AllocatedResourcesTranslated);
    status = fdo.EvtDeviceRemoveAddedResources(device_.handleAs<WDFDEVICE>(), raw->handleAs<WDFCMRESLIST>(),
                                               translated->handleAs<WDFCMRESLIST>());
    PCM_RESOURCE_LIST trimmedRaw = nullptr;
    PCM_RESOURCE_LIST trimmedTranslated = nullptr;
    if (NT_SUCCESS(status)) {
        trimmedRaw = raw->build();
        trimmedTranslated = translated->build();
        const PCM_RESOURCE_LIST assignedRaw = stack->Parameters.StartDevice.AllocatedResources;
        const PCM_RESOURCE_LIST assignedTranslated = stack->Parameters.StartDevice.AllocatedResourcesTranslated;
        stack->Parameters.StartDevice.AllocatedResources = trimmedRaw;
        stack->Parameters.StartDevice.AllocatedResourcesTranslated = trimmedTranslated;
        status = forwardAndWait(irp);
        stack->Parameters.StartDevice.AllocatedResources = assignedRaw;
        stack->Parameters.StartDevice.AllocatedResourcesTranslated = assignedTranslated;
    }
    if (trimmedRaw != nullptr) ExFreePool(trimmedRaw);
    if (trimmedTranslated != nullptr) ExFreePool(trimmedTranslated);
    raw->deleteObject();
    translated->deleteObject();
    return status;
}

}  // namespace wdf
