/* wdmdirect: a plain WDM non-PnP test driver whose control device \Device\WdmDirect
   (link \DosDevices\WdmDirect) uses DO_DIRECT_IO. Shared between the driver and tests. */
#ifndef WDMDIRECT_H
#define WDMDIRECT_H

#define WDMDIRECT_DEVICE_TYPE 0x8001
#define WDMDIRECT_CTL(function, method) ((unsigned int)(WDMDIRECT_DEVICE_TYPE) << 16 | ((function) << 2) | (method))

/* The largest write the driver keeps (a read returns what the last write stored). */
#define WDMDIRECT_STORE_MAX (4u * 1024u * 1024u)

/* METHOD_OUT_DIRECT: input = one seed byte; the driver fills the whole output buffer
   through its MDL with byte i = (UCHAR)(seed + i * 7). Information = output length. */
#define IOCTL_WDMDIRECT_FILL WDMDIRECT_CTL(0x900, 2 /* METHOD_OUT_DIRECT */)
/* METHOD_IN_DIRECT: the driver reads the output buffer through its MDL. Information =
   the sum of its bytes (a checksum; not a byte count). */
#define IOCTL_WDMDIRECT_SUM WDMDIRECT_CTL(0x901, 1 /* METHOD_IN_DIRECT */)

/* Write: stores the data read through the MDL. Read: returns the stored bytes, each
   XOR 0xFF, written through the MDL; Information = min(length, stored length). */

/* Exported for tests (dlsym): the system address MmGetSystemAddressForMdlSafe returned for
   the last read/write/IOCTL MDL, and that MDL's byte count. */
typedef void* (*WdmDirectLastMdlAddressFn)(void);
typedef unsigned long (*WdmDirectLastMdlLengthFn)(void);

#endif
