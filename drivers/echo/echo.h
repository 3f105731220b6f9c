/*
 * Echo driver: a root-enumerated KMDF function driver. A write stores its data and stays
 * pending (cancelable) until a periodic timer completes it; a read returns the data of
 * the last write. One sequential default queue, so one request at a time.
 */
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include "public.h"

#define ECHO_POOL_TAG 'ohcE'
#define ECHO_MAX_WRITE_LENGTH (40 * 1024)
#define ECHO_TIMER_PERIOD_MS 10

typedef struct _DEVICE_CONTEXT {
    WDFQUEUE Queue;
    ULONG PrivateDeviceData;
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, EchoGetDeviceContext)

typedef struct _QUEUE_CONTEXT {
    WDFSPINLOCK Lock;          /* guards everything below */
    PVOID Buffer;              /* data of the last write, from pool */
    ULONG Length;
    WDFREQUEST CurrentRequest; /* the pending write the timer completes */
    NTSTATUS CurrentStatus;
    WDFTIMER Timer;
} QUEUE_CONTEXT, *PQUEUE_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(QUEUE_CONTEXT, EchoGetQueueContext)

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_DEVICE_ADD EchoEvtDeviceAdd;
EVT_WDF_DRIVER_UNLOAD EchoEvtDriverUnload;
EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT EchoEvtDeviceSelfManagedIoStart;
EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND EchoEvtDeviceSelfManagedIoSuspend;

NTSTATUS EchoQueueInitialize(WDFDEVICE Device);

EVT_WDF_IO_QUEUE_IO_READ EchoEvtIoRead;
EVT_WDF_IO_QUEUE_IO_WRITE EchoEvtIoWrite;
EVT_WDF_OBJECT_CONTEXT_DESTROY EchoEvtIoQueueContextDestroy;
EVT_WDF_REQUEST_CANCEL EchoEvtRequestCancel;
EVT_WDF_TIMER EchoEvtTimerFunc;
