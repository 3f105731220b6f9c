/*
 * ioctl driver: a non-PnP KMDF driver with one control device, \Device\OKIOCTL (symbolic
 * link \DosDevices\OKIOCTL), that serves one I/O control code per buffer method. An
 * EvtDeviceWdmIrpPreprocess callback sees every IRP_MJ_DEVICE_CONTROL before the
 * framework does and counts it again when it completes.
 */
#pragma once

#include <ntddk.h>
#include <wdf.h>
#include <wdmsec.h>

#include "public.h"

/* The caller's METHOD_NEITHER buffers, probed and locked in the caller's context. */
typedef struct _REQUEST_CONTEXT {
    WDFMEMORY InputMemory;
    WDFMEMORY OutputMemory;
} REQUEST_CONTEXT, *PREQUEST_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(REQUEST_CONTEXT, OkIoctlGetRequestContext)

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_UNLOAD OkIoctlEvtDriverUnload;
EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION OkIoctlEvtShutdownNotification;
EVT_WDF_IO_IN_CALLER_CONTEXT OkIoctlEvtIoInCallerContext;
EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL OkIoctlEvtIoDeviceControl;
EVT_WDFDEVICE_WDM_IRP_PREPROCESS OkIoctlEvtWdmIrpPreprocess;

/* preprocess.c: the statistics and the IRPs seen by the preprocess callback. */
VOID OkIoctlInitializeStatistics(VOID);
/* Whether the preprocess callback saw this IRP (and forgets it). IRQL <= DISPATCH_LEVEL. */
BOOLEAN OkIoctlTakePreprocessedIrp(_In_ PIRP Irp);
VOID OkIoctlCountQueueRequest(_In_ BOOLEAN PreprocessedFirst);
VOID OkIoctlGetStatistics(_Out_ OKIOCTL_STATISTICS* Statistics);
