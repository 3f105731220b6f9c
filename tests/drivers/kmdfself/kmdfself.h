/* kmdfself: a KMDF test driver for the self I/O target. One root device; its default
 * queue (parallel) and a second queue ("self queue", parallel, EvtIoDefault) log each
 * request they see and complete it: reads with Length bytes of 0x5A (default queue) or
 * 0xA5 (self queue), writes and IOCTLs with their length / STATUS_SUCCESS.
 * Shared between the driver and the tests. */
#ifndef KMDFSELF_H
#define KMDFSELF_H

/* {0b8d2a44-5f0e-4c8e-8f5a-7b3c1d2e4f61} */
#define KMDFSELF_INTERFACE_GUID_INIT \
    { 0x0b8d2a44, 0x5f0e, 0x4c8e, { 0x8f, 0x5a, 0x7b, 0x3c, 0x1d, 0x2e, 0x4f, 0x61 } }

typedef struct _KMDFSELF_CONFIG {
    BOOLEAN AllowSelfIoTarget;  /* WdfDeviceInitAllowSelfIoTarget in EvtDriverDeviceAdd */
    BOOLEAN AssignSelfQueue;    /* WdfIoTargetSelfAssignDefaultIoQueue(self queue) after WdfDeviceCreate */
} KMDFSELF_CONFIG;

typedef struct _KMDFSELF_INFO {
    BOOLEAN HaveTarget;                /* WdfDeviceGetSelfIoTarget returned a handle */
    BOOLEAN Stable;                    /* a second call returned the same handle */
    WDF_IO_TARGET_STATE State;
    BOOLEAN DeviceIsOurs;              /* WdfIoTargetGetDevice */
    BOOLEAN TargetIsOurDeviceObject;   /* WdfIoTargetWdmGetTargetDeviceObject == WdfDeviceWdmGetDeviceObject */
    BOOLEAN PdoIsOurs;                 /* WdfIoTargetWdmGetTargetPhysicalDevice == WdfDeviceWdmGetPhysicalDevice */
    NTSTATUS AssignStatus;             /* what the assignment in EvtDriverDeviceAdd returned (if asked) */
} KMDFSELF_INFO;

#define KMDFSELF_EXPORT __attribute__((visibility("default")))

KMDFSELF_EXPORT void KmdfSelfSetConfig(const KMDFSELF_CONFIG* Config);
KMDFSELF_EXPORT ULONG KmdfSelfReadLog(char* Buffer, ULONG Size);
KMDFSELF_EXPORT void KmdfSelfGetInfo(KMDFSELF_INFO* Info);
/* WdfIoTargetSendReadSynchronously of Length bytes to the self target; Out receives them. */
KMDFSELF_EXPORT NTSTATUS KmdfSelfSendRead(PVOID Out, ULONG Length, ULONG_PTR* BytesRead);
/* WdfRequestCreate(target = self) + WdfIoTargetFormatRequestForWrite + asynchronous
 * WdfRequestSend with a completion routine; waits for the routine. Returns the request's
 * completion status; *Information its information. */
KMDFSELF_EXPORT NTSTATUS KmdfSelfSendWriteAsync(ULONG Length, ULONG_PTR* Information);
/* WdfIoTargetSelfAssignDefaultIoQueue with: 0 the device's default queue, 1 the self
 * queue, 2 a queue on the local target (the local target instead of the self target). */
KMDFSELF_EXPORT NTSTATUS KmdfSelfAssign(ULONG Which);

#endif
