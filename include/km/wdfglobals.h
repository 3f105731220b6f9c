/* KMDF 1.33: driver globals and the function table a driver calls through. */
#pragma once

#ifdef __cplusplus
#define WDF_EXTERN_C extern "C"
#define WDF_EXTERN_C_START extern "C" {
#define WDF_EXTERN_C_END }
#else
#define WDF_EXTERN_C
#define WDF_EXTERN_C_START
#define WDF_EXTERN_C_END
#endif

#ifndef WDFAPI
#define WDFAPI
#endif

WDF_EXTERN_C_START

#define WDF_DRIVER_GLOBALS_NAME_LEN (32)

typedef struct WDFDRIVER__ *WDFDRIVER;

typedef struct _WDF_DRIVER_GLOBALS {
    /* The driver's handle, filled in by WdfDriverCreate. */
    WDFDRIVER Driver;
    ULONG DriverFlags;
    ULONG DriverTag;
    CHAR DriverName[WDF_DRIVER_GLOBALS_NAME_LEN];
    BOOLEAN DisplaceDriverUnload;
} WDF_DRIVER_GLOBALS, *PWDF_DRIVER_GLOBALS;

typedef VOID (*WDFFUNC)(VOID);

/* Provided by the KMDF stub linked into each driver (bound by WdfVersionBind). */
extern const WDFFUNC *WdfFunctions_01033;
#define WdfFunctions WdfFunctions_01033

extern PWDF_DRIVER_GLOBALS WdfDriverGlobals;


WDF_EXTERN_C_END
