// Resource assignment for a device about to start ("Hardware Resources", IRP_MN_QUERY_RESOURCE_REQUIREMENTS,
// IRP_MN_FILTER_RESOURCE_REQUIREMENTS): the bus reports the requirements, the stack may
// filter them (drivers remove and add requirements), and the PnP manager assigns the first
// logical configuration as raw and translated CM_RESOURCE_LISTs for IRP_MN_START_DEVICE.
// There is no arbiter: simulated devices have fixed resources, and a configuration is
// taken as it is (each descriptor's minimum address or vector).
#include "ntos/pnp/pnp_manager.h"

#include <cstdio>
#include <cstring>

#include "ntos/io/io_manager.h"
#include "ntos/io/nt_string.h"
#include "ntos/pnp/pnp_irp.h"

namespace ntos {
namespace {

// The first logical configuration as a CM_RESOURCE_LIST (alternatives inside it, marked
// IO_RESOURCE_ALTERNATIVE, are skipped: the preferred descriptor before them is taken).
std::vector<unsigned char> assignFirstConfiguration(const IO_RESOURCE_REQUIREMENTS_LIST& requirements) {
    std::vector<CM_PARTIAL_RESOURCE_DESCRIPTOR> assigned;
    if (requirements.AlternativeLists == 0) return {};
    const IO_RESOURCE_LIST& configuration = requirements.List[0];
    for (ULONG i = 0; i < configuration.Count; ++i) {
        const IO_RESOURCE_DESCRIPTOR& wanted = configuration.Descriptors[i];
        if ((wanted.Option & IO_RESOURCE_ALTERNATIVE) != 0) continue;
        CM_PARTIAL_RESOURCE_DESCRIPTOR descriptor{};
        descriptor.Type = wanted.Type;
        descriptor.ShareDisposition = wanted.ShareDisposition;
        descriptor.Flags = wanted.Flags;
        switch (wanted.Type) {
            case CmResourceTypePort:
                descriptor.u.Port.Start = wanted.u.Port.MinimumAddress;
                descriptor.u.Port.Length = wanted.u.Port.Length;
                break;
            case CmResourceTypeMemory:
                descriptor.u.Memory.Start = wanted.u.Memory.MinimumAddress;
                descriptor.u.Memory.Length = wanted.u.Memory.Length;
                break;
            case CmResourceTypeInterrupt:
                descriptor.u.Interrupt.Level = static_cast<USHORT>(wanted.u.Interrupt.MinimumVector);
                descriptor.u.Interrupt.Vector = wanted.u.Interrupt.MinimumVector;
                descriptor.u.Interrupt.Affinity = 1;
                break;
            default:
                continue;  // not a kind of resource the simulated buses have
        }
        assigned.push_back(descriptor);
    }
    if (assigned.empty()) return {};
    std::vector<unsigned char> storage(sizeof(CM_RESOURCE_LIST) +
                                       (assigned.size() - 1) * sizeof(CM_PARTIAL_RESOURCE_DESCRIPTOR));
    auto* list = reinterpret_cast<PCM_RESOURCE_LIST>(storage.data());
    list->Count = 1;
    list->List[0].InterfaceType = requirements.InterfaceType;
    list->List[0].BusNumber = requirements.BusNumber;
    list->List[0].PartialResourceList.Version = 1;
    list->List[0].PartialResourceList.Revision = 1;
    list->List[0].PartialResourceList.Count = static_cast<ULONG>(assigned.size());
    std::memcpy(list->List[0].PartialResourceList.PartialDescriptors, assigned.data(),
                assigned.size() * sizeof(CM_PARTIAL_RESOURCE_DESCRIPTOR));
    return storage;
}

}  // namespace

NTSTATUS PnpManager::assignResources(DeviceNode& node) {
    ULONG_PTR information = 0;
    NTSTATUS status = sendPnpIrp(node.pdo, IRP_MN_QUERY_RESOURCE_REQUIREMENTS, {}, &information);
    auto* requirements =
        NT_SUCCESS(status) ? reinterpret_cast<PIO_RESOURCE_REQUIREMENTS_LIST>(information) : nullptr;
    if (!NT_SUCCESS(status) && status != STATUS_NOT_SUPPORTED) return status;
    // The list travels in IoStatus.Information; a driver that replaces it frees the old one.
    information = reinterpret_cast<ULONG_PTR>(requirements);
    status = sendPnpIrp(
        node.pdo, IRP_MN_FILTER_RESOURCE_REQUIREMENTS,
        [requirements](PIO_STACK_LOCATION stack) {
            stack->Parameters.FilterResourceRequirements.IoResourceRequirementList = requirements;
        },
        &information);
    if (NT_SUCCESS(status)) {
        requirements = reinterpret_cast<PIO_RESOURCE_REQUIREMENTS_LIST>(information);
    } else if (status != STATUS_NOT_SUPPORTED) {
        if (requirements != nullptr && information == reinterpret_cast<ULONG_PTR>(requirements)) {
            ExFreePool(requirements);
        }
        return status;
    }
    node.assignedRaw.clear();
    node.assignedTranslated.clear();
    if (requirements != nullptr) {
        node.assignedRaw = assignFirstConfiguration(*requirements);
        node.assignedTranslated = node.assignedRaw;  // no bus translates addresses here
        ExFreePool(requirements);
    }
    return STATUS_SUCCESS;
}

std::string PnpManager::resourcesText(const CM_RESOURCE_LIST* list) {
    if (list == nullptr || list->Count == 0 || list->List[0].PartialResourceList.Count == 0) return "none";
    std::string text;
    const CM_PARTIAL_RESOURCE_LIST& partial = list->List[0].PartialResourceList;
    for (ULONG i = 0; i < partial.Count; ++i) {
        const CM_PARTIAL_RESOURCE_DESCRIPTOR& d = partial.PartialDescriptors[i];
        char item[64];
        switch (d.Type) {
            case CmResourceTypePort:
                std::snprintf(item, sizeof item, "port 0x%llX+0x%X", static_cast<unsigned long long>(d.u.Port.Start.QuadPart),
                              static_cast<unsigned>(d.u.Port.Length));
                break;
            case CmResourceTypeMemory:
                std::snprintf(item, sizeof item, "memory 0x%llX+0x%X",
                              static_cast<unsigned long long>(d.u.Memory.Start.QuadPart),
                              static_cast<unsigned>(d.u.Memory.Length));
                break;
            case CmResourceTypeInterrupt:
                std::snprintf(item, sizeof item, "irq %u", static_cast<unsigned>(d.u.Interrupt.Vector));
                break;
            default:
                std::snprintf(item, sizeof item, "type %u", static_cast<unsigned>(d.Type));
                break;
        }
        if (!text.empty()) text += ", ";
        text += item;
    }
    return text;
}

}  // namespace ntos
