/*
 * kmdfinflight_public.h — what a client shares with the kmdfinflight test driver.
 *
 * Reads wait in a power-managed manual queue that the driver never retrieves from, so
 * only the framework can complete them. The HOLD IOCTLs are kept by the driver in a
 * power-managed queue until EvtIoStop; a write whose first byte is 'H' is kept in a
 * queue that is not power-managed until it is cancelled. COUNTS answers from that queue.
 */
#ifndef KMDFINFLIGHT_PUBLIC_H
#define KMDFINFLIGHT_PUBLIC_H

/* {9c3e5a71-0b2d-4f68-a1e4-6d7f80b9c2a5} */
#define KMDFINFLIGHT_INTERFACE_GUID_INIT \
    { 0x9c3e5a71, 0x0b2d, 0x4f68, { 0xa1, 0xe4, 0x6d, 0x7f, 0x80, 0xb9, 0xc2, 0xa5 } }

/* The name WdfDeviceCreateSymbolicLink gives the device; clients open "\\.\KmdfInflight". */
#define KMDFINFLIGHT_DOS_NAME L"\\DosDevices\\KmdfInflight"

#define FILE_DEVICE_KMDFINFLIGHT 0x8A7CU

/* Held cancelable; on EvtIoStop(WdfRequestStopActionPurge) completed with STATUS_NO_SUCH_DEVICE. */
#define IOCTL_KMDFINFLIGHT_HOLD \
    CTL_CODE(FILE_DEVICE_KMDFINFLIGHT, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* Held, not cancelable; on EvtIoStop(WdfRequestStopActionPurge) given back with
   WdfRequestStopAcknowledge(Requeue = TRUE), so the purging queue cancels it. */
#define IOCTL_KMDFINFLIGHT_HOLD_REQUEUE \
    CTL_CODE(FILE_DEVICE_KMDFINFLIGHT, 0x901, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* Output: KMDFINFLIGHT_COUNTS. */
#define IOCTL_KMDFINFLIGHT_COUNTS \
    CTL_CODE(FILE_DEVICE_KMDFINFLIGHT, 0x902, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _KMDFINFLIGHT_COUNTS {
    ULONG QueuedReads;     /* reads waiting in the read queue (WdfIoQueueGetState) */
    ULONG HeldIoctls;      /* HOLD and HOLD_REQUEUE requests the driver owns */
    ULONG HeldWrites;      /* 'H' writes the driver owns */
    ULONG SurpriseRemoved; /* 1 once EvtDeviceSurpriseRemoval ran */
} KMDFINFLIGHT_COUNTS;

#endif
