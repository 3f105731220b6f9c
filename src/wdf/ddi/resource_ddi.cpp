// Resource list DDIs (wdfresource.h: WdfIoResourceRequirementsList*, WdfIoResourceList*,
// WdfCmResourceList*) and WdfFdoInitSetEventCallbacks, which registers the callbacks that
// use them. A bad index for a removal bug-checks, as the reference pages say; a bad index
// for a read returns NULL; an insertion past the end gives STATUS_ARRAY_BOUNDS_EXCEEDED.
#include <algorithm>
#include <cstring>
#include <string>

#include "wdf/core/fx_device.h"
#include "wdf/core/fx_device_init.h"
#include "wdf/ddi/ddi_families.h"
#include "wdf/ddi/ddi_support.h"
#include "wdf/object/fx_ddi_checks.h"
#include "wdf/pnp/fx_resource_list.h"

using namespace wdf;

namespace {

template <class T>
void insertAt(std::vector<T>& items, const T& item, ULONG index) {
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(index), item);
}

[[noreturn]] void badIndex(FxDriverGlobals* globals, const char* ddi, ULONG index, size_t count) {
    wdfViolation(globals, kFxVerifierFatalError, index, count, 0,
                 std::string(ddi) + ": index " + std::to_string(index) + " is not below the count " +
                     std::to_string(count));
}

// The descriptor operations WDFIORESLIST and WDFCMRESLIST share.
template <class T>
NTSTATUS insertDescriptor(FxDriverGlobals* globals, const char* ddi, std::vector<T>& items, const T* descriptor,
                          ULONG index) {
    if (descriptor == nullptr) fxRequiredParameterNull(globals, "Descriptor", ddi);
    if (index > items.size()) return STATUS_ARRAY_BOUNDS_EXCEEDED;
    insertAt(items, *descriptor, index);
    return STATUS_SUCCESS;
}

template <class T>
T* descriptorAt(std::vector<T>& items, ULONG index) {
    return index < items.size() ? &items[index] : nullptr;
}

template <class T>
void removeAt(FxDriverGlobals* globals, const char* ddi, std::vector<T>& items, ULONG index) {
    if (index >= items.size()) badIndex(globals, ddi, index, items.size());
    items.erase(items.begin() + index);
}

template <class T>
void removeMatching(FxDriverGlobals* globals, const char* ddi, std::vector<T>& items, const T* descriptor) {
    if (descriptor == nullptr) fxRequiredParameterNull(globals, "Descriptor", ddi);
    for (auto it = items.begin(); it != items.end(); ++it) {
        // The driver passes a descriptor it got from GetDescriptor: the same storage.
        if (&*it == descriptor) {
            items.erase(it);
            return;
        }
    }
    wdfViolation(globals, kFxVerifierFatalError, reinterpret_cast<ULONG_PTR>(descriptor), 0, 0,
                 std::string(ddi) + ": the descriptor is not in the list");
}

}  // namespace

extern "C" {

// IRQL PASSIVE_LEVEL, EvtDriverDeviceAdd (before WdfDeviceCreate).
VOID NTAPI imp_WdfFdoInitSetEventCallbacks(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                           PWDF_FDO_EVENT_CALLBACKS FdoEventCallbacks) {
    const char* ddi = "WdfFdoInitSetEventCallbacks";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, ddi);
    if (FdoEventCallbacks == nullptr) fxRequiredParameterNull(globals, "FdoEventCallbacks", ddi);
    if (FdoEventCallbacks->Size != sizeof(WDF_FDO_EVENT_CALLBACKS)) {
        fxBadStructSize(globals, ddi, "WDF_FDO_EVENT_CALLBACKS", FdoEventCallbacks->Size, sizeof(WDF_FDO_EVENT_CALLBACKS));
        return;
    }
    if (init->role != FxDeviceInit::Role::Function && init->role != FxDeviceInit::Role::Filter) {
        globals->verifierLog(std::string(ddi) + ": only the WDFDEVICE_INIT of EvtDriverDeviceAdd takes FDO callbacks");
        return;
    }
    init->fdoCallbacks = *FdoEventCallbacks;
}

// --- WDFIORESREQLIST (IRQL PASSIVE_LEVEL: the filter callbacks) -----------------------

VOID NTAPI imp_WdfIoResourceRequirementsListSetSlotNumber(PWDF_DRIVER_GLOBALS DriverGlobals,
                                                          WDFIORESREQLIST RequirementsList, ULONG SlotNumber) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxIoResReqList>(globals, RequirementsList, "WdfIoResourceRequirementsListSetSlotNumber")
        ->setSlotNumber(SlotNumber);
}

VOID NTAPI imp_WdfIoResourceRequirementsListSetInterfaceType(PWDF_DRIVER_GLOBALS DriverGlobals,
                                                             WDFIORESREQLIST RequirementsList,
                                                             INTERFACE_TYPE InterfaceType) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxIoResReqList>(globals, RequirementsList, "WdfIoResourceRequirementsListSetInterfaceType")
        ->setInterfaceType(InterfaceType);
}

NTSTATUS NTAPI imp_WdfIoResourceRequirementsListInsertIoResList(PWDF_DRIVER_GLOBALS DriverGlobals,
                                                                WDFIORESREQLIST RequirementsList,
                                                                WDFIORESLIST IoResList, ULONG Index) {
    const char* ddi = "WdfIoResourceRequirementsListInsertIoResList";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoResReqList* requirements = resolve<FxIoResReqList>(globals, RequirementsList, ddi);
    FxIoResList* configuration = resolve<FxIoResList>(globals, IoResList, ddi);
    auto& lists = requirements->lists();
    if (Index > lists.size()) return STATUS_ARRAY_BOUNDS_EXCEEDED;
    if (std::find(lists.begin(), lists.end(), configuration) != lists.end()) {
        globals->verifierLog(std::string(ddi) + ": the logical configuration is already in the list");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    insertAt(lists, configuration, Index);
    return STATUS_SUCCESS;
}

NTSTATUS NTAPI imp_WdfIoResourceRequirementsListAppendIoResList(PWDF_DRIVER_GLOBALS DriverGlobals,
                                                                WDFIORESREQLIST RequirementsList,
                                                                WDFIORESLIST IoResList) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoResReqList* requirements =
        resolve<FxIoResReqList>(globals, RequirementsList, "WdfIoResourceRequirementsListAppendIoResList");
    return imp_WdfIoResourceRequirementsListInsertIoResList(DriverGlobals, RequirementsList, IoResList,
                                                            static_cast<ULONG>(requirements->lists().size()));
}

ULONG NTAPI imp_WdfIoResourceRequirementsListGetCount(PWDF_DRIVER_GLOBALS DriverGlobals,
                                                      WDFIORESREQLIST RequirementsList) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return static_cast<ULONG>(
        resolve<FxIoResReqList>(globals, RequirementsList, "WdfIoResourceRequirementsListGetCount")->lists().size());
}

WDFIORESLIST NTAPI imp_WdfIoResourceRequirementsListGetIoResList(PWDF_DRIVER_GLOBALS DriverGlobals,
                                                                 WDFIORESREQLIST RequirementsList, ULONG Index) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    auto& lists =
        resolve<FxIoResReqList>(globals, RequirementsList, "WdfIoResourceRequirementsListGetIoResList")->lists();
    return Index < lists.size() ? lists[Index]->handleAs<WDFIORESLIST>() : nullptr;
}

VOID NTAPI imp_WdfIoResourceRequirementsListRemove(PWDF_DRIVER_GLOBALS DriverGlobals,
                                                   WDFIORESREQLIST RequirementsList, ULONG Index) {
    const char* ddi = "WdfIoResourceRequirementsListRemove";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    auto& lists = resolve<FxIoResReqList>(globals, RequirementsList, ddi)->lists();
    if (Index >= lists.size()) badIndex(globals, ddi, Index, lists.size());
    FxIoResList* removed = lists[Index];
    lists.erase(lists.begin() + Index);
    removed->deleteObject();
}

VOID NTAPI imp_WdfIoResourceRequirementsListRemoveByIoResList(PWDF_DRIVER_GLOBALS DriverGlobals,
                                                              WDFIORESREQLIST RequirementsList, WDFIORESLIST IoResList) {
    const char* ddi = "WdfIoResourceRequirementsListRemoveByIoResList";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    auto& lists = resolve<FxIoResReqList>(globals, RequirementsList, ddi)->lists();
    FxIoResList* configuration = resolve<FxIoResList>(globals, IoResList, ddi);
    auto it = std::find(lists.begin(), lists.end(), configuration);
    if (it == lists.end()) {
        wdfViolation(globals, kFxVerifierFatalError, reinterpret_cast<ULONG_PTR>(IoResList), 0, 0,
                     std::string(ddi) + ": the logical configuration is not in the list");
    }
    lists.erase(it);
    configuration->deleteObject();
}

// --- WDFIORESLIST ---------------------------------------------------------------------

NTSTATUS NTAPI imp_WdfIoResourceListCreate(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIORESREQLIST RequirementsList,
                                           PWDF_OBJECT_ATTRIBUTES Attributes, WDFIORESLIST* ResourceList) {
    const char* ddi = "WdfIoResourceListCreate";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoResReqList* requirements = resolve<FxIoResReqList>(globals, RequirementsList, ddi);
    if (ResourceList == nullptr) fxRequiredParameterNull(globals, "ResourceList", ddi);
    *ResourceList = nullptr;
    FxIoResList* created = nullptr;
    // The requirements list is the parent (documented): the configuration goes with it.
    NTSTATUS status = fxCreateNamed(ddi, globals, Attributes, requirements, &created);
    if (NT_SUCCESS(status)) *ResourceList = created->handleAs<WDFIORESLIST>();
    return status;
}

NTSTATUS NTAPI imp_WdfIoResourceListInsertDescriptor(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIORESLIST ResourceList,
                                                     PIO_RESOURCE_DESCRIPTOR Descriptor, ULONG Index) {
    const char* ddi = "WdfIoResourceListInsertDescriptor";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return insertDescriptor(globals, ddi, resolve<FxIoResList>(globals, ResourceList, ddi)->descriptors(),
                            static_cast<const IO_RESOURCE_DESCRIPTOR*>(Descriptor), Index);
}

NTSTATUS NTAPI imp_WdfIoResourceListAppendDescriptor(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIORESLIST ResourceList,
                                                     PIO_RESOURCE_DESCRIPTOR Descriptor) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    auto& descriptors = resolve<FxIoResList>(globals, ResourceList, "WdfIoResourceListAppendDescriptor")->descriptors();
    return imp_WdfIoResourceListInsertDescriptor(DriverGlobals, ResourceList, Descriptor,
                                                 static_cast<ULONG>(descriptors.size()));
}

VOID NTAPI imp_WdfIoResourceListUpdateDescriptor(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIORESLIST ResourceList,
                                                 PIO_RESOURCE_DESCRIPTOR Descriptor, ULONG Index) {
    const char* ddi = "WdfIoResourceListUpdateDescriptor";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    auto& descriptors = resolve<FxIoResList>(globals, ResourceList, ddi)->descriptors();
    if (Descriptor == nullptr) fxRequiredParameterNull(globals, "Descriptor", ddi);
    if (Index >= descriptors.size()) badIndex(globals, ddi, Index, descriptors.size());
    descriptors[Index] = *Descriptor;
}

ULONG NTAPI imp_WdfIoResourceListGetCount(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIORESLIST ResourceList) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return static_cast<ULONG>(resolve<FxIoResList>(globals, ResourceList, "WdfIoResourceListGetCount")->descriptors().size());
}

PIO_RESOURCE_DESCRIPTOR NTAPI imp_WdfIoResourceListGetDescriptor(PWDF_DRIVER_GLOBALS DriverGlobals,
                                                                 WDFIORESLIST ResourceList, ULONG Index) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return descriptorAt(resolve<FxIoResList>(globals, ResourceList, "WdfIoResourceListGetDescriptor")->descriptors(), Index);
}

VOID NTAPI imp_WdfIoResourceListRemove(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIORESLIST ResourceList, ULONG Index) {
    const char* ddi = "WdfIoResourceListRemove";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    removeAt(globals, ddi, resolve<FxIoResList>(globals, ResourceList, ddi)->descriptors(), Index);
}

VOID NTAPI imp_WdfIoResourceListRemoveByDescriptor(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIORESLIST ResourceList,
                                                   PIO_RESOURCE_DESCRIPTOR Descriptor) {
    const char* ddi = "WdfIoResourceListRemoveByDescriptor";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    removeMatching(globals, ddi, resolve<FxIoResList>(globals, ResourceList, ddi)->descriptors(),
                   static_cast<const IO_RESOURCE_DESCRIPTOR*>(Descriptor));
}

// --- WDFCMRESLIST (IRQL <= DISPATCH_LEVEL for the reads) -----------------------------

NTSTATUS NTAPI imp_WdfCmResourceListInsertDescriptor(PWDF_DRIVER_GLOBALS DriverGlobals, WDFCMRESLIST List,
                                                     PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor, ULONG Index) {
    const char* ddi = "WdfCmResourceListInsertDescriptor";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return insertDescriptor(globals, ddi, resolve<FxCmResList>(globals, List, ddi)->descriptors(),
                            static_cast<const CM_PARTIAL_RESOURCE_DESCRIPTOR*>(Descriptor), Index);
}

NTSTATUS NTAPI imp_WdfCmResourceListAppendDescriptor(PWDF_DRIVER_GLOBALS DriverGlobals, WDFCMRESLIST List,
                                                     PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    auto& descriptors = resolve<FxCmResList>(globals, List, "WdfCmResourceListAppendDescriptor")->descriptors();
    return imp_WdfCmResourceListInsertDescriptor(DriverGlobals, List, Descriptor, static_cast<ULONG>(descriptors.size()));
}

ULONG NTAPI imp_WdfCmResourceListGetCount(PWDF_DRIVER_GLOBALS DriverGlobals, WDFCMRESLIST List) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return static_cast<ULONG>(resolve<FxCmResList>(globals, List, "WdfCmResourceListGetCount")->descriptors().size());
}

PCM_PARTIAL_RESOURCE_DESCRIPTOR NTAPI imp_WdfCmResourceListGetDescriptor(PWDF_DRIVER_GLOBALS DriverGlobals,
                                                                         WDFCMRESLIST List, ULONG Index) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return descriptorAt(resolve<FxCmResList>(globals, List, "WdfCmResourceListGetDescriptor")->descriptors(), Index);
}

VOID NTAPI imp_WdfCmResourceListRemove(PWDF_DRIVER_GLOBALS DriverGlobals, WDFCMRESLIST List, ULONG Index) {
    const char* ddi = "WdfCmResourceListRemove";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    removeAt(globals, ddi, resolve<FxCmResList>(globals, List, ddi)->descriptors(), Index);
}

VOID NTAPI imp_WdfCmResourceListRemoveByDescriptor(PWDF_DRIVER_GLOBALS DriverGlobals, WDFCMRESLIST List,
                                                   PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor) {
    const char* ddi = "WdfCmResourceListRemoveByDescriptor";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    removeMatching(globals, ddi, resolve<FxCmResList>(globals, List, ddi)->descriptors(),
                   static_cast<const CM_PARTIAL_RESOURCE_DESCRIPTOR*>(Descriptor));
}

}  // extern "C"

FX_DDI_SIGNATURE(WdfFdoInitSetEventCallbacks, PFN_WDFFDOINITSETEVENTCALLBACKS);
FX_DDI_SIGNATURE(WdfIoResourceRequirementsListSetSlotNumber, PFN_WDFIORESOURCEREQUIREMENTSLISTSETSLOTNUMBER);
FX_DDI_SIGNATURE(WdfIoResourceRequirementsListSetInterfaceType, PFN_WDFIORESOURCEREQUIREMENTSLISTSETINTERFACETYPE);
FX_DDI_SIGNATURE(WdfIoResourceRequirementsListAppendIoResList, PFN_WDFIORESOURCEREQUIREMENTSLISTAPPENDIORESLIST);
FX_DDI_SIGNATURE(WdfIoResourceRequirementsListInsertIoResList, PFN_WDFIORESOURCEREQUIREMENTSLISTINSERTIORESLIST);
FX_DDI_SIGNATURE(WdfIoResourceRequirementsListGetCount, PFN_WDFIORESOURCEREQUIREMENTSLISTGETCOUNT);
FX_DDI_SIGNATURE(WdfIoResourceRequirementsListGetIoResList, PFN_WDFIORESOURCEREQUIREMENTSLISTGETIORESLIST);
FX_DDI_SIGNATURE(WdfIoResourceRequirementsListRemove, PFN_WDFIORESOURCEREQUIREMENTSLISTREMOVE);
FX_DDI_SIGNATURE(WdfIoResourceRequirementsListRemoveByIoResList, PFN_WDFIORESOURCEREQUIREMENTSLISTREMOVEBYIORESLIST);
FX_DDI_SIGNATURE(WdfIoResourceListCreate, PFN_WDFIORESOURCELISTCREATE);
FX_DDI_SIGNATURE(WdfIoResourceListAppendDescriptor, PFN_WDFIORESOURCELISTAPPENDDESCRIPTOR);
FX_DDI_SIGNATURE(WdfIoResourceListInsertDescriptor, PFN_WDFIORESOURCELISTINSERTDESCRIPTOR);
FX_DDI_SIGNATURE(WdfIoResourceListUpdateDescriptor, PFN_WDFIORESOURCELISTUPDATEDESCRIPTOR);
FX_DDI_SIGNATURE(WdfIoResourceListGetCount, PFN_WDFIORESOURCELISTGETCOUNT);
FX_DDI_SIGNATURE(WdfIoResourceListGetDescriptor, PFN_WDFIORESOURCELISTGETDESCRIPTOR);
FX_DDI_SIGNATURE(WdfIoResourceListRemove, PFN_WDFIORESOURCELISTREMOVE);
FX_DDI_SIGNATURE(WdfIoResourceListRemoveByDescriptor, PFN_WDFIORESOURCELISTREMOVEBYDESCRIPTOR);
FX_DDI_SIGNATURE(WdfCmResourceListAppendDescriptor, PFN_WDFCMRESOURCELISTAPPENDDESCRIPTOR);
FX_DDI_SIGNATURE(WdfCmResourceListInsertDescriptor, PFN_WDFCMRESOURCELISTINSERTDESCRIPTOR);
FX_DDI_SIGNATURE(WdfCmResourceListGetCount, PFN_WDFCMRESOURCELISTGETCOUNT);
FX_DDI_SIGNATURE(WdfCmResourceListGetDescriptor, PFN_WDFCMRESOURCELISTGETDESCRIPTOR);
FX_DDI_SIGNATURE(WdfCmResourceListRemove, PFN_WDFCMRESOURCELISTREMOVE);
FX_DDI_SIGNATURE(WdfCmResourceListRemoveByDescriptor, PFN_WDFCMRESOURCELISTREMOVEBYDESCRIPTOR);

namespace wdf {

std::span<const DdiEntry> resourceDdis() {
    static const DdiEntry kEntries[] = {
        ddiEntry(WdfFdoInitSetEventCallbacksTableIndex, imp_WdfFdoInitSetEventCallbacks),
        ddiEntry(WdfIoResourceRequirementsListSetSlotNumberTableIndex, imp_WdfIoResourceRequirementsListSetSlotNumber),
        ddiEntry(WdfIoResourceRequirementsListSetInterfaceTypeTableIndex,
                 imp_WdfIoResourceRequirementsListSetInterfaceType),
        ddiEntry(WdfIoResourceRequirementsListAppendIoResListTableIndex, imp_WdfIoResourceRequirementsListAppendIoResList),
        ddiEntry(WdfIoResourceRequirementsListInsertIoResListTableIndex, imp_WdfIoResourceRequirementsListInsertIoResList),
        ddiEntry(WdfIoResourceRequirementsListGetCountTableIndex, imp_WdfIoResourceRequirementsListGetCount),
        ddiEntry(WdfIoResourceRequirementsListGetIoResListTableIndex, imp_WdfIoResourceRequirementsListGetIoResList),
        ddiEntry(WdfIoResourceRequirementsListRemoveTableIndex, imp_WdfIoResourceRequirementsListRemove),
        ddiEntry(WdfIoResourceRequirementsListRemoveByIoResListTableIndex,
                 imp_WdfIoResourceRequirementsListRemoveByIoResList),
        ddiEntry(WdfIoResourceListCreateTableIndex, imp_WdfIoResourceListCreate),
        ddiEntry(WdfIoResourceListAppendDescriptorTableIndex, imp_WdfIoResourceListAppendDescriptor),
        ddiEntry(WdfIoResourceListInsertDescriptorTableIndex, imp_WdfIoResourceListInsertDescriptor),
        ddiEntry(WdfIoResourceListUpdateDescriptorTableIndex, imp_WdfIoResourceListUpdateDescriptor),
        ddiEntry(WdfIoResourceListGetCountTableIndex, imp_WdfIoResourceListGetCount),
        ddiEntry(WdfIoResourceListGetDescriptorTableIndex, imp_WdfIoResourceListGetDescriptor),
        ddiEntry(WdfIoResourceListRemoveTableIndex, imp_WdfIoResourceListRemove),
        ddiEntry(WdfIoResourceListRemoveByDescriptorTableIndex, imp_WdfIoResourceListRemoveByDescriptor),
        ddiEntry(WdfCmResourceListAppendDescriptorTableIndex, imp_WdfCmResourceListAppendDescriptor),
        ddiEntry(WdfCmResourceListInsertDescriptorTableIndex, imp_WdfCmResourceListInsertDescriptor),
        ddiEntry(WdfCmResourceListGetCountTableIndex, imp_WdfCmResourceListGetCount),
        ddiEntry(WdfCmResourceListGetDescriptorTableIndex, imp_WdfCmResourceListGetDescriptor),
        ddiEntry(WdfCmResourceListRemoveTableIndex, imp_WdfCmResourceListRemove),
        ddiEntry(WdfCmResourceListRemoveByDescriptorTableIndex, imp_WdfCmResourceListRemoveByDescriptor),
    };
    return kEntries;
}

}  // namespace wdf
