#include "wdf/pnp/fx_resource_list.h"

#include <cstring>

namespace wdf {
namespace {

constexpr ULONG kResourceListTag = 'LRxF';

}  // namespace

void FxCmResList::load(const CM_RESOURCE_LIST* list) {
    descriptors_.clear();
    if (list == nullptr || list->Count == 0) return;
    const CM_FULL_RESOURCE_DESCRIPTOR& full = list->List[0];
    interfaceType_ = full.InterfaceType;
    busNumber_ = full.BusNumber;
    const CM_PARTIAL_RESOURCE_DESCRIPTOR* partial = full.PartialResourceList.PartialDescriptors;
    descriptors_.assign(partial, partial + full.PartialResourceList.Count);
}

PCM_RESOURCE_LIST FxCmResList::build() const {
    if (descriptors_.empty()) return nullptr;
    const size_t size = sizeof(CM_RESOURCE_LIST) + (descriptors_.size() - 1) * sizeof(CM_PARTIAL_RESOURCE_DESCRIPTOR);
    auto* list = static_cast<PCM_RESOURCE_LIST>(ExAllocatePool2(POOL_FLAG_PAGED, size, kResourceListTag));
    if (list == nullptr) return nullptr;
    std::memset(list, 0, size);
    list->Count = 1;
    list->List[0].InterfaceType = interfaceType_;
    list->List[0].BusNumber = busNumber_;
    list->List[0].PartialResourceList.Version = 1;
    list->List[0].PartialResourceList.Revision = 1;
    list->List[0].PartialResourceList.Count = static_cast<ULONG>(descriptors_.size());
    std::memcpy(list->List[0].PartialResourceList.PartialDescriptors, descriptors_.data(),
                descriptors_.size() * sizeof(CM_PARTIAL_RESOURCE_DESCRIPTOR));
    return list;
}

NTSTATUS FxIoResReqList::load(const IO_RESOURCE_REQUIREMENTS_LIST* list) {
    for (FxIoResList* old : lists_) old->deleteObject();
    lists_.clear();
    if (list == nullptr) return STATUS_SUCCESS;
    interfaceType_ = list->InterfaceType;
    busNumber_ = list->BusNumber;
    slotNumber_ = list->SlotNumber;
    // The logical configurations follow each other, each sized by its descriptor count.
    const auto* configuration = &list->List[0];
    for (ULONG i = 0; i < list->AlternativeLists; ++i) {
        FxIoResList* resList = nullptr;
        NTSTATUS status = fxCreate(globals(), nullptr, this, &resList);
        if (!NT_SUCCESS(status)) return status;
        resList->descriptors().assign(configuration->Descriptors, configuration->Descriptors + configuration->Count);
        lists_.push_back(resList);
        configuration = reinterpret_cast<const IO_RESOURCE_LIST*>(configuration->Descriptors + configuration->Count);
    }
    return STATUS_SUCCESS;
}

PIO_RESOURCE_REQUIREMENTS_LIST FxIoResReqList::build() const {
    if (lists_.empty()) return nullptr;
    size_t size = offsetof(IO_RESOURCE_REQUIREMENTS_LIST, List);
    for (const FxIoResList* resList : lists_) {
        size += offsetof(IO_RESOURCE_LIST, Descriptors) + resList->descriptors().size() * sizeof(IO_RESOURCE_DESCRIPTOR);
    }
    auto* list = static_cast<PIO_RESOURCE_REQUIREMENTS_LIST>(ExAllocatePool2(POOL_FLAG_PAGED, size, kResourceListTag));
    if (list == nullptr) return nullptr;
    std::memset(list, 0, size);
    list->ListSize = static_cast<ULONG>(size);
    list->InterfaceType = interfaceType_;
    list->BusNumber = busNumber_;
    list->SlotNumber = slotNumber_;
    list->AlternativeLists = static_cast<ULONG>(lists_.size());
    auto* configuration = &list->List[0];
    for (const FxIoResList* resList : lists_) {
        configuration->Version = 1;
        configuration->Revision = 1;
        configuration->Count = static_cast<ULONG>(resList->descriptors().size());
        std::memcpy(configuration->Descriptors, resList->descriptors().data(),
                    resList->descriptors().size() * sizeof(IO_RESOURCE_DESCRIPTOR));
        configuration = reinterpret_cast<IO_RESOURCE_LIST*>(configuration->Descriptors + configuration->Count);
    }
    return list;
}

void FxIoResReqList::onCleanup() { lists_.clear(); }  // the children go with this object

}  // namespace wdf
