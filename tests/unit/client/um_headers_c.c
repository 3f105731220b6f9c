/* The Win32 subset headers compile as C11 and agree with the C++ view of the layouts. */
#include <windows.h>
#include <winioctl.h>
#include <cfgmgr32.h>
#include <setupapi.h>

#include <stddef.h>
#include <sys/stat.h> /* system headers after windows.h must still compile */

#define IOCTL_TEST_C CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)

size_t umHeadersCSizeofOverlapped(void) { return sizeof(OVERLAPPED); }
size_t umHeadersCOffsetofEvent(void) { return offsetof(OVERLAPPED, hEvent); }
size_t umHeadersCSizeofWchar(void) { return sizeof(WCHAR); }
DWORD umHeadersCIoctl(void) { return IOCTL_TEST_C; }
