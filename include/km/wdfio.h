/* KMDF 1.33: I/O queues. */
#pragma once

WDF_EXTERN_C_START

typedef enum _WDF_IO_QUEUE_DISPATCH_TYPE {
    WdfIoQueueDispatchInvalid = 0,
    WdfIoQueueDispatchSequential,
    WdfIoQueueDispatchParallel,
    WdfIoQueueDispatchManual,
    WdfIoQueueDispatchMax,
} WDF_IO_QUEUE_DISPATCH_TYPE;

typedef enum _WDF_IO_QUEUE_STATE {
    WdfIoQueueAcceptRequests = 0x01,
    WdfIoQueueDispatchRequests = 0x02,
    WdfIoQueueNoRequests = 0x04,
    WdfIoQueueDriverNoRequests = 0x08,
    WdfIoQueuePnpHeld = 0x10,
} WDF_IO_QUEUE_STATE;

/* Idle: nothing queued and the driver owns no request from the queue. */
FORCEINLINE BOOLEAN WDF_IO_QUEUE_IDLE(_In_ WDF_IO_QUEUE_STATE State)
{
    return ((State & WdfIoQueueNoRequests) && (State & WdfIoQueueDriverNoRequests)) ? TRUE : FALSE;
}

/* Ready: accepting and dispatching requests. */
FORCEINLINE BOOLEAN WDF_IO_QUEUE_READY(_In_ WDF_IO_QUEUE_STATE State)
{
    return ((State & WdfIoQueueDispatchRequests) && (State & WdfIoQueueAcceptRequests)) ? TRUE : FALSE;
}

/* Stopped: accepting but not dispatching, and the driver owns no request. */
FORCEINLINE BOOLEAN WDF_IO_QUEUE_STOPPED(_In_ WDF_IO_QUEUE_STATE State)
{
    return (!(State & WdfIoQueueDispatchRequests) && (State & WdfIoQueueAcceptRequests) &&
            (State & WdfIoQueueDriverNoRequests)) ? TRUE : FALSE;
}

/* Drained: not accepting, and every request has left the queue and the driver. */
FORCEINLINE BOOLEAN WDF_IO_QUEUE_DRAINED(_In_ WDF_IO_QUEUE_STATE State)
{
    return (!(State & WdfIoQueueAcceptRequests) && (State & WdfIoQueueNoRequests) &&
            (State & WdfIoQueueDriverNoRequests)) ? TRUE : FALSE;
}

/* Purged: not accepting, empty, and every request was canceled or completed. */
FORCEINLINE BOOLEAN WDF_IO_QUEUE_PURGED(_In_ WDF_IO_QUEUE_STATE State)
{
    return (!(State & WdfIoQueueAcceptRequests) && (State & WdfIoQueueNoRequests) &&
            (State & WdfIoQueueDriverNoRequests)) ? TRUE : FALSE;
}

typedef _Function_class_(EVT_WDF_IO_QUEUE_IO_DEFAULT)
VOID EVT_WDF_IO_QUEUE_IO_DEFAULT(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request);
typedef EVT_WDF_IO_QUEUE_IO_DEFAULT *PFN_WDF_IO_QUEUE_IO_DEFAULT;

typedef _Function_class_(EVT_WDF_IO_QUEUE_IO_STOP)
VOID EVT_WDF_IO_QUEUE_IO_STOP(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request, _In_ ULONG ActionFlags);
typedef EVT_WDF_IO_QUEUE_IO_STOP *PFN_WDF_IO_QUEUE_IO_STOP;

typedef _Function_class_(EVT_WDF_IO_QUEUE_IO_RESUME)
VOID EVT_WDF_IO_QUEUE_IO_RESUME(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request);
typedef EVT_WDF_IO_QUEUE_IO_RESUME *PFN_WDF_IO_QUEUE_IO_RESUME;

typedef _Function_class_(EVT_WDF_IO_QUEUE_IO_READ)
VOID EVT_WDF_IO_QUEUE_IO_READ(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request, _In_ size_t Length);
typedef EVT_WDF_IO_QUEUE_IO_READ *PFN_WDF_IO_QUEUE_IO_READ;

typedef _Function_class_(EVT_WDF_IO_QUEUE_IO_WRITE)
VOID EVT_WDF_IO_QUEUE_IO_WRITE(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request, _In_ size_t Length);
typedef EVT_WDF_IO_QUEUE_IO_WRITE *PFN_WDF_IO_QUEUE_IO_WRITE;

typedef _Function_class_(EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL)
VOID EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request,
                                        _In_ size_t OutputBufferLength, _In_ size_t InputBufferLength,
                                        _In_ ULONG IoControlCode);
typedef EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL *PFN_WDF_IO_QUEUE_IO_DEVICE_CONTROL;

typedef _Function_class_(EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL)
VOID EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request,
                                                 _In_ size_t OutputBufferLength,
                                                 _In_ size_t InputBufferLength, _In_ ULONG IoControlCode);
typedef EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL *PFN_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL;

typedef _Function_class_(EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE)
VOID EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request);
typedef EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE *PFN_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE;

typedef _Function_class_(EVT_WDF_IO_QUEUE_STATE)
VOID EVT_WDF_IO_QUEUE_STATE(_In_ WDFQUEUE Queue, _In_ WDFCONTEXT Context);
typedef EVT_WDF_IO_QUEUE_STATE *PFN_WDF_IO_QUEUE_STATE;

typedef struct _WDF_IO_QUEUE_CONFIG {
    ULONG Size;
    WDF_IO_QUEUE_DISPATCH_TYPE DispatchType;
    WDF_TRI_STATE PowerManaged;
    BOOLEAN AllowZeroLengthRequests;
    BOOLEAN DefaultQueue;
    PFN_WDF_IO_QUEUE_IO_DEFAULT EvtIoDefault;
    PFN_WDF_IO_QUEUE_IO_READ EvtIoRead;
    PFN_WDF_IO_QUEUE_IO_WRITE EvtIoWrite;
    PFN_WDF_IO_QUEUE_IO_DEVICE_CONTROL EvtIoDeviceControl;
    PFN_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL EvtIoInternalDeviceControl;
    PFN_WDF_IO_QUEUE_IO_STOP EvtIoStop;
    PFN_WDF_IO_QUEUE_IO_RESUME EvtIoResume;
    PFN_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE EvtIoCanceledOnQueue;
    union {
        struct {
            ULONG NumberOfPresentedRequests;
        } Parallel;
    } Settings;
    WDFDRIVER Driver;
} WDF_IO_QUEUE_CONFIG, *PWDF_IO_QUEUE_CONFIG;

FORCEINLINE VOID WDF_IO_QUEUE_CONFIG_INIT(_Out_ PWDF_IO_QUEUE_CONFIG Config,
                                          _In_ WDF_IO_QUEUE_DISPATCH_TYPE DispatchType)
{
    RtlZeroMemory(Config, sizeof(WDF_IO_QUEUE_CONFIG));
    Config->Size = sizeof(WDF_IO_QUEUE_CONFIG);
    Config->PowerManaged = WdfUseDefault;
    Config->DispatchType = DispatchType;
    if (Config->DispatchType == WdfIoQueueDispatchParallel) {
        Config->Settings.Parallel.NumberOfPresentedRequests = (ULONG) -1;
    }
}

FORCEINLINE VOID WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(_Out_ PWDF_IO_QUEUE_CONFIG Config,
                                                        _In_ WDF_IO_QUEUE_DISPATCH_TYPE DispatchType)
{
    WDF_IO_QUEUE_CONFIG_INIT(Config, DispatchType);
    Config->DefaultQueue = TRUE;
}

typedef enum _WDF_IO_FORWARD_PROGRESS_ACTION {
    WdfIoForwardProgressActionInvalid = 0x0,
    WdfIoForwardProgressActionFailRequest,
    WdfIoForwardProgressActionUseReservedRequest,
} WDF_IO_FORWARD_PROGRESS_ACTION;

typedef enum _WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY {
    WdfIoForwardProgressInvalidPolicy = 0x0,
    WdfIoForwardProgressReservedPolicyAlwaysUseReservedRequest,
    WdfIoForwardProgressReservedPolicyUseExamine,
    WdfIoForwardProgressReservedPolicyPagingIO,
} WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY;

typedef _Function_class_(EVT_WDF_IO_ALLOCATE_RESOURCES_FOR_RESERVED_REQUEST)
NTSTATUS EVT_WDF_IO_ALLOCATE_RESOURCES_FOR_RESERVED_REQUEST(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request);
typedef EVT_WDF_IO_ALLOCATE_RESOURCES_FOR_RESERVED_REQUEST *PFN_WDF_IO_ALLOCATE_RESOURCES_FOR_RESERVED_REQUEST;

typedef _Function_class_(EVT_WDF_IO_ALLOCATE_REQUEST_RESOURCES)
NTSTATUS EVT_WDF_IO_ALLOCATE_REQUEST_RESOURCES(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request);
typedef EVT_WDF_IO_ALLOCATE_REQUEST_RESOURCES *PFN_WDF_IO_ALLOCATE_REQUEST_RESOURCES;

typedef _Function_class_(EVT_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS)
WDF_IO_FORWARD_PROGRESS_ACTION EVT_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS(_In_ WDFQUEUE Queue, _In_ PIRP Irp);
typedef EVT_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS *PFN_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS;

/* The documented members: the reserved policy itself is a member of
 * WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY, the settings hold only the per-policy union. */
typedef struct _WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY_SETTINGS {
    union {
        struct {
            PFN_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS EvtIoWdmIrpForForwardProgress;
        } ExaminePolicy;
    } Policy;
} WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY_SETTINGS;

typedef struct _WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY {
    ULONG Size;
    ULONG TotalForwardProgressRequests;
    WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY ForwardProgressReservedPolicy;
    WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY_SETTINGS ForwardProgressReservePolicySettings;
    PFN_WDF_IO_ALLOCATE_RESOURCES_FOR_RESERVED_REQUEST EvtIoAllocateResourcesForReservedRequest;
    PFN_WDF_IO_ALLOCATE_REQUEST_RESOURCES EvtIoAllocateRequestResources;
} WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY, *PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY;

/* x64 layout of the documented member list. */
C_ASSERT(sizeof(WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY_SETTINGS) == 8);
C_ASSERT(sizeof(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY) == 40);
C_ASSERT(FIELD_OFFSET(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY, ForwardProgressReservedPolicy) == 8);
C_ASSERT(FIELD_OFFSET(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY, ForwardProgressReservePolicySettings) == 16);
C_ASSERT(FIELD_OFFSET(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY, EvtIoAllocateResourcesForReservedRequest) == 24);
C_ASSERT(FIELD_OFFSET(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY, EvtIoAllocateRequestResources) == 32);

FORCEINLINE VOID WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY_DEFAULT_INIT(
    _Out_ PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY Policy, _In_ ULONG TotalForwardProgressRequests)
{
    RtlZeroMemory(Policy, sizeof(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY));
    Policy->Size = sizeof(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY);
    Policy->TotalForwardProgressRequests = TotalForwardProgressRequests;
    Policy->ForwardProgressReservedPolicy = WdfIoForwardProgressReservedPolicyAlwaysUseReservedRequest;
}

FORCEINLINE VOID WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY_EXAMINE_INIT(
    _Out_ PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY Policy, _In_ ULONG TotalForwardProgressRequests,
    _In_ PFN_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS EvtIoWdmIrpForForwardProgress)
{
    RtlZeroMemory(Policy, sizeof(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY));
    Policy->Size = sizeof(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY);
    Policy->TotalForwardProgressRequests = TotalForwardProgressRequests;
    Policy->ForwardProgressReservedPolicy = WdfIoForwardProgressReservedPolicyUseExamine;
    Policy->ForwardProgressReservePolicySettings.Policy.ExaminePolicy.EvtIoWdmIrpForForwardProgress =
        EvtIoWdmIrpForForwardProgress;
}

FORCEINLINE VOID WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY_PAGINGIO_INIT(
    _Out_ PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY Policy, _In_ ULONG TotalForwardProgressRequests)
{
    RtlZeroMemory(Policy, sizeof(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY));
    Policy->Size = sizeof(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY);
    Policy->TotalForwardProgressRequests = TotalForwardProgressRequests;
    Policy->ForwardProgressReservedPolicy = WdfIoForwardProgressReservedPolicyPagingIO;
}

//
// WDF Function: WdfIoQueueCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOQUEUECREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device,
    _In_ PWDF_IO_QUEUE_CONFIG Config,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES QueueAttributes,
    _Out_opt_ WDFQUEUE* Queue
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoQueueCreate(
    _In_ WDFDEVICE Device,
    _In_ PWDF_IO_QUEUE_CONFIG Config,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES QueueAttributes,
    _Out_opt_ WDFQUEUE* Queue
    )
{
    return ((PFN_WDFIOQUEUECREATE) WdfFunctions[WdfIoQueueCreateTableIndex])(WdfDriverGlobals, Device, Config, QueueAttributes, Queue);
}

//
// WDF Function: WdfIoQueueGetState
//
typedef
WDF_IO_QUEUE_STATE
(NTAPI *PFN_WDFIOQUEUEGETSTATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFQUEUE Queue,
    _Out_opt_ PULONG QueueRequests,
    _Out_opt_ PULONG DriverRequests
    );

FORCEINLINE
WDF_IO_QUEUE_STATE
WdfIoQueueGetState(
    _In_ WDFQUEUE Queue,
    _Out_opt_ PULONG QueueRequests,
    _Out_opt_ PULONG DriverRequests
    )
{
    return ((PFN_WDFIOQUEUEGETSTATE) WdfFunctions[WdfIoQueueGetStateTableIndex])(WdfDriverGlobals, Queue, QueueRequests, DriverRequests);
}

//
// WDF Function: WdfIoQueueStart
//
typedef
VOID
(NTAPI *PFN_WDFIOQUEUESTART)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFQUEUE Queue
    );

FORCEINLINE
VOID
WdfIoQueueStart(
    _In_ WDFQUEUE Queue
    )
{
    ((PFN_WDFIOQUEUESTART) WdfFunctions[WdfIoQueueStartTableIndex])(WdfDriverGlobals, Queue);
}

//
// WDF Function: WdfIoQueueStop
//
typedef
VOID
(NTAPI *PFN_WDFIOQUEUESTOP)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFQUEUE Queue,
    _In_opt_ PFN_WDF_IO_QUEUE_STATE StopComplete,
    _In_opt_ WDFCONTEXT Context
    );

FORCEINLINE
VOID
WdfIoQueueStop(
    _In_ WDFQUEUE Queue,
    _In_opt_ PFN_WDF_IO_QUEUE_STATE StopComplete,
    _In_opt_ WDFCONTEXT Context
    )
{
    ((PFN_WDFIOQUEUESTOP) WdfFunctions[WdfIoQueueStopTableIndex])(WdfDriverGlobals, Queue, StopComplete, Context);
}

//
// WDF Function: WdfIoQueueStopSynchronously
//
typedef
VOID
(NTAPI *PFN_WDFIOQUEUESTOPSYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFQUEUE Queue
    );

FORCEINLINE
VOID
WdfIoQueueStopSynchronously(
    _In_ WDFQUEUE Queue
    )
{
    ((PFN_WDFIOQUEUESTOPSYNCHRONOUSLY) WdfFunctions[WdfIoQueueStopSynchronouslyTableIndex])(WdfDriverGlobals, Queue);
}

//
// WDF Function: WdfIoQueueGetDevice
//
typedef
WDFDEVICE
(NTAPI *PFN_WDFIOQUEUEGETDEVICE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFQUEUE Queue
    );

FORCEINLINE
WDFDEVICE
WdfIoQueueGetDevice(
    _In_ WDFQUEUE Queue
    )
{
    return ((PFN_WDFIOQUEUEGETDEVICE) WdfFunctions[WdfIoQueueGetDeviceTableIndex])(WdfDriverGlobals, Queue);
}

//
// WDF Function: WdfIoQueueRetrieveNextRequest
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOQUEUERETRIEVENEXTREQUEST)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFQUEUE Queue,
    _Out_ WDFREQUEST* OutRequest
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoQueueRetrieveNextRequest(
    _In_ WDFQUEUE Queue,
    _Out_ WDFREQUEST* OutRequest
    )
{
    return ((PFN_WDFIOQUEUERETRIEVENEXTREQUEST) WdfFunctions[WdfIoQueueRetrieveNextRequestTableIndex])(WdfDriverGlobals, Queue, OutRequest);
}

//
// WDF Function: WdfIoQueueRetrieveRequestByFileObject
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOQUEUERETRIEVEREQUESTBYFILEOBJECT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFQUEUE Queue,
    _In_ WDFFILEOBJECT FileObject,
    _Out_ WDFREQUEST* OutRequest
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoQueueRetrieveRequestByFileObject(
    _In_ WDFQUEUE Queue,
    _In_ WDFFILEOBJECT FileObject,
    _Out_ WDFREQUEST* OutRequest
    )
{
    return ((PFN_WDFIOQUEUERETRIEVEREQUESTBYFILEOBJECT) WdfFunctions[WdfIoQueueRetrieveRequestByFileObjectTableIndex])(WdfDriverGlobals, Queue, FileObject, OutRequest);
}

//
// WDF Function: WdfIoQueueFindRequest
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOQUEUEFINDREQUEST)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFQUEUE Queue,
    _In_opt_ WDFREQUEST FoundRequest,
    _In_opt_ WDFFILEOBJECT FileObject,
    _Inout_opt_ PWDF_REQUEST_PARAMETERS Parameters,
    _Out_ WDFREQUEST* OutRequest
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoQueueFindRequest(
    _In_ WDFQUEUE Queue,
    _In_opt_ WDFREQUEST FoundRequest,
    _In_opt_ WDFFILEOBJECT FileObject,
    _Inout_opt_ PWDF_REQUEST_PARAMETERS Parameters,
    _Out_ WDFREQUEST* OutRequest
    )
{
    return ((PFN_WDFIOQUEUEFINDREQUEST) WdfFunctions[WdfIoQueueFindRequestTableIndex])(WdfDriverGlobals, Queue, FoundRequest, FileObject, Parameters, OutRequest);
}

//
// WDF Function: WdfIoQueueRetrieveFoundRequest
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOQUEUERETRIEVEFOUNDREQUEST)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFQUEUE Queue,
    _In_ WDFREQUEST FoundRequest,
    _Out_ WDFREQUEST* OutRequest
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoQueueRetrieveFoundRequest(
    _In_ WDFQUEUE Queue,
    _In_ WDFREQUEST FoundRequest,
    _Out_ WDFREQUEST* OutRequest
    )
{
    return ((PFN_WDFIOQUEUERETRIEVEFOUNDREQUEST) WdfFunctions[WdfIoQueueRetrieveFoundRequestTableIndex])(WdfDriverGlobals, Queue, FoundRequest, OutRequest);
}

//
// WDF Function: WdfIoQueueDrainSynchronously
//
typedef
VOID
(NTAPI *PFN_WDFIOQUEUEDRAINSYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFQUEUE Queue
    );

FORCEINLINE
VOID
WdfIoQueueDrainSynchronously(
    _In_ WDFQUEUE Queue
    )
{
    ((PFN_WDFIOQUEUEDRAINSYNCHRONOUSLY) WdfFunctions[WdfIoQueueDrainSynchronouslyTableIndex])(WdfDriverGlobals, Queue);
}

//
// WDF Function: WdfIoQueueDrain
//
typedef
VOID
(NTAPI *PFN_WDFIOQUEUEDRAIN)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFQUEUE Queue,
    _In_opt_ PFN_WDF_IO_QUEUE_STATE DrainComplete,
    _In_opt_ WDFCONTEXT Context
    );

FORCEINLINE
VOID
WdfIoQueueDrain(
    _In_ WDFQUEUE Queue,
    _In_opt_ PFN_WDF_IO_QUEUE_STATE DrainComplete,
    _In_opt_ WDFCONTEXT Context
    )
{
    ((PFN_WDFIOQUEUEDRAIN) WdfFunctions[WdfIoQueueDrainTableIndex])(WdfDriverGlobals, Queue, DrainComplete, Context);
}

//
// WDF Function: WdfIoQueuePurgeSynchronously
//
typedef
VOID
(NTAPI *PFN_WDFIOQUEUEPURGESYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFQUEUE Queue
    );

FORCEINLINE
VOID
WdfIoQueuePurgeSynchronously(
    _In_ WDFQUEUE Queue
    )
{
    ((PFN_WDFIOQUEUEPURGESYNCHRONOUSLY) WdfFunctions[WdfIoQueuePurgeSynchronouslyTableIndex])(WdfDriverGlobals, Queue);
}

//
// WDF Function: WdfIoQueuePurge
//
typedef
VOID
(NTAPI *PFN_WDFIOQUEUEPURGE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFQUEUE Queue,
    _In_opt_ PFN_WDF_IO_QUEUE_STATE PurgeComplete,
    _In_opt_ WDFCONTEXT Context
    );

FORCEINLINE
VOID
WdfIoQueuePurge(
    _In_ WDFQUEUE Queue,
    _In_opt_ PFN_WDF_IO_QUEUE_STATE PurgeComplete,
    _In_opt_ WDFCONTEXT Context
    )
{
    ((PFN_WDFIOQUEUEPURGE) WdfFunctions[WdfIoQueuePurgeTableIndex])(WdfDriverGlobals, Queue, PurgeComplete, Context);
}

//
// WDF Function: WdfIoQueueReadyNotify
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOQUEUEREADYNOTIFY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFQUEUE Queue,
    _In_opt_ PFN_WDF_IO_QUEUE_STATE QueueReady,
    _In_opt_ WDFCONTEXT Context
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoQueueReadyNotify(
    _In_ WDFQUEUE Queue,
    _In_opt_ PFN_WDF_IO_QUEUE_STATE QueueReady,
    _In_opt_ WDFCONTEXT Context
    )
{
    return ((PFN_WDFIOQUEUEREADYNOTIFY) WdfFunctions[WdfIoQueueReadyNotifyTableIndex])(WdfDriverGlobals, Queue, QueueReady, Context);
}

//
// WDF Function: WdfIoQueueAssignForwardProgressPolicy
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFIOQUEUEASSIGNFORWARDPROGRESSPOLICY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFQUEUE Queue,
    _In_ PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY ForwardProgressPolicy
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfIoQueueAssignForwardProgressPolicy(
    _In_ WDFQUEUE Queue,
    _In_ PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY ForwardProgressPolicy
    )
{
    return ((PFN_WDFIOQUEUEASSIGNFORWARDPROGRESSPOLICY) WdfFunctions[WdfIoQueueAssignForwardProgressPolicyTableIndex])(WdfDriverGlobals, Queue, ForwardProgressPolicy);
}

//
// WDF Function: WdfIoQueueStopAndPurge
//
typedef
VOID
(NTAPI *PFN_WDFIOQUEUESTOPANDPURGE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFQUEUE Queue,
    _In_opt_ PFN_WDF_IO_QUEUE_STATE StopAndPurgeComplete,
    _In_opt_ WDFCONTEXT Context
    );

FORCEINLINE
VOID
WdfIoQueueStopAndPurge(
    _In_ WDFQUEUE Queue,
    _In_opt_ PFN_WDF_IO_QUEUE_STATE StopAndPurgeComplete,
    _In_opt_ WDFCONTEXT Context
    )
{
    ((PFN_WDFIOQUEUESTOPANDPURGE) WdfFunctions[WdfIoQueueStopAndPurgeTableIndex])(WdfDriverGlobals, Queue, StopAndPurgeComplete, Context);
}

//
// WDF Function: WdfIoQueueStopAndPurgeSynchronously
//
typedef
VOID
(NTAPI *PFN_WDFIOQUEUESTOPANDPURGESYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFQUEUE Queue
    );

FORCEINLINE
VOID
WdfIoQueueStopAndPurgeSynchronously(
    _In_ WDFQUEUE Queue
    )
{
    ((PFN_WDFIOQUEUESTOPANDPURGESYNCHRONOUSLY) WdfFunctions[WdfIoQueueStopAndPurgeSynchronouslyTableIndex])(WdfDriverGlobals, Queue);
}

WDF_EXTERN_C_END
