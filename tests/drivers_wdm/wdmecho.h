/* wdmecho: a plain WDM test driver. Shared between the driver and the tests. */
#ifndef WDMECHO_H
#define WDMECHO_H

/* {6f1b1d52-3c4a-4f7e-9b1e-2a7c5d9e0f11} */
#define WDMECHO_INTERFACE_GUID_INIT \
    { 0x6f1b1d52, 0x3c4a, 0x4f7e, { 0x9b, 0x1e, 0x2a, 0x7c, 0x5d, 0x9e, 0x0f, 0x11 } }

#define WDMECHO_DEVICE_TYPE 0x8000
#define WDMECHO_CTL(function, method, access) \
    ((unsigned int)(WDMECHO_DEVICE_TYPE) << 16 | ((access) << 14) | ((function) << 2) | (method))

/* Output = input with every byte + 1 (METHOD_BUFFERED). */
#define IOCTL_WDMECHO_BUFFERED WDMECHO_CTL(0x800, 0 /* METHOD_BUFFERED */, 0 /* FILE_ANY_ACCESS */)
/* Output = input with every byte ^ 0xFF (METHOD_NEITHER: Type3InputBuffer -> UserBuffer). */
#define IOCTL_WDMECHO_NEITHER WDMECHO_CTL(0x801, 3 /* METHOD_NEITHER */, 0)
/* Pends until cancelled (cancel routine completes it with STATUS_CANCELLED). */
#define IOCTL_WDMECHO_PEND WDMECHO_CTL(0x802, 0, 0)
/* Allocates 64 bytes with tag 'kaeL' ("Leak") and never frees them. */
#define IOCTL_WDMECHO_LEAK WDMECHO_CTL(0x803, 0, 0)
/* Output (MDL) = input with every byte + 2 (METHOD_OUT_DIRECT). */
#define IOCTL_WDMECHO_OUT_DIRECT WDMECHO_CTL(0x804, 2 /* METHOD_OUT_DIRECT */, 0)

/* Internal device control (Parameters.Others): *(ULONG*)Argument2 = *(ULONG*)Argument1 +
   *(ULONG*)Argument4; Information 4. */
#define IOCTL_WDMECHO_INTERNAL_SUM WDMECHO_CTL(0x806, 3 /* METHOD_NEITHER */, 0)

/* Makes the next system IRP_MN_QUERY_POWER fail with STATUS_UNSUCCESSFUL (a veto). */
#define IOCTL_WDMECHO_VETO_POWER WDMECHO_CTL(0x807, 0, 0)

/* Makes the next IRP_MN_QUERY_REMOVE_DEVICE fail with STATUS_UNSUCCESSFUL (a veto). */
#define IOCTL_WDMECHO_VETO_REMOVE WDMECHO_CTL(0x805, 0, 0)

/* IRP_MN_QUERY_INTERFACE: wdmecho answers this interface (version 1 or later) with a
   WDMECHO_ADDER_INTERFACE; other interfaces pass down to the bus. The interface is
   referenced when handed out; WdmEchoInterfaceReferences tells how many references are
   outstanding. */
/* {9a0e7f3c-2b61-4d5a-a3f0-5c6e7d8f9012} */
#define WDMECHO_ADDER_INTERFACE_GUID_INIT \
    { 0x9a0e7f3c, 0x2b61, 0x4d5a, { 0xa3, 0xf0, 0x5c, 0x6e, 0x7d, 0x8f, 0x90, 0x12 } }
typedef struct _WDMECHO_ADDER_INTERFACE {
    INTERFACE Header;
    ULONG (*Add)(PVOID Context, ULONG A, ULONG B); /* A + B + the InterfaceSpecificData ULONG (if any) */
    ULONG Bias;                                    /* from InterfaceSpecificData */
} WDMECHO_ADDER_INTERFACE;
typedef long (*WdmEchoInterfaceReferencesFn)(void);

/* Exported for tests (dlsym): WdmEchoCopyEvents copies the comma-separated events the driver saw, e.g.
   "entry,add,start,create:\foo,cleanup,close,query-remove,remove,unload" (system power
   IRPs appear as "query-power:S3" / "set-power:S0"), and how many
   times its cancel routine ran. */
typedef void (*WdmEchoCopyEventsFn)(char* out, size_t size);
typedef long (*WdmEchoCancelCountFn)(void);

#endif
