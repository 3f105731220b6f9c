/* KMDF 1.33: I/O targets. */
#pragma once

WDF_EXTERN_C_START

/* ZwCreateFile values the open-by-name INIT functions use (defined by wdm.h normally). */
#ifndef FILE_OPEN
#define FILE_OPEN 0x00000001
#endif
#ifndef FILE_NON_DIRECTORY_FILE
#define FILE_NON_DIRECTORY_FILE 0x00000040
#endif

typedef enum _WDF_IO_TARGET_STATE {
    WdfIoTargetStateUndefined = 0,
    WdfIoTargetStarted,
    WdfIoTargetStopped,
    WdfIoTargetClosedForQueryRemove,
    WdfIoTargetClosed,
    WdfIoTargetDeleted,
    WdfIoTargetPurged,
} WDF_IO_TARGET_STATE, *PWDF_IO_TARGET_STATE;

typedef enum _WDF_IO_TARGET_OPEN_TYPE {
    WdfIoTargetOpenUndefined = 0,
    WdfIoTargetOpenUseExistingDevice = 1,
    WdfIoTargetOpenByName = 2,
    WdfIoTargetOpenReopen = 3,
    WdfIoTargetOpenLocalTargetByFile = 4,
} WDF_IO_TARGET_OPEN_TYPE;

typedef enum _WDF_IO_TARGET_SENT_IO_ACTION {
    WdfIoTargetSentIoUndefined = 0,
    WdfIoTargetCancelSentIo,
    WdfIoTargetWaitForSentIoToComplete,
    WdfIoTargetLeaveSentIoPending,
} WDF_IO_TARGET_SENT_IO_ACTION;

typedef enum _WDF_IO_TARGET_PURGE_IO_ACTION {
    WdfIoTargetPurgeIoUndefined = 0,
    WdfIoTargetPurgeIoAndWait = 1,
    WdfIoTargetPurgeIo = 2,
} WDF_IO_TARGET_PURGE_IO_ACTION;

typedef _Function_class_(EVT_WDF_IO_TARGET_QUERY_REMOVE)
NTSTATUS EVT_WDF_IO_TARGET_QUERY_REMOVE(_In_ WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_QUERY_REMOVE *PFN_WDF_IO_TARGET_QUERY_REMOVE;

typedef _Function_class_(EVT_WDF_IO_TARGET_REMOVE_CANCELED)
VOID EVT_WDF_IO_TARGET_REMOVE_CANCELED(_In_ WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_REMOVE_CANCELED *PFN_WDF_IO_TARGET_REMOVE_CANCELED;

typedef _Function_class_(EVT_WDF_IO_TARGET_REMOVE_COMPLETE)
VOID EVT_WDF_IO_TARGET_REMOVE_COMPLETE(_In_ WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_REMOVE_COMPLETE *PFN_WDF_IO_TARGET_REMOVE_COMPLETE;

typedef struct _WDF_IO_TARGET_OPEN_PARAMS {
    ULONG Size;
    WDF_IO_TARGET_OPEN_TYPE Type;
    PFN_WDF_IO_TARGET_QUERY_REMOVE EvtIoTargetQueryRemove;
    PFN_WDF_IO_TARGET_REMOVE_CANCELED EvtIoTargetRemoveCanceled;
    PFN_WDF_IO_TARGET_REMOVE_COMPLETE EvtIoTargetRemoveComplete;
    /* WdfIoTargetOpenUseExistingDevice. */
    PDEVICE_OBJECT TargetDeviceObject;
    PFILE_OBJECT TargetFileObject;
    /* WdfIoTargetOpenByName: the ZwCreateFile arguments. */
    UNICODE_STRING TargetDeviceName;
    ACCESS_MASK DesiredAccess;
    ULONG ShareAccess;
    ULONG FileAttributes;
    ULONG CreateDisposition;
    ULONG CreateOptions;
    PVOID EaBuffer;
    ULONG EaBufferLength;
    PLONGLONG AllocationSize;
    /* Out: the ZwCreateFile IO_STATUS_BLOCK.Information. */
    ULONG FileInformation;
    /* WdfIoTargetOpenLocalTargetByFile. */
    UNICODE_STRING FileName;
} WDF_IO_TARGET_OPEN_PARAMS, *PWDF_IO_TARGET_OPEN_PARAMS;

FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_EXISTING_DEVICE(_Out_ PWDF_IO_TARGET_OPEN_PARAMS Params,
                                                                _In_ PDEVICE_OBJECT DeviceObject)
{
    RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
    Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
    Params->Type = WdfIoTargetOpenUseExistingDevice;
    Params->TargetDeviceObject = DeviceObject;
}

FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_CREATE_BY_NAME(_Out_ PWDF_IO_TARGET_OPEN_PARAMS Params,
                                                               _In_ PCUNICODE_STRING TargetDeviceName,
                                                               _In_ ACCESS_MASK DesiredAccess)
{
    RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
    Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
    Params->Type = WdfIoTargetOpenByName;
    Params->TargetDeviceName = *TargetDeviceName;
    Params->DesiredAccess = DesiredAccess;
    /* CreateDisposition stays 0 (FILE_SUPERSEDE): an existing file is replaced. */
    Params->CreateOptions = FILE_NON_DIRECTORY_FILE;
}

FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(_Out_ PWDF_IO_TARGET_OPEN_PARAMS Params,
                                                             _In_ PCUNICODE_STRING TargetDeviceName,
                                                             _In_ ACCESS_MASK DesiredAccess)
{
    WDF_IO_TARGET_OPEN_PARAMS_INIT_CREATE_BY_NAME(Params, TargetDeviceName, DesiredAccess);
    Params->CreateDisposition = FILE_OPEN;
}

FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN(_Out_ PWDF_IO_TARGET_OPEN_PARAMS Params)
{
    RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
    Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
    Params->Type = WdfIoTargetOpenReopen;
}

FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_LOCAL_TARGET_BY_FILE(_Out_ PWDF_IO_TARGET_OPEN_PARAMS Params,
                                                                          _In_opt_ PCUNICODE_STRING FileName)
{
    RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
    Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
    Params->Type = WdfIoTargetOpenLocalTargetByFile;
    if (FileName != NULL) {
        Params->FileName = *FileName;
    }
}

//
// WDF Function: WdfIoTargetCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOTARGETCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES IoTargetAttributes,
    _Out_ WDFIOTARGET* IoTarget
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoTargetCreate(
    _In_ WDFDEVICE Device,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES IoTargetAttributes,
    _Out_ WDFIOTARGET* IoTarget
    )
{
    return ((PFN_WDFIOTARGETCREATE) WdfFunctions[WdfIoTargetCreateTableIndex])(WdfDriverGlobals, Device, IoTargetAttributes, IoTarget);
}

//
// WDF Function: WdfIoTargetOpen
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOTARGETOPEN)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget,
    _In_ PWDF_IO_TARGET_OPEN_PARAMS OpenParams
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoTargetOpen(
    _In_ WDFIOTARGET IoTarget,
    _In_ PWDF_IO_TARGET_OPEN_PARAMS OpenParams
    )
{
    return ((PFN_WDFIOTARGETOPEN) WdfFunctions[WdfIoTargetOpenTableIndex])(WdfDriverGlobals, IoTarget, OpenParams);
}

//
// WDF Function: WdfIoTargetCloseForQueryRemove
//
typedef
VOID
(NTAPI *PFN_WDFIOTARGETCLOSEFORQUERYREMOVE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget
    );

FORCEINLINE
VOID
WdfIoTargetCloseForQueryRemove(
    _In_ WDFIOTARGET IoTarget
    )
{
    ((PFN_WDFIOTARGETCLOSEFORQUERYREMOVE) WdfFunctions[WdfIoTargetCloseForQueryRemoveTableIndex])(WdfDriverGlobals, IoTarget);
}

//
// WDF Function: WdfIoTargetClose
//
typedef
VOID
(NTAPI *PFN_WDFIOTARGETCLOSE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget
    );

FORCEINLINE
VOID
WdfIoTargetClose(
    _In_ WDFIOTARGET IoTarget
    )
{
    ((PFN_WDFIOTARGETCLOSE) WdfFunctions[WdfIoTargetCloseTableIndex])(WdfDriverGlobals, IoTarget);
}

//
// WDF Function: WdfIoTargetStart
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOTARGETSTART)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoTargetStart(
    _In_ WDFIOTARGET IoTarget
    )
{
    return ((PFN_WDFIOTARGETSTART) WdfFunctions[WdfIoTargetStartTableIndex])(WdfDriverGlobals, IoTarget);
}

//
// WDF Function: WdfIoTargetStop
//
typedef
VOID
(NTAPI *PFN_WDFIOTARGETSTOP)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget,
    _In_ WDF_IO_TARGET_SENT_IO_ACTION Action
    );

FORCEINLINE
VOID
WdfIoTargetStop(
    _In_ WDFIOTARGET IoTarget,
    _In_ WDF_IO_TARGET_SENT_IO_ACTION Action
    )
{
    ((PFN_WDFIOTARGETSTOP) WdfFunctions[WdfIoTargetStopTableIndex])(WdfDriverGlobals, IoTarget, Action);
}

//
// WDF Function: WdfIoTargetGetState
//
typedef
WDF_IO_TARGET_STATE
(NTAPI *PFN_WDFIOTARGETGETSTATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget
    );

FORCEINLINE
WDF_IO_TARGET_STATE
WdfIoTargetGetState(
    _In_ WDFIOTARGET IoTarget
    )
{
    return ((PFN_WDFIOTARGETGETSTATE) WdfFunctions[WdfIoTargetGetStateTableIndex])(WdfDriverGlobals, IoTarget);
}

//
// WDF Function: WdfIoTargetGetDevice
//
typedef
WDFDEVICE
(NTAPI *PFN_WDFIOTARGETGETDEVICE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget
    );

FORCEINLINE
WDFDEVICE
WdfIoTargetGetDevice(
    _In_ WDFIOTARGET IoTarget
    )
{
    return ((PFN_WDFIOTARGETGETDEVICE) WdfFunctions[WdfIoTargetGetDeviceTableIndex])(WdfDriverGlobals, IoTarget);
}

//
// WDF Function: WdfIoTargetQueryTargetProperty
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOTARGETQUERYTARGETPROPERTY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget,
    _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
    _In_ ULONG BufferLength,
    _Out_writes_bytes_opt_(BufferLength) PVOID PropertyBuffer,
    _Out_ PULONG ResultLength
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoTargetQueryTargetProperty(
    _In_ WDFIOTARGET IoTarget,
    _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
    _In_ ULONG BufferLength,
    _Out_writes_bytes_opt_(BufferLength) PVOID PropertyBuffer,
    _Out_ PULONG ResultLength
    )
{
    return ((PFN_WDFIOTARGETQUERYTARGETPROPERTY) WdfFunctions[WdfIoTargetQueryTargetPropertyTableIndex])(WdfDriverGlobals, IoTarget, DeviceProperty, BufferLength, PropertyBuffer, ResultLength);
}

//
// WDF Function: WdfIoTargetAllocAndQueryTargetProperty
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOTARGETALLOCANDQUERYTARGETPROPERTY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget,
    _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
    _In_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
    _Out_ WDFMEMORY* PropertyMemory
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoTargetAllocAndQueryTargetProperty(
    _In_ WDFIOTARGET IoTarget,
    _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
    _In_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
    _Out_ WDFMEMORY* PropertyMemory
    )
{
    return ((PFN_WDFIOTARGETALLOCANDQUERYTARGETPROPERTY) WdfFunctions[WdfIoTargetAllocAndQueryTargetPropertyTableIndex])(WdfDriverGlobals, IoTarget, DeviceProperty, PoolType, PropertyMemoryAttributes, PropertyMemory);
}

//
// WDF Function: WdfIoTargetQueryForInterface
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOTARGETQUERYFORINTERFACE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget,
    _In_ LPCGUID InterfaceType,
    _Out_ PINTERFACE Interface,
    _In_ USHORT Size,
    _In_ USHORT Version,
    _In_opt_ PVOID InterfaceSpecificData
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoTargetQueryForInterface(
    _In_ WDFIOTARGET IoTarget,
    _In_ LPCGUID InterfaceType,
    _Out_ PINTERFACE Interface,
    _In_ USHORT Size,
    _In_ USHORT Version,
    _In_opt_ PVOID InterfaceSpecificData
    )
{
    return ((PFN_WDFIOTARGETQUERYFORINTERFACE) WdfFunctions[WdfIoTargetQueryForInterfaceTableIndex])(WdfDriverGlobals, IoTarget, InterfaceType, Interface, Size, Version, InterfaceSpecificData);
}

//
// WDF Function: WdfIoTargetWdmGetTargetDeviceObject
//
typedef
PDEVICE_OBJECT
(NTAPI *PFN_WDFIOTARGETWDMGETTARGETDEVICEOBJECT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget
    );

FORCEINLINE
PDEVICE_OBJECT
WdfIoTargetWdmGetTargetDeviceObject(
    _In_ WDFIOTARGET IoTarget
    )
{
    return ((PFN_WDFIOTARGETWDMGETTARGETDEVICEOBJECT) WdfFunctions[WdfIoTargetWdmGetTargetDeviceObjectTableIndex])(WdfDriverGlobals, IoTarget);
}

//
// WDF Function: WdfIoTargetWdmGetTargetPhysicalDevice
//
typedef
PDEVICE_OBJECT
(NTAPI *PFN_WDFIOTARGETWDMGETTARGETPHYSICALDEVICE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget
    );

FORCEINLINE
PDEVICE_OBJECT
WdfIoTargetWdmGetTargetPhysicalDevice(
    _In_ WDFIOTARGET IoTarget
    )
{
    return ((PFN_WDFIOTARGETWDMGETTARGETPHYSICALDEVICE) WdfFunctions[WdfIoTargetWdmGetTargetPhysicalDeviceTableIndex])(WdfDriverGlobals, IoTarget);
}

//
// WDF Function: WdfIoTargetWdmGetTargetFileObject
//
typedef
PFILE_OBJECT
(NTAPI *PFN_WDFIOTARGETWDMGETTARGETFILEOBJECT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget
    );

FORCEINLINE
PFILE_OBJECT
WdfIoTargetWdmGetTargetFileObject(
    _In_ WDFIOTARGET IoTarget
    )
{
    return ((PFN_WDFIOTARGETWDMGETTARGETFILEOBJECT) WdfFunctions[WdfIoTargetWdmGetTargetFileObjectTableIndex])(WdfDriverGlobals, IoTarget);
}

//
// WDF Function: WdfIoTargetWdmGetTargetFileHandle
//
typedef
HANDLE
(NTAPI *PFN_WDFIOTARGETWDMGETTARGETFILEHANDLE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget
    );

FORCEINLINE
HANDLE
WdfIoTargetWdmGetTargetFileHandle(
    _In_ WDFIOTARGET IoTarget
    )
{
    return ((PFN_WDFIOTARGETWDMGETTARGETFILEHANDLE) WdfFunctions[WdfIoTargetWdmGetTargetFileHandleTableIndex])(WdfDriverGlobals, IoTarget);
}

//
// WDF Function: WdfIoTargetSendReadSynchronously
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOTARGETSENDREADSYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OutputBuffer,
    _In_opt_ PLONGLONG DeviceOffset,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_opt_ PULONG_PTR BytesRead
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoTargetSendReadSynchronously(
    _In_ WDFIOTARGET IoTarget,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OutputBuffer,
    _In_opt_ PLONGLONG DeviceOffset,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_opt_ PULONG_PTR BytesRead
    )
{
    return ((PFN_WDFIOTARGETSENDREADSYNCHRONOUSLY) WdfFunctions[WdfIoTargetSendReadSynchronouslyTableIndex])(WdfDriverGlobals, IoTarget, Request, OutputBuffer, DeviceOffset, RequestOptions, BytesRead);
}

//
// WDF Function: WdfIoTargetFormatRequestForRead
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOTARGETFORMATREQUESTFORREAD)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget,
    _In_ WDFREQUEST Request,
    _In_opt_ WDFMEMORY OutputBuffer,
    _In_opt_ PWDFMEMORY_OFFSET OutputBufferOffset,
    _In_opt_ PLONGLONG DeviceOffset
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoTargetFormatRequestForRead(
    _In_ WDFIOTARGET IoTarget,
    _In_ WDFREQUEST Request,
    _In_opt_ WDFMEMORY OutputBuffer,
    _In_opt_ PWDFMEMORY_OFFSET OutputBufferOffset,
    _In_opt_ PLONGLONG DeviceOffset
    )
{
    return ((PFN_WDFIOTARGETFORMATREQUESTFORREAD) WdfFunctions[WdfIoTargetFormatRequestForReadTableIndex])(WdfDriverGlobals, IoTarget, Request, OutputBuffer, OutputBufferOffset, DeviceOffset);
}

//
// WDF Function: WdfIoTargetSendWriteSynchronously
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOTARGETSENDWRITESYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR InputBuffer,
    _In_opt_ PLONGLONG DeviceOffset,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_opt_ PULONG_PTR BytesWritten
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoTargetSendWriteSynchronously(
    _In_ WDFIOTARGET IoTarget,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR InputBuffer,
    _In_opt_ PLONGLONG DeviceOffset,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_opt_ PULONG_PTR BytesWritten
    )
{
    return ((PFN_WDFIOTARGETSENDWRITESYNCHRONOUSLY) WdfFunctions[WdfIoTargetSendWriteSynchronouslyTableIndex])(WdfDriverGlobals, IoTarget, Request, InputBuffer, DeviceOffset, RequestOptions, BytesWritten);
}

//
// WDF Function: WdfIoTargetFormatRequestForWrite
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOTARGETFORMATREQUESTFORWRITE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget,
    _In_ WDFREQUEST Request,
    _In_opt_ WDFMEMORY InputBuffer,
    _In_opt_ PWDFMEMORY_OFFSET InputBufferOffset,
    _In_opt_ PLONGLONG DeviceOffset
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoTargetFormatRequestForWrite(
    _In_ WDFIOTARGET IoTarget,
    _In_ WDFREQUEST Request,
    _In_opt_ WDFMEMORY InputBuffer,
    _In_opt_ PWDFMEMORY_OFFSET InputBufferOffset,
    _In_opt_ PLONGLONG DeviceOffset
    )
{
    return ((PFN_WDFIOTARGETFORMATREQUESTFORWRITE) WdfFunctions[WdfIoTargetFormatRequestForWriteTableIndex])(WdfDriverGlobals, IoTarget, Request, InputBuffer, InputBufferOffset, DeviceOffset);
}

//
// WDF Function: WdfIoTargetSendIoctlSynchronously
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOTARGETSENDIOCTLSYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget,
    _In_opt_ WDFREQUEST Request,
    _In_ ULONG IoctlCode,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR InputBuffer,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OutputBuffer,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_opt_ PULONG_PTR BytesReturned
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoTargetSendIoctlSynchronously(
    _In_ WDFIOTARGET IoTarget,
    _In_opt_ WDFREQUEST Request,
    _In_ ULONG IoctlCode,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR InputBuffer,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OutputBuffer,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_opt_ PULONG_PTR BytesReturned
    )
{
    return ((PFN_WDFIOTARGETSENDIOCTLSYNCHRONOUSLY) WdfFunctions[WdfIoTargetSendIoctlSynchronouslyTableIndex])(WdfDriverGlobals, IoTarget, Request, IoctlCode, InputBuffer, OutputBuffer, RequestOptions, BytesReturned);
}

//
// WDF Function: WdfIoTargetFormatRequestForIoctl
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOTARGETFORMATREQUESTFORIOCTL)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget,
    _In_ WDFREQUEST Request,
    _In_ ULONG IoctlCode,
    _In_opt_ WDFMEMORY InputBuffer,
    _In_opt_ PWDFMEMORY_OFFSET InputBufferOffset,
    _In_opt_ WDFMEMORY OutputBuffer,
    _In_opt_ PWDFMEMORY_OFFSET OutputBufferOffset
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoTargetFormatRequestForIoctl(
    _In_ WDFIOTARGET IoTarget,
    _In_ WDFREQUEST Request,
    _In_ ULONG IoctlCode,
    _In_opt_ WDFMEMORY InputBuffer,
    _In_opt_ PWDFMEMORY_OFFSET InputBufferOffset,
    _In_opt_ WDFMEMORY OutputBuffer,
    _In_opt_ PWDFMEMORY_OFFSET OutputBufferOffset
    )
{
    return ((PFN_WDFIOTARGETFORMATREQUESTFORIOCTL) WdfFunctions[WdfIoTargetFormatRequestForIoctlTableIndex])(WdfDriverGlobals, IoTarget, Request, IoctlCode, InputBuffer, InputBufferOffset, OutputBuffer, OutputBufferOffset);
}

//
// WDF Function: WdfIoTargetSendInternalIoctlSynchronously
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOTARGETSENDINTERNALIOCTLSYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget,
    _In_opt_ WDFREQUEST Request,
    _In_ ULONG IoctlCode,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR InputBuffer,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OutputBuffer,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_opt_ PULONG_PTR BytesReturned
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoTargetSendInternalIoctlSynchronously(
    _In_ WDFIOTARGET IoTarget,
    _In_opt_ WDFREQUEST Request,
    _In_ ULONG IoctlCode,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR InputBuffer,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OutputBuffer,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_opt_ PULONG_PTR BytesReturned
    )
{
    return ((PFN_WDFIOTARGETSENDINTERNALIOCTLSYNCHRONOUSLY) WdfFunctions[WdfIoTargetSendInternalIoctlSynchronouslyTableIndex])(WdfDriverGlobals, IoTarget, Request, IoctlCode, InputBuffer, OutputBuffer, RequestOptions, BytesReturned);
}

//
// WDF Function: WdfIoTargetFormatRequestForInternalIoctl
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOTARGETFORMATREQUESTFORINTERNALIOCTL)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget,
    _In_ WDFREQUEST Request,
    _In_ ULONG IoctlCode,
    _In_opt_ WDFMEMORY InputBuffer,
    _In_opt_ PWDFMEMORY_OFFSET InputBufferOffset,
    _In_opt_ WDFMEMORY OutputBuffer,
    _In_opt_ PWDFMEMORY_OFFSET OutputBufferOffset
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoTargetFormatRequestForInternalIoctl(
    _In_ WDFIOTARGET IoTarget,
    _In_ WDFREQUEST Request,
    _In_ ULONG IoctlCode,
    _In_opt_ WDFMEMORY InputBuffer,
    _In_opt_ PWDFMEMORY_OFFSET InputBufferOffset,
    _In_opt_ WDFMEMORY OutputBuffer,
    _In_opt_ PWDFMEMORY_OFFSET OutputBufferOffset
    )
{
    return ((PFN_WDFIOTARGETFORMATREQUESTFORINTERNALIOCTL) WdfFunctions[WdfIoTargetFormatRequestForInternalIoctlTableIndex])(WdfDriverGlobals, IoTarget, Request, IoctlCode, InputBuffer, InputBufferOffset, OutputBuffer, OutputBufferOffset);
}

//
// WDF Function: WdfIoTargetSendInternalIoctlOthersSynchronously
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOTARGETSENDINTERNALIOCTLOTHERSSYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget,
    _In_opt_ WDFREQUEST Request,
    _In_ ULONG IoctlCode,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OtherArg1,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OtherArg2,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OtherArg4,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_opt_ PULONG_PTR BytesReturned
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoTargetSendInternalIoctlOthersSynchronously(
    _In_ WDFIOTARGET IoTarget,
    _In_opt_ WDFREQUEST Request,
    _In_ ULONG IoctlCode,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OtherArg1,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OtherArg2,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OtherArg4,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_opt_ PULONG_PTR BytesReturned
    )
{
    return ((PFN_WDFIOTARGETSENDINTERNALIOCTLOTHERSSYNCHRONOUSLY) WdfFunctions[WdfIoTargetSendInternalIoctlOthersSynchronouslyTableIndex])(WdfDriverGlobals, IoTarget, Request, IoctlCode, OtherArg1, OtherArg2, OtherArg4, RequestOptions, BytesReturned);
}

//
// WDF Function: WdfIoTargetFormatRequestForInternalIoctlOthers
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOTARGETFORMATREQUESTFORINTERNALIOCTLOTHERS)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget,
    _In_ WDFREQUEST Request,
    _In_ ULONG IoctlCode,
    _In_opt_ WDFMEMORY OtherArg1,
    _In_opt_ PWDFMEMORY_OFFSET OtherArg1Offset,
    _In_opt_ WDFMEMORY OtherArg2,
    _In_opt_ PWDFMEMORY_OFFSET OtherArg2Offset,
    _In_opt_ WDFMEMORY OtherArg4,
    _In_opt_ PWDFMEMORY_OFFSET OtherArg4Offset
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoTargetFormatRequestForInternalIoctlOthers(
    _In_ WDFIOTARGET IoTarget,
    _In_ WDFREQUEST Request,
    _In_ ULONG IoctlCode,
    _In_opt_ WDFMEMORY OtherArg1,
    _In_opt_ PWDFMEMORY_OFFSET OtherArg1Offset,
    _In_opt_ WDFMEMORY OtherArg2,
    _In_opt_ PWDFMEMORY_OFFSET OtherArg2Offset,
    _In_opt_ WDFMEMORY OtherArg4,
    _In_opt_ PWDFMEMORY_OFFSET OtherArg4Offset
    )
{
    return ((PFN_WDFIOTARGETFORMATREQUESTFORINTERNALIOCTLOTHERS) WdfFunctions[WdfIoTargetFormatRequestForInternalIoctlOthersTableIndex])(WdfDriverGlobals, IoTarget, Request, IoctlCode, OtherArg1, OtherArg1Offset, OtherArg2, OtherArg2Offset, OtherArg4, OtherArg4Offset);
}

//
// WDF Function: WdfIoTargetPurge
//
typedef
VOID
(NTAPI *PFN_WDFIOTARGETPURGE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget,
    _In_ WDF_IO_TARGET_PURGE_IO_ACTION Action
    );

FORCEINLINE
VOID
WdfIoTargetPurge(
    _In_ WDFIOTARGET IoTarget,
    _In_ WDF_IO_TARGET_PURGE_IO_ACTION Action
    )
{
    ((PFN_WDFIOTARGETPURGE) WdfFunctions[WdfIoTargetPurgeTableIndex])(WdfDriverGlobals, IoTarget, Action);
}

//
// WDF Function: WdfIoTargetSelfAssignDefaultIoQueue
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOTARGETSELFASSIGNDEFAULTIOQUEUE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFIOTARGET IoTarget,
    _In_ WDFQUEUE Queue
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoTargetSelfAssignDefaultIoQueue(
    _In_ WDFIOTARGET IoTarget,
    _In_ WDFQUEUE Queue
    )
{
    return ((PFN_WDFIOTARGETSELFASSIGNDEFAULTIOQUEUE) WdfFunctions[WdfIoTargetSelfAssignDefaultIoQueueTableIndex])(WdfDriverGlobals, IoTarget, Queue);
}

WDF_EXTERN_C_END
