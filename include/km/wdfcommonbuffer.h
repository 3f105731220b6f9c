/* KMDF 1.33: common (DMA-shared) buffers. */
#pragma once

WDF_EXTERN_C_START

typedef struct _WDF_COMMON_BUFFER_CONFIG {
    ULONG Size;
    ULONG AlignmentRequirement;
} WDF_COMMON_BUFFER_CONFIG, *PWDF_COMMON_BUFFER_CONFIG;

FORCEINLINE VOID WDF_COMMON_BUFFER_CONFIG_INIT(_Out_ PWDF_COMMON_BUFFER_CONFIG Config,
                                               _In_ ULONG AlignmentRequirement)
{
    RtlZeroMemory(Config, sizeof(WDF_COMMON_BUFFER_CONFIG));
    Config->Size = sizeof(WDF_COMMON_BUFFER_CONFIG);
    Config->AlignmentRequirement = AlignmentRequirement;
}

//
// WDF Function: WdfCommonBufferCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFCOMMONBUFFERCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMAENABLER DmaEnabler,
    _In_ size_t Length,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFCOMMONBUFFER* CommonBuffer
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfCommonBufferCreate(
    _In_ WDFDMAENABLER DmaEnabler,
    _In_ size_t Length,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFCOMMONBUFFER* CommonBuffer
    )
{
    return ((PFN_WDFCOMMONBUFFERCREATE) WdfFunctions[WdfCommonBufferCreateTableIndex])(WdfDriverGlobals, DmaEnabler, Length, Attributes, CommonBuffer);
}

//
// WDF Function: WdfCommonBufferGetAlignedVirtualAddress
//
typedef
PVOID
(NTAPI *PFN_WDFCOMMONBUFFERGETALIGNEDVIRTUALADDRESS)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFCOMMONBUFFER CommonBuffer
    );

FORCEINLINE
PVOID
WdfCommonBufferGetAlignedVirtualAddress(
    _In_ WDFCOMMONBUFFER CommonBuffer
    )
{
    return ((PFN_WDFCOMMONBUFFERGETALIGNEDVIRTUALADDRESS) WdfFunctions[WdfCommonBufferGetAlignedVirtualAddressTableIndex])(WdfDriverGlobals, CommonBuffer);
}

//
// WDF Function: WdfCommonBufferGetAlignedLogicalAddress
//
typedef
PHYSICAL_ADDRESS
(NTAPI *PFN_WDFCOMMONBUFFERGETALIGNEDLOGICALADDRESS)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFCOMMONBUFFER CommonBuffer
    );

FORCEINLINE
PHYSICAL_ADDRESS
WdfCommonBufferGetAlignedLogicalAddress(
    _In_ WDFCOMMONBUFFER CommonBuffer
    )
{
    return ((PFN_WDFCOMMONBUFFERGETALIGNEDLOGICALADDRESS) WdfFunctions[WdfCommonBufferGetAlignedLogicalAddressTableIndex])(WdfDriverGlobals, CommonBuffer);
}

//
// WDF Function: WdfCommonBufferGetLength
//
typedef
size_t
(NTAPI *PFN_WDFCOMMONBUFFERGETLENGTH)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFCOMMONBUFFER CommonBuffer
    );

FORCEINLINE
size_t
WdfCommonBufferGetLength(
    _In_ WDFCOMMONBUFFER CommonBuffer
    )
{
    return ((PFN_WDFCOMMONBUFFERGETLENGTH) WdfFunctions[WdfCommonBufferGetLengthTableIndex])(WdfDriverGlobals, CommonBuffer);
}

//
// WDF Function: WdfCommonBufferCreateWithConfig
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFCOMMONBUFFERCREATEWITHCONFIG)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMAENABLER DmaEnabler,
    _In_ size_t Length,
    _In_ PWDF_COMMON_BUFFER_CONFIG Config,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFCOMMONBUFFER* CommonBuffer
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfCommonBufferCreateWithConfig(
    _In_ WDFDMAENABLER DmaEnabler,
    _In_ size_t Length,
    _In_ PWDF_COMMON_BUFFER_CONFIG Config,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFCOMMONBUFFER* CommonBuffer
    )
{
    return ((PFN_WDFCOMMONBUFFERCREATEWITHCONFIG) WdfFunctions[WdfCommonBufferCreateWithConfigTableIndex])(WdfDriverGlobals, DmaEnabler, Length, Config, Attributes, CommonBuffer);
}

WDF_EXTERN_C_END
