/* KMDF 1.33: DPC objects. */
#pragma once

WDF_EXTERN_C_START

typedef _Function_class_(EVT_WDF_DPC)
VOID EVT_WDF_DPC(_In_ WDFDPC Dpc);
typedef EVT_WDF_DPC *PFN_WDF_DPC;

typedef struct _WDF_DPC_CONFIG {
    ULONG Size;
    PFN_WDF_DPC EvtDpcFunc;
    BOOLEAN AutomaticSerialization;
} WDF_DPC_CONFIG, *PWDF_DPC_CONFIG;

FORCEINLINE VOID WDF_DPC_CONFIG_INIT(_Out_ PWDF_DPC_CONFIG Config, _In_ PFN_WDF_DPC EvtDpcFunc)
{
    RtlZeroMemory(Config, sizeof(WDF_DPC_CONFIG));
    Config->Size = sizeof(WDF_DPC_CONFIG);
    Config->EvtDpcFunc = EvtDpcFunc;
    Config->AutomaticSerialization = TRUE;
}

//
// WDF Function: WdfDpcCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFDPCCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDF_DPC_CONFIG Config,
    _In_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFDPC* Dpc
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfDpcCreate(
    _In_ PWDF_DPC_CONFIG Config,
    _In_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFDPC* Dpc
    )
{
    return ((PFN_WDFDPCCREATE) WdfFunctions[WdfDpcCreateTableIndex])(WdfDriverGlobals, Config, Attributes, Dpc);
}

//
// WDF Function: WdfDpcEnqueue
//
typedef
BOOLEAN
(NTAPI *PFN_WDFDPCENQUEUE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDPC Dpc
    );

FORCEINLINE
BOOLEAN
WdfDpcEnqueue(
    _In_ WDFDPC Dpc
    )
{
    return ((PFN_WDFDPCENQUEUE) WdfFunctions[WdfDpcEnqueueTableIndex])(WdfDriverGlobals, Dpc);
}

//
// WDF Function: WdfDpcCancel
//
typedef
BOOLEAN
(NTAPI *PFN_WDFDPCCANCEL)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDPC Dpc,
    _In_ BOOLEAN Wait
    );

FORCEINLINE
BOOLEAN
WdfDpcCancel(
    _In_ WDFDPC Dpc,
    _In_ BOOLEAN Wait
    )
{
    return ((PFN_WDFDPCCANCEL) WdfFunctions[WdfDpcCancelTableIndex])(WdfDriverGlobals, Dpc, Wait);
}

//
// WDF Function: WdfDpcGetParentObject
//
typedef
WDFOBJECT
(NTAPI *PFN_WDFDPCGETPARENTOBJECT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDPC Dpc
    );

FORCEINLINE
WDFOBJECT
WdfDpcGetParentObject(
    _In_ WDFDPC Dpc
    )
{
    return ((PFN_WDFDPCGETPARENTOBJECT) WdfFunctions[WdfDpcGetParentObjectTableIndex])(WdfDriverGlobals, Dpc);
}

//
// WDF Function: WdfDpcWdmGetDpc
//
typedef
PKDPC
(NTAPI *PFN_WDFDPCWDMGETDPC)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDPC Dpc
    );

FORCEINLINE
PKDPC
WdfDpcWdmGetDpc(
    _In_ WDFDPC Dpc
    )
{
    return ((PFN_WDFDPCWDMGETDPC) WdfFunctions[WdfDpcWdmGetDpcTableIndex])(WdfDriverGlobals, Dpc);
}

WDF_EXTERN_C_END
