/*
 * kmdftest: a KMDF driver for the framework's own tests. It records every callback it
 * receives in a log the test reads, holds I/O requests until the test completes them,
 * and is configured by the test before the device is added (exported functions below,
 * reached with dlsym on the loaded module).
 */
#pragma once

#include <ntddk.h>
#include <wdf.h>

/* {6f0b1c3e-3d2a-4b8e-9a61-2c5d7e8f9a10} */
DEFINE_GUID(GUID_DEVINTERFACE_KMDFTEST, 0x6f0b1c3e, 0x3d2a, 0x4b8e, 0x9a, 0x61, 0x2c, 0x5d, 0x7e, 0x8f, 0x9a,
            0x10);

/* IOCTLs: complete at once with the input echoed to the output. */
#define IOCTL_KMDFTEST_ECHO CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _KMDFTEST_CONFIG {
    WDF_IO_QUEUE_DISPATCH_TYPE DispatchType;
    ULONG NumberOfPresentedRequests; /* parallel queues; 0 = unlimited */
    NTSTATUS PrepareHardwareStatus;
    NTSTATUS D0EntryStatus;
    NTSTATUS SelfManagedIoInitStatus;
    BOOLEAN HoldRequests;      /* keep reads/writes until KmdfTestCompleteHeld */
    BOOLEAN LeakMemoryObject;  /* create a WDFMEMORY with an extra reference (a leak) */
    BOOLEAN IoctlQueue;        /* device controls go to a second (parallel, non-default) queue */
} KMDFTEST_CONFIG;

#define KMDFTEST_EXPORT __attribute__((visibility("default")))

KMDFTEST_EXPORT void KmdfTestSetConfig(const KMDFTEST_CONFIG* Config);
/* The log: one callback per line. */
KMDFTEST_EXPORT ULONG KmdfTestReadLog(char* Buffer, ULONG Size);
KMDFTEST_EXPORT void KmdfTestResetLog(void);
/* Completes up to Count held requests (oldest first) with Status; returns how many. */
KMDFTEST_EXPORT ULONG KmdfTestCompleteHeld(ULONG Count, NTSTATUS Status);
KMDFTEST_EXPORT ULONG KmdfTestHeldCount(void);
/* Manual queues: retrieves one request and completes it with Status. */
KMDFTEST_EXPORT NTSTATUS KmdfTestRetrieveAndComplete(NTSTATUS Status);
KMDFTEST_EXPORT void KmdfTestStopQueue(BOOLEAN Synchronously);
KMDFTEST_EXPORT void KmdfTestStartQueue(void);
KMDFTEST_EXPORT ULONG KmdfTestQueueState(ULONG* QueueRequests, ULONG* DriverRequests);
/* Two timers created with the device: a one-shot one parented to the device and a
 * periodic one (5 ms) parented to the default queue. */
KMDFTEST_EXPORT BOOLEAN KmdfTestTimerStart(BOOLEAN Periodic, LONGLONG DueTime);
KMDFTEST_EXPORT BOOLEAN KmdfTestTimerStop(BOOLEAN Periodic, BOOLEAN Wait);
KMDFTEST_EXPORT LONG KmdfTestTimerFires(BOOLEAN Periodic);
KMDFTEST_EXPORT BOOLEAN KmdfTestTimerParentIsExpected(void);
