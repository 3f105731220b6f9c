/* KMDF 1.33: framework class extensions (Cx) acting on their client drivers' devices.
 * Class extensions include this after wdf.h. */
#pragma once

#include "wdf.h"

WDF_EXTERN_C_START

typedef _Function_class_(EVT_WDFCX_DEVICE_WDM_IRP_PREPROCESS)
NTSTATUS EVT_WDFCX_DEVICE_WDM_IRP_PREPROCESS(_In_ WDFDEVICE Device, _Inout_ PIRP Irp,
                                             _In_ WDFCONTEXT DispatchContext);
typedef EVT_WDFCX_DEVICE_WDM_IRP_PREPROCESS *PFN_WDFCX_DEVICE_WDM_IRP_PREPROCESS;

/* Returns TRUE when the class extension handled (completed or forwarded) the create. */
typedef _Function_class_(EVT_WDFCX_DEVICE_FILE_CREATE)
BOOLEAN EVT_WDFCX_DEVICE_FILE_CREATE(_In_ WDFDEVICE Device, _In_ WDFREQUEST Request, _In_ WDFFILEOBJECT FileObject);
typedef EVT_WDFCX_DEVICE_FILE_CREATE *PFN_WDFCX_DEVICE_FILE_CREATE;

typedef struct _WDFCX_FILEOBJECT_CONFIG {
    ULONG Size;
    PFN_WDFCX_DEVICE_FILE_CREATE EvtCxDeviceFileCreate;
    PFN_WDF_FILE_CLOSE EvtFileClose;
    PFN_WDF_FILE_CLEANUP EvtFileCleanup;
    WDF_TRI_STATE AutoForwardCleanupClose;
    WDF_FILEOBJECT_CLASS FileObjectClass;
} WDFCX_FILEOBJECT_CONFIG, *PWDFCX_FILEOBJECT_CONFIG;

FORCEINLINE VOID WDFCX_FILEOBJECT_CONFIG_INIT(_Out_ PWDFCX_FILEOBJECT_CONFIG FileEventCallbacks,
                                              _In_opt_ PFN_WDFCX_DEVICE_FILE_CREATE EvtCxDeviceFileCreate,
                                              _In_opt_ PFN_WDF_FILE_CLOSE EvtFileClose,
                                              _In_opt_ PFN_WDF_FILE_CLEANUP EvtFileCleanup)
{
    RtlZeroMemory(FileEventCallbacks, sizeof(WDFCX_FILEOBJECT_CONFIG));
    FileEventCallbacks->Size = sizeof(WDFCX_FILEOBJECT_CONFIG);
    FileEventCallbacks->EvtCxDeviceFileCreate = EvtCxDeviceFileCreate;
    FileEventCallbacks->EvtFileClose = EvtFileClose;
    FileEventCallbacks->EvtFileCleanup = EvtFileCleanup;
    FileEventCallbacks->FileObjectClass = WdfFileObjectWdfCanUseFsContext;
    FileEventCallbacks->AutoForwardCleanupClose = WdfUseDefault;
}

/* The class-extension PnP/power and power-policy pre/post callback tables are not modelled
 * yet: drivers can pass them only by pointer. */
typedef struct _WDFCX_PNPPOWER_EVENT_CALLBACKS WDFCX_PNPPOWER_EVENT_CALLBACKS, *PWDFCX_PNPPOWER_EVENT_CALLBACKS;
typedef struct _WDFCX_POWER_POLICY_EVENT_CALLBACKS WDFCX_POWER_POLICY_EVENT_CALLBACKS,
    *PWDFCX_POWER_POLICY_EVENT_CALLBACKS;

#define WdfCxDeviceInitGetTypedContext(handle, _contexttype)                         \
    ((WDF_TYPE_NAME_POINTER_TYPE(_contexttype))                                     \
        WdfCxDeviceInitGetTypedContextWorker((handle), WDF_GET_CONTEXT_TYPE_INFO(_contexttype)))

//
// WDF Function: WdfCxDeviceInitAllocate
//
typedef
_Must_inspect_result_
PWDFCXDEVICE_INIT
(NTAPI *PFN_WDFCXDEVICEINITALLOCATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFDEVICE_INIT DeviceInit
    );

_Must_inspect_result_
FORCEINLINE
PWDFCXDEVICE_INIT
WdfCxDeviceInitAllocate(
    _In_ PWDFDEVICE_INIT DeviceInit
    )
{
    return ((PFN_WDFCXDEVICEINITALLOCATE) WdfFunctions[WdfCxDeviceInitAllocateTableIndex])(WdfDriverGlobals, DeviceInit);
}

//
// WDF Function: WdfCxDeviceInitAssignWdmIrpPreprocessCallback
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFCXDEVICEINITASSIGNWDMIRPPREPROCESSCALLBACK)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFCXDEVICE_INIT CxDeviceInit,
    _In_ PFN_WDFCX_DEVICE_WDM_IRP_PREPROCESS EvtCxDeviceWdmIrpPreprocess,
    _In_ UCHAR MajorFunction,
    _In_reads_opt_(NumMinorFunctions) PUCHAR MinorFunctions,
    _In_ ULONG NumMinorFunctions
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfCxDeviceInitAssignWdmIrpPreprocessCallback(
    _In_ PWDFCXDEVICE_INIT CxDeviceInit,
    _In_ PFN_WDFCX_DEVICE_WDM_IRP_PREPROCESS EvtCxDeviceWdmIrpPreprocess,
    _In_ UCHAR MajorFunction,
    _In_reads_opt_(NumMinorFunctions) PUCHAR MinorFunctions,
    _In_ ULONG NumMinorFunctions
    )
{
    return ((PFN_WDFCXDEVICEINITASSIGNWDMIRPPREPROCESSCALLBACK) WdfFunctions[WdfCxDeviceInitAssignWdmIrpPreprocessCallbackTableIndex])(WdfDriverGlobals, CxDeviceInit, EvtCxDeviceWdmIrpPreprocess, MajorFunction, MinorFunctions, NumMinorFunctions);
}

//
// WDF Function: WdfCxDeviceInitSetIoInCallerContextCallback
//
typedef
VOID
(NTAPI *PFN_WDFCXDEVICEINITSETIOINCALLERCONTEXTCALLBACK)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFCXDEVICE_INIT CxDeviceInit,
    _In_ PFN_WDF_IO_IN_CALLER_CONTEXT EvtIoInCallerContext
    );

FORCEINLINE
VOID
WdfCxDeviceInitSetIoInCallerContextCallback(
    _In_ PWDFCXDEVICE_INIT CxDeviceInit,
    _In_ PFN_WDF_IO_IN_CALLER_CONTEXT EvtIoInCallerContext
    )
{
    ((PFN_WDFCXDEVICEINITSETIOINCALLERCONTEXTCALLBACK) WdfFunctions[WdfCxDeviceInitSetIoInCallerContextCallbackTableIndex])(WdfDriverGlobals, CxDeviceInit, EvtIoInCallerContext);
}

//
// WDF Function: WdfCxDeviceInitSetRequestAttributes
//
typedef
VOID
(NTAPI *PFN_WDFCXDEVICEINITSETREQUESTATTRIBUTES)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFCXDEVICE_INIT CxDeviceInit,
    _In_ PWDF_OBJECT_ATTRIBUTES RequestAttributes
    );

FORCEINLINE
VOID
WdfCxDeviceInitSetRequestAttributes(
    _In_ PWDFCXDEVICE_INIT CxDeviceInit,
    _In_ PWDF_OBJECT_ATTRIBUTES RequestAttributes
    )
{
    ((PFN_WDFCXDEVICEINITSETREQUESTATTRIBUTES) WdfFunctions[WdfCxDeviceInitSetRequestAttributesTableIndex])(WdfDriverGlobals, CxDeviceInit, RequestAttributes);
}

//
// WDF Function: WdfCxDeviceInitSetFileObjectConfig
//
typedef
VOID
(NTAPI *PFN_WDFCXDEVICEINITSETFILEOBJECTCONFIG)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFCXDEVICE_INIT CxDeviceInit,
    _In_ PWDFCX_FILEOBJECT_CONFIG CxFileObjectConfig,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES FileObjectAttributes
    );

FORCEINLINE
VOID
WdfCxDeviceInitSetFileObjectConfig(
    _In_ PWDFCXDEVICE_INIT CxDeviceInit,
    _In_ PWDFCX_FILEOBJECT_CONFIG CxFileObjectConfig,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES FileObjectAttributes
    )
{
    ((PFN_WDFCXDEVICEINITSETFILEOBJECTCONFIG) WdfFunctions[WdfCxDeviceInitSetFileObjectConfigTableIndex])(WdfDriverGlobals, CxDeviceInit, CxFileObjectConfig, FileObjectAttributes);
}

//
// WDF Function: WdfCxVerifierKeBugCheck
//
typedef
VOID
(NTAPI *PFN_WDFCXVERIFIERKEBUGCHECK)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_opt_ WDFOBJECT Object,
    _In_ ULONG BugCheckCode,
    _In_ ULONG_PTR BugCheckParameter1,
    _In_ ULONG_PTR BugCheckParameter2,
    _In_ ULONG_PTR BugCheckParameter3,
    _In_ ULONG_PTR BugCheckParameter4
    );

FORCEINLINE
VOID
WdfCxVerifierKeBugCheck(
    _In_opt_ WDFOBJECT Object,
    _In_ ULONG BugCheckCode,
    _In_ ULONG_PTR BugCheckParameter1,
    _In_ ULONG_PTR BugCheckParameter2,
    _In_ ULONG_PTR BugCheckParameter3,
    _In_ ULONG_PTR BugCheckParameter4
    )
{
    ((PFN_WDFCXVERIFIERKEBUGCHECK) WdfFunctions[WdfCxVerifierKeBugCheckTableIndex])(WdfDriverGlobals, Object, BugCheckCode, BugCheckParameter1, BugCheckParameter2, BugCheckParameter3, BugCheckParameter4);
}

//
// WDF Function: WdfCxDeviceInitSetPnpPowerEventCallbacks
//
typedef
VOID
(NTAPI *PFN_WDFCXDEVICEINITSETPNPPOWEREVENTCALLBACKS)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFCXDEVICE_INIT CxDeviceInit,
    _In_ PWDFCX_PNPPOWER_EVENT_CALLBACKS CxPnpPowerCallbacks
    );

FORCEINLINE
VOID
WdfCxDeviceInitSetPnpPowerEventCallbacks(
    _In_ PWDFCXDEVICE_INIT CxDeviceInit,
    _In_ PWDFCX_PNPPOWER_EVENT_CALLBACKS CxPnpPowerCallbacks
    )
{
    ((PFN_WDFCXDEVICEINITSETPNPPOWEREVENTCALLBACKS) WdfFunctions[WdfCxDeviceInitSetPnpPowerEventCallbacksTableIndex])(WdfDriverGlobals, CxDeviceInit, CxPnpPowerCallbacks);
}

//
// WDF Function: WdfCxDeviceInitAllocateContext
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFCXDEVICEINITALLOCATECONTEXT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFCXDEVICE_INIT CxDeviceInit,
    _In_ PWDF_OBJECT_ATTRIBUTES ContextAttributes,
    _Outptr_opt_ PVOID* Context
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfCxDeviceInitAllocateContext(
    _In_ PWDFCXDEVICE_INIT CxDeviceInit,
    _In_ PWDF_OBJECT_ATTRIBUTES ContextAttributes,
    _Outptr_opt_ PVOID* Context
    )
{
    return ((PFN_WDFCXDEVICEINITALLOCATECONTEXT) WdfFunctions[WdfCxDeviceInitAllocateContextTableIndex])(WdfDriverGlobals, CxDeviceInit, ContextAttributes, Context);
}

//
// WDF Function: WdfCxDeviceInitGetTypedContextWorker
//
typedef
PVOID
(NTAPI *PFN_WDFCXDEVICEINITGETTYPEDCONTEXTWORKER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFCXDEVICE_INIT CxDeviceInit,
    _In_ PCWDF_OBJECT_CONTEXT_TYPE_INFO TypeInfo
    );

FORCEINLINE
PVOID
WdfCxDeviceInitGetTypedContextWorker(
    _In_ PWDFCXDEVICE_INIT CxDeviceInit,
    _In_ PCWDF_OBJECT_CONTEXT_TYPE_INFO TypeInfo
    )
{
    return ((PFN_WDFCXDEVICEINITGETTYPEDCONTEXTWORKER) WdfFunctions[WdfCxDeviceInitGetTypedContextWorkerTableIndex])(WdfDriverGlobals, CxDeviceInit, TypeInfo);
}

//
// WDF Function: WdfCxDeviceInitSetPowerPolicyEventCallbacks
//
typedef
VOID
(NTAPI *PFN_WDFCXDEVICEINITSETPOWERPOLICYEVENTCALLBACKS)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDFCXDEVICE_INIT CxDeviceInit,
    _In_ PWDFCX_POWER_POLICY_EVENT_CALLBACKS CxPowerPolicyCallbacks
    );

FORCEINLINE
VOID
WdfCxDeviceInitSetPowerPolicyEventCallbacks(
    _In_ PWDFCXDEVICE_INIT CxDeviceInit,
    _In_ PWDFCX_POWER_POLICY_EVENT_CALLBACKS CxPowerPolicyCallbacks
    )
{
    ((PFN_WDFCXDEVICEINITSETPOWERPOLICYEVENTCALLBACKS) WdfFunctions[WdfCxDeviceInitSetPowerPolicyEventCallbacksTableIndex])(WdfDriverGlobals, CxDeviceInit, CxPowerPolicyCallbacks);
}

WDF_EXTERN_C_END
