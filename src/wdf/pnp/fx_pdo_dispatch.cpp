// IRP_MJ_PNP for a PDO the framework created for a bus driver (WdfPdoInitAllocate): the
// framework acts as the bus driver. It starts and removes the device through the same
// PnP machine as an FDO (without a lower driver to wait for), answers IRP_MN_QUERY_ID
// from the WdfPdoInitXxx identity, IRP_MN_QUERY_CAPABILITIES (RawDeviceOK for a raw
// PDO) and the TargetDeviceRelation, and completes every other IRP with the status it
// carries, as the bottom of a stack does. A removed PDO stays until its parent goes.
#include <string>
#include <vector>

#include "wdf/core/fx_device.h"
#include "wdf/pnp/fx_pnp_machine.h"

namespace wdf {
namespace {

using E = PnpEvent;

constexpr ULONG kIdTag = 'dIxF';

// A pool string (REG_SZ or, for lists, REG_MULTI_SZ) the PnP manager frees.
PWCHAR allocateIds(const std::vector<std::u16string>& ids, bool list) {
    size_t chars = 1;
    for (const auto& id : ids) chars += id.size() + 1;
    if (!list) chars = ids.empty() ? 1 : ids[0].size() + 1;
    auto* text = static_cast<char16_t*>(ExAllocatePool2(POOL_FLAG_PAGED, chars * sizeof(char16_t), kIdTag));
    if (text == nullptr) return nullptr;
    char16_t* out = text;
    for (const auto& id : ids) {
        out = std::copy(id.begin(), id.end(), out);
        *out++ = 0;
        if (!list) return reinterpret_cast<PWCHAR>(text);
    }
    *out = 0;
    return reinterpret_cast<PWCHAR>(text);
}

}  // namespace

NTSTATUS FxPnpMachine::dispatchAsPdo(PIRP irp) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    const WDF_PNPPOWER_EVENT_CALLBACKS& cb = device_.pnpPowerCallbacks();
    const FxPdoIdentity& identity = device_.pdoIdentity();
    switch (stack->MinorFunction) {
        case IRP_MN_START_DEVICE:
            return complete(irp, processEvent(E::StartDevice));
        case IRP_MN_QUERY_REMOVE_DEVICE:
            if (device_.stopRemoveVetoed()) return complete(irp, STATUS_UNSUCCESSFUL);
            if (cb.EvtDeviceQueryRemove != nullptr && isStarted()) {
                NTSTATUS status = cb.EvtDeviceQueryRemove(device_.handleAs<WDFDEVICE>());
                if (!NT_SUCCESS(status)) return complete(irp, status);
            }
            processEvent(E::QueryRemove);
            return complete(irp, STATUS_SUCCESS);
        case IRP_MN_CANCEL_REMOVE_DEVICE:
            processEvent(E::CancelRemove);
            return complete(irp, STATUS_SUCCESS);
        case IRP_MN_DEVICE_USAGE_NOTIFICATION:
            return complete(irp, device_.usageNotification(stack, {}));
        case IRP_MN_QUERY_PNP_DEVICE_STATE:
            irp->IoStatus.Information = device_.pnpDeviceStateBits();
            return complete(irp, STATUS_SUCCESS);
        case IRP_MN_QUERY_STOP_DEVICE:
            return complete(irp, queryStop());
        case IRP_MN_CANCEL_STOP_DEVICE:
            if (state_ == PnpState::QueryStopPending) processEvent(E::CancelStop);
            return complete(irp, STATUS_SUCCESS);
        case IRP_MN_STOP_DEVICE:
            if (state_ == PnpState::QueryStopPending) processEvent(E::StopDevice);
            return complete(irp, STATUS_SUCCESS);
        case IRP_MN_SURPRISE_REMOVAL:
            processEvent(E::SurpriseRemoval);
            return complete(irp, STATUS_SUCCESS);
        case IRP_MN_REMOVE_DEVICE:
            // The device (and its WDFDEVICE) stay: the bus still has the child until the
            // parent is removed.
            if (state_ != PnpState::Removed) processEvent(E::RemoveDevice);
            return complete(irp, STATUS_SUCCESS);
        case IRP_MN_QUERY_ID: {
            std::vector<std::u16string> ids;
            bool list = false;
            switch (stack->Parameters.QueryId.IdType) {
                case BusQueryDeviceID: ids = {identity.deviceId}; break;
                case BusQueryInstanceID: ids = {identity.instanceId}; break;
                case BusQueryHardwareIDs: ids = identity.hardwareIds; list = true; break;
                case BusQueryCompatibleIDs: ids = identity.compatibleIds; list = true; break;
                default: break;
            }
            if (ids.empty() || ids[0].empty()) return complete(irp, irp->IoStatus.Status);
            PWCHAR text = allocateIds(ids, list);
            if (text == nullptr) return complete(irp, STATUS_INSUFFICIENT_RESOURCES);
            irp->IoStatus.Information = reinterpret_cast<ULONG_PTR>(text);
            return complete(irp, STATUS_SUCCESS);
        }
        case IRP_MN_QUERY_CAPABILITIES: {
            PDEVICE_CAPABILITIES capabilities = stack->Parameters.DeviceCapabilities.Capabilities;
            if (capabilities == nullptr || capabilities->Version < 1) return complete(irp, STATUS_INVALID_PARAMETER);
            capabilities->RawDeviceOK = identity.raw ? 1 : 0;
            capabilities->UniqueID = 0;
            device_.applyCapabilities(*capabilities);
            return complete(irp, STATUS_SUCCESS);
        }
        case IRP_MN_QUERY_DEVICE_RELATIONS: {
            if (cb.EvtDeviceRelationsQuery != nullptr) {
                cb.EvtDeviceRelationsQuery(device_.handleAs<WDFDEVICE>(), stack->Parameters.QueryDeviceRelations.Type);
            }
            if (stack->Parameters.QueryDeviceRelations.Type != TargetDeviceRelation) {
                return complete(irp, irp->IoStatus.Status);
            }
            auto* relations =
                static_cast<PDEVICE_RELATIONS>(ExAllocatePool2(POOL_FLAG_PAGED, sizeof(DEVICE_RELATIONS), kIdTag));
            if (relations == nullptr) return complete(irp, STATUS_INSUFFICIENT_RESOURCES);
            ObReferenceObject(device_.deviceObject());
            relations->Count = 1;
            relations->Objects[0] = device_.deviceObject();
            irp->IoStatus.Information = reinterpret_cast<ULONG_PTR>(relations);
            return complete(irp, STATUS_SUCCESS);
        }
        default:
            return complete(irp, irp->IoStatus.Status);
    }
}

}  // namespace wdf
