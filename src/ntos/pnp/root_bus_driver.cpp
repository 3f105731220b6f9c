#include "ntos/pnp/root_bus_driver.h"

#include "ntos/io/device_header.h"
#include "ntos/io/io_manager.h"
#include "ntos/io/nt_string.h"
#include "ntos/pnp/device_node.h"
#include "ntos/pnp/pnp_manager.h"

#include <cstring>

namespace ntos {
namespace {

struct PdoExtension {
    DeviceNode* node;
    // The IRP_MN_WAIT_WAKE the bus holds for a wake-capable device (at most one), under
    // the cancel spin lock.
    PIRP waitWake;
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

NTSTATUS queryCapabilities(const DeviceNode& node, PIO_STACK_LOCATION stack) {
    PDEVICE_CAPABILITIES caps = stack->Parameters.DeviceCapabilities.Capabilities;
    if (caps == nullptr || caps->Version != 1 || caps->Size < sizeof(DEVICE_CAPABILITIES)) {
        return STATUS_UNSUCCESSFUL;
    }
    caps->DeviceState[PowerSystemWorking] = PowerDeviceD0;
    for (int s = PowerSystemSleeping1; s < PowerSystemMaximum; ++s) caps->DeviceState[s] = PowerDeviceD3;
    caps->SystemWake = node.config.canWake ? PowerSystemHibernate : PowerSystemUnspecified;
    caps->DeviceWake = node.config.canWake ? PowerDeviceD3 : PowerDeviceUnspecified;
    caps->WakeFromD0 = node.config.canWake ? TRUE : FALSE;
    caps->WakeFromD1 = FALSE;
    caps->WakeFromD2 = FALSE;
    caps->WakeFromD3 = node.config.canWake ? TRUE : FALSE;
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

// The simulated device's fixed resources as one logical configuration; not answered
// (IoStatus unchanged) for a device without resources.
NTSTATUS queryResourceRequirements(const DeviceNode& node, PIRP irp) {
    const auto& resources = node.config.resources;
    if (resources.empty()) return irp->IoStatus.Status;
    const size_t size = sizeof(IO_RESOURCE_REQUIREMENTS_LIST) + (resources.size() - 1) * sizeof(IO_RESOURCE_DESCRIPTOR);
    auto* list = static_cast<PIO_RESOURCE_REQUIREMENTS_LIST>(ExAllocatePool2(POOL_FLAG_PAGED, size, kIdTag));
    if (list == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
    std::memset(list, 0, size);
    list->ListSize = static_cast<ULONG>(size);
    list->InterfaceType = Internal;
    list->AlternativeLists = 1;
    IO_RESOURCE_LIST& configuration = list->List[0];
    configuration.Version = 1;
    configuration.Revision = 1;
    configuration.Count = static_cast<ULONG>(resources.size());
    for (size_t i = 0; i < resources.size(); ++i) {
        IO_RESOURCE_DESCRIPTOR& d = configuration.Descriptors[i];
        const RootDeviceConfig::Resource& r = resources[i];
        d.ShareDisposition = CmResourceShareDeviceExclusive;
        switch (r.kind) {
            case RootDeviceConfig::Resource::Kind::Port:
                d.Type = CmResourceTypePort;
                d.Flags = CM_RESOURCE_PORT_IO;
                d.u.Port.Length = r.length;
                d.u.Port.Alignment = 1;
                d.u.Port.MinimumAddress.QuadPart = static_cast<LONGLONG>(r.start);
                d.u.Port.MaximumAddress.QuadPart = static_cast<LONGLONG>(r.start + r.length - 1);
                break;
            case RootDeviceConfig::Resource::Kind::Memory:
                d.Type = CmResourceTypeMemory;
                d.Flags = CM_RESOURCE_MEMORY_READ_WRITE;
                d.u.Memory.Length = r.length;
                d.u.Memory.Alignment = 1;
                d.u.Memory.MinimumAddress.QuadPart = static_cast<LONGLONG>(r.start);
                d.u.Memory.MaximumAddress.QuadPart = static_cast<LONGLONG>(r.start + r.length - 1);
                break;
            case RootDeviceConfig::Resource::Kind::Interrupt:
                d.Type = CmResourceTypeInterrupt;
                d.Flags = CM_RESOURCE_INTERRUPT_LATCHED;
                d.u.Interrupt.MinimumVector = static_cast<ULONG>(r.start);
                d.u.Interrupt.MaximumVector = static_cast<ULONG>(r.start);
                break;
        }
    }
    irp->IoStatus.Information = reinterpret_cast<ULONG_PTR>(list);
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

// IRQL DISPATCH_LEVEL, the cancel spin lock held (released here).
VOID NTAPI cancelWaitWake(PDEVICE_OBJECT pdo, PIRP irp) {
    auto* extension = static_cast<PdoExtension*>(pdo->DeviceExtension);
    if (extension->waitWake == irp) extension->waitWake = nullptr;
    IoReleaseCancelSpinLock(irp->CancelIrql);
    irp->IoStatus.Status = STATUS_CANCELLED;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
}

// Takes the held wait-wake IRP (null when there is none or it is being cancelled).
// IRQL <= DISPATCH_LEVEL.
PIRP takeWaitWake(PdoExtension& extension) {
    KIRQL irql;
    IoAcquireCancelSpinLock(&irql);
    PIRP irp = extension.waitWake;
    if (irp != nullptr && IoSetCancelRoutine(irp, nullptr) == nullptr) irp = nullptr;  // its cancel routine owns it
    if (irp != nullptr) extension.waitWake = nullptr;
    IoReleaseCancelSpinLock(irql);
    return irp;
}

void completeWaitWake(PdoExtension& extension, NTSTATUS status) {
    if (PIRP irp = takeWaitWake(extension)) {
        irp->IoStatus.Status = status;
        irp->IoStatus.Information = 0;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
    }
}

// IRP_MN_WAIT_WAKE: a device that can wake the system from the state asked for is
// held until it signals wake (or the IRP is cancelled); else STATUS_INVALID_DEVICE_STATE,
// and STATUS_DEVICE_BUSY when one is already held ("IRP_MN_WAIT_WAKE").
NTSTATUS holdWaitWake(PDEVICE_OBJECT pdo, PIRP irp, PIO_STACK_LOCATION stack) {
    auto* extension = static_cast<PdoExtension*>(pdo->DeviceExtension);
    NTSTATUS status = STATUS_PENDING;
    if (!extension->node->config.canWake || stack->Parameters.WaitWake.PowerState > PowerSystemHibernate) {
        status = STATUS_INVALID_DEVICE_STATE;
    } else {
        KIRQL irql;
        IoAcquireCancelSpinLock(&irql);
        if (extension->waitWake != nullptr) {
            status = STATUS_DEVICE_BUSY;
        } else {
            IoMarkIrpPending(irp);
            extension->waitWake = irp;
            IoSetCancelRoutine(irp, cancelWaitWake);
            if (irp->Cancel && IoSetCancelRoutine(irp, nullptr) != nullptr) {
                extension->waitWake = nullptr;
                status = STATUS_CANCELLED;  // cancelled before it was held
            }
        }
        IoReleaseCancelSpinLock(irql);
    }
    PoStartNextPowerIrp(irp);
    if (status == STATUS_PENDING) return STATUS_PENDING;
    irp->IoStatus.Status = status;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return status;
}

// IRQL == PASSIVE_LEVEL, the PnP manager's thread.
NTSTATUS dispatchPnp(PDEVICE_OBJECT pdo, PIRP irp) {
    auto* extension = static_cast<PdoExtension*>(pdo->DeviceExtension);
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    NTSTATUS status = irp->IoStatus.Status;
    switch (stack->MinorFunction) {
    case IRP_MN_START_DEVICE:
        // What the stack left the bus of the assigned resources (`kmdfctl status`).
        extension->node->resourcesAtBus = PnpManager::resourcesText(stack->Parameters.StartDevice.AllocatedResources);
        status = STATUS_SUCCESS;
        break;
    case IRP_MN_QUERY_RESOURCE_REQUIREMENTS:
        status = queryResourceRequirements(*extension->node, irp);
        break;
    case IRP_MN_QUERY_STOP_DEVICE:
    case IRP_MN_CANCEL_STOP_DEVICE:
    case IRP_MN_STOP_DEVICE:
    case IRP_MN_QUERY_REMOVE_DEVICE:
    case IRP_MN_CANCEL_REMOVE_DEVICE:
        // The PDO stays until the bus reports the device missing (PnpManager deletes it).
        status = STATUS_SUCCESS;
        break;
    case IRP_MN_SURPRISE_REMOVAL:
    case IRP_MN_REMOVE_DEVICE:
        // A wait-wake IRP still held ends: the device is gone from its stack.
        completeWaitWake(*extension, STATUS_NO_SUCH_DEVICE);
        status = STATUS_SUCCESS;
        break;
    case IRP_MN_QUERY_ID:
        status = queryId(*extension->node, irp, stack);
        break;
    case IRP_MN_QUERY_CAPABILITIES:
        status = queryCapabilities(*extension->node, stack);
        break;
    case IRP_MN_QUERY_PNP_DEVICE_STATE:
    case IRP_MN_DEVICE_USAGE_NOTIFICATION:  // the root bus can hold any special file
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
    if (stack->MinorFunction == IRP_MN_WAIT_WAKE) return holdWaitWake(pdo, irp, stack);
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
    static_cast<PdoExtension*>(pdo->DeviceExtension)->waitWake = nullptr;
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

NTSTATUS RootBusDriver::signalWake(DeviceNode& node) {
    if (node.pdo == nullptr || !node.config.canWake) return STATUS_INVALID_DEVICE_STATE;
    PIRP irp = takeWaitWake(*static_cast<PdoExtension*>(node.pdo->DeviceExtension));
    if (irp == nullptr) return STATUS_INVALID_DEVICE_STATE;
    irp->IoStatus.Status = STATUS_SUCCESS;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

DeviceNode* RootBusDriver::nodeOfPdo(PDEVICE_OBJECT pdo) {
    DeviceHeader* header = DeviceHeader::of(pdo);
    return header ? static_cast<DeviceNode*>(header->deviceNode) : nullptr;
}

}  // namespace ntos
