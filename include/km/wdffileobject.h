/* KMDF 1.33: file objects. */
#pragma once

WDF_EXTERN_C_START

//
// WDF Function: WdfFileObjectGetFileName
//
typedef
PUNICODE_STRING
(NTAPI *PFN_WDFFILEOBJECTGETFILENAME)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFFILEOBJECT FileObject
    );

FORCEINLINE
PUNICODE_STRING
WdfFileObjectGetFileName(
    _In_ WDFFILEOBJECT FileObject
    )
{
    return ((PFN_WDFFILEOBJECTGETFILENAME) WdfFunctions[WdfFileObjectGetFileNameTableIndex])(WdfDriverGlobals, FileObject);
}

//
// WDF Function: WdfFileObjectGetFlags
//
typedef
ULONG
(NTAPI *PFN_WDFFILEOBJECTGETFLAGS)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFFILEOBJECT FileObject
    );

FORCEINLINE
ULONG
WdfFileObjectGetFlags(
    _In_ WDFFILEOBJECT FileObject
    )
{
    return ((PFN_WDFFILEOBJECTGETFLAGS) WdfFunctions[WdfFileObjectGetFlagsTableIndex])(WdfDriverGlobals, FileObject);
}

//
// WDF Function: WdfFileObjectGetDevice
//
typedef
WDFDEVICE
(NTAPI *PFN_WDFFILEOBJECTGETDEVICE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFFILEOBJECT FileObject
    );

FORCEINLINE
WDFDEVICE
WdfFileObjectGetDevice(
    _In_ WDFFILEOBJECT FileObject
    )
{
    return ((PFN_WDFFILEOBJECTGETDEVICE) WdfFunctions[WdfFileObjectGetDeviceTableIndex])(WdfDriverGlobals, FileObject);
}

//
// WDF Function: WdfFileObjectWdmGetFileObject
//
typedef
PFILE_OBJECT
(NTAPI *PFN_WDFFILEOBJECTWDMGETFILEOBJECT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFFILEOBJECT FileObject
    );

FORCEINLINE
PFILE_OBJECT
WdfFileObjectWdmGetFileObject(
    _In_ WDFFILEOBJECT FileObject
    )
{
    return ((PFN_WDFFILEOBJECTWDMGETFILEOBJECT) WdfFunctions[WdfFileObjectWdmGetFileObjectTableIndex])(WdfDriverGlobals, FileObject);
}

//
// WDF Function: WdfFileObjectGetInitiatorProcessId
//
typedef
ULONG
(NTAPI *PFN_WDFFILEOBJECTGETINITIATORPROCESSID)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFFILEOBJECT FileObject
    );

FORCEINLINE
ULONG
WdfFileObjectGetInitiatorProcessId(
    _In_ WDFFILEOBJECT FileObject
    )
{
    return ((PFN_WDFFILEOBJECTGETINITIATORPROCESSID) WdfFunctions[WdfFileObjectGetInitiatorProcessIdTableIndex])(WdfDriverGlobals, FileObject);
}

WDF_EXTERN_C_END
