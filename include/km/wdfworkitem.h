/* KMDF 1.33: work-item objects. */
#pragma once

WDF_EXTERN_C_START

typedef _Function_class_(EVT_WDF_WORKITEM)
VOID EVT_WDF_WORKITEM(_In_ WDFWORKITEM WorkItem);
typedef EVT_WDF_WORKITEM *PFN_WDF_WORKITEM;

typedef struct _WDF_WORKITEM_CONFIG {
    ULONG Size;
    PFN_WDF_WORKITEM EvtWorkItemFunc;
    BOOLEAN AutomaticSerialization;
} WDF_WORKITEM_CONFIG, *PWDF_WORKITEM_CONFIG;

FORCEINLINE VOID WDF_WORKITEM_CONFIG_INIT(_Out_ PWDF_WORKITEM_CONFIG Config, _In_ PFN_WDF_WORKITEM EvtWorkItemFunc)
{
    RtlZeroMemory(Config, sizeof(WDF_WORKITEM_CONFIG));
    Config->Size = sizeof(WDF_WORKITEM_CONFIG);
    Config->EvtWorkItemFunc = EvtWorkItemFunc;
    Config->AutomaticSerialization = TRUE;
}

//
// WDF Function: WdfWorkItemCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFWORKITEMCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDF_WORKITEM_CONFIG Config,
    _In_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFWORKITEM* WorkItem
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfWorkItemCreate(
    _In_ PWDF_WORKITEM_CONFIG Config,
    _In_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFWORKITEM* WorkItem
    )
{
    return ((PFN_WDFWORKITEMCREATE) WdfFunctions[WdfWorkItemCreateTableIndex])(WdfDriverGlobals, Config, Attributes, WorkItem);
}

//
// WDF Function: WdfWorkItemEnqueue
//
typedef
VOID
(NTAPI *PFN_WDFWORKITEMENQUEUE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFWORKITEM WorkItem
    );

FORCEINLINE
VOID
WdfWorkItemEnqueue(
    _In_ WDFWORKITEM WorkItem
    )
{
    ((PFN_WDFWORKITEMENQUEUE) WdfFunctions[WdfWorkItemEnqueueTableIndex])(WdfDriverGlobals, WorkItem);
}

//
// WDF Function: WdfWorkItemGetParentObject
//
typedef
WDFOBJECT
(NTAPI *PFN_WDFWORKITEMGETPARENTOBJECT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFWORKITEM WorkItem
    );

FORCEINLINE
WDFOBJECT
WdfWorkItemGetParentObject(
    _In_ WDFWORKITEM WorkItem
    )
{
    return ((PFN_WDFWORKITEMGETPARENTOBJECT) WdfFunctions[WdfWorkItemGetParentObjectTableIndex])(WdfDriverGlobals, WorkItem);
}

//
// WDF Function: WdfWorkItemFlush
//
typedef
VOID
(NTAPI *PFN_WDFWORKITEMFLUSH)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFWORKITEM WorkItem
    );

FORCEINLINE
VOID
WdfWorkItemFlush(
    _In_ WDFWORKITEM WorkItem
    )
{
    ((PFN_WDFWORKITEMFLUSH) WdfFunctions[WdfWorkItemFlushTableIndex])(WdfDriverGlobals, WorkItem);
}

WDF_EXTERN_C_END
