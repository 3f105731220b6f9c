/* KMDF 1.33: timer objects. */
#pragma once

WDF_EXTERN_C_START

/* TolerableDelay value meaning the timer may be delayed without limit (coalescable). */
#define TolerableDelayUnlimited ((ULONG) -1)

typedef _Function_class_(EVT_WDF_TIMER)
VOID EVT_WDF_TIMER(_In_ WDFTIMER Timer);
typedef EVT_WDF_TIMER *PFN_WDF_TIMER;

typedef struct _WDF_TIMER_CONFIG {
    ULONG Size;
    PFN_WDF_TIMER EvtTimerFunc;
    /* Milliseconds; 0 for a one-shot timer. */
    ULONG Period;
    BOOLEAN AutomaticSerialization;
    ULONG TolerableDelay;
    BOOLEAN UseHighResolutionTimer;
} WDF_TIMER_CONFIG, *PWDF_TIMER_CONFIG;

FORCEINLINE VOID WDF_TIMER_CONFIG_INIT(_Out_ PWDF_TIMER_CONFIG Config, _In_ PFN_WDF_TIMER EvtTimerFunc)
{
    RtlZeroMemory(Config, sizeof(WDF_TIMER_CONFIG));
    Config->Size = sizeof(WDF_TIMER_CONFIG);
    Config->EvtTimerFunc = EvtTimerFunc;
    Config->Period = 0;
    Config->AutomaticSerialization = TRUE;
    Config->TolerableDelay = 0;
}

FORCEINLINE VOID WDF_TIMER_CONFIG_INIT_PERIODIC(_Out_ PWDF_TIMER_CONFIG Config, _In_ PFN_WDF_TIMER EvtTimerFunc,
                                                _In_ LONG Period)
{
    RtlZeroMemory(Config, sizeof(WDF_TIMER_CONFIG));
    Config->Size = sizeof(WDF_TIMER_CONFIG);
    Config->EvtTimerFunc = EvtTimerFunc;
    Config->Period = (ULONG) Period;
    Config->AutomaticSerialization = TRUE;
    Config->TolerableDelay = 0;
}

//
// WDF Function: WdfTimerCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFTIMERCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PWDF_TIMER_CONFIG Config,
    _In_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFTIMER* Timer
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfTimerCreate(
    _In_ PWDF_TIMER_CONFIG Config,
    _In_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFTIMER* Timer
    )
{
    return ((PFN_WDFTIMERCREATE) WdfFunctions[WdfTimerCreateTableIndex])(WdfDriverGlobals, Config, Attributes, Timer);
}

//
// WDF Function: WdfTimerStart
//
typedef
BOOLEAN
(NTAPI *PFN_WDFTIMERSTART)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFTIMER Timer,
    _In_ LONGLONG DueTime
    );

FORCEINLINE
BOOLEAN
WdfTimerStart(
    _In_ WDFTIMER Timer,
    _In_ LONGLONG DueTime
    )
{
    return ((PFN_WDFTIMERSTART) WdfFunctions[WdfTimerStartTableIndex])(WdfDriverGlobals, Timer, DueTime);
}

//
// WDF Function: WdfTimerStop
//
typedef
BOOLEAN
(NTAPI *PFN_WDFTIMERSTOP)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFTIMER Timer,
    _In_ BOOLEAN Wait
    );

FORCEINLINE
BOOLEAN
WdfTimerStop(
    _In_ WDFTIMER Timer,
    _In_ BOOLEAN Wait
    )
{
    return ((PFN_WDFTIMERSTOP) WdfFunctions[WdfTimerStopTableIndex])(WdfDriverGlobals, Timer, Wait);
}

//
// WDF Function: WdfTimerGetParentObject
//
typedef
WDFOBJECT
(NTAPI *PFN_WDFTIMERGETPARENTOBJECT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFTIMER Timer
    );

FORCEINLINE
WDFOBJECT
WdfTimerGetParentObject(
    _In_ WDFTIMER Timer
    )
{
    return ((PFN_WDFTIMERGETPARENTOBJECT) WdfFunctions[WdfTimerGetParentObjectTableIndex])(WdfDriverGlobals, Timer);
}

WDF_EXTERN_C_END
