/* winioctl.h - I/O control code definitions for client programs (the Win32 subset).
 * The shared devioctl.h (also used by drivers) provides CTL_CODE when present; the
 * guarded definitions below are the documented values ("Defining I/O Control Codes"). */
#ifndef OPENKMDF_UM_WINIOCTL_H
#define OPENKMDF_UM_WINIOCTL_H

#include <windows.h>

#include <devioctl.h>

#ifndef DEVICE_TYPE
#define DEVICE_TYPE DWORD
#endif

#ifndef CTL_CODE
#define CTL_CODE(DeviceType, Function, Method, Access) \
    (((DeviceType) << 16) | ((Access) << 14) | ((Function) << 2) | (Method))
#endif
#ifndef DEVICE_TYPE_FROM_CTL_CODE
#define DEVICE_TYPE_FROM_CTL_CODE(ctrlCode) (((DWORD)(ctrlCode & 0xffff0000)) >> 16)
#endif
#ifndef METHOD_FROM_CTL_CODE
#define METHOD_FROM_CTL_CODE(ctrlCode) ((DWORD)(ctrlCode & 3))
#endif

#ifndef METHOD_BUFFERED
#define METHOD_BUFFERED 0
#endif
#ifndef METHOD_IN_DIRECT
#define METHOD_IN_DIRECT 1
#endif
#ifndef METHOD_OUT_DIRECT
#define METHOD_OUT_DIRECT 2
#endif
#ifndef METHOD_NEITHER
#define METHOD_NEITHER 3
#endif
#ifndef METHOD_DIRECT_TO_HARDWARE
#define METHOD_DIRECT_TO_HARDWARE METHOD_IN_DIRECT
#endif
#ifndef METHOD_DIRECT_FROM_HARDWARE
#define METHOD_DIRECT_FROM_HARDWARE METHOD_OUT_DIRECT
#endif

#ifndef FILE_ANY_ACCESS
#define FILE_ANY_ACCESS 0
#endif
#ifndef FILE_SPECIAL_ACCESS
#define FILE_SPECIAL_ACCESS (FILE_ANY_ACCESS)
#endif
#ifndef FILE_READ_ACCESS
#define FILE_READ_ACCESS (0x0001)
#endif
#ifndef FILE_WRITE_ACCESS
#define FILE_WRITE_ACCESS (0x0002)
#endif

#ifndef FILE_DEVICE_BEEP
#define FILE_DEVICE_BEEP 0x00000001
#endif
#ifndef FILE_DEVICE_CD_ROM
#define FILE_DEVICE_CD_ROM 0x00000002
#endif
#ifndef FILE_DEVICE_CONTROLLER
#define FILE_DEVICE_CONTROLLER 0x00000004
#endif
#ifndef FILE_DEVICE_DISK
#define FILE_DEVICE_DISK 0x00000007
#endif
#ifndef FILE_DEVICE_KEYBOARD
#define FILE_DEVICE_KEYBOARD 0x0000000b
#endif
#ifndef FILE_DEVICE_MOUSE
#define FILE_DEVICE_MOUSE 0x0000000f
#endif
#ifndef FILE_DEVICE_NULL
#define FILE_DEVICE_NULL 0x00000015
#endif
#ifndef FILE_DEVICE_SERIAL_PORT
#define FILE_DEVICE_SERIAL_PORT 0x0000001b
#endif
#ifndef FILE_DEVICE_UNKNOWN
#define FILE_DEVICE_UNKNOWN 0x00000022
#endif
#ifndef FILE_DEVICE_BUS_EXTENDER
#define FILE_DEVICE_BUS_EXTENDER 0x0000002a
#endif

#endif /* OPENKMDF_UM_WINIOCTL_H */
