/* kmdfbus: a KMDF test bus driver with static children. Its FDO (on ROOT\KMDFBUS) has a
 * parallel default queue ("parent") that completes reads with 0xB0 bytes. Each child is a
 * PDO it creates with WdfPdoInitAllocate (device ID KMDFBUS\CHILD, instance ID "NN",
 * hardware ID KMDFBUS\CHILD, compatible ID KMDFBUS\ANYCHILD) and reports with
 * WdfFdoAddStaticChild; the child has an interface and a parallel default queue that
 * forwards to the parent's queue (or completes reads with 0xC0 bytes itself).
 * Shared between the driver and the tests. */
#ifndef KMDFBUS_H
#define KMDFBUS_H

/* {5d3c1e27-8a44-4f0b-b6d2-1e9f7a0c3b58} */
#define KMDFBUS_CHILD_INTERFACE_GUID_INIT \
    { 0x5d3c1e27, 0x8a44, 0x4f0b, { 0xb6, 0xd2, 0x1e, 0x9f, 0x7a, 0x0c, 0x3b, 0x58 } }

typedef enum _KMDFBUS_FORWARD_MODE {
    KmdfBusCompleteInChild = 0,  /* the child completes the request itself */
    KmdfBusForwardToParent = 1,  /* WdfRequestForwardToParentDeviceIoQueue(parent's default queue) */
    KmdfBusForwardBadSize = 2,   /* ... with WDF_REQUEST_FORWARD_OPTIONS.Size wrong */
    KmdfBusForwardNoFlags = 3,   /* ... with Flags 0 */
    KmdfBusForwardToOwnQueue = 4 /* ... to a second queue of the child (not the parent's) */
} KMDFBUS_FORWARD_MODE;

typedef struct _KMDFBUS_CONFIG {
    ULONG ChildrenAtAdd;          /* static children created in EvtDriverDeviceAdd */
    BOOLEAN Raw;                  /* WdfPdoInitAssignRawDevice */
    BOOLEAN AllowForwarding;      /* WdfPdoInitAllowForwardingRequestToParent */
    KMDFBUS_FORWARD_MODE ForwardMode;
} KMDFBUS_CONFIG;

#define KMDFBUS_EXPORT __attribute__((visibility("default")))

KMDFBUS_EXPORT void KmdfBusSetConfig(const KMDFBUS_CONFIG* Config);
KMDFBUS_EXPORT ULONG KmdfBusReadLog(char* Buffer, ULONG Size);
/* Creates and adds one more static child (the bus is started: it is reported at once). */
KMDFBUS_EXPORT NTSTATUS KmdfBusAddChild(void);

#endif
