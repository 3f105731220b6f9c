/*
 * kmdffile: a KMDF driver for the framework's file-object tests (create, cleanup, close,
 * WDFFILEOBJECT, create queues, EvtIoInCallerContext, filters). It records every callback
 * in a log the test reads; the test configures it before the device is added (exported
 * functions below, reached with dlsym on the loaded module). The same source is built
 * twice (kmdffile.sys, kmdffilefilter.sys) so that a test can stack a filter instance
 * above a function instance, each with its own state.
 */
#pragma once

#include <ntddk.h>
#include <wdf.h>

/* {1c7e5f7a-8e51-4d7b-b1c0-6a3f0e2d4b91} */
DEFINE_GUID(GUID_DEVINTERFACE_KMDFFILE, 0x1c7e5f7a, 0x8e51, 0x4d7b, 0xb1, 0xc0, 0x6a, 0x3f, 0x0e, 0x2d, 0x4b,
            0x91);

#define IOCTL_KMDFFILE_PING CTL_CODE(FILE_DEVICE_UNKNOWN, 0x810, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _KMDFFILE_CONFIG {
    BOOLEAN Filter;               /* WdfFdoInitSetFilter; no device interface */
    BOOLEAN SetFileObjectConfig;  /* call WdfDeviceInitSetFileObjectConfig */
    BOOLEAN EvtCreate;            /* ... with EvtDeviceFileCreate */
    BOOLEAN EvtCleanupClose;      /* ... with EvtFileCleanup and EvtFileClose */
    WDF_TRI_STATE AutoForwardCleanupClose;
    WDF_FILEOBJECT_CLASS FileObjectClass;
    NTSTATUS CreateStatus;        /* the status the driver completes creates with */
    BOOLEAN CreateQueue;          /* a queue (EvtIoDefault) configured for WdfRequestTypeCreate */
    BOOLEAN DefaultQueue;         /* a default queue with EvtIoDefault, EvtIoRead, EvtIoDeviceControl */
    BOOLEAN InCallerContext;      /* EvtIoInCallerContext: completes IOCTLs (STATUS_NOT_SUPPORTED),
                                     hands everything else to WdfDeviceEnqueueRequest */
    BOOLEAN QueryRequestFileObject; /* EvtIoRead logs WdfRequestGetFileObject's serial */
    BOOLEAN EnqueueFromIoRead;    /* EvtIoRead calls WdfDeviceEnqueueRequest (a violation) */
    BOOLEAN BadFileConfigSize;    /* WDF_FILEOBJECT_CONFIG.Size is wrong (the call is ignored) */
} KMDFFILE_CONFIG;

#define KMDFFILE_EXPORT __attribute__((visibility("default")))

KMDFFILE_EXPORT void KmdfFileSetConfig(const KMDFFILE_CONFIG* Config);
/* The log: one callback per line. */
KMDFFILE_EXPORT ULONG KmdfFileReadLog(char* Buffer, ULONG Size);
