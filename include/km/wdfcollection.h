/* KMDF 1.33: collection objects. */
#pragma once

WDF_EXTERN_C_START

//
// WDF Function: WdfCollectionCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFCOLLECTIONCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES CollectionAttributes,
    _Out_ WDFCOLLECTION* Collection
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfCollectionCreate(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES CollectionAttributes,
    _Out_ WDFCOLLECTION* Collection
    )
{
    return ((PFN_WDFCOLLECTIONCREATE) WdfFunctions[WdfCollectionCreateTableIndex])(WdfDriverGlobals, CollectionAttributes, Collection);
}

//
// WDF Function: WdfCollectionGetCount
//
typedef
ULONG
(NTAPI *PFN_WDFCOLLECTIONGETCOUNT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFCOLLECTION Collection
    );

FORCEINLINE
ULONG
WdfCollectionGetCount(
    _In_ WDFCOLLECTION Collection
    )
{
    return ((PFN_WDFCOLLECTIONGETCOUNT) WdfFunctions[WdfCollectionGetCountTableIndex])(WdfDriverGlobals, Collection);
}

//
// WDF Function: WdfCollectionAdd
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFCOLLECTIONADD)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFCOLLECTION Collection,
    _In_ WDFOBJECT Object
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfCollectionAdd(
    _In_ WDFCOLLECTION Collection,
    _In_ WDFOBJECT Object
    )
{
    return ((PFN_WDFCOLLECTIONADD) WdfFunctions[WdfCollectionAddTableIndex])(WdfDriverGlobals, Collection, Object);
}

//
// WDF Function: WdfCollectionRemove
//
typedef
VOID
(NTAPI *PFN_WDFCOLLECTIONREMOVE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFCOLLECTION Collection,
    _In_ WDFOBJECT Item
    );

FORCEINLINE
VOID
WdfCollectionRemove(
    _In_ WDFCOLLECTION Collection,
    _In_ WDFOBJECT Item
    )
{
    ((PFN_WDFCOLLECTIONREMOVE) WdfFunctions[WdfCollectionRemoveTableIndex])(WdfDriverGlobals, Collection, Item);
}

//
// WDF Function: WdfCollectionRemoveItem
//
typedef
VOID
(NTAPI *PFN_WDFCOLLECTIONREMOVEITEM)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFCOLLECTION Collection,
    _In_ ULONG Index
    );

FORCEINLINE
VOID
WdfCollectionRemoveItem(
    _In_ WDFCOLLECTION Collection,
    _In_ ULONG Index
    )
{
    ((PFN_WDFCOLLECTIONREMOVEITEM) WdfFunctions[WdfCollectionRemoveItemTableIndex])(WdfDriverGlobals, Collection, Index);
}

//
// WDF Function: WdfCollectionGetItem
//
typedef
WDFOBJECT
(NTAPI *PFN_WDFCOLLECTIONGETITEM)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFCOLLECTION Collection,
    _In_ ULONG Index
    );

FORCEINLINE
WDFOBJECT
WdfCollectionGetItem(
    _In_ WDFCOLLECTION Collection,
    _In_ ULONG Index
    )
{
    return ((PFN_WDFCOLLECTIONGETITEM) WdfFunctions[WdfCollectionGetItemTableIndex])(WdfDriverGlobals, Collection, Index);
}

//
// WDF Function: WdfCollectionGetFirstItem
//
typedef
WDFOBJECT
(NTAPI *PFN_WDFCOLLECTIONGETFIRSTITEM)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFCOLLECTION Collection
    );

FORCEINLINE
WDFOBJECT
WdfCollectionGetFirstItem(
    _In_ WDFCOLLECTION Collection
    )
{
    return ((PFN_WDFCOLLECTIONGETFIRSTITEM) WdfFunctions[WdfCollectionGetFirstItemTableIndex])(WdfDriverGlobals, Collection);
}

//
// WDF Function: WdfCollectionGetLastItem
//
typedef
WDFOBJECT
(NTAPI *PFN_WDFCOLLECTIONGETLASTITEM)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFCOLLECTION Collection
    );

FORCEINLINE
WDFOBJECT
WdfCollectionGetLastItem(
    _In_ WDFCOLLECTION Collection
    )
{
    return ((PFN_WDFCOLLECTIONGETLASTITEM) WdfFunctions[WdfCollectionGetLastItemTableIndex])(WdfDriverGlobals, Collection);
}

WDF_EXTERN_C_END
