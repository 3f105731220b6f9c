/* KMDF 1.33: companion targets. Microsoft documents these as internal-use only and gives
 * no member lists; WDF_TASK_SEND_OPTIONS here mirrors WDF_REQUEST_SEND_OPTIONS. */
#pragma once

WDF_EXTERN_C_START

typedef enum _WDF_TASK_SEND_OPTIONS_FLAGS {
    WDF_TASK_SEND_OPTION_TIMEOUT = 0x00000001,
    WDF_TASK_SEND_OPTION_SYNCHRONOUS = 0x00000002,
} WDF_TASK_SEND_OPTIONS_FLAGS;

typedef struct _WDF_TASK_SEND_OPTIONS {
    ULONG Size;
    /* WDF_TASK_SEND_OPTIONS_FLAGS values. */
    ULONG Flags;
    LONGLONG Timeout;
} WDF_TASK_SEND_OPTIONS, *PWDF_TASK_SEND_OPTIONS;

FORCEINLINE VOID WDF_TASK_SEND_OPTIONS_INIT(_Out_ PWDF_TASK_SEND_OPTIONS Options, _In_ ULONG Flags)
{
    RtlZeroMemory(Options, sizeof(WDF_TASK_SEND_OPTIONS));
    Options->Size = sizeof(WDF_TASK_SEND_OPTIONS);
    Options->Flags = Flags;
}

//
// WDF Function: WdfCompanionTargetSendTaskSynchronously
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFCOMPANIONTARGETSENDTASKSYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFCOMPANIONTARGET CompanionTarget,
    _In_ USHORT TaskQueueIdentifier,
    _In_ ULONG TaskOperationCode,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR InputBuffer,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OutputBuffer,
    _In_opt_ PWDF_TASK_SEND_OPTIONS TaskOptions,
    _Out_opt_ PULONG_PTR BytesReturned
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfCompanionTargetSendTaskSynchronously(
    _In_ WDFCOMPANIONTARGET CompanionTarget,
    _In_ USHORT TaskQueueIdentifier,
    _In_ ULONG TaskOperationCode,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR InputBuffer,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OutputBuffer,
    _In_opt_ PWDF_TASK_SEND_OPTIONS TaskOptions,
    _Out_opt_ PULONG_PTR BytesReturned
    )
{
    return ((PFN_WDFCOMPANIONTARGETSENDTASKSYNCHRONOUSLY) WdfFunctions[WdfCompanionTargetSendTaskSynchronouslyTableIndex])(WdfDriverGlobals, CompanionTarget, TaskQueueIdentifier, TaskOperationCode, InputBuffer, OutputBuffer, TaskOptions, BytesReturned);
}

//
// WDF Function: WdfCompanionTargetWdmGetCompanionProcess
//
typedef
HANDLE
(NTAPI *PFN_WDFCOMPANIONTARGETWDMGETCOMPANIONPROCESS)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFCOMPANIONTARGET CompanionTarget
    );

FORCEINLINE
HANDLE
WdfCompanionTargetWdmGetCompanionProcess(
    _In_ WDFCOMPANIONTARGET CompanionTarget
    )
{
    return ((PFN_WDFCOMPANIONTARGETWDMGETCOMPANIONPROCESS) WdfFunctions[WdfCompanionTargetWdmGetCompanionProcessTableIndex])(WdfDriverGlobals, CompanionTarget);
}

WDF_EXTERN_C_END
