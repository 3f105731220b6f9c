/* KMDF 1.33: physical device objects created by bus drivers. */
#pragma once

WDF_EXTERN_C_START

typedef _Function_class_(EVT_WDF_DEVICE_RESOURCES_QUERY)
NTSTATUS EVT_WDF_DEVICE_RESOURCES_QUERY(_In_ WDFDEVICE Device, _In_ WDFCMRESLIST Resources);
typedef EVT_WDF_DEVICE_RESOURCES_QUERY *PFN_WDF_DEVICE_RESOURCES_QUERY;

typedef _Function_class_(EVT_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY)
NTSTATUS EVT_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY(_In_ WDFDEVICE Device,
                                                    _In_ WDFIORESREQLIST IoResourceRequirementsList);
typedef EVT_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY *PFN_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY;

typedef _Function_class_(EVT_WDF_DEVICE_EJECT)
NTSTATUS EVT_WDF_DEVICE_EJECT(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_EJECT *PFN_WDF_DEVICE_EJECT;

typedef _Function_class_(EVT_WDF_DEVICE_SET_LOCK)
NTSTATUS EVT_WDF_DEVICE_SET_LOCK(_In_ WDFDEVICE Device, _In_ BOOLEAN IsLocked);
typedef EVT_WDF_DEVICE_SET_LOCK *PFN_WDF_DEVICE_SET_LOCK;

typedef _Function_class_(EVT_WDF_DEVICE_ENABLE_WAKE_AT_BUS)
NTSTATUS EVT_WDF_DEVICE_ENABLE_WAKE_AT_BUS(_In_ WDFDEVICE Device, _In_ SYSTEM_POWER_STATE PowerState);
typedef EVT_WDF_DEVICE_ENABLE_WAKE_AT_BUS *PFN_WDF_DEVICE_ENABLE_WAKE_AT_BUS;

typedef _Function_class_(EVT_WDF_DEVICE_DISABLE_WAKE_AT_BUS)
VOID EVT_WDF_DEVICE_DISABLE_WAKE_AT_BUS(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_DISABLE_WAKE_AT_BUS *PFN_WDF_DEVICE_DISABLE_WAKE_AT_BUS;

typedef _Function_class_(EVT_WDF_DEVICE_REPORTED_MISSING)
VOID EVT_WDF_DEVICE_REPORTED_MISSING(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_REPORTED_MISSING *PFN_WDF_DEVICE_REPORTED_MISSING;

typedef struct _WDF_PDO_EVENT_CALLBACKS {
    ULONG Size;
    PFN_WDF_DEVICE_RESOURCES_QUERY EvtDeviceResourcesQuery;
    PFN_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY EvtDeviceResourceRequirementsQuery;
    PFN_WDF_DEVICE_EJECT EvtDeviceEject;
    PFN_WDF_DEVICE_SET_LOCK EvtDeviceSetLock;
    PFN_WDF_DEVICE_ENABLE_WAKE_AT_BUS EvtDeviceEnableWakeAtBus;
    PFN_WDF_DEVICE_DISABLE_WAKE_AT_BUS EvtDeviceDisableWakeAtBus;
    PFN_WDF_DEVICE_REPORTED_MISSING EvtDeviceReportedMissing;
} WDF_PDO_EVENT_CALLBACKS, *PWDF_PDO_EVENT_CALLBACKS;

FORCEINLINE VOID WDF_PDO_EVENT_CALLBACKS_INIT(_Out_ PWDF_PDO_EVENT_CALLBACKS Callbacks)
{
    RtlZeroMemory(Callbacks, sizeof(WDF_PDO_EVENT_CALLBACKS));
    Callbacks->Size = sizeof(WDF_PDO_EVENT_CALLBACKS);
}

//
// WDF Function: WdfPdoInitAllocate
//
typedef
_Must_inspect_result_
PWDFDEVICE_INIT
(NTAPI *PFN_WDFPDOINITALLOCATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE ParentDevice
    );

_Must_inspect_result_
FORCEINLINE
PWDFDEVICE_INIT
WdfPdoInitAllocate(
    _In_ WDFDEVICE ParentDevice
    )
{
    return ((PFN_WDFPDOINITALLOCATE) WdfFunctions[WdfPdoInitAllocateTableIndex])(WdfDriverGlobals, ParentDevice);
}

//
// WDF Function: WdfPdoInitSetEventCallbacks
//
typedef
VOID
(NTAPI *PFN_WDFPDOINITSETEVENTCALLBACKS)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PWDF_PDO_EVENT_CALLBACKS DispatchTable
    );

FORCEINLINE
VOID
WdfPdoInitSetEventCallbacks(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PWDF_PDO_EVENT_CALLBACKS DispatchTable
    )
{
    ((PFN_WDFPDOINITSETEVENTCALLBACKS) WdfFunctions[WdfPdoInitSetEventCallbacksTableIndex])(WdfDriverGlobals, DeviceInit, DispatchTable);
}

//
// WDF Function: WdfPdoInitAssignDeviceID
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFPDOINITASSIGNDEVICEID)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PCUNICODE_STRING DeviceID
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfPdoInitAssignDeviceID(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PCUNICODE_STRING DeviceID
    )
{
    return ((PFN_WDFPDOINITASSIGNDEVICEID) WdfFunctions[WdfPdoInitAssignDeviceIDTableIndex])(WdfDriverGlobals, DeviceInit, DeviceID);
}

//
// WDF Function: WdfPdoInitAssignInstanceID
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFPDOINITASSIGNINSTANCEID)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PCUNICODE_STRING InstanceID
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfPdoInitAssignInstanceID(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PCUNICODE_STRING InstanceID
    )
{
    return ((PFN_WDFPDOINITASSIGNINSTANCEID) WdfFunctions[WdfPdoInitAssignInstanceIDTableIndex])(WdfDriverGlobals, DeviceInit, InstanceID);
}

//
// WDF Function: WdfPdoInitAddHardwareID
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFPDOINITADDHARDWAREID)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PCUNICODE_STRING HardwareID
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfPdoInitAddHardwareID(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PCUNICODE_STRING HardwareID
    )
{
    return ((PFN_WDFPDOINITADDHARDWAREID) WdfFunctions[WdfPdoInitAddHardwareIDTableIndex])(WdfDriverGlobals, DeviceInit, HardwareID);
}

//
// WDF Function: WdfPdoInitAddCompatibleID
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFPDOINITADDCOMPATIBLEID)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PCUNICODE_STRING CompatibleID
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfPdoInitAddCompatibleID(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PCUNICODE_STRING CompatibleID
    )
{
    return ((PFN_WDFPDOINITADDCOMPATIBLEID) WdfFunctions[WdfPdoInitAddCompatibleIDTableIndex])(WdfDriverGlobals, DeviceInit, CompatibleID);
}

//
// WDF Function: WdfPdoInitAddDeviceText
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFPDOINITADDDEVICETEXT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PCUNICODE_STRING DeviceDescription,
    _In_ PCUNICODE_STRING DeviceLocation,
    _In_ LCID LocaleId
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfPdoInitAddDeviceText(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PCUNICODE_STRING DeviceDescription,
    _In_ PCUNICODE_STRING DeviceLocation,
    _In_ LCID LocaleId
    )
{
    return ((PFN_WDFPDOINITADDDEVICETEXT) WdfFunctions[WdfPdoInitAddDeviceTextTableIndex])(WdfDriverGlobals, DeviceInit, DeviceDescription, DeviceLocation, LocaleId);
}

//
// WDF Function: WdfPdoInitSetDefaultLocale
//
typedef
VOID
(NTAPI *PFN_WDFPDOINITSETDEFAULTLOCALE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ LCID LocaleId
    );

FORCEINLINE
VOID
WdfPdoInitSetDefaultLocale(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ LCID LocaleId
    )
{
    ((PFN_WDFPDOINITSETDEFAULTLOCALE) WdfFunctions[WdfPdoInitSetDefaultLocaleTableIndex])(WdfDriverGlobals, DeviceInit, LocaleId);
}

//
// WDF Function: WdfPdoInitAssignRawDevice
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFPDOINITASSIGNRAWDEVICE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ const GUID* DeviceClassGuid
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfPdoInitAssignRawDevice(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ const GUID* DeviceClassGuid
    )
{
    return ((PFN_WDFPDOINITASSIGNRAWDEVICE) WdfFunctions[WdfPdoInitAssignRawDeviceTableIndex])(WdfDriverGlobals, DeviceInit, DeviceClassGuid);
}

//
// WDF Function: WdfPdoMarkMissing
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFPDOMARKMISSING)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfPdoMarkMissing(
    _In_ WDFDEVICE Device
    )
{
    return ((PFN_WDFPDOMARKMISSING) WdfFunctions[WdfPdoMarkMissingTableIndex])(WdfDriverGlobals, Device);
}

//
// WDF Function: WdfPdoRequestEject
//
typedef
VOID
(NTAPI *PFN_WDFPDOREQUESTEJECT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device
    );

FORCEINLINE
VOID
WdfPdoRequestEject(
    _In_ WDFDEVICE Device
    )
{
    ((PFN_WDFPDOREQUESTEJECT) WdfFunctions[WdfPdoRequestEjectTableIndex])(WdfDriverGlobals, Device);
}

//
// WDF Function: WdfPdoGetParent
//
typedef
WDFDEVICE
(NTAPI *PFN_WDFPDOGETPARENT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device
    );

FORCEINLINE
WDFDEVICE
WdfPdoGetParent(
    _In_ WDFDEVICE Device
    )
{
    return ((PFN_WDFPDOGETPARENT) WdfFunctions[WdfPdoGetParentTableIndex])(WdfDriverGlobals, Device);
}

//
// WDF Function: WdfPdoRetrieveIdentificationDescription
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFPDORETRIEVEIDENTIFICATIONDESCRIPTION)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device,
    _Inout_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfPdoRetrieveIdentificationDescription(
    _In_ WDFDEVICE Device,
    _Inout_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription
    )
{
    return ((PFN_WDFPDORETRIEVEIDENTIFICATIONDESCRIPTION) WdfFunctions[WdfPdoRetrieveIdentificationDescriptionTableIndex])(WdfDriverGlobals, Device, IdentificationDescription);
}

//
// WDF Function: WdfPdoRetrieveAddressDescription
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFPDORETRIEVEADDRESSDESCRIPTION)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device,
    _Inout_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfPdoRetrieveAddressDescription(
    _In_ WDFDEVICE Device,
    _Inout_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription
    )
{
    return ((PFN_WDFPDORETRIEVEADDRESSDESCRIPTION) WdfFunctions[WdfPdoRetrieveAddressDescriptionTableIndex])(WdfDriverGlobals, Device, AddressDescription);
}

//
// WDF Function: WdfPdoUpdateAddressDescription
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFPDOUPDATEADDRESSDESCRIPTION)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device,
    _Inout_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfPdoUpdateAddressDescription(
    _In_ WDFDEVICE Device,
    _Inout_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription
    )
{
    return ((PFN_WDFPDOUPDATEADDRESSDESCRIPTION) WdfFunctions[WdfPdoUpdateAddressDescriptionTableIndex])(WdfDriverGlobals, Device, AddressDescription);
}

//
// WDF Function: WdfPdoAddEjectionRelationsPhysicalDevice
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFPDOADDEJECTIONRELATIONSPHYSICALDEVICE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device,
    _In_ PDEVICE_OBJECT PhysicalDevice
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfPdoAddEjectionRelationsPhysicalDevice(
    _In_ WDFDEVICE Device,
    _In_ PDEVICE_OBJECT PhysicalDevice
    )
{
    return ((PFN_WDFPDOADDEJECTIONRELATIONSPHYSICALDEVICE) WdfFunctions[WdfPdoAddEjectionRelationsPhysicalDeviceTableIndex])(WdfDriverGlobals, Device, PhysicalDevice);
}

//
// WDF Function: WdfPdoRemoveEjectionRelationsPhysicalDevice
//
typedef
VOID
(NTAPI *PFN_WDFPDOREMOVEEJECTIONRELATIONSPHYSICALDEVICE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device,
    _In_ PDEVICE_OBJECT PhysicalDevice
    );

FORCEINLINE
VOID
WdfPdoRemoveEjectionRelationsPhysicalDevice(
    _In_ WDFDEVICE Device,
    _In_ PDEVICE_OBJECT PhysicalDevice
    )
{
    ((PFN_WDFPDOREMOVEEJECTIONRELATIONSPHYSICALDEVICE) WdfFunctions[WdfPdoRemoveEjectionRelationsPhysicalDeviceTableIndex])(WdfDriverGlobals, Device, PhysicalDevice);
}

//
// WDF Function: WdfPdoClearEjectionRelationsDevices
//
typedef
VOID
(NTAPI *PFN_WDFPDOCLEAREJECTIONRELATIONSDEVICES)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device
    );

FORCEINLINE
VOID
WdfPdoClearEjectionRelationsDevices(
    _In_ WDFDEVICE Device
    )
{
    ((PFN_WDFPDOCLEAREJECTIONRELATIONSDEVICES) WdfFunctions[WdfPdoClearEjectionRelationsDevicesTableIndex])(WdfDriverGlobals, Device);
}

//
// WDF Function: WdfPdoInitAssignContainerID
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFPDOINITASSIGNCONTAINERID)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PCUNICODE_STRING ContainerID
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfPdoInitAssignContainerID(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PCUNICODE_STRING ContainerID
    )
{
    return ((PFN_WDFPDOINITASSIGNCONTAINERID) WdfFunctions[WdfPdoInitAssignContainerIDTableIndex])(WdfDriverGlobals, DeviceInit, ContainerID);
}

//
// WDF Function: WdfPdoInitAllowForwardingRequestToParent
//
typedef
VOID
(NTAPI *PFN_WDFPDOINITALLOWFORWARDINGREQUESTTOPARENT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFDEVICE_INIT DeviceInit
    );

FORCEINLINE
VOID
WdfPdoInitAllowForwardingRequestToParent(
    _In_ PWDFDEVICE_INIT DeviceInit
    )
{
    ((PFN_WDFPDOINITALLOWFORWARDINGREQUESTTOPARENT) WdfFunctions[WdfPdoInitAllowForwardingRequestToParentTableIndex])(WdfDriverGlobals, DeviceInit);
}

//
// WDF Function: WdfDriverErrorReportApiMissing
//
typedef
NTSTATUS
(NTAPI *PFN_WDFDRIVERERRORREPORTAPIMISSING)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDRIVER Driver,
    _In_opt_ PCWSTR FrameworkExtensionName,
    _In_ ULONG ApiIndex,
    _In_ BOOLEAN DoesApiReturnNtstatus
    );

FORCEINLINE
NTSTATUS
WdfDriverErrorReportApiMissing(
    _In_ WDFDRIVER Driver,
    _In_opt_ PCWSTR FrameworkExtensionName,
    _In_ ULONG ApiIndex,
    _In_ BOOLEAN DoesApiReturnNtstatus
    )
{
    return ((PFN_WDFDRIVERERRORREPORTAPIMISSING) WdfFunctions[WdfDriverErrorReportApiMissingTableIndex])(WdfDriverGlobals, Driver, FrameworkExtensionName, ApiIndex, DoesApiReturnNtstatus);
}

//
// WDF Function: WdfPdoInitRemovePowerDependencyOnParent
//
typedef
VOID
(NTAPI *PFN_WDFPDOINITREMOVEPOWERDEPENDENCYONPARENT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFDEVICE_INIT DeviceInit
    );

FORCEINLINE
VOID
WdfPdoInitRemovePowerDependencyOnParent(
    _In_ PWDFDEVICE_INIT DeviceInit
    )
{
    ((PFN_WDFPDOINITREMOVEPOWERDEPENDENCYONPARENT) WdfFunctions[WdfPdoInitRemovePowerDependencyOnParentTableIndex])(WdfDriverGlobals, DeviceInit);
}

WDF_EXTERN_C_END
