/*
 * The contract between a driver module's stub and the loader (wdfldr): what the driver
 * was built for and where the loader puts the framework's function table. Internal to
 * OpenKMDF; drivers never include it. C and C++.
 */
#pragma once

#include <ntddk.h>
#include <wdf.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _WDF_VERSION {
    ULONG Major;
    ULONG Minor;
    ULONG Build;
} WDF_VERSION;

typedef struct _WDF_BIND_INFO {
    ULONG Size;                 /* sizeof(WDF_BIND_INFO) */
    PCWSTR Component;           /* L"KmdfLibrary" */
    WDF_VERSION Version;        /* the KMDF version the driver was compiled for */
    ULONG FuncCount;            /* entries of the function table the driver knows */
    const WDFFUNC** FuncTable;  /* receives the framework's table */
    PVOID Module;               /* the loader's bookkeeping */
} WDF_BIND_INFO, *PWDF_BIND_INFO;

/* Binds a driver to the framework library of its major version. IRQL PASSIVE_LEVEL. */
NTSTATUS WdfVersionBind(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath,
                        PWDF_BIND_INFO BindInfo, PWDF_DRIVER_GLOBALS* DriverGlobals);

/* Releases the binding at driver unload: the framework reports leaked objects. */
NTSTATUS WdfVersionUnbind(PUNICODE_STRING RegistryPath, PWDF_BIND_INFO BindInfo,
                          PWDF_DRIVER_GLOBALS DriverGlobals);

#ifdef __cplusplus
}
#endif
