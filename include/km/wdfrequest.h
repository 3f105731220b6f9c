/* KMDF 1.33: request objects. */
#pragma once

WDF_EXTERN_C_START

struct _IO_SECURITY_CONTEXT;
struct _WDF_USB_REQUEST_COMPLETION_PARAMS;

typedef enum _WDF_REQUEST_REUSE_FLAGS {
    WDF_REQUEST_REUSE_NO_FLAGS = 0x00000000,
    WDF_REQUEST_REUSE_SET_NEW_IRP = 0x00000001,
} WDF_REQUEST_REUSE_FLAGS;

typedef enum _WDF_REQUEST_STOP_ACTION_FLAGS {
    WdfRequestStopActionInvalid = 0,
    WdfRequestStopActionSuspend = 0x01,
    WdfRequestStopActionPurge = 0x2,
    WdfRequestStopRequestCancelable = 0x10000000,
} WDF_REQUEST_STOP_ACTION_FLAGS;

typedef enum _WDF_REQUEST_SEND_OPTIONS_FLAGS {
    WDF_REQUEST_SEND_OPTION_TIMEOUT = 0x00000001,
    WDF_REQUEST_SEND_OPTION_SYNCHRONOUS = 0x00000002,
    WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE = 0x00000004,
    WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET = 0x00000008,
    WDF_REQUEST_SEND_OPTION_IMPERSONATE_CLIENT = 0x00010000,
    WDF_REQUEST_SEND_OPTION_IMPERSONATION_IGNORE_FAILURE = 0x00020000,
} WDF_REQUEST_SEND_OPTIONS_FLAGS;

typedef enum _WDF_REQUEST_FORWARD_OPTIONS_FLAGS {
    WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET = 0x00000001,
} WDF_REQUEST_FORWARD_OPTIONS_FLAGS;

typedef struct _WDF_REQUEST_PARAMETERS {
    USHORT Size;
    UCHAR MinorFunction;
    WDF_REQUEST_TYPE Type;
    union {
        struct {
            struct _IO_SECURITY_CONTEXT *SecurityContext;
            ULONG Options;
            USHORT FileAttributes;
            USHORT ShareAccess;
            ULONG EaLength;
        } Create;
        struct {
            size_t Length;
            ULONG Key;
            LONGLONG DeviceOffset;
        } Read;
        struct {
            size_t Length;
            ULONG Key;
            LONGLONG DeviceOffset;
        } Write;
        struct {
            size_t OutputBufferLength;
            size_t InputBufferLength;
            ULONG IoControlCode;
            PVOID Type3InputBuffer;
        } DeviceIoControl;
        struct {
            PVOID Arg1;
            PVOID Arg2;
            ULONG IoControlCode;
            PVOID Arg4;
        } Others;
    } Parameters;
} WDF_REQUEST_PARAMETERS, *PWDF_REQUEST_PARAMETERS;

FORCEINLINE VOID WDF_REQUEST_PARAMETERS_INIT(_Out_ PWDF_REQUEST_PARAMETERS Parameters)
{
    RtlZeroMemory(Parameters, sizeof(WDF_REQUEST_PARAMETERS));
    Parameters->Size = sizeof(WDF_REQUEST_PARAMETERS);
}

typedef struct _WDF_REQUEST_COMPLETION_PARAMS {
    ULONG Size;
    WDF_REQUEST_TYPE Type;
    IO_STATUS_BLOCK IoStatus;
    union {
        struct {
            WDFMEMORY Buffer;
            size_t Length;
            size_t Offset;
        } Write;
        struct {
            WDFMEMORY Buffer;
            size_t Length;
            size_t Offset;
        } Read;
        struct {
            ULONG IoControlCode;
            struct {
                WDFMEMORY Buffer;
                size_t Offset;
            } Input;
            struct {
                WDFMEMORY Buffer;
                size_t Offset;
                size_t Length;
            } Output;
        } Ioctl;
        struct {
            union {
                PVOID Ptr;
                ULONG_PTR Value;
            } Argument1;
            union {
                PVOID Ptr;
                ULONG_PTR Value;
            } Argument2;
            union {
                PVOID Ptr;
                ULONG_PTR Value;
            } Argument3;
            union {
                PVOID Ptr;
                ULONG_PTR Value;
            } Argument4;
        } Others;
        struct {
            struct _WDF_USB_REQUEST_COMPLETION_PARAMS *Completion;
        } Usb;
    } Parameters;
} WDF_REQUEST_COMPLETION_PARAMS, *PWDF_REQUEST_COMPLETION_PARAMS;

FORCEINLINE VOID WDF_REQUEST_COMPLETION_PARAMS_INIT(_Out_ PWDF_REQUEST_COMPLETION_PARAMS Params)
{
    RtlZeroMemory(Params, sizeof(WDF_REQUEST_COMPLETION_PARAMS));
    Params->Size = sizeof(WDF_REQUEST_COMPLETION_PARAMS);
    Params->Type = WdfRequestTypeNoFormat;
}

typedef struct _WDF_REQUEST_REUSE_PARAMS {
    ULONG Size;
    /* WDF_REQUEST_REUSE_FLAGS values. */
    ULONG Flags;
    NTSTATUS Status;
    PIRP NewIrp;
} WDF_REQUEST_REUSE_PARAMS, *PWDF_REQUEST_REUSE_PARAMS;

FORCEINLINE VOID WDF_REQUEST_REUSE_PARAMS_INIT(_Out_ PWDF_REQUEST_REUSE_PARAMS Params, _In_ ULONG Flags,
                                               _In_ NTSTATUS Status)
{
    RtlZeroMemory(Params, sizeof(WDF_REQUEST_REUSE_PARAMS));
    Params->Size = sizeof(WDF_REQUEST_REUSE_PARAMS);
    Params->Flags = Flags;
    Params->Status = Status;
}

FORCEINLINE VOID WDF_REQUEST_REUSE_PARAMS_SET_NEW_IRP(_Inout_ PWDF_REQUEST_REUSE_PARAMS Params, _In_ PIRP NewIrp)
{
    Params->Flags |= WDF_REQUEST_REUSE_SET_NEW_IRP;
    Params->NewIrp = NewIrp;
}

typedef struct _WDF_REQUEST_SEND_OPTIONS {
    ULONG Size;
    /* WDF_REQUEST_SEND_OPTIONS_FLAGS values. */
    ULONG Flags;
    /* 100 ns units: negative relative, positive absolute (see WDF_REL_TIMEOUT_IN_MS). */
    LONGLONG Timeout;
} WDF_REQUEST_SEND_OPTIONS, *PWDF_REQUEST_SEND_OPTIONS;

FORCEINLINE VOID WDF_REQUEST_SEND_OPTIONS_INIT(_Out_ PWDF_REQUEST_SEND_OPTIONS Options, _In_ ULONG Flags)
{
    RtlZeroMemory(Options, sizeof(WDF_REQUEST_SEND_OPTIONS));
    Options->Size = sizeof(WDF_REQUEST_SEND_OPTIONS);
    Options->Flags = Flags;
}

FORCEINLINE VOID WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(_Inout_ PWDF_REQUEST_SEND_OPTIONS Options,
                                                      _In_ LONGLONG Timeout)
{
    Options->Flags |= WDF_REQUEST_SEND_OPTION_TIMEOUT;
    Options->Timeout = Timeout;
}

typedef struct _WDF_REQUEST_FORWARD_OPTIONS {
    ULONG Size;
    /* WDF_REQUEST_FORWARD_OPTIONS_FLAGS values. */
    ULONG Flags;
} WDF_REQUEST_FORWARD_OPTIONS, *PWDF_REQUEST_FORWARD_OPTIONS;

FORCEINLINE VOID WDF_REQUEST_FORWARD_OPTIONS_INIT(_Out_ PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions)
{
    RtlZeroMemory(ForwardOptions, sizeof(WDF_REQUEST_FORWARD_OPTIONS));
    ForwardOptions->Size = sizeof(WDF_REQUEST_FORWARD_OPTIONS);
    ForwardOptions->Flags = WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET;
}

typedef _Function_class_(EVT_WDF_REQUEST_CANCEL)
VOID EVT_WDF_REQUEST_CANCEL(_In_ WDFREQUEST Request);
typedef EVT_WDF_REQUEST_CANCEL *PFN_WDF_REQUEST_CANCEL;

typedef _Function_class_(EVT_WDF_REQUEST_COMPLETION_ROUTINE)
VOID EVT_WDF_REQUEST_COMPLETION_ROUTINE(_In_ WDFREQUEST Request, _In_ WDFIOTARGET Target,
                                        _In_ PWDF_REQUEST_COMPLETION_PARAMS Params, _In_ WDFCONTEXT Context);
typedef EVT_WDF_REQUEST_COMPLETION_ROUTINE *PFN_WDF_REQUEST_COMPLETION_ROUTINE;

//
// WDF Function: WdfRequestCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFREQUESTCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES RequestAttributes,
    _In_opt_ WDFIOTARGET IoTarget,
    _Out_ WDFREQUEST* Request
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfRequestCreate(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES RequestAttributes,
    _In_opt_ WDFIOTARGET IoTarget,
    _Out_ WDFREQUEST* Request
    )
{
    return ((PFN_WDFREQUESTCREATE) WdfFunctions[WdfRequestCreateTableIndex])(WdfDriverGlobals, RequestAttributes, IoTarget, Request);
}

//
// WDF Function: WdfRequestCreateFromIrp
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFREQUESTCREATEFROMIRP)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES RequestAttributes,
    _In_ PIRP Irp,
    _In_ BOOLEAN RequestFreesIrp,
    _Out_ WDFREQUEST* Request
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfRequestCreateFromIrp(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES RequestAttributes,
    _In_ PIRP Irp,
    _In_ BOOLEAN RequestFreesIrp,
    _Out_ WDFREQUEST* Request
    )
{
    return ((PFN_WDFREQUESTCREATEFROMIRP) WdfFunctions[WdfRequestCreateFromIrpTableIndex])(WdfDriverGlobals, RequestAttributes, Irp, RequestFreesIrp, Request);
}

//
// WDF Function: WdfRequestReuse
//
typedef
NTSTATUS
(NTAPI *PFN_WDFREQUESTREUSE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_ PWDF_REQUEST_REUSE_PARAMS ReuseParams
    );

FORCEINLINE
NTSTATUS
WdfRequestReuse(
    _In_ WDFREQUEST Request,
    _In_ PWDF_REQUEST_REUSE_PARAMS ReuseParams
    )
{
    return ((PFN_WDFREQUESTREUSE) WdfFunctions[WdfRequestReuseTableIndex])(WdfDriverGlobals, Request, ReuseParams);
}

//
// WDF Function: WdfRequestChangeTarget
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFREQUESTCHANGETARGET)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_ WDFIOTARGET IoTarget
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfRequestChangeTarget(
    _In_ WDFREQUEST Request,
    _In_ WDFIOTARGET IoTarget
    )
{
    return ((PFN_WDFREQUESTCHANGETARGET) WdfFunctions[WdfRequestChangeTargetTableIndex])(WdfDriverGlobals, Request, IoTarget);
}

//
// WDF Function: WdfRequestFormatRequestUsingCurrentType
//
typedef
VOID
(NTAPI *PFN_WDFREQUESTFORMATREQUESTUSINGCURRENTTYPE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request
    );

FORCEINLINE
VOID
WdfRequestFormatRequestUsingCurrentType(
    _In_ WDFREQUEST Request
    )
{
    ((PFN_WDFREQUESTFORMATREQUESTUSINGCURRENTTYPE) WdfFunctions[WdfRequestFormatRequestUsingCurrentTypeTableIndex])(WdfDriverGlobals, Request);
}

//
// WDF Function: WdfRequestWdmFormatUsingStackLocation
//
typedef
VOID
(NTAPI *PFN_WDFREQUESTWDMFORMATUSINGSTACKLOCATION)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_ PIO_STACK_LOCATION Stack
    );

FORCEINLINE
VOID
WdfRequestWdmFormatUsingStackLocation(
    _In_ WDFREQUEST Request,
    _In_ PIO_STACK_LOCATION Stack
    )
{
    ((PFN_WDFREQUESTWDMFORMATUSINGSTACKLOCATION) WdfFunctions[WdfRequestWdmFormatUsingStackLocationTableIndex])(WdfDriverGlobals, Request, Stack);
}

//
// WDF Function: WdfRequestSend
//
typedef
_Must_inspect_result_
BOOLEAN
(NTAPI *PFN_WDFREQUESTSEND)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_ WDFIOTARGET Target,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS Options
    );

_Must_inspect_result_
FORCEINLINE
BOOLEAN
WdfRequestSend(
    _In_ WDFREQUEST Request,
    _In_ WDFIOTARGET Target,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS Options
    )
{
    return ((PFN_WDFREQUESTSEND) WdfFunctions[WdfRequestSendTableIndex])(WdfDriverGlobals, Request, Target, Options);
}

//
// WDF Function: WdfRequestGetStatus
//
typedef
NTSTATUS
(NTAPI *PFN_WDFREQUESTGETSTATUS)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request
    );

FORCEINLINE
NTSTATUS
WdfRequestGetStatus(
    _In_ WDFREQUEST Request
    )
{
    return ((PFN_WDFREQUESTGETSTATUS) WdfFunctions[WdfRequestGetStatusTableIndex])(WdfDriverGlobals, Request);
}

//
// WDF Function: WdfRequestMarkCancelable
//
typedef
VOID
(NTAPI *PFN_WDFREQUESTMARKCANCELABLE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_ PFN_WDF_REQUEST_CANCEL EvtRequestCancel
    );

FORCEINLINE
VOID
WdfRequestMarkCancelable(
    _In_ WDFREQUEST Request,
    _In_ PFN_WDF_REQUEST_CANCEL EvtRequestCancel
    )
{
    ((PFN_WDFREQUESTMARKCANCELABLE) WdfFunctions[WdfRequestMarkCancelableTableIndex])(WdfDriverGlobals, Request, EvtRequestCancel);
}

//
// WDF Function: WdfRequestUnmarkCancelable
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFREQUESTUNMARKCANCELABLE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfRequestUnmarkCancelable(
    _In_ WDFREQUEST Request
    )
{
    return ((PFN_WDFREQUESTUNMARKCANCELABLE) WdfFunctions[WdfRequestUnmarkCancelableTableIndex])(WdfDriverGlobals, Request);
}

//
// WDF Function: WdfRequestIsCanceled
//
typedef
_Must_inspect_result_
BOOLEAN
(NTAPI *PFN_WDFREQUESTISCANCELED)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request
    );

_Must_inspect_result_
FORCEINLINE
BOOLEAN
WdfRequestIsCanceled(
    _In_ WDFREQUEST Request
    )
{
    return ((PFN_WDFREQUESTISCANCELED) WdfFunctions[WdfRequestIsCanceledTableIndex])(WdfDriverGlobals, Request);
}

//
// WDF Function: WdfRequestCancelSentRequest
//
typedef
BOOLEAN
(NTAPI *PFN_WDFREQUESTCANCELSENTREQUEST)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request
    );

FORCEINLINE
BOOLEAN
WdfRequestCancelSentRequest(
    _In_ WDFREQUEST Request
    )
{
    return ((PFN_WDFREQUESTCANCELSENTREQUEST) WdfFunctions[WdfRequestCancelSentRequestTableIndex])(WdfDriverGlobals, Request);
}

//
// WDF Function: WdfRequestIsFrom32BitProcess
//
typedef
_Must_inspect_result_
BOOLEAN
(NTAPI *PFN_WDFREQUESTISFROM32BITPROCESS)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request
    );

_Must_inspect_result_
FORCEINLINE
BOOLEAN
WdfRequestIsFrom32BitProcess(
    _In_ WDFREQUEST Request
    )
{
    return ((PFN_WDFREQUESTISFROM32BITPROCESS) WdfFunctions[WdfRequestIsFrom32BitProcessTableIndex])(WdfDriverGlobals, Request);
}

//
// WDF Function: WdfRequestSetCompletionRoutine
//
typedef
VOID
(NTAPI *PFN_WDFREQUESTSETCOMPLETIONROUTINE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_opt_ PFN_WDF_REQUEST_COMPLETION_ROUTINE CompletionRoutine,
    _In_opt_ WDFCONTEXT CompletionContext
    );

FORCEINLINE
VOID
WdfRequestSetCompletionRoutine(
    _In_ WDFREQUEST Request,
    _In_opt_ PFN_WDF_REQUEST_COMPLETION_ROUTINE CompletionRoutine,
    _In_opt_ WDFCONTEXT CompletionContext
    )
{
    ((PFN_WDFREQUESTSETCOMPLETIONROUTINE) WdfFunctions[WdfRequestSetCompletionRoutineTableIndex])(WdfDriverGlobals, Request, CompletionRoutine, CompletionContext);
}

//
// WDF Function: WdfRequestGetCompletionParams
//
typedef
VOID
(NTAPI *PFN_WDFREQUESTGETCOMPLETIONPARAMS)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _Out_ PWDF_REQUEST_COMPLETION_PARAMS Params
    );

FORCEINLINE
VOID
WdfRequestGetCompletionParams(
    _In_ WDFREQUEST Request,
    _Out_ PWDF_REQUEST_COMPLETION_PARAMS Params
    )
{
    ((PFN_WDFREQUESTGETCOMPLETIONPARAMS) WdfFunctions[WdfRequestGetCompletionParamsTableIndex])(WdfDriverGlobals, Request, Params);
}

//
// WDF Function: WdfRequestAllocateTimer
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFREQUESTALLOCATETIMER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfRequestAllocateTimer(
    _In_ WDFREQUEST Request
    )
{
    return ((PFN_WDFREQUESTALLOCATETIMER) WdfFunctions[WdfRequestAllocateTimerTableIndex])(WdfDriverGlobals, Request);
}

//
// WDF Function: WdfRequestComplete
//
typedef
VOID
(NTAPI *PFN_WDFREQUESTCOMPLETE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_ NTSTATUS Status
    );

FORCEINLINE
VOID
WdfRequestComplete(
    _In_ WDFREQUEST Request,
    _In_ NTSTATUS Status
    )
{
    ((PFN_WDFREQUESTCOMPLETE) WdfFunctions[WdfRequestCompleteTableIndex])(WdfDriverGlobals, Request, Status);
}

//
// WDF Function: WdfRequestCompleteWithPriorityBoost
//
typedef
VOID
(NTAPI *PFN_WDFREQUESTCOMPLETEWITHPRIORITYBOOST)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_ NTSTATUS Status,
    _In_ CCHAR PriorityBoost
    );

FORCEINLINE
VOID
WdfRequestCompleteWithPriorityBoost(
    _In_ WDFREQUEST Request,
    _In_ NTSTATUS Status,
    _In_ CCHAR PriorityBoost
    )
{
    ((PFN_WDFREQUESTCOMPLETEWITHPRIORITYBOOST) WdfFunctions[WdfRequestCompleteWithPriorityBoostTableIndex])(WdfDriverGlobals, Request, Status, PriorityBoost);
}

//
// WDF Function: WdfRequestCompleteWithInformation
//
typedef
VOID
(NTAPI *PFN_WDFREQUESTCOMPLETEWITHINFORMATION)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_ NTSTATUS Status,
    _In_ ULONG_PTR Information
    );

FORCEINLINE
VOID
WdfRequestCompleteWithInformation(
    _In_ WDFREQUEST Request,
    _In_ NTSTATUS Status,
    _In_ ULONG_PTR Information
    )
{
    ((PFN_WDFREQUESTCOMPLETEWITHINFORMATION) WdfFunctions[WdfRequestCompleteWithInformationTableIndex])(WdfDriverGlobals, Request, Status, Information);
}

//
// WDF Function: WdfRequestGetParameters
//
typedef
VOID
(NTAPI *PFN_WDFREQUESTGETPARAMETERS)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _Out_ PWDF_REQUEST_PARAMETERS Parameters
    );

FORCEINLINE
VOID
WdfRequestGetParameters(
    _In_ WDFREQUEST Request,
    _Out_ PWDF_REQUEST_PARAMETERS Parameters
    )
{
    ((PFN_WDFREQUESTGETPARAMETERS) WdfFunctions[WdfRequestGetParametersTableIndex])(WdfDriverGlobals, Request, Parameters);
}

//
// WDF Function: WdfRequestRetrieveInputMemory
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFREQUESTRETRIEVEINPUTMEMORY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _Out_ WDFMEMORY* Memory
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfRequestRetrieveInputMemory(
    _In_ WDFREQUEST Request,
    _Out_ WDFMEMORY* Memory
    )
{
    return ((PFN_WDFREQUESTRETRIEVEINPUTMEMORY) WdfFunctions[WdfRequestRetrieveInputMemoryTableIndex])(WdfDriverGlobals, Request, Memory);
}

//
// WDF Function: WdfRequestRetrieveOutputMemory
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFREQUESTRETRIEVEOUTPUTMEMORY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _Out_ WDFMEMORY* Memory
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfRequestRetrieveOutputMemory(
    _In_ WDFREQUEST Request,
    _Out_ WDFMEMORY* Memory
    )
{
    return ((PFN_WDFREQUESTRETRIEVEOUTPUTMEMORY) WdfFunctions[WdfRequestRetrieveOutputMemoryTableIndex])(WdfDriverGlobals, Request, Memory);
}

//
// WDF Function: WdfRequestRetrieveInputBuffer
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFREQUESTRETRIEVEINPUTBUFFER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_ size_t MinimumRequiredLength,
    _Outptr_result_bytebuffer_(*Length) PVOID* Buffer,
    _Out_opt_ size_t* Length
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfRequestRetrieveInputBuffer(
    _In_ WDFREQUEST Request,
    _In_ size_t MinimumRequiredLength,
    _Outptr_result_bytebuffer_(*Length) PVOID* Buffer,
    _Out_opt_ size_t* Length
    )
{
    return ((PFN_WDFREQUESTRETRIEVEINPUTBUFFER) WdfFunctions[WdfRequestRetrieveInputBufferTableIndex])(WdfDriverGlobals, Request, MinimumRequiredLength, Buffer, Length);
}

//
// WDF Function: WdfRequestRetrieveOutputBuffer
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFREQUESTRETRIEVEOUTPUTBUFFER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_ size_t MinimumRequiredSize,
    _Outptr_result_bytebuffer_(*Length) PVOID* Buffer,
    _Out_opt_ size_t* Length
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfRequestRetrieveOutputBuffer(
    _In_ WDFREQUEST Request,
    _In_ size_t MinimumRequiredSize,
    _Outptr_result_bytebuffer_(*Length) PVOID* Buffer,
    _Out_opt_ size_t* Length
    )
{
    return ((PFN_WDFREQUESTRETRIEVEOUTPUTBUFFER) WdfFunctions[WdfRequestRetrieveOutputBufferTableIndex])(WdfDriverGlobals, Request, MinimumRequiredSize, Buffer, Length);
}

//
// WDF Function: WdfRequestRetrieveInputWdmMdl
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFREQUESTRETRIEVEINPUTWDMMDL)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _Outptr_ PMDL* Mdl
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfRequestRetrieveInputWdmMdl(
    _In_ WDFREQUEST Request,
    _Outptr_ PMDL* Mdl
    )
{
    return ((PFN_WDFREQUESTRETRIEVEINPUTWDMMDL) WdfFunctions[WdfRequestRetrieveInputWdmMdlTableIndex])(WdfDriverGlobals, Request, Mdl);
}

//
// WDF Function: WdfRequestRetrieveOutputWdmMdl
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFREQUESTRETRIEVEOUTPUTWDMMDL)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _Outptr_ PMDL* Mdl
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfRequestRetrieveOutputWdmMdl(
    _In_ WDFREQUEST Request,
    _Outptr_ PMDL* Mdl
    )
{
    return ((PFN_WDFREQUESTRETRIEVEOUTPUTWDMMDL) WdfFunctions[WdfRequestRetrieveOutputWdmMdlTableIndex])(WdfDriverGlobals, Request, Mdl);
}

//
// WDF Function: WdfRequestRetrieveUnsafeUserInputBuffer
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFREQUESTRETRIEVEUNSAFEUSERINPUTBUFFER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_ size_t MinimumRequiredLength,
    _Outptr_result_bytebuffer_(*Length) PVOID* InputBuffer,
    _Out_opt_ size_t* Length
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfRequestRetrieveUnsafeUserInputBuffer(
    _In_ WDFREQUEST Request,
    _In_ size_t MinimumRequiredLength,
    _Outptr_result_bytebuffer_(*Length) PVOID* InputBuffer,
    _Out_opt_ size_t* Length
    )
{
    return ((PFN_WDFREQUESTRETRIEVEUNSAFEUSERINPUTBUFFER) WdfFunctions[WdfRequestRetrieveUnsafeUserInputBufferTableIndex])(WdfDriverGlobals, Request, MinimumRequiredLength, InputBuffer, Length);
}

//
// WDF Function: WdfRequestRetrieveUnsafeUserOutputBuffer
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFREQUESTRETRIEVEUNSAFEUSEROUTPUTBUFFER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_ size_t MinimumRequiredLength,
    _Outptr_result_bytebuffer_(*Length) PVOID* OutputBuffer,
    _Out_opt_ size_t* Length
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfRequestRetrieveUnsafeUserOutputBuffer(
    _In_ WDFREQUEST Request,
    _In_ size_t MinimumRequiredLength,
    _Outptr_result_bytebuffer_(*Length) PVOID* OutputBuffer,
    _Out_opt_ size_t* Length
    )
{
    return ((PFN_WDFREQUESTRETRIEVEUNSAFEUSEROUTPUTBUFFER) WdfFunctions[WdfRequestRetrieveUnsafeUserOutputBufferTableIndex])(WdfDriverGlobals, Request, MinimumRequiredLength, OutputBuffer, Length);
}

//
// WDF Function: WdfRequestSetInformation
//
typedef
VOID
(NTAPI *PFN_WDFREQUESTSETINFORMATION)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_ ULONG_PTR Information
    );

FORCEINLINE
VOID
WdfRequestSetInformation(
    _In_ WDFREQUEST Request,
    _In_ ULONG_PTR Information
    )
{
    ((PFN_WDFREQUESTSETINFORMATION) WdfFunctions[WdfRequestSetInformationTableIndex])(WdfDriverGlobals, Request, Information);
}

//
// WDF Function: WdfRequestGetInformation
//
typedef
ULONG_PTR
(NTAPI *PFN_WDFREQUESTGETINFORMATION)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request
    );

FORCEINLINE
ULONG_PTR
WdfRequestGetInformation(
    _In_ WDFREQUEST Request
    )
{
    return ((PFN_WDFREQUESTGETINFORMATION) WdfFunctions[WdfRequestGetInformationTableIndex])(WdfDriverGlobals, Request);
}

//
// WDF Function: WdfRequestGetFileObject
//
typedef
WDFFILEOBJECT
(NTAPI *PFN_WDFREQUESTGETFILEOBJECT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request
    );

FORCEINLINE
WDFFILEOBJECT
WdfRequestGetFileObject(
    _In_ WDFREQUEST Request
    )
{
    return ((PFN_WDFREQUESTGETFILEOBJECT) WdfFunctions[WdfRequestGetFileObjectTableIndex])(WdfDriverGlobals, Request);
}

//
// WDF Function: WdfRequestProbeAndLockUserBufferForRead
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFREQUESTPROBEANDLOCKUSERBUFFERFORREAD)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_reads_bytes_(Length) PVOID Buffer,
    _In_ size_t Length,
    _Out_ WDFMEMORY* MemoryObject
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfRequestProbeAndLockUserBufferForRead(
    _In_ WDFREQUEST Request,
    _In_reads_bytes_(Length) PVOID Buffer,
    _In_ size_t Length,
    _Out_ WDFMEMORY* MemoryObject
    )
{
    return ((PFN_WDFREQUESTPROBEANDLOCKUSERBUFFERFORREAD) WdfFunctions[WdfRequestProbeAndLockUserBufferForReadTableIndex])(WdfDriverGlobals, Request, Buffer, Length, MemoryObject);
}

//
// WDF Function: WdfRequestProbeAndLockUserBufferForWrite
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFREQUESTPROBEANDLOCKUSERBUFFERFORWRITE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_reads_bytes_(Length) PVOID Buffer,
    _In_ size_t Length,
    _Out_ WDFMEMORY* MemoryObject
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfRequestProbeAndLockUserBufferForWrite(
    _In_ WDFREQUEST Request,
    _In_reads_bytes_(Length) PVOID Buffer,
    _In_ size_t Length,
    _Out_ WDFMEMORY* MemoryObject
    )
{
    return ((PFN_WDFREQUESTPROBEANDLOCKUSERBUFFERFORWRITE) WdfFunctions[WdfRequestProbeAndLockUserBufferForWriteTableIndex])(WdfDriverGlobals, Request, Buffer, Length, MemoryObject);
}

//
// WDF Function: WdfRequestGetRequestorMode
//
typedef
KPROCESSOR_MODE
(NTAPI *PFN_WDFREQUESTGETREQUESTORMODE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request
    );

FORCEINLINE
KPROCESSOR_MODE
WdfRequestGetRequestorMode(
    _In_ WDFREQUEST Request
    )
{
    return ((PFN_WDFREQUESTGETREQUESTORMODE) WdfFunctions[WdfRequestGetRequestorModeTableIndex])(WdfDriverGlobals, Request);
}

//
// WDF Function: WdfRequestForwardToIoQueue
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFREQUESTFORWARDTOIOQUEUE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_ WDFQUEUE DestinationQueue
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfRequestForwardToIoQueue(
    _In_ WDFREQUEST Request,
    _In_ WDFQUEUE DestinationQueue
    )
{
    return ((PFN_WDFREQUESTFORWARDTOIOQUEUE) WdfFunctions[WdfRequestForwardToIoQueueTableIndex])(WdfDriverGlobals, Request, DestinationQueue);
}

//
// WDF Function: WdfRequestGetIoQueue
//
typedef
WDFQUEUE
(NTAPI *PFN_WDFREQUESTGETIOQUEUE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request
    );

FORCEINLINE
WDFQUEUE
WdfRequestGetIoQueue(
    _In_ WDFREQUEST Request
    )
{
    return ((PFN_WDFREQUESTGETIOQUEUE) WdfFunctions[WdfRequestGetIoQueueTableIndex])(WdfDriverGlobals, Request);
}

//
// WDF Function: WdfRequestRequeue
//
typedef
NTSTATUS
(NTAPI *PFN_WDFREQUESTREQUEUE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request
    );

FORCEINLINE
NTSTATUS
WdfRequestRequeue(
    _In_ WDFREQUEST Request
    )
{
    return ((PFN_WDFREQUESTREQUEUE) WdfFunctions[WdfRequestRequeueTableIndex])(WdfDriverGlobals, Request);
}

//
// WDF Function: WdfRequestStopAcknowledge
//
typedef
VOID
(NTAPI *PFN_WDFREQUESTSTOPACKNOWLEDGE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_ BOOLEAN Requeue
    );

FORCEINLINE
VOID
WdfRequestStopAcknowledge(
    _In_ WDFREQUEST Request,
    _In_ BOOLEAN Requeue
    )
{
    ((PFN_WDFREQUESTSTOPACKNOWLEDGE) WdfFunctions[WdfRequestStopAcknowledgeTableIndex])(WdfDriverGlobals, Request, Requeue);
}

//
// WDF Function: WdfRequestWdmGetIrp
//
typedef
PIRP
(NTAPI *PFN_WDFREQUESTWDMGETIRP)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request
    );

FORCEINLINE
PIRP
WdfRequestWdmGetIrp(
    _In_ WDFREQUEST Request
    )
{
    return ((PFN_WDFREQUESTWDMGETIRP) WdfFunctions[WdfRequestWdmGetIrpTableIndex])(WdfDriverGlobals, Request);
}

//
// WDF Function: WdfRequestMarkCancelableEx
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFREQUESTMARKCANCELABLEEX)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_ PFN_WDF_REQUEST_CANCEL EvtRequestCancel
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfRequestMarkCancelableEx(
    _In_ WDFREQUEST Request,
    _In_ PFN_WDF_REQUEST_CANCEL EvtRequestCancel
    )
{
    return ((PFN_WDFREQUESTMARKCANCELABLEEX) WdfFunctions[WdfRequestMarkCancelableExTableIndex])(WdfDriverGlobals, Request, EvtRequestCancel);
}

//
// WDF Function: WdfRequestIsReserved
//
typedef
BOOLEAN
(NTAPI *PFN_WDFREQUESTISRESERVED)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request
    );

FORCEINLINE
BOOLEAN
WdfRequestIsReserved(
    _In_ WDFREQUEST Request
    )
{
    return ((PFN_WDFREQUESTISRESERVED) WdfFunctions[WdfRequestIsReservedTableIndex])(WdfDriverGlobals, Request);
}

//
// WDF Function: WdfRequestForwardToParentDeviceIoQueue
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFREQUESTFORWARDTOPARENTDEVICEIOQUEUE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request,
    _In_ WDFQUEUE ParentDeviceQueue,
    _In_ PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfRequestForwardToParentDeviceIoQueue(
    _In_ WDFREQUEST Request,
    _In_ WDFQUEUE ParentDeviceQueue,
    _In_ PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions
    )
{
    return ((PFN_WDFREQUESTFORWARDTOPARENTDEVICEIOQUEUE) WdfFunctions[WdfRequestForwardToParentDeviceIoQueueTableIndex])(WdfDriverGlobals, Request, ParentDeviceQueue, ForwardOptions);
}

//
// WDF Function: WdfRequestGetRequestorProcessId
//
typedef
ULONG
(NTAPI *PFN_WDFREQUESTGETREQUESTORPROCESSID)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFREQUEST Request
    );

FORCEINLINE
ULONG
WdfRequestGetRequestorProcessId(
    _In_ WDFREQUEST Request
    )
{
    return ((PFN_WDFREQUESTGETREQUESTORPROCESSID) WdfFunctions[WdfRequestGetRequestorProcessIdTableIndex])(WdfDriverGlobals, Request);
}

WDF_EXTERN_C_END
