/* KMDF 1.33: driver-defined interfaces exposed through IRP_MN_QUERY_INTERFACE. */
#pragma once

WDF_EXTERN_C_START

typedef _Function_class_(EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST)
NTSTATUS EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST(_In_ WDFDEVICE Device, _In_ LPGUID InterfaceType,
                                                        _Inout_ PINTERFACE ExposedInterface,
                                                        _Inout_opt_ PVOID ExposedInterfaceSpecificData);
typedef EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST *PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST;

typedef struct _WDF_QUERY_INTERFACE_CONFIG {
    ULONG Size;
    PINTERFACE Interface;
    const GUID *InterfaceType;
    BOOLEAN SendQueryToParentStack;
    PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST EvtDeviceProcessQueryInterfaceRequest;
    BOOLEAN ImportInterface;
} WDF_QUERY_INTERFACE_CONFIG, *PWDF_QUERY_INTERFACE_CONFIG;

FORCEINLINE VOID WDF_QUERY_INTERFACE_CONFIG_INIT(
    _Out_ PWDF_QUERY_INTERFACE_CONFIG InterfaceConfig, _In_opt_ PINTERFACE Interface, _In_ const GUID *InterfaceType,
    _In_opt_ PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST EvtDeviceProcessQueryInterfaceRequest)
{
    RtlZeroMemory(InterfaceConfig, sizeof(WDF_QUERY_INTERFACE_CONFIG));
    InterfaceConfig->Size = sizeof(WDF_QUERY_INTERFACE_CONFIG);
    InterfaceConfig->Interface = Interface;
    InterfaceConfig->InterfaceType = InterfaceType;
    InterfaceConfig->EvtDeviceProcessQueryInterfaceRequest = EvtDeviceProcessQueryInterfaceRequest;
}

/* For INTERFACE.InterfaceReference/InterfaceDereference when the interface needs no
 * reference counting. */
FORCEINLINE VOID WdfDeviceInterfaceReferenceNoOp(_In_ PVOID Context)
{
    (void) Context;
}

FORCEINLINE VOID WdfDeviceInterfaceDereferenceNoOp(_In_ PVOID Context)
{
    (void) Context;
}

//
// WDF Function: WdfDeviceAddQueryInterface
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFDEVICEADDQUERYINTERFACE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device,
    _In_ PWDF_QUERY_INTERFACE_CONFIG InterfaceConfig
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfDeviceAddQueryInterface(
    _In_ WDFDEVICE Device,
    _In_ PWDF_QUERY_INTERFACE_CONFIG InterfaceConfig
    )
{
    return ((PFN_WDFDEVICEADDQUERYINTERFACE) WdfFunctions[WdfDeviceAddQueryInterfaceTableIndex])(WdfDriverGlobals, Device, InterfaceConfig);
}

WDF_EXTERN_C_END
