// Static enumeration ("Enumerating the Devices on a Bus", static child list): a bus FDO
// adds PDOs it created (WdfPdoInitAllocate + WdfDeviceCreate) with WdfFdoAddStaticChild;
// the framework reports them in the FDO's BusRelations and deletes them when the FDO is
// removed. Dynamic child lists (WdfChildList*) and reporting a child missing are issue 9.
#include <algorithm>

#include "wdf/core/fx_device.h"
#include "wdf/pnp/fx_pnp_machine.h"

namespace wdf {

// IRQL PASSIVE_LEVEL.
NTSTATUS FxDevice::addStaticChild(FxDevice* child) {
    if (std::find(staticChildren_.begin(), staticChildren_.end(), child) != staticChildren_.end()) {
        return STATUS_SUCCESS;
    }
    staticChildren_.push_back(child);
    // A started bus reports the new child now; before the start, the BusRelations query
    // that follows it will.
    if (pnp_->isStarted() && physicalDevice_ != nullptr) IoInvalidateDeviceRelations(physicalDevice_, BusRelations);
    return STATUS_SUCCESS;
}

// IRQL PASSIVE_LEVEL.
NTSTATUS FxDevice::addStaticChildrenToRelations(PIRP irp) {
    if (staticChildren_.empty()) return STATUS_SUCCESS;
    auto* existing = reinterpret_cast<PDEVICE_RELATIONS>(irp->IoStatus.Information);
    const ULONG existingCount = existing != nullptr ? existing->Count : 0;
    const ULONG count = existingCount + static_cast<ULONG>(staticChildren_.size());
    const size_t size = sizeof(DEVICE_RELATIONS) + (count - 1) * sizeof(PDEVICE_OBJECT);
    auto* relations = static_cast<PDEVICE_RELATIONS>(ExAllocatePool2(POOL_FLAG_PAGED, size, 'lRxF'));
    if (relations == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
    relations->Count = 0;
    for (ULONG i = 0; i < existingCount; ++i) relations->Objects[relations->Count++] = existing->Objects[i];
    for (FxDevice* child : staticChildren_) {
        // The PnP manager owns one reference per reported PDO.
        ObReferenceObject(child->deviceObject());
        relations->Objects[relations->Count++] = child->deviceObject();
    }
    if (existing != nullptr) ExFreePool(existing);
    irp->IoStatus.Information = reinterpret_cast<ULONG_PTR>(relations);
    irp->IoStatus.Status = STATUS_SUCCESS;
    return STATUS_SUCCESS;
}

// IRQL PASSIVE_LEVEL.
void FxDevice::deleteStaticChildren() {
    std::vector<FxDevice*> children;
    children.swap(staticChildren_);
    for (FxDevice* child : children) {
        child->retire(0);
        child->deleteObject();
    }
}

}  // namespace wdf
