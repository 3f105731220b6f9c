/* KMDF 1.33: verifier entry points. */
#pragma once

WDF_EXTERN_C_START

//
// WDF Function: WdfVerifierDbgBreakPoint
//
typedef
VOID
(NTAPI *PFN_WDFVERIFIERDBGBREAKPOINT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals
    );

FORCEINLINE
VOID
WdfVerifierDbgBreakPoint(
    VOID
    )
{
    ((PFN_WDFVERIFIERDBGBREAKPOINT) WdfFunctions[WdfVerifierDbgBreakPointTableIndex])(WdfDriverGlobals);
}

//
// WDF Function: WdfVerifierKeBugCheck
//
typedef
VOID
(NTAPI *PFN_WDFVERIFIERKEBUGCHECK)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ ULONG BugCheckCode,
    _In_ ULONG_PTR BugCheckParameter1,
    _In_ ULONG_PTR BugCheckParameter2,
    _In_ ULONG_PTR BugCheckParameter3,
    _In_ ULONG_PTR BugCheckParameter4
    );

FORCEINLINE
VOID
WdfVerifierKeBugCheck(
    _In_ ULONG BugCheckCode,
    _In_ ULONG_PTR BugCheckParameter1,
    _In_ ULONG_PTR BugCheckParameter2,
    _In_ ULONG_PTR BugCheckParameter3,
    _In_ ULONG_PTR BugCheckParameter4
    )
{
    ((PFN_WDFVERIFIERKEBUGCHECK) WdfFunctions[WdfVerifierKeBugCheckTableIndex])(WdfDriverGlobals, BugCheckCode, BugCheckParameter1, BugCheckParameter2, BugCheckParameter3, BugCheckParameter4);
}

//
// WDF Function: WdfGetTriageInfo
//
typedef
PVOID
(NTAPI *PFN_WDFGETTRIAGEINFO)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals
    );

FORCEINLINE
PVOID
WdfGetTriageInfo(
    VOID
    )
{
    return ((PFN_WDFGETTRIAGEINFO) WdfFunctions[WdfGetTriageInfoTableIndex])(WdfDriverGlobals);
}

WDF_EXTERN_C_END
