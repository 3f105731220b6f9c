/* KMDF 1.33: resource-requirements lists, logical-configuration lists and assigned
 * resource lists. */
#pragma once

WDF_EXTERN_C_START

//
// WDF Function: WdfIoResourceRequirementsListSetSlotNumber
//
typedef
VOID
(NTAPI *PFN_WDFIORESOURCEREQUIREMENTSLISTSETSLOTNUMBER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ ULONG SlotNumber
    );

FORCEINLINE
VOID
WdfIoResourceRequirementsListSetSlotNumber(
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ ULONG SlotNumber
    )
{
    ((PFN_WDFIORESOURCEREQUIREMENTSLISTSETSLOTNUMBER) WdfFunctions[WdfIoResourceRequirementsListSetSlotNumberTableIndex])(WdfDriverGlobals, RequirementsList, SlotNumber);
}

//
// WDF Function: WdfIoResourceRequirementsListSetInterfaceType
//
typedef
VOID
(NTAPI *PFN_WDFIORESOURCEREQUIREMENTSLISTSETINTERFACETYPE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ INTERFACE_TYPE InterfaceType
    );

FORCEINLINE
VOID
WdfIoResourceRequirementsListSetInterfaceType(
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ INTERFACE_TYPE InterfaceType
    )
{
    ((PFN_WDFIORESOURCEREQUIREMENTSLISTSETINTERFACETYPE) WdfFunctions[WdfIoResourceRequirementsListSetInterfaceTypeTableIndex])(WdfDriverGlobals, RequirementsList, InterfaceType);
}

//
// WDF Function: WdfIoResourceRequirementsListAppendIoResList
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIORESOURCEREQUIREMENTSLISTAPPENDIORESLIST)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ WDFIORESLIST IoResList
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoResourceRequirementsListAppendIoResList(
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ WDFIORESLIST IoResList
    )
{
    return ((PFN_WDFIORESOURCEREQUIREMENTSLISTAPPENDIORESLIST) WdfFunctions[WdfIoResourceRequirementsListAppendIoResListTableIndex])(WdfDriverGlobals, RequirementsList, IoResList);
}

//
// WDF Function: WdfIoResourceRequirementsListInsertIoResList
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIORESOURCEREQUIREMENTSLISTINSERTIORESLIST)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ WDFIORESLIST IoResList,
    _In_ ULONG Index
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoResourceRequirementsListInsertIoResList(
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ WDFIORESLIST IoResList,
    _In_ ULONG Index
    )
{
    return ((PFN_WDFIORESOURCEREQUIREMENTSLISTINSERTIORESLIST) WdfFunctions[WdfIoResourceRequirementsListInsertIoResListTableIndex])(WdfDriverGlobals, RequirementsList, IoResList, Index);
}

//
// WDF Function: WdfIoResourceRequirementsListGetCount
//
typedef
ULONG
(NTAPI *PFN_WDFIORESOURCEREQUIREMENTSLISTGETCOUNT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIORESREQLIST RequirementsList
    );

FORCEINLINE
ULONG
WdfIoResourceRequirementsListGetCount(
    _In_ WDFIORESREQLIST RequirementsList
    )
{
    return ((PFN_WDFIORESOURCEREQUIREMENTSLISTGETCOUNT) WdfFunctions[WdfIoResourceRequirementsListGetCountTableIndex])(WdfDriverGlobals, RequirementsList);
}

//
// WDF Function: WdfIoResourceRequirementsListGetIoResList
//
typedef
WDFIORESLIST
(NTAPI *PFN_WDFIORESOURCEREQUIREMENTSLISTGETIORESLIST)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ ULONG Index
    );

FORCEINLINE
WDFIORESLIST
WdfIoResourceRequirementsListGetIoResList(
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ ULONG Index
    )
{
    return ((PFN_WDFIORESOURCEREQUIREMENTSLISTGETIORESLIST) WdfFunctions[WdfIoResourceRequirementsListGetIoResListTableIndex])(WdfDriverGlobals, RequirementsList, Index);
}

//
// WDF Function: WdfIoResourceRequirementsListRemove
//
typedef
VOID
(NTAPI *PFN_WDFIORESOURCEREQUIREMENTSLISTREMOVE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ ULONG Index
    );

FORCEINLINE
VOID
WdfIoResourceRequirementsListRemove(
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ ULONG Index
    )
{
    ((PFN_WDFIORESOURCEREQUIREMENTSLISTREMOVE) WdfFunctions[WdfIoResourceRequirementsListRemoveTableIndex])(WdfDriverGlobals, RequirementsList, Index);
}

//
// WDF Function: WdfIoResourceRequirementsListRemoveByIoResList
//
typedef
VOID
(NTAPI *PFN_WDFIORESOURCEREQUIREMENTSLISTREMOVEBYIORESLIST)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ WDFIORESLIST IoResList
    );

FORCEINLINE
VOID
WdfIoResourceRequirementsListRemoveByIoResList(
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ WDFIORESLIST IoResList
    )
{
    ((PFN_WDFIORESOURCEREQUIREMENTSLISTREMOVEBYIORESLIST) WdfFunctions[WdfIoResourceRequirementsListRemoveByIoResListTableIndex])(WdfDriverGlobals, RequirementsList, IoResList);
}

//
// WDF Function: WdfIoResourceListCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIORESOURCELISTCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIORESREQLIST RequirementsList,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFIORESLIST* ResourceList
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoResourceListCreate(
    _In_ WDFIORESREQLIST RequirementsList,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFIORESLIST* ResourceList
    )
{
    return ((PFN_WDFIORESOURCELISTCREATE) WdfFunctions[WdfIoResourceListCreateTableIndex])(WdfDriverGlobals, RequirementsList, Attributes, ResourceList);
}

//
// WDF Function: WdfIoResourceListAppendDescriptor
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIORESOURCELISTAPPENDDESCRIPTOR)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIORESLIST ResourceList,
    _In_ PIO_RESOURCE_DESCRIPTOR Descriptor
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoResourceListAppendDescriptor(
    _In_ WDFIORESLIST ResourceList,
    _In_ PIO_RESOURCE_DESCRIPTOR Descriptor
    )
{
    return ((PFN_WDFIORESOURCELISTAPPENDDESCRIPTOR) WdfFunctions[WdfIoResourceListAppendDescriptorTableIndex])(WdfDriverGlobals, ResourceList, Descriptor);
}

//
// WDF Function: WdfIoResourceListInsertDescriptor
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIORESOURCELISTINSERTDESCRIPTOR)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIORESLIST ResourceList,
    _In_ PIO_RESOURCE_DESCRIPTOR Descriptor,
    _In_ ULONG Index
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoResourceListInsertDescriptor(
    _In_ WDFIORESLIST ResourceList,
    _In_ PIO_RESOURCE_DESCRIPTOR Descriptor,
    _In_ ULONG Index
    )
{
    return ((PFN_WDFIORESOURCELISTINSERTDESCRIPTOR) WdfFunctions[WdfIoResourceListInsertDescriptorTableIndex])(WdfDriverGlobals, ResourceList, Descriptor, Index);
}

//
// WDF Function: WdfIoResourceListUpdateDescriptor
//
typedef
VOID
(NTAPI *PFN_WDFIORESOURCELISTUPDATEDESCRIPTOR)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIORESLIST ResourceList,
    _In_ PIO_RESOURCE_DESCRIPTOR Descriptor,
    _In_ ULONG Index
    );

FORCEINLINE
VOID
WdfIoResourceListUpdateDescriptor(
    _In_ WDFIORESLIST ResourceList,
    _In_ PIO_RESOURCE_DESCRIPTOR Descriptor,
    _In_ ULONG Index
    )
{
    ((PFN_WDFIORESOURCELISTUPDATEDESCRIPTOR) WdfFunctions[WdfIoResourceListUpdateDescriptorTableIndex])(WdfDriverGlobals, ResourceList, Descriptor, Index);
}

//
// WDF Function: WdfIoResourceListGetCount
//
typedef
ULONG
(NTAPI *PFN_WDFIORESOURCELISTGETCOUNT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIORESLIST ResourceList
    );

FORCEINLINE
ULONG
WdfIoResourceListGetCount(
    _In_ WDFIORESLIST ResourceList
    )
{
    return ((PFN_WDFIORESOURCELISTGETCOUNT) WdfFunctions[WdfIoResourceListGetCountTableIndex])(WdfDriverGlobals, ResourceList);
}

//
// WDF Function: WdfIoResourceListGetDescriptor
//
typedef
PIO_RESOURCE_DESCRIPTOR
(NTAPI *PFN_WDFIORESOURCELISTGETDESCRIPTOR)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIORESLIST ResourceList,
    _In_ ULONG Index
    );

FORCEINLINE
PIO_RESOURCE_DESCRIPTOR
WdfIoResourceListGetDescriptor(
    _In_ WDFIORESLIST ResourceList,
    _In_ ULONG Index
    )
{
    return ((PFN_WDFIORESOURCELISTGETDESCRIPTOR) WdfFunctions[WdfIoResourceListGetDescriptorTableIndex])(WdfDriverGlobals, ResourceList, Index);
}

//
// WDF Function: WdfIoResourceListRemove
//
typedef
VOID
(NTAPI *PFN_WDFIORESOURCELISTREMOVE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIORESLIST ResourceList,
    _In_ ULONG Index
    );

FORCEINLINE
VOID
WdfIoResourceListRemove(
    _In_ WDFIORESLIST ResourceList,
    _In_ ULONG Index
    )
{
    ((PFN_WDFIORESOURCELISTREMOVE) WdfFunctions[WdfIoResourceListRemoveTableIndex])(WdfDriverGlobals, ResourceList, Index);
}

//
// WDF Function: WdfIoResourceListRemoveByDescriptor
//
typedef
VOID
(NTAPI *PFN_WDFIORESOURCELISTREMOVEBYDESCRIPTOR)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIORESLIST ResourceList,
    _In_ PIO_RESOURCE_DESCRIPTOR Descriptor
    );

FORCEINLINE
VOID
WdfIoResourceListRemoveByDescriptor(
    _In_ WDFIORESLIST ResourceList,
    _In_ PIO_RESOURCE_DESCRIPTOR Descriptor
    )
{
    ((PFN_WDFIORESOURCELISTREMOVEBYDESCRIPTOR) WdfFunctions[WdfIoResourceListRemoveByDescriptorTableIndex])(WdfDriverGlobals, ResourceList, Descriptor);
}

//
// WDF Function: WdfCmResourceListAppendDescriptor
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFCMRESOURCELISTAPPENDDESCRIPTOR)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFCMRESLIST List,
    _In_ PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfCmResourceListAppendDescriptor(
    _In_ WDFCMRESLIST List,
    _In_ PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor
    )
{
    return ((PFN_WDFCMRESOURCELISTAPPENDDESCRIPTOR) WdfFunctions[WdfCmResourceListAppendDescriptorTableIndex])(WdfDriverGlobals, List, Descriptor);
}

//
// WDF Function: WdfCmResourceListInsertDescriptor
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFCMRESOURCELISTINSERTDESCRIPTOR)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFCMRESLIST List,
    _In_ PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor,
    _In_ ULONG Index
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfCmResourceListInsertDescriptor(
    _In_ WDFCMRESLIST List,
    _In_ PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor,
    _In_ ULONG Index
    )
{
    return ((PFN_WDFCMRESOURCELISTINSERTDESCRIPTOR) WdfFunctions[WdfCmResourceListInsertDescriptorTableIndex])(WdfDriverGlobals, List, Descriptor, Index);
}

//
// WDF Function: WdfCmResourceListGetCount
//
typedef
ULONG
(NTAPI *PFN_WDFCMRESOURCELISTGETCOUNT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFCMRESLIST List
    );

FORCEINLINE
ULONG
WdfCmResourceListGetCount(
    _In_ WDFCMRESLIST List
    )
{
    return ((PFN_WDFCMRESOURCELISTGETCOUNT) WdfFunctions[WdfCmResourceListGetCountTableIndex])(WdfDriverGlobals, List);
}

//
// WDF Function: WdfCmResourceListGetDescriptor
//
typedef
PCM_PARTIAL_RESOURCE_DESCRIPTOR
(NTAPI *PFN_WDFCMRESOURCELISTGETDESCRIPTOR)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFCMRESLIST List,
    _In_ ULONG Index
    );

FORCEINLINE
PCM_PARTIAL_RESOURCE_DESCRIPTOR
WdfCmResourceListGetDescriptor(
    _In_ WDFCMRESLIST List,
    _In_ ULONG Index
    )
{
    return ((PFN_WDFCMRESOURCELISTGETDESCRIPTOR) WdfFunctions[WdfCmResourceListGetDescriptorTableIndex])(WdfDriverGlobals, List, Index);
}

//
// WDF Function: WdfCmResourceListRemove
//
typedef
VOID
(NTAPI *PFN_WDFCMRESOURCELISTREMOVE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFCMRESLIST List,
    _In_ ULONG Index
    );

FORCEINLINE
VOID
WdfCmResourceListRemove(
    _In_ WDFCMRESLIST List,
    _In_ ULONG Index
    )
{
    ((PFN_WDFCMRESOURCELISTREMOVE) WdfFunctions[WdfCmResourceListRemoveTableIndex])(WdfDriverGlobals, List, Index);
}

//
// WDF Function: WdfCmResourceListRemoveByDescriptor
//
typedef
VOID
(NTAPI *PFN_WDFCMRESOURCELISTREMOVEBYDESCRIPTOR)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFCMRESLIST List,
    _In_ PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor
    );

FORCEINLINE
VOID
WdfCmResourceListRemoveByDescriptor(
    _In_ WDFCMRESLIST List,
    _In_ PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor
    )
{
    ((PFN_WDFCMRESOURCELISTREMOVEBYDESCRIPTOR) WdfFunctions[WdfCmResourceListRemoveByDescriptorTableIndex])(WdfDriverGlobals, List, Descriptor);
}

WDF_EXTERN_C_END
