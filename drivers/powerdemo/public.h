/*
 * public.h — what applications share with the powerdemo sample driver.
 */
#ifndef POWERDEMO_PUBLIC_H
#define POWERDEMO_PUBLIC_H

/* {4e6b2c18-7a90-4d3f-b512-8c9d0e1f2a3b} */
#define POWERDEMO_INTERFACE_GUID_INIT \
    { 0x4e6b2c18, 0x7a90, 0x4d3f, { 0xb5, 0x12, 0x8c, 0x9d, 0x0e, 0x1f, 0x2a, 0x3b } }

#define FILE_DEVICE_POWERDEMO 0x8A6BU

/* Input: a ULONG, the S0 idle timeout in milliseconds (0: idle power-down off). */
#define IOCTL_POWERDEMO_SET_IDLE \
    CTL_CODE(FILE_DEVICE_POWERDEMO, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS)

#endif
