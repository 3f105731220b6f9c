/* KMDF 1.33: DMA enablers. */
#pragma once

WDF_EXTERN_C_START

/* WDM DMA types, by tag so this header does not depend on the wdm.h DMA section. */
struct _DMA_ADAPTER;

typedef enum _WDF_DMA_PROFILE {
    WdfDmaProfileInvalid = 0,
    WdfDmaProfilePacket,
    WdfDmaProfileScatterGather,
    WdfDmaProfilePacket64,
    WdfDmaProfileScatterGather64,
    WdfDmaProfileScatterGatherDuplex,
    WdfDmaProfileScatterGather64Duplex,
    WdfDmaProfileSystem,
    WdfDmaProfileSystemDuplex,
} WDF_DMA_PROFILE;

typedef enum _WDF_DMA_DIRECTION {
    WdfDmaDirectionReadFromDevice = FALSE,
    WdfDmaDirectionWriteToDevice = TRUE,
} WDF_DMA_DIRECTION;

typedef enum _WDF_DMA_ENABLER_CONFIG_FLAGS {
    WDF_DMA_ENABLER_CONFIG_NO_SGLIST_PREALLOCATION = 0x00000001,
    WDF_DMA_ENABLER_CONFIG_REQUIRE_SINGLE_TRANSFER = 0x00000002,
} WDF_DMA_ENABLER_CONFIG_FLAGS;

typedef _Function_class_(EVT_WDF_DMA_ENABLER_FILL)
NTSTATUS EVT_WDF_DMA_ENABLER_FILL(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_FILL *PFN_WDF_DMA_ENABLER_FILL;

typedef _Function_class_(EVT_WDF_DMA_ENABLER_FLUSH)
NTSTATUS EVT_WDF_DMA_ENABLER_FLUSH(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_FLUSH *PFN_WDF_DMA_ENABLER_FLUSH;

typedef _Function_class_(EVT_WDF_DMA_ENABLER_ENABLE)
NTSTATUS EVT_WDF_DMA_ENABLER_ENABLE(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_ENABLE *PFN_WDF_DMA_ENABLER_ENABLE;

typedef _Function_class_(EVT_WDF_DMA_ENABLER_DISABLE)
NTSTATUS EVT_WDF_DMA_ENABLER_DISABLE(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_DISABLE *PFN_WDF_DMA_ENABLER_DISABLE;

typedef _Function_class_(EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_START)
NTSTATUS EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_START(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_START *PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_START;

typedef _Function_class_(EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP)
NTSTATUS EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP *PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP;

typedef struct _WDF_DMA_ENABLER_CONFIG {
    ULONG Size;
    WDF_DMA_PROFILE Profile;
    size_t MaximumLength;
    PFN_WDF_DMA_ENABLER_FILL EvtDmaEnablerFill;
    PFN_WDF_DMA_ENABLER_FLUSH EvtDmaEnablerFlush;
    PFN_WDF_DMA_ENABLER_DISABLE EvtDmaEnablerDisable;
    PFN_WDF_DMA_ENABLER_ENABLE EvtDmaEnablerEnable;
    PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_START EvtDmaEnablerSelfManagedIoStart;
    PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP EvtDmaEnablerSelfManagedIoStop;
    ULONG AddressWidthOverride;
    ULONG WdmDmaVersionOverride;
    /* WDF_DMA_ENABLER_CONFIG_FLAGS values. */
    ULONG Flags;
} WDF_DMA_ENABLER_CONFIG, *PWDF_DMA_ENABLER_CONFIG;

FORCEINLINE VOID WDF_DMA_ENABLER_CONFIG_INIT(_Out_ PWDF_DMA_ENABLER_CONFIG Config, _In_ WDF_DMA_PROFILE Profile,
                                             _In_ size_t MaximumLength)
{
    RtlZeroMemory(Config, sizeof(WDF_DMA_ENABLER_CONFIG));
    Config->Size = sizeof(WDF_DMA_ENABLER_CONFIG);
    Config->Profile = Profile;
    Config->MaximumLength = MaximumLength;
}

typedef struct _WDF_DMA_SYSTEM_PROFILE_CONFIG {
    ULONG Size;
    BOOLEAN DemandMode;
    BOOLEAN LoopedTransfer;
    /* A DMA_WIDTH value (wdm.h). */
    ULONG DmaWidth;
    PHYSICAL_ADDRESS DeviceAddress;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR DmaDescriptor;
} WDF_DMA_SYSTEM_PROFILE_CONFIG, *PWDF_DMA_SYSTEM_PROFILE_CONFIG;

FORCEINLINE VOID WDF_DMA_SYSTEM_PROFILE_CONFIG_INIT(_Out_ PWDF_DMA_SYSTEM_PROFILE_CONFIG DmaConfig,
                                                    _In_ PHYSICAL_ADDRESS Address, _In_ ULONG DmaWidth,
                                                    _In_ PCM_PARTIAL_RESOURCE_DESCRIPTOR DmaDescriptor)
{
    RtlZeroMemory(DmaConfig, sizeof(WDF_DMA_SYSTEM_PROFILE_CONFIG));
    DmaConfig->Size = sizeof(WDF_DMA_SYSTEM_PROFILE_CONFIG);
    DmaConfig->DeviceAddress = Address;
    DmaConfig->DmaWidth = DmaWidth;
    DmaConfig->DmaDescriptor = DmaDescriptor;
}

//
// WDF Function: WdfDmaEnablerCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFDMAENABLERCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device,
    _In_ PWDF_DMA_ENABLER_CONFIG Config,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFDMAENABLER* DmaEnablerHandle
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfDmaEnablerCreate(
    _In_ WDFDEVICE Device,
    _In_ PWDF_DMA_ENABLER_CONFIG Config,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFDMAENABLER* DmaEnablerHandle
    )
{
    return ((PFN_WDFDMAENABLERCREATE) WdfFunctions[WdfDmaEnablerCreateTableIndex])(WdfDriverGlobals, Device, Config, Attributes, DmaEnablerHandle);
}

//
// WDF Function: WdfDmaEnablerGetMaximumLength
//
typedef
size_t
(NTAPI *PFN_WDFDMAENABLERGETMAXIMUMLENGTH)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMAENABLER DmaEnabler
    );

FORCEINLINE
size_t
WdfDmaEnablerGetMaximumLength(
    _In_ WDFDMAENABLER DmaEnabler
    )
{
    return ((PFN_WDFDMAENABLERGETMAXIMUMLENGTH) WdfFunctions[WdfDmaEnablerGetMaximumLengthTableIndex])(WdfDriverGlobals, DmaEnabler);
}

//
// WDF Function: WdfDmaEnablerGetMaximumScatterGatherElements
//
typedef
size_t
(NTAPI *PFN_WDFDMAENABLERGETMAXIMUMSCATTERGATHERELEMENTS)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMAENABLER DmaEnabler
    );

FORCEINLINE
size_t
WdfDmaEnablerGetMaximumScatterGatherElements(
    _In_ WDFDMAENABLER DmaEnabler
    )
{
    return ((PFN_WDFDMAENABLERGETMAXIMUMSCATTERGATHERELEMENTS) WdfFunctions[WdfDmaEnablerGetMaximumScatterGatherElementsTableIndex])(WdfDriverGlobals, DmaEnabler);
}

//
// WDF Function: WdfDmaEnablerSetMaximumScatterGatherElements
//
typedef
VOID
(NTAPI *PFN_WDFDMAENABLERSETMAXIMUMSCATTERGATHERELEMENTS)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMAENABLER DmaEnabler,
    _In_ size_t MaximumFragments
    );

FORCEINLINE
VOID
WdfDmaEnablerSetMaximumScatterGatherElements(
    _In_ WDFDMAENABLER DmaEnabler,
    _In_ size_t MaximumFragments
    )
{
    ((PFN_WDFDMAENABLERSETMAXIMUMSCATTERGATHERELEMENTS) WdfFunctions[WdfDmaEnablerSetMaximumScatterGatherElementsTableIndex])(WdfDriverGlobals, DmaEnabler, MaximumFragments);
}

//
// WDF Function: WdfDmaEnablerGetFragmentLength
//
typedef
size_t
(NTAPI *PFN_WDFDMAENABLERGETFRAGMENTLENGTH)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMAENABLER DmaEnabler,
    _In_ WDF_DMA_DIRECTION DmaDirection
    );

FORCEINLINE
size_t
WdfDmaEnablerGetFragmentLength(
    _In_ WDFDMAENABLER DmaEnabler,
    _In_ WDF_DMA_DIRECTION DmaDirection
    )
{
    return ((PFN_WDFDMAENABLERGETFRAGMENTLENGTH) WdfFunctions[WdfDmaEnablerGetFragmentLengthTableIndex])(WdfDriverGlobals, DmaEnabler, DmaDirection);
}

//
// WDF Function: WdfDmaEnablerWdmGetDmaAdapter
//
typedef
struct _DMA_ADAPTER*
(NTAPI *PFN_WDFDMAENABLERWDMGETDMAADAPTER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMAENABLER DmaEnabler,
    _In_ WDF_DMA_DIRECTION DmaDirection
    );

FORCEINLINE
struct _DMA_ADAPTER*
WdfDmaEnablerWdmGetDmaAdapter(
    _In_ WDFDMAENABLER DmaEnabler,
    _In_ WDF_DMA_DIRECTION DmaDirection
    )
{
    return ((PFN_WDFDMAENABLERWDMGETDMAADAPTER) WdfFunctions[WdfDmaEnablerWdmGetDmaAdapterTableIndex])(WdfDriverGlobals, DmaEnabler, DmaDirection);
}

//
// WDF Function: WdfDmaEnablerConfigureSystemProfile
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFDMAENABLERCONFIGURESYSTEMPROFILE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMAENABLER DmaEnabler,
    _In_ PWDF_DMA_SYSTEM_PROFILE_CONFIG ProfileConfig,
    _In_ WDF_DMA_DIRECTION ConfigDirection
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfDmaEnablerConfigureSystemProfile(
    _In_ WDFDMAENABLER DmaEnabler,
    _In_ PWDF_DMA_SYSTEM_PROFILE_CONFIG ProfileConfig,
    _In_ WDF_DMA_DIRECTION ConfigDirection
    )
{
    return ((PFN_WDFDMAENABLERCONFIGURESYSTEMPROFILE) WdfFunctions[WdfDmaEnablerConfigureSystemProfileTableIndex])(WdfDriverGlobals, DmaEnabler, ProfileConfig, ConfigDirection);
}

WDF_EXTERN_C_END
