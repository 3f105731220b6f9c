#include "ntos/pnp/root_bus_driver.h"

#include "ntos/io/device_header.h"
#include "ntos/io/io_manager.h"
#include "ntos/io/nt_string.h"
#include "ntos/pnp/device_node.h"

#include <cstring>

namespace ntos {
namespace {

struct PdoExtension {
    DeviceNode* node;
};

constexpr ULONG kIdTag = 'DIpP';

PWCHAR allocateIdString(const std::u16string& text, bool multiSz) {
    const size_t chars = text.size() + (multiSz ? 2 : 1);
    auto* buffer = static_cast<PWCHAR>(ExAllocatePool2(POOL_FLAG_PAGED, chars * sizeof(WCHAR), kIdTag));
    if (buffer == nullptr) return nullptr;
    std::memset(buffer, 0, chars * sizeof(WCHAR));
    std::memcpy(buffer, text.data(), text.size() * sizeof(WCHAR));
    return buffer;
}

NTSTATUS queryId(DeviceNode& node, PIRP irp, PIO_STACK_LOCATION stack) {
    PWCHAR id = nullptr;
    switch (stack->Parameters.QueryId.IdType) {
    case BusQueryDeviceID:
        id = allocateIdString(node.config.hardwareId, false);
        break;
    case BusQueryInstanceID:
        id = allocateIdString(node.config.instanceId, false);
        break;
    case BusQueryHardwareIDs:
        id = allocateIdString(node.config.hardwareId, true);
        break;
    default:
        return irp->IoStatus.Status;  // not answered: compatible IDs, container ID, ...
    }
    if (id == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
    irp->IoStatus.Information = reinterpret_cast<ULONG_PTR>(id);
    return STATUS_SUCCESS;
}

NTSTATUS queryCapabilities(PIO_STACK_LOCATION stack) {
    PDEVICE_CAPABILITIES caps = stack->Parameters.DeviceCapabilities.Capabilities;
    if (caps == nullptr || caps->Version != 1 || caps->Size < sizeof(DEVICE_CAPABILITIES)) {
        return STATUS_UNSUCCESSFUL;
    }
    caps->DeviceState[PowerSystemWorking] = PowerDeviceD0;
    for (int s = PowerSystemSleeping1; s < PowerSystemMaximum; ++s) caps->DeviceState[s] = PowerDeviceD3;
    caps->SystemWake = PowerSystemUnspecified;
    caps->DeviceWake = PowerDeviceUnspecified;
    caps->DeviceD1 = FALSE;
    caps->DeviceD2 = FALSE;
    caps->LockSupported = FALSE;
    caps->EjectSupported = FALSE;
    caps->Removable = FALSE;
    caps->DockDevice = FALSE;
    caps->UniqueID = TRUE;
    caps->SilentInstall = TRUE;
    caps->RawDeviceOK = FALSE;
    caps->SurpriseRemovalOK = FALSE;
    caps->Address = 0xFFFFFFFF;
    caps->UINumber = 0xFFFFFFFF;
    return STATUS_SUCCESS;
}

NTSTATUS queryTargetRelation(PDEVICE_OBJECT pdo, PIRP irp, PIO_STACK_LOCATION stack) {
    if (stack->Parameters.QueryDeviceRelations.Type != TargetDeviceRelation) return irp->IoStatus.Status;
    auto* relations = static_cast<PDEVICE_RELATIONS>(
        ExAllocatePool2(POOL_FLAG_PAGED, sizeof(DEVICE_RELATIONS), kIdTag));
    if (relations == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
    relations->Count = 1;
    relations->Objects[0] = pdo;
    ObReferenceObject(pdo);
    irp->IoStatus.Information = reinterpret_cast<ULONG_PTR>(relations);
    return STATUS_SUCCESS;
}

// IRQL == PASSIVE_LEVEL, the PnP manager's thread.
NTSTATUS dispatchPnp(PDEVICE_OBJECT pdo, PIRP irp) {
    auto* extension = static_cast<PdoExtension*>(pdo->DeviceExtension);
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    NTSTATUS status = irp->IoStatus.Status;
    switch (stack->MinorFunction) {
    case IRP_MN_START_DEVICE:
    case IRP_MN_QUERY_STOP_DEVICE:
    case IRP_MN_CANCEL_STOP_DEVICE:
    case IRP_MN_STOP_DEVICE:
    case IRP_MN_QUERY_REMOVE_DEVICE:
    case IRP_MN_CANCEL_REMOVE_DEVICE:
    case IRP_MN_SURPRISE_REMOVAL:
    case IRP_MN_REMOVE_DEVICE:
        // The PDO stays until the bus reports the device missing (PnpManager deletes it).
        status = STATUS_SUCCESS;
        break;
    case IRP_MN_QUERY_ID:
        status = queryId(*extension->node, irp, stack);
        break;
    case IRP_MN_QUERY_CAPABILITIES:
        status = queryCapabilities(stack);
        break;
    case IRP_MN_QUERY_PNP_DEVICE_STATE:
        status = STATUS_SUCCESS;
        break;
    case IRP_MN_QUERY_DEVICE_RELATIONS:
        status = queryTargetRelation(pdo, irp, stack);
        break;
    default:
        break;
    }
    irp->IoStatus.Status = status;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return status;
}

// IRQL <= DISPATCH_LEVEL, any thread.
NTSTATUS dispatchPower(PDEVICE_OBJECT pdo, PIRP irp) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    NTSTATUS status = irp->IoStatus.Status;
    if (stack->MinorFunction == IRP_MN_SET_POWER || stack->MinorFunction == IRP_MN_QUERY_POWER) {
        status = STATUS_SUCCESS;
    }
    // The bus driver of the stack records the device power state it was set to.
    if (stack->MinorFunction == IRP_MN_SET_POWER && stack->Parameters.Power.Type == DevicePowerState) {
        PoSetPowerState(pdo, DevicePowerState, stack->Parameters.Power.State);
    }
    PoStartNextPowerIrp(irp);
    irp->IoStatus.Status = status;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return status;
}

// IRQL <= DISPATCH_LEVEL, any thread. Requests that no function driver took.
NTSTATUS dispatchOther(PDEVICE_OBJECT, PIRP irp) {
    const NTSTATUS status = IoGetCurrentIrpStackLocation(irp)->MajorFunction == IRP_MJ_SYSTEM_CONTROL
                                ? irp->IoStatus.Status
                                : STATUS_INVALID_DEVICE_REQUEST;
    irp->IoStatus.Status = status;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return status;
}

NTSTATUS initializeRootBus(PDRIVER_OBJECT driver, PUNICODE_STRING) {
    for (auto& dispatch : driver->MajorFunction) dispatch = dispatchOther;
    driver->MajorFunction[IRP_MJ_PNP] = dispatchPnp;
    driver->MajorFunction[IRP_MJ_POWER] = dispatchPower;
    return STATUS_SUCCESS;
}

}  // namespace

RootBusDriver::RootBusDriver(IoManager& io) : io_(io) {}

void RootBusDriver::create() {
    if (driver_ != nullptr && io_.drivers().record(driver_) != nullptr) return;  // still loaded
    driver_ = io_.drivers().createBuiltin(u"\\Driver\\PnpManager", initializeRootBus);
}

NTSTATUS RootBusDriver::createPdo(DeviceNode& node) {
    PDEVICE_OBJECT pdo = nullptr;
    NTSTATUS status = IoCreateDevice(driver_, sizeof(PdoExtension), nullptr, FILE_DEVICE_UNKNOWN,
                                     FILE_AUTOGENERATED_DEVICE_NAME | FILE_DEVICE_SECURE_OPEN, FALSE, &pdo);
    if (!NT_SUCCESS(status)) return status;
    static_cast<PdoExtension*>(pdo->DeviceExtension)->node = &node;
    DeviceHeader::of(pdo)->deviceNode = &node;
    DeviceHeader::of(pdo)->pnpOpenState = DeviceHeader::PnpOpenState::NotStarted;
    pdo->Flags |= DO_BUS_ENUMERATED_DEVICE | DO_POWER_PAGABLE;
    pdo->Flags &= ~DO_DEVICE_INITIALIZING;
    node.pdo = pdo;
    return STATUS_SUCCESS;
}

void RootBusDriver::deletePdo(DeviceNode& node) {
    if (node.pdo == nullptr) return;
    DeviceHeader::of(node.pdo)->deviceNode = nullptr;
    IoDeleteDevice(node.pdo);
    node.pdo = nullptr;
}

DeviceNode* RootBusDriver::nodeOfPdo(PDEVICE_OBJECT pdo) {
    DeviceHeader* header = DeviceHeader::of(pdo);
    return header ? static_cast<DeviceNode*>(header->deviceNode) : nullptr;
}

}  // namespace ntos
