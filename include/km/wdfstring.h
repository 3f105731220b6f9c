/* KMDF 1.33: string objects. */
#pragma once

WDF_EXTERN_C_START

//
// WDF Function: WdfStringCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFSTRINGCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_opt_ PCUNICODE_STRING UnicodeString,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES StringAttributes,
    _Out_ WDFSTRING* String
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfStringCreate(
    _In_opt_ PCUNICODE_STRING UnicodeString,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES StringAttributes,
    _Out_ WDFSTRING* String
    )
{
    return ((PFN_WDFSTRINGCREATE) WdfFunctions[WdfStringCreateTableIndex])(WdfDriverGlobals, UnicodeString, StringAttributes, String);
}

//
// WDF Function: WdfStringGetUnicodeString
//
typedef
VOID
(NTAPI *PFN_WDFSTRINGGETUNICODESTRING)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFSTRING String,
    _Out_ PUNICODE_STRING UnicodeString
    );

FORCEINLINE
VOID
WdfStringGetUnicodeString(
    _In_ WDFSTRING String,
    _Out_ PUNICODE_STRING UnicodeString
    )
{
    ((PFN_WDFSTRINGGETUNICODESTRING) WdfFunctions[WdfStringGetUnicodeStringTableIndex])(WdfDriverGlobals, String, UnicodeString);
}

WDF_EXTERN_C_END
