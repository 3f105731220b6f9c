/*
 * kmdfprogress: a KMDF driver for the forward-progress and requestor-process conformance
 * tests. Its default queue (parallel) holds reads until the test completes them,
 * completes writes at once (through the input WDFMEMORY), and answers
 * IOCTL_KMDFPROGRESS_PID with the requestor's process id; a second, manual queue gets
 * only the reads the test forwards to it. The test assigns a
 * forward-progress policy through KmdfProgressAssign and reads the callbacks the driver
 * saw from its log.
 */
#pragma once

#include <ntddk.h>
#include <wdf.h>

/* {5b1f0a3e-2c47-4d8e-9a61-3e7c0d2b8f14} */
DEFINE_GUID(GUID_DEVINTERFACE_KMDFPROGRESS, 0x5b1f0a3e, 0x2c47, 0x4d8e, 0x9a, 0x61, 0x3e, 0x7c, 0x0d, 0x2b, 0x8f,
            0x14);

/* Output: the ULONG WdfRequestGetRequestorProcessId returns for the request. */
#define IOCTL_KMDFPROGRESS_PID CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* Output: PsGetProcessId(IoGetRequestorProcess(the request's IRP)) as a ULONG. */
#define IOCTL_KMDFPROGRESS_PROCESS CTL_CODE(FILE_DEVICE_UNKNOWN, 0x901, METHOD_BUFFERED, FILE_ANY_ACCESS)

/* What EvtIoAllocateResourcesForReservedRequest returns for the failing call. */
#define KMDFPROGRESS_RESERVED_FAILURE STATUS_NO_MEMORY

typedef struct _KMDFPROGRESS_POLICY {
    ULONG Size;                   /* the policy's Size (0: the right one) */
    ULONG TotalRequests;          /* TotalForwardProgressRequests */
    ULONG Policy;                 /* WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY */
    BOOLEAN ExamineCallback;      /* registers EvtIoWdmIrpForForwardProgress */
    BOOLEAN ReservedCallback;     /* registers EvtIoAllocateResourcesForReservedRequest */
    BOOLEAN RequestCallback;      /* registers EvtIoAllocateRequestResources */
    ULONG FailReservedCallbackAt; /* this call (1-based) of the reserved callback fails; 0: none */
    ULONG Queue;                  /* 0: the default queue, 1: the manual queue */
} KMDFPROGRESS_POLICY;

#define KMDFPROGRESS_EXPORT __attribute__((visibility("default")))

KMDFPROGRESS_EXPORT ULONG KmdfProgressReadLog(char* Buffer, ULONG Size);
/* WdfIoQueueAssignForwardProgressPolicy with the described policy; returns its status. */
KMDFPROGRESS_EXPORT NTSTATUS KmdfProgressAssign(const KMDFPROGRESS_POLICY* Policy);
/* What EvtIoWdmIrpForForwardProgress returns from now on (WDF_IO_FORWARD_PROGRESS_ACTION). */
KMDFPROGRESS_EXPORT void KmdfProgressSetExamineAction(ULONG Action);
/* The next Count calls of EvtIoAllocateRequestResources fail (STATUS_INSUFFICIENT_RESOURCES). */
KMDFPROGRESS_EXPORT void KmdfProgressFailRequestResources(ULONG Count);
KMDFPROGRESS_EXPORT ULONG KmdfProgressHeldCount(void);
/* Completes up to Count held reads (oldest first) with Status and Information = length. */
KMDFPROGRESS_EXPORT ULONG KmdfProgressCompleteHeld(ULONG Count, NTSTATUS Status);
KMDFPROGRESS_EXPORT PDEVICE_OBJECT KmdfProgressWdmDevice(void);
/* The oldest held read: WdfRequestForwardToIoQueue to the manual queue (completed with
 * the status on failure). */
KMDFPROGRESS_EXPORT NTSTATUS KmdfProgressForwardHeldToManual(void);
/* WdfIoQueueRetrieveNextRequest from the manual queue, completed (Information = length). */
KMDFPROGRESS_EXPORT NTSTATUS KmdfProgressCompleteFromManual(void);
/* WdfIoQueueAssignForwardProgressPolicy with a NULL policy (a bug check). */
KMDFPROGRESS_EXPORT NTSTATUS KmdfProgressAssignNull(void);
