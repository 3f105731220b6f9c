/* wdmsec.h - secure device creation: the predefined SDDL strings and IoCreateDeviceSecure. */
#ifndef OPENKMDF_WDMSEC_H
#define OPENKMDF_WDMSEC_H

#include <wdm.h>

EXTERN_C_START

/* Each translation unit gets its own copy; the strings are read-only. */
#define OPENKMDF_DECLARE_SDDL(_var, _string)                                             \
    static const WCHAR _var##_buffer[] = _string;                                        \
    static const UNICODE_STRING _var __attribute__((unused)) = {                         \
        (USHORT)(sizeof(_string) - sizeof(WCHAR)), (USHORT)sizeof(_string), (PWCH)_var##_buffer }

OPENKMDF_DECLARE_SDDL(SDDL_DEVOBJ_KERNEL_ONLY, L"D:P");
OPENKMDF_DECLARE_SDDL(SDDL_DEVOBJ_INF_SUPPLIED, L"");
OPENKMDF_DECLARE_SDDL(SDDL_DEVOBJ_SYS_ALL, L"D:P(A;;GA;;;SY)");
OPENKMDF_DECLARE_SDDL(SDDL_DEVOBJ_SYS_ALL_ADM_ALL, L"D:P(A;;GA;;;SY)(A;;GA;;;BA)");
OPENKMDF_DECLARE_SDDL(SDDL_DEVOBJ_SYS_ALL_ADM_RX, L"D:P(A;;GA;;;SY)(A;;GRGX;;;BA)");
OPENKMDF_DECLARE_SDDL(SDDL_DEVOBJ_SYS_ALL_ADM_ALL_WORLD_R, L"D:P(A;;GA;;;SY)(A;;GA;;;BA)(A;;GR;;;WD)");
OPENKMDF_DECLARE_SDDL(SDDL_DEVOBJ_SYS_ALL_ADM_ALL_WORLD_RW, L"D:P(A;;GA;;;SY)(A;;GA;;;BA)(A;;GRGW;;;WD)");
OPENKMDF_DECLARE_SDDL(SDDL_DEVOBJ_SYS_ALL_ADM_ALL_WORLD_RWX,
                      L"D:P(A;;GA;;;SY)(A;;GA;;;BA)(A;;GRGWGX;;;WD)");
OPENKMDF_DECLARE_SDDL(SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R, L"D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GR;;;WD)");
OPENKMDF_DECLARE_SDDL(SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RW,
                      L"D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GRGW;;;WD)");
OPENKMDF_DECLARE_SDDL(SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RWX,
                      L"D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GRGWGX;;;WD)");
OPENKMDF_DECLARE_SDDL(SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R_RES_R,
                      L"D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GR;;;WD)(A;;GR;;;RC)");
OPENKMDF_DECLARE_SDDL(SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RW_RES_R,
                      L"D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GRGW;;;WD)(A;;GR;;;RC)");
OPENKMDF_DECLARE_SDDL(SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RWX_RES_RWX,
                      L"D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GRGWGX;;;WD)(A;;GRGWGX;;;RC)");
OPENKMDF_DECLARE_SDDL(SDDL_DEVOBJ_SYS_ALL_WORLD_RWX_RES_RWX,
                      L"D:P(A;;GA;;;SY)(A;;GRGWGX;;;WD)(A;;GRGWGX;;;RC)");

NTKERNELAPI NTSTATUS NTAPI IoCreateDeviceSecure(PDRIVER_OBJECT DriverObject, ULONG DeviceExtensionSize,
                                                PUNICODE_STRING DeviceName, DEVICE_TYPE DeviceType,
                                                ULONG DeviceCharacteristics, BOOLEAN Exclusive,
                                                PCUNICODE_STRING DefaultSDDLString,
                                                LPCGUID DeviceClassGuid, PDEVICE_OBJECT *DeviceObject);
NTKERNELAPI NTSTATUS NTAPI IoValidateDeviceIoControlAccess(PIRP Irp, ULONG RequiredAccess);

EXTERN_C_END

#endif /* OPENKMDF_WDMSEC_H */
