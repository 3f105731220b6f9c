/* KMDF 1.33: WMI providers and instances. */
#pragma once

WDF_EXTERN_C_START

typedef enum _WDF_WMI_PROVIDER_CONTROL {
    WdfWmiControlInvalid = 0,
    WdfWmiEventControl,
    WdfWmiInstanceControl,
} WDF_WMI_PROVIDER_CONTROL;

typedef enum _WDF_WMI_PROVIDER_FLAGS {
    WdfWmiProviderEventOnly = 0x0001,
    WdfWmiProviderExpensive = 0x0002,
    WdfWmiProviderTracing = 0x0004,
    WdfWmiProviderValidFlags = WdfWmiProviderEventOnly | WdfWmiProviderExpensive | WdfWmiProviderTracing,
} WDF_WMI_PROVIDER_FLAGS;

typedef _Function_class_(EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE)
NTSTATUS EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE(_In_ WDFWMIINSTANCE WmiInstance, _In_ ULONG OutBufferSize,
                                             _Out_writes_bytes_to_opt_(OutBufferSize, *BufferUsed) PVOID OutBuffer,
                                             _Out_ PULONG BufferUsed);
typedef EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE *PFN_WDF_WMI_INSTANCE_QUERY_INSTANCE;

typedef _Function_class_(EVT_WDF_WMI_INSTANCE_SET_INSTANCE)
NTSTATUS EVT_WDF_WMI_INSTANCE_SET_INSTANCE(_In_ WDFWMIINSTANCE WmiInstance, _In_ ULONG InBufferSize,
                                           _In_reads_bytes_(InBufferSize) PVOID InBuffer);
typedef EVT_WDF_WMI_INSTANCE_SET_INSTANCE *PFN_WDF_WMI_INSTANCE_SET_INSTANCE;

typedef _Function_class_(EVT_WDF_WMI_INSTANCE_SET_ITEM)
NTSTATUS EVT_WDF_WMI_INSTANCE_SET_ITEM(_In_ WDFWMIINSTANCE WmiInstance, _In_ ULONG DataItemId,
                                       _In_ ULONG InBufferSize, _In_reads_bytes_(InBufferSize) PVOID InBuffer);
typedef EVT_WDF_WMI_INSTANCE_SET_ITEM *PFN_WDF_WMI_INSTANCE_SET_ITEM;

typedef _Function_class_(EVT_WDF_WMI_INSTANCE_EXECUTE_METHOD)
NTSTATUS EVT_WDF_WMI_INSTANCE_EXECUTE_METHOD(_In_ WDFWMIINSTANCE WmiInstance, _In_ ULONG MethodId,
                                             _In_ ULONG InBufferSize, _In_ ULONG OutBufferSize,
                                             _Inout_ PVOID Buffer, _Out_ PULONG BufferUsed);
typedef EVT_WDF_WMI_INSTANCE_EXECUTE_METHOD *PFN_WDF_WMI_INSTANCE_EXECUTE_METHOD;

typedef _Function_class_(EVT_WDF_WMI_PROVIDER_FUNCTION_CONTROL)
NTSTATUS EVT_WDF_WMI_PROVIDER_FUNCTION_CONTROL(_In_ WDFWMIPROVIDER WmiProvider,
                                               _In_ WDF_WMI_PROVIDER_CONTROL Control, _In_ BOOLEAN Enable);
typedef EVT_WDF_WMI_PROVIDER_FUNCTION_CONTROL *PFN_WDF_WMI_PROVIDER_FUNCTION_CONTROL;

typedef struct _WDF_WMI_PROVIDER_CONFIG {
    ULONG Size;
    GUID Guid;
    /* WDF_WMI_PROVIDER_FLAGS values. */
    ULONG Flags;
    ULONG MinInstanceBufferSize;
    PFN_WDF_WMI_PROVIDER_FUNCTION_CONTROL EvtWmiProviderFunctionControl;
} WDF_WMI_PROVIDER_CONFIG, *PWDF_WMI_PROVIDER_CONFIG;

FORCEINLINE VOID WDF_WMI_PROVIDER_CONFIG_INIT(_Out_ PWDF_WMI_PROVIDER_CONFIG Config, _In_ const GUID *Guid)
{
    RtlZeroMemory(Config, sizeof(WDF_WMI_PROVIDER_CONFIG));
    Config->Size = sizeof(WDF_WMI_PROVIDER_CONFIG);
    Config->Guid = *Guid;
}

typedef struct _WDF_WMI_INSTANCE_CONFIG {
    ULONG Size;
    WDFWMIPROVIDER Provider;
    PWDF_WMI_PROVIDER_CONFIG ProviderConfig;
    BOOLEAN UseContextForQuery;
    BOOLEAN Register;
    PFN_WDF_WMI_INSTANCE_QUERY_INSTANCE EvtWmiInstanceQueryInstance;
    PFN_WDF_WMI_INSTANCE_SET_INSTANCE EvtWmiInstanceSetInstance;
    PFN_WDF_WMI_INSTANCE_SET_ITEM EvtWmiInstanceSetItem;
    PFN_WDF_WMI_INSTANCE_EXECUTE_METHOD EvtWmiInstanceExecuteMethod;
} WDF_WMI_INSTANCE_CONFIG, *PWDF_WMI_INSTANCE_CONFIG;

FORCEINLINE VOID WDF_WMI_INSTANCE_CONFIG_INIT_PROVIDER(_Out_ PWDF_WMI_INSTANCE_CONFIG Config,
                                                       _In_ WDFWMIPROVIDER Provider)
{
    RtlZeroMemory(Config, sizeof(WDF_WMI_INSTANCE_CONFIG));
    Config->Size = sizeof(WDF_WMI_INSTANCE_CONFIG);
    Config->Provider = Provider;
}

FORCEINLINE VOID WDF_WMI_INSTANCE_CONFIG_INIT_PROVIDER_CONFIG(_Out_ PWDF_WMI_INSTANCE_CONFIG Config,
                                                              _In_ PWDF_WMI_PROVIDER_CONFIG ProviderConfig)
{
    RtlZeroMemory(Config, sizeof(WDF_WMI_INSTANCE_CONFIG));
    Config->Size = sizeof(WDF_WMI_INSTANCE_CONFIG);
    Config->ProviderConfig = ProviderConfig;
}

//
// WDF Function: WdfWmiProviderCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFWMIPROVIDERCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device,
    _In_ PWDF_WMI_PROVIDER_CONFIG WmiProviderConfig,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES ProviderAttributes,
    _Out_ WDFWMIPROVIDER* WmiProvider
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfWmiProviderCreate(
    _In_ WDFDEVICE Device,
    _In_ PWDF_WMI_PROVIDER_CONFIG WmiProviderConfig,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES ProviderAttributes,
    _Out_ WDFWMIPROVIDER* WmiProvider
    )
{
    return ((PFN_WDFWMIPROVIDERCREATE) WdfFunctions[WdfWmiProviderCreateTableIndex])(WdfDriverGlobals, Device, WmiProviderConfig, ProviderAttributes, WmiProvider);
}

//
// WDF Function: WdfWmiProviderGetDevice
//
typedef
WDFDEVICE
(NTAPI *PFN_WDFWMIPROVIDERGETDEVICE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFWMIPROVIDER WmiProvider
    );

FORCEINLINE
WDFDEVICE
WdfWmiProviderGetDevice(
    _In_ WDFWMIPROVIDER WmiProvider
    )
{
    return ((PFN_WDFWMIPROVIDERGETDEVICE) WdfFunctions[WdfWmiProviderGetDeviceTableIndex])(WdfDriverGlobals, WmiProvider);
}

//
// WDF Function: WdfWmiProviderIsEnabled
//
typedef
BOOLEAN
(NTAPI *PFN_WDFWMIPROVIDERISENABLED)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFWMIPROVIDER WmiProvider,
    _In_ WDF_WMI_PROVIDER_CONTROL ProviderControl
    );

FORCEINLINE
BOOLEAN
WdfWmiProviderIsEnabled(
    _In_ WDFWMIPROVIDER WmiProvider,
    _In_ WDF_WMI_PROVIDER_CONTROL ProviderControl
    )
{
    return ((PFN_WDFWMIPROVIDERISENABLED) WdfFunctions[WdfWmiProviderIsEnabledTableIndex])(WdfDriverGlobals, WmiProvider, ProviderControl);
}

//
// WDF Function: WdfWmiProviderGetTracingHandle
//
typedef
ULONGLONG
(NTAPI *PFN_WDFWMIPROVIDERGETTRACINGHANDLE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFWMIPROVIDER WmiProvider
    );

FORCEINLINE
ULONGLONG
WdfWmiProviderGetTracingHandle(
    _In_ WDFWMIPROVIDER WmiProvider
    )
{
    return ((PFN_WDFWMIPROVIDERGETTRACINGHANDLE) WdfFunctions[WdfWmiProviderGetTracingHandleTableIndex])(WdfDriverGlobals, WmiProvider);
}

//
// WDF Function: WdfWmiInstanceCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFWMIINSTANCECREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device,
    _In_ PWDF_WMI_INSTANCE_CONFIG InstanceConfig,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES InstanceAttributes,
    _Out_opt_ WDFWMIINSTANCE* Instance
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfWmiInstanceCreate(
    _In_ WDFDEVICE Device,
    _In_ PWDF_WMI_INSTANCE_CONFIG InstanceConfig,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES InstanceAttributes,
    _Out_opt_ WDFWMIINSTANCE* Instance
    )
{
    return ((PFN_WDFWMIINSTANCECREATE) WdfFunctions[WdfWmiInstanceCreateTableIndex])(WdfDriverGlobals, Device, InstanceConfig, InstanceAttributes, Instance);
}

//
// WDF Function: WdfWmiInstanceRegister
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFWMIINSTANCEREGISTER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFWMIINSTANCE WmiInstance
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfWmiInstanceRegister(
    _In_ WDFWMIINSTANCE WmiInstance
    )
{
    return ((PFN_WDFWMIINSTANCEREGISTER) WdfFunctions[WdfWmiInstanceRegisterTableIndex])(WdfDriverGlobals, WmiInstance);
}

//
// WDF Function: WdfWmiInstanceDeregister
//
typedef
VOID
(NTAPI *PFN_WDFWMIINSTANCEDEREGISTER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFWMIINSTANCE WmiInstance
    );

FORCEINLINE
VOID
WdfWmiInstanceDeregister(
    _In_ WDFWMIINSTANCE WmiInstance
    )
{
    ((PFN_WDFWMIINSTANCEDEREGISTER) WdfFunctions[WdfWmiInstanceDeregisterTableIndex])(WdfDriverGlobals, WmiInstance);
}

//
// WDF Function: WdfWmiInstanceGetDevice
//
typedef
WDFDEVICE
(NTAPI *PFN_WDFWMIINSTANCEGETDEVICE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFWMIINSTANCE WmiInstance
    );

FORCEINLINE
WDFDEVICE
WdfWmiInstanceGetDevice(
    _In_ WDFWMIINSTANCE WmiInstance
    )
{
    return ((PFN_WDFWMIINSTANCEGETDEVICE) WdfFunctions[WdfWmiInstanceGetDeviceTableIndex])(WdfDriverGlobals, WmiInstance);
}

//
// WDF Function: WdfWmiInstanceGetProvider
//
typedef
WDFWMIPROVIDER
(NTAPI *PFN_WDFWMIINSTANCEGETPROVIDER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFWMIINSTANCE WmiInstance
    );

FORCEINLINE
WDFWMIPROVIDER
WdfWmiInstanceGetProvider(
    _In_ WDFWMIINSTANCE WmiInstance
    )
{
    return ((PFN_WDFWMIINSTANCEGETPROVIDER) WdfFunctions[WdfWmiInstanceGetProviderTableIndex])(WdfDriverGlobals, WmiInstance);
}

//
// WDF Function: WdfWmiInstanceFireEvent
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFWMIINSTANCEFIREEVENT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFWMIINSTANCE WmiInstance,
    _In_opt_ ULONG EventDataSize,
    _In_reads_bytes_opt_(EventDataSize) PVOID EventData
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfWmiInstanceFireEvent(
    _In_ WDFWMIINSTANCE WmiInstance,
    _In_opt_ ULONG EventDataSize,
    _In_reads_bytes_opt_(EventDataSize) PVOID EventData
    )
{
    return ((PFN_WDFWMIINSTANCEFIREEVENT) WdfFunctions[WdfWmiInstanceFireEventTableIndex])(WdfDriverGlobals, WmiInstance, EventDataSize, EventData);
}

WDF_EXTERN_C_END
