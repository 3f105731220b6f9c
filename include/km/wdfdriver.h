/* KMDF 1.33: the driver object. */
#pragma once

WDF_EXTERN_C_START

typedef enum _WDF_DRIVER_INIT_FLAGS {
    WdfDriverInitNonPnpDriver = 0x00000001,
    WdfDriverInitNoDispatchOverride = 0x00000002,
    WdfVerifyOn = 0x00000004,
    WdfVerifierOn = 0x00000008,
    WdfDriverInitCompanion = 0x00000010,
} WDF_DRIVER_INIT_FLAGS;

#define WDF_TRACE_ID ('TRAC')

/* The driver's handle once WdfDriverCreate has succeeded. */
#define WdfGetDriver() (WdfDriverGlobals->Driver)

typedef _Function_class_(EVT_WDF_DRIVER_DEVICE_ADD)
NTSTATUS EVT_WDF_DRIVER_DEVICE_ADD(_In_ WDFDRIVER Driver, _Inout_ PWDFDEVICE_INIT DeviceInit);
typedef EVT_WDF_DRIVER_DEVICE_ADD *PFN_WDF_DRIVER_DEVICE_ADD;

typedef _Function_class_(EVT_WDF_DRIVER_UNLOAD)
VOID EVT_WDF_DRIVER_UNLOAD(_In_ WDFDRIVER Driver);
typedef EVT_WDF_DRIVER_UNLOAD *PFN_WDF_DRIVER_UNLOAD;

/* Reserved by the framework for WPP tracing. */
typedef _Function_class_(EVT_WDF_TRACE_CALLBACK)
NTSTATUS EVT_WDF_TRACE_CALLBACK(_In_ UCHAR ActionCode, _In_ PVOID DataPath, _In_ ULONG BufferLength,
                                _Inout_ PVOID Buffer, _In_ PVOID Context, _Out_ PULONG Size);
typedef EVT_WDF_TRACE_CALLBACK *PFN_WDF_TRACE_CALLBACK;

typedef struct _WDF_DRIVER_CONFIG {
    ULONG Size;
    PFN_WDF_DRIVER_DEVICE_ADD EvtDriverDeviceAdd;
    PFN_WDF_DRIVER_UNLOAD EvtDriverUnload;
    /* WDF_DRIVER_INIT_FLAGS values. */
    ULONG DriverInitFlags;
    ULONG DriverPoolTag;
} WDF_DRIVER_CONFIG, *PWDF_DRIVER_CONFIG;

FORCEINLINE VOID WDF_DRIVER_CONFIG_INIT(_Out_ PWDF_DRIVER_CONFIG Config,
                                        _In_opt_ PFN_WDF_DRIVER_DEVICE_ADD EvtDriverDeviceAdd)
{
    RtlZeroMemory(Config, sizeof(WDF_DRIVER_CONFIG));
    Config->Size = sizeof(WDF_DRIVER_CONFIG);
    Config->EvtDriverDeviceAdd = EvtDriverDeviceAdd;
}

typedef struct _WDF_DRIVER_VERSION_AVAILABLE_PARAMS {
    ULONG Size;
    ULONG MajorVersion;
    ULONG MinorVersion;
} WDF_DRIVER_VERSION_AVAILABLE_PARAMS, *PWDF_DRIVER_VERSION_AVAILABLE_PARAMS;

FORCEINLINE VOID WDF_DRIVER_VERSION_AVAILABLE_PARAMS_INIT(_Out_ PWDF_DRIVER_VERSION_AVAILABLE_PARAMS Params,
                                                          _In_ ULONG MajorVersion, _In_ ULONG MinorVersion)
{
    RtlZeroMemory(Params, sizeof(WDF_DRIVER_VERSION_AVAILABLE_PARAMS));
    Params->Size = sizeof(WDF_DRIVER_VERSION_AVAILABLE_PARAMS);
    Params->MajorVersion = MajorVersion;
    Params->MinorVersion = MinorVersion;
}

//
// WDF Function: WdfDriverCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFDRIVERCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PCUNICODE_STRING RegistryPath,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES DriverAttributes,
    _In_ PWDF_DRIVER_CONFIG DriverConfig,
    _Out_opt_ WDFDRIVER* Driver
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfDriverCreate(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PCUNICODE_STRING RegistryPath,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES DriverAttributes,
    _In_ PWDF_DRIVER_CONFIG DriverConfig,
    _Out_opt_ WDFDRIVER* Driver
    )
{
    return ((PFN_WDFDRIVERCREATE) WdfFunctions[WdfDriverCreateTableIndex])(WdfDriverGlobals, DriverObject, RegistryPath, DriverAttributes, DriverConfig, Driver);
}

//
// WDF Function: WdfDriverGetRegistryPath
//
typedef
PWSTR
(NTAPI *PFN_WDFDRIVERGETREGISTRYPATH)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDRIVER Driver
    );

FORCEINLINE
PWSTR
WdfDriverGetRegistryPath(
    _In_ WDFDRIVER Driver
    )
{
    return ((PFN_WDFDRIVERGETREGISTRYPATH) WdfFunctions[WdfDriverGetRegistryPathTableIndex])(WdfDriverGlobals, Driver);
}

//
// WDF Function: WdfDriverWdmGetDriverObject
//
typedef
PDRIVER_OBJECT
(NTAPI *PFN_WDFDRIVERWDMGETDRIVEROBJECT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDRIVER Driver
    );

FORCEINLINE
PDRIVER_OBJECT
WdfDriverWdmGetDriverObject(
    _In_ WDFDRIVER Driver
    )
{
    return ((PFN_WDFDRIVERWDMGETDRIVEROBJECT) WdfFunctions[WdfDriverWdmGetDriverObjectTableIndex])(WdfDriverGlobals, Driver);
}

//
// WDF Function: WdfDriverOpenParametersRegistryKey
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFDRIVEROPENPARAMETERSREGISTRYKEY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDRIVER Driver,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes,
    _Out_ WDFKEY* Key
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfDriverOpenParametersRegistryKey(
    _In_ WDFDRIVER Driver,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes,
    _Out_ WDFKEY* Key
    )
{
    return ((PFN_WDFDRIVEROPENPARAMETERSREGISTRYKEY) WdfFunctions[WdfDriverOpenParametersRegistryKeyTableIndex])(WdfDriverGlobals, Driver, DesiredAccess, KeyAttributes, Key);
}

//
// WDF Function: WdfWdmDriverGetWdfDriverHandle
//
typedef
WDFDRIVER
(NTAPI *PFN_WDFWDMDRIVERGETWDFDRIVERHANDLE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PDRIVER_OBJECT DriverObject
    );

FORCEINLINE
WDFDRIVER
WdfWdmDriverGetWdfDriverHandle(
    _In_ PDRIVER_OBJECT DriverObject
    )
{
    return ((PFN_WDFWDMDRIVERGETWDFDRIVERHANDLE) WdfFunctions[WdfWdmDriverGetWdfDriverHandleTableIndex])(WdfDriverGlobals, DriverObject);
}

//
// WDF Function: WdfDriverRegisterTraceInfo
//
typedef
NTSTATUS
(NTAPI *PFN_WDFDRIVERREGISTERTRACEINFO)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PFN_WDF_TRACE_CALLBACK EvtTraceCallback,
    _In_ PVOID ControlBlock
    );

FORCEINLINE
NTSTATUS
WdfDriverRegisterTraceInfo(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PFN_WDF_TRACE_CALLBACK EvtTraceCallback,
    _In_ PVOID ControlBlock
    )
{
    return ((PFN_WDFDRIVERREGISTERTRACEINFO) WdfFunctions[WdfDriverRegisterTraceInfoTableIndex])(WdfDriverGlobals, DriverObject, EvtTraceCallback, ControlBlock);
}

//
// WDF Function: WdfDriverRetrieveVersionString
//
typedef
NTSTATUS
(NTAPI *PFN_WDFDRIVERRETRIEVEVERSIONSTRING)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDRIVER Driver,
    _In_ WDFSTRING String
    );

FORCEINLINE
NTSTATUS
WdfDriverRetrieveVersionString(
    _In_ WDFDRIVER Driver,
    _In_ WDFSTRING String
    )
{
    return ((PFN_WDFDRIVERRETRIEVEVERSIONSTRING) WdfFunctions[WdfDriverRetrieveVersionStringTableIndex])(WdfDriverGlobals, Driver, String);
}

//
// WDF Function: WdfDriverIsVersionAvailable
//
typedef
_Must_inspect_result_
BOOLEAN
(NTAPI *PFN_WDFDRIVERISVERSIONAVAILABLE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDRIVER Driver,
    _In_ PWDF_DRIVER_VERSION_AVAILABLE_PARAMS VersionAvailableParams
    );

_Must_inspect_result_
FORCEINLINE
BOOLEAN
WdfDriverIsVersionAvailable(
    _In_ WDFDRIVER Driver,
    _In_ PWDF_DRIVER_VERSION_AVAILABLE_PARAMS VersionAvailableParams
    )
{
    return ((PFN_WDFDRIVERISVERSIONAVAILABLE) WdfFunctions[WdfDriverIsVersionAvailableTableIndex])(WdfDriverGlobals, Driver, VersionAvailableParams);
}

//
// WDF Function: WdfDriverOpenPersistentStateRegistryKey
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFDRIVEROPENPERSISTENTSTATEREGISTRYKEY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDRIVER Driver,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes,
    _Out_ WDFKEY* Key
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfDriverOpenPersistentStateRegistryKey(
    _In_ WDFDRIVER Driver,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes,
    _Out_ WDFKEY* Key
    )
{
    return ((PFN_WDFDRIVEROPENPERSISTENTSTATEREGISTRYKEY) WdfFunctions[WdfDriverOpenPersistentStateRegistryKeyTableIndex])(WdfDriverGlobals, Driver, DesiredAccess, KeyAttributes, Key);
}

WDF_EXTERN_C_END
