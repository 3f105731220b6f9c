/*
 * kmdfqueue: a KMDF driver for the queue and request conformance tests. Its default
 * queue (sequential) holds reads (until the test completes them), forwards writes to a manual queue
 * (or completes them), and serves buffer-method IOCTLs at once; the test drives the
 * queue operations through the exported functions below (reached with dlsym) and reads
 * the callbacks the driver saw from its log.
 */
#pragma once

#include <ntddk.h>
#include <wdf.h>

/* {0c5a7e21-6b7d-4c1e-8f3a-5d9e2b1c4a77} */
DEFINE_GUID(GUID_DEVINTERFACE_KMDFQUEUE, 0x0c5a7e21, 0x6b7d, 0x4c1e, 0x8f, 0x3a, 0x5d, 0x9e, 0x2b, 0x1c, 0x4a,
            0x77);

/* Output = input bytes reversed (OUT_DIRECT: through the output MDL). */
#define IOCTL_KMDFQUEUE_OUT_DIRECT CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_OUT_DIRECT, FILE_ANY_ACCESS)
/* Information = sum of the bytes of the buffer behind the output MDL (IN_DIRECT). */
#define IOCTL_KMDFQUEUE_IN_DIRECT CTL_CODE(FILE_DEVICE_UNKNOWN, 0x901, METHOD_IN_DIRECT, FILE_ANY_ACCESS)
/* Completed with the status of WdfRequestRetrieveInputBuffer(MinimumRequiredLength 16). */
#define IOCTL_KMDFQUEUE_MIN_LENGTH CTL_CODE(FILE_DEVICE_UNKNOWN, 0x902, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* Completed with the status of WdfMemoryCopyFromBuffer into the input WDFMEMORY. */
#define IOCTL_KMDFQUEUE_WRITE_INPUT_MEMORY CTL_CODE(FILE_DEVICE_UNKNOWN, 0x903, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* METHOD_NEITHER: EvtIoInCallerContext locks both user buffers; EvtIoDeviceControl
 * writes the input reversed to the output. */
#define IOCTL_KMDFQUEUE_NEITHER CTL_CODE(FILE_DEVICE_UNKNOWN, 0x904, METHOD_NEITHER, FILE_ANY_ACCESS)
/* METHOD_NEITHER without caller-context work: completed with the status of
 * WdfRequestRetrieveUnsafeUserInputBuffer called from EvtIoDeviceControl. */
#define IOCTL_KMDFQUEUE_NEITHER_LATE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x905, METHOD_NEITHER, FILE_ANY_ACCESS)
/* Completed with Information = the MDL's byte count from WdfRequestRetrieveInputWdmMdl
 * (buffered: an MDL over the system buffer). */
#define IOCTL_KMDFQUEUE_INPUT_MDL CTL_CODE(FILE_DEVICE_UNKNOWN, 0x906, METHOD_BUFFERED, FILE_ANY_ACCESS)

/* What EvtIoStop does with a WdfRequestStopActionSuspend request. */
typedef enum _KMDFQUEUE_STOP_ACTION {
    KmdfQueueStopAcknowledgeRequeue = 0,
    KmdfQueueStopAcknowledgeKeep = 1,
    KmdfQueueStopComplete = 2,
} KMDFQUEUE_STOP_ACTION;

typedef struct _KMDFQUEUE_CONFIG {
    BOOLEAN StopCallbacks;         /* default queue registers EvtIoStop and EvtIoResume */
    KMDFQUEUE_STOP_ACTION StopAction;
    BOOLEAN MarkCancelable;        /* held reads are marked cancelable */
    BOOLEAN ForwardWrites;         /* writes go to the manual queue (else completed) */
    BOOLEAN ManualCanceledOnQueue; /* the manual queue registers EvtIoCanceledOnQueue */
    BOOLEAN IoctlsToManual;        /* device controls are dispatched to the manual queue */
    BOOLEAN CallerContext;         /* EvtIoInCallerContext (every request passes through it) */
} KMDFQUEUE_CONFIG;

#define KMDFQUEUE_EXPORT __attribute__((visibility("default")))

KMDFQUEUE_EXPORT void KmdfQueueSetConfig(const KMDFQUEUE_CONFIG* Config);
KMDFQUEUE_EXPORT ULONG KmdfQueueReadLog(char* Buffer, ULONG Size);
KMDFQUEUE_EXPORT ULONG KmdfQueueHeldCount(void);
/* Completes up to Count held reads (oldest first) with Status and Information = length. */
KMDFQUEUE_EXPORT ULONG KmdfQueueCompleteHeld(ULONG Count, NTSTATUS Status);
/* Default-queue operations; Synchronously selects the ...Synchronously DDI. */
KMDFQUEUE_EXPORT void KmdfQueueDrain(BOOLEAN Synchronously);
KMDFQUEUE_EXPORT void KmdfQueuePurge(BOOLEAN Synchronously);
KMDFQUEUE_EXPORT void KmdfQueueStopAndPurge(BOOLEAN Synchronously);
KMDFQUEUE_EXPORT void KmdfQueueStart(void);
/* Queue = 0: default queue, 1: manual queue. */
KMDFQUEUE_EXPORT ULONG KmdfQueueState(ULONG Queue, ULONG* QueueRequests, ULONG* DriverRequests);
/* Manual queue. */
KMDFQUEUE_EXPORT NTSTATUS KmdfQueueReadyNotify(BOOLEAN Register);
/* Retrieves the next request and completes it with Status (Information = its length). */
KMDFQUEUE_EXPORT NTSTATUS KmdfQueueRetrieveAndComplete(NTSTATUS Status);
/* Retrieves the next request and requeues it; returns WdfRequestRequeue's status. */
KMDFQUEUE_EXPORT NTSTATUS KmdfQueueRetrieveAndRequeue(void);
/* Finds the queued write of this length (WdfIoQueueFindRequest with parameters),
 * retrieves it with WdfIoQueueRetrieveFoundRequest and completes it (Information = length). */
KMDFQUEUE_EXPORT NTSTATUS KmdfQueueFindAndComplete(ULONG Length);
/* WdfIoQueueFindRequest of the first request; the handle (referenced) is kept. */
KMDFQUEUE_EXPORT NTSTATUS KmdfQueueFindFirst(void);
/* WdfIoQueueRetrieveFoundRequest of the kept handle (completing it on success), then
 * WdfObjectDereference. */
KMDFQUEUE_EXPORT NTSTATUS KmdfQueueRetrieveKept(void);
/* WdfIoQueueRetrieveRequestByFileObject for the FileIndex-th file opened (0-based),
 * completing the request (Information = length). */
KMDFQUEUE_EXPORT NTSTATUS KmdfQueueRetrieveByFile(ULONG FileIndex);
/* The oldest held read: WdfRequestForwardToIoQueue to the manual queue (or to its own
 * queue when ToSameQueue) / WdfRequestRequeue; returns the status (the read stays held on
 * failure). */
KMDFQUEUE_EXPORT NTSTATUS KmdfQueueForwardHeld(BOOLEAN ToSameQueue);
KMDFQUEUE_EXPORT NTSTATUS KmdfQueueRequeueHeld(void);
/* The device object (WdfDeviceWdmGetDeviceObject), for tests that drive the framework's
 * queue power transitions directly until power IRPs exist. */
KMDFQUEUE_EXPORT PDEVICE_OBJECT KmdfQueueWdmDevice(void);
/* WdfRequestGetFileObject of the oldest held read equals the FileIndex-th file opened. */
KMDFQUEUE_EXPORT BOOLEAN KmdfQueueHeldFileIs(ULONG FileIndex);
