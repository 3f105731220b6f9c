/* cfgmgr32.h - the Configuration Manager subset for client programs: device interface
 * lists. Values and prototypes follow the Microsoft Learn cfgmgr32.h reference. */
#ifndef OPENKMDF_UM_CFGMGR32_H
#define OPENKMDF_UM_CFGMGR32_H

#include <windows.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef CMAPI
#define CMAPI
#endif

typedef DWORD RETURN_TYPE;
typedef RETURN_TYPE CONFIGRET;
typedef DWORD DEVINST, *PDEVINST;
typedef CHAR *DEVINSTID_A;
typedef WCHAR *DEVINSTID_W;
#ifdef UNICODE
typedef DEVINSTID_W DEVINSTID;
#else
typedef DEVINSTID_A DEVINSTID;
#endif

#define CR_SUCCESS 0x00000000
#define CR_DEFAULT 0x00000001
#define CR_OUT_OF_MEMORY 0x00000002
#define CR_INVALID_POINTER 0x00000003
#define CR_INVALID_FLAG 0x00000004
#define CR_INVALID_DEVNODE 0x00000005
#define CR_INVALID_DEVINST CR_INVALID_DEVNODE
#define CR_NO_SUCH_DEVNODE 0x0000000D
#define CR_NO_SUCH_DEVINST CR_NO_SUCH_DEVNODE
#define CR_FAILURE 0x00000013
#define CR_BUFFER_SMALL 0x0000001A
#define CR_INVALID_DEVICE_ID 0x0000001E
#define CR_INVALID_DATA 0x0000001F
#define CR_DEVICE_NOT_THERE 0x00000024
#define CR_NO_SUCH_VALUE 0x00000025
#define CR_REMOTE_COMM_FAILURE 0x00000030
#define CR_MACHINE_UNAVAILABLE 0x00000031
#define CR_NO_CM_SERVICES 0x00000032
#define CR_ACCESS_DENIED 0x00000033
#define CR_CALL_NOT_IMPLEMENTED 0x00000034
#define CR_NO_SUCH_DEVICE_INTERFACE 0x00000037

#define CM_GET_DEVICE_INTERFACE_LIST_PRESENT (0x00000000)
#define CM_GET_DEVICE_INTERFACE_LIST_ALL_DEVICES (0x00000001)
#define CM_GET_DEVICE_INTERFACE_LIST_BITS (0x00000001)

/* The interface paths of an interface class as a multi-sz (each path NUL-terminated, the
 * list ended by an extra NUL); an empty list is a single NUL. Lengths are in characters.
 * pDeviceID, when given, keeps only the interfaces of that device instance. */
CMAPI CONFIGRET WINAPI CM_Get_Device_Interface_List_SizeW(PULONG pulLen, LPGUID InterfaceClassGuid,
                                                          DEVINSTID_W pDeviceID, ULONG ulFlags);
CMAPI CONFIGRET WINAPI CM_Get_Device_Interface_List_SizeA(PULONG pulLen, LPGUID InterfaceClassGuid,
                                                          DEVINSTID_A pDeviceID, ULONG ulFlags);
CMAPI CONFIGRET WINAPI CM_Get_Device_Interface_ListW(LPGUID InterfaceClassGuid, DEVINSTID_W pDeviceID,
                                                     PZZWSTR Buffer, ULONG BufferLen, ULONG ulFlags);
CMAPI CONFIGRET WINAPI CM_Get_Device_Interface_ListA(LPGUID InterfaceClassGuid, DEVINSTID_A pDeviceID,
                                                     PZZSTR Buffer, ULONG BufferLen, ULONG ulFlags);
/* Converts a CONFIGRET to a Win32 error code, DefaultErr when there is no equivalent. */
CMAPI DWORD WINAPI CM_MapCrToWin32Err(CONFIGRET CmReturnCode, DWORD DefaultErr);

#ifdef UNICODE
#define CM_Get_Device_Interface_List_Size CM_Get_Device_Interface_List_SizeW
#define CM_Get_Device_Interface_List CM_Get_Device_Interface_ListW
#else
#define CM_Get_Device_Interface_List_Size CM_Get_Device_Interface_List_SizeA
#define CM_Get_Device_Interface_List CM_Get_Device_Interface_ListA
#endif

#ifdef __cplusplus
}
#endif

#endif /* OPENKMDF_UM_CFGMGR32_H */
