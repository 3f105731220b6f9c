/* KMDF 1.33: interrupt objects. */
#pragma once

WDF_EXTERN_C_START

typedef enum _WDF_INTERRUPT_POLARITY {
    WdfInterruptPolarityUnknown = 0,
    WdfInterruptActiveHigh,
    WdfInterruptActiveLow,
} WDF_INTERRUPT_POLARITY, *PWDF_INTERRUPT_POLARITY;

typedef enum _WDF_INTERRUPT_POLICY {
    WdfIrqPolicyMachineDefault = 0,
    WdfIrqPolicyAllCloseProcessors,
    WdfIrqPolicyOneCloseProcessor,
    WdfIrqPolicyAllProcessorsInMachine,
    WdfIrqPolicySpecifiedProcessors,
    WdfIrqPolicySpreadMessagesAcrossAllProcessors,
} WDF_INTERRUPT_POLICY, *PWDF_INTERRUPT_POLICY;

typedef enum _WDF_INTERRUPT_PRIORITY {
    WdfIrqPriorityUndefined = 0,
    WdfIrqPriorityLow,
    WdfIrqPriorityNormal,
    WdfIrqPriorityHigh,
} WDF_INTERRUPT_PRIORITY, *PWDF_INTERRUPT_PRIORITY;

typedef _Function_class_(EVT_WDF_INTERRUPT_ISR)
BOOLEAN EVT_WDF_INTERRUPT_ISR(_In_ WDFINTERRUPT Interrupt, _In_ ULONG MessageID);
typedef EVT_WDF_INTERRUPT_ISR *PFN_WDF_INTERRUPT_ISR;

typedef _Function_class_(EVT_WDF_INTERRUPT_SYNCHRONIZE)
BOOLEAN EVT_WDF_INTERRUPT_SYNCHRONIZE(_In_ WDFINTERRUPT Interrupt, _In_ WDFCONTEXT Context);
typedef EVT_WDF_INTERRUPT_SYNCHRONIZE *PFN_WDF_INTERRUPT_SYNCHRONIZE;

typedef _Function_class_(EVT_WDF_INTERRUPT_DPC)
VOID EVT_WDF_INTERRUPT_DPC(_In_ WDFINTERRUPT Interrupt, _In_ WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_DPC *PFN_WDF_INTERRUPT_DPC;

typedef _Function_class_(EVT_WDF_INTERRUPT_WORKITEM)
VOID EVT_WDF_INTERRUPT_WORKITEM(_In_ WDFINTERRUPT Interrupt, _In_ WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_WORKITEM *PFN_WDF_INTERRUPT_WORKITEM;

typedef _Function_class_(EVT_WDF_INTERRUPT_ENABLE)
NTSTATUS EVT_WDF_INTERRUPT_ENABLE(_In_ WDFINTERRUPT Interrupt, _In_ WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_ENABLE *PFN_WDF_INTERRUPT_ENABLE;

typedef _Function_class_(EVT_WDF_INTERRUPT_DISABLE)
NTSTATUS EVT_WDF_INTERRUPT_DISABLE(_In_ WDFINTERRUPT Interrupt, _In_ WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_DISABLE *PFN_WDF_INTERRUPT_DISABLE;

typedef struct _WDF_INTERRUPT_CONFIG {
    ULONG Size;
    WDFSPINLOCK SpinLock;
    WDF_TRI_STATE ShareVector;
    BOOLEAN FloatingSave;
    BOOLEAN AutomaticSerialization;
    PFN_WDF_INTERRUPT_ISR EvtInterruptIsr;
    PFN_WDF_INTERRUPT_DPC EvtInterruptDpc;
    PFN_WDF_INTERRUPT_ENABLE EvtInterruptEnable;
    PFN_WDF_INTERRUPT_DISABLE EvtInterruptDisable;
    PFN_WDF_INTERRUPT_WORKITEM EvtInterruptWorkItem;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR InterruptRaw;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR InterruptTranslated;
    WDFWAITLOCK WaitLock;
    BOOLEAN PassiveHandling;
    WDF_TRI_STATE ReportInactiveOnPowerDown;
    BOOLEAN CanWakeDevice;
} WDF_INTERRUPT_CONFIG, *PWDF_INTERRUPT_CONFIG;

FORCEINLINE VOID WDF_INTERRUPT_CONFIG_INIT(_Out_ PWDF_INTERRUPT_CONFIG Configuration,
                                           _In_ PFN_WDF_INTERRUPT_ISR EvtInterruptIsr,
                                           _In_opt_ PFN_WDF_INTERRUPT_DPC EvtInterruptDpc)
{
    RtlZeroMemory(Configuration, sizeof(WDF_INTERRUPT_CONFIG));
    Configuration->Size = sizeof(WDF_INTERRUPT_CONFIG);
    Configuration->ShareVector = WdfUseDefault;
    Configuration->EvtInterruptIsr = EvtInterruptIsr;
    Configuration->EvtInterruptDpc = EvtInterruptDpc;
    Configuration->ReportInactiveOnPowerDown = WdfUseDefault;
}

typedef struct _WDF_INTERRUPT_INFO {
    ULONG Size;
    PHYSICAL_ADDRESS MessageAddress;
    KAFFINITY TargetProcessorSet;
    ULONG MessageData;
    ULONG MessageNumber;
    ULONG Vector;
    KIRQL Irql;
    /* A KINTERRUPT_MODE value (LevelSensitive or Latched, wdm.h). */
    ULONG Mode;
    WDF_INTERRUPT_POLARITY Polarity;
    BOOLEAN MessageSignaled;
    /* CmResourceShare* value. */
    UCHAR ShareDisposition;
    USHORT Group __attribute__((aligned(8)));
} WDF_INTERRUPT_INFO, *PWDF_INTERRUPT_INFO;

FORCEINLINE VOID WDF_INTERRUPT_INFO_INIT(_Out_ PWDF_INTERRUPT_INFO Info)
{
    RtlZeroMemory(Info, sizeof(WDF_INTERRUPT_INFO));
    Info->Size = sizeof(WDF_INTERRUPT_INFO);
}

typedef struct _WDF_INTERRUPT_EXTENDED_POLICY {
    ULONG Size;
    WDF_INTERRUPT_POLICY Policy;
    WDF_INTERRUPT_PRIORITY Priority;
    GROUP_AFFINITY TargetProcessorSetAndGroup;
} WDF_INTERRUPT_EXTENDED_POLICY, *PWDF_INTERRUPT_EXTENDED_POLICY;

FORCEINLINE VOID WDF_INTERRUPT_EXTENDED_POLICY_INIT(_Out_ PWDF_INTERRUPT_EXTENDED_POLICY ExtendedPolicy)
{
    RtlZeroMemory(ExtendedPolicy, sizeof(WDF_INTERRUPT_EXTENDED_POLICY));
    ExtendedPolicy->Size = sizeof(WDF_INTERRUPT_EXTENDED_POLICY);
    ExtendedPolicy->Policy = WdfIrqPolicyMachineDefault;
    ExtendedPolicy->Priority = WdfIrqPriorityUndefined;
}

//
// WDF Function: WdfInterruptCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFINTERRUPTCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device,
    _In_ PWDF_INTERRUPT_CONFIG Configuration,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFINTERRUPT* Interrupt
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfInterruptCreate(
    _In_ WDFDEVICE Device,
    _In_ PWDF_INTERRUPT_CONFIG Configuration,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFINTERRUPT* Interrupt
    )
{
    return ((PFN_WDFINTERRUPTCREATE) WdfFunctions[WdfInterruptCreateTableIndex])(WdfDriverGlobals, Device, Configuration, Attributes, Interrupt);
}

//
// WDF Function: WdfInterruptQueueDpcForIsr
//
typedef
BOOLEAN
(NTAPI *PFN_WDFINTERRUPTQUEUEDPCFORISR)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFINTERRUPT Interrupt
    );

FORCEINLINE
BOOLEAN
WdfInterruptQueueDpcForIsr(
    _In_ WDFINTERRUPT Interrupt
    )
{
    return ((PFN_WDFINTERRUPTQUEUEDPCFORISR) WdfFunctions[WdfInterruptQueueDpcForIsrTableIndex])(WdfDriverGlobals, Interrupt);
}

//
// WDF Function: WdfInterruptSynchronize
//
typedef
BOOLEAN
(NTAPI *PFN_WDFINTERRUPTSYNCHRONIZE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFINTERRUPT Interrupt,
    _In_ PFN_WDF_INTERRUPT_SYNCHRONIZE Callback,
    _In_ WDFCONTEXT Context
    );

FORCEINLINE
BOOLEAN
WdfInterruptSynchronize(
    _In_ WDFINTERRUPT Interrupt,
    _In_ PFN_WDF_INTERRUPT_SYNCHRONIZE Callback,
    _In_ WDFCONTEXT Context
    )
{
    return ((PFN_WDFINTERRUPTSYNCHRONIZE) WdfFunctions[WdfInterruptSynchronizeTableIndex])(WdfDriverGlobals, Interrupt, Callback, Context);
}

//
// WDF Function: WdfInterruptAcquireLock
//
typedef
VOID
(NTAPI *PFN_WDFINTERRUPTACQUIRELOCK)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFINTERRUPT Interrupt
    );

FORCEINLINE
VOID
WdfInterruptAcquireLock(
    _In_ WDFINTERRUPT Interrupt
    )
{
    ((PFN_WDFINTERRUPTACQUIRELOCK) WdfFunctions[WdfInterruptAcquireLockTableIndex])(WdfDriverGlobals, Interrupt);
}

//
// WDF Function: WdfInterruptReleaseLock
//
typedef
VOID
(NTAPI *PFN_WDFINTERRUPTRELEASELOCK)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFINTERRUPT Interrupt
    );

FORCEINLINE
VOID
WdfInterruptReleaseLock(
    _In_ WDFINTERRUPT Interrupt
    )
{
    ((PFN_WDFINTERRUPTRELEASELOCK) WdfFunctions[WdfInterruptReleaseLockTableIndex])(WdfDriverGlobals, Interrupt);
}

//
// WDF Function: WdfInterruptEnable
//
typedef
VOID
(NTAPI *PFN_WDFINTERRUPTENABLE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFINTERRUPT Interrupt
    );

FORCEINLINE
VOID
WdfInterruptEnable(
    _In_ WDFINTERRUPT Interrupt
    )
{
    ((PFN_WDFINTERRUPTENABLE) WdfFunctions[WdfInterruptEnableTableIndex])(WdfDriverGlobals, Interrupt);
}

//
// WDF Function: WdfInterruptDisable
//
typedef
VOID
(NTAPI *PFN_WDFINTERRUPTDISABLE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFINTERRUPT Interrupt
    );

FORCEINLINE
VOID
WdfInterruptDisable(
    _In_ WDFINTERRUPT Interrupt
    )
{
    ((PFN_WDFINTERRUPTDISABLE) WdfFunctions[WdfInterruptDisableTableIndex])(WdfDriverGlobals, Interrupt);
}

//
// WDF Function: WdfInterruptWdmGetInterrupt
//
typedef
PKINTERRUPT
(NTAPI *PFN_WDFINTERRUPTWDMGETINTERRUPT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFINTERRUPT Interrupt
    );

FORCEINLINE
PKINTERRUPT
WdfInterruptWdmGetInterrupt(
    _In_ WDFINTERRUPT Interrupt
    )
{
    return ((PFN_WDFINTERRUPTWDMGETINTERRUPT) WdfFunctions[WdfInterruptWdmGetInterruptTableIndex])(WdfDriverGlobals, Interrupt);
}

//
// WDF Function: WdfInterruptGetInfo
//
typedef
VOID
(NTAPI *PFN_WDFINTERRUPTGETINFO)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFINTERRUPT Interrupt,
    _Out_ PWDF_INTERRUPT_INFO Info
    );

FORCEINLINE
VOID
WdfInterruptGetInfo(
    _In_ WDFINTERRUPT Interrupt,
    _Out_ PWDF_INTERRUPT_INFO Info
    )
{
    ((PFN_WDFINTERRUPTGETINFO) WdfFunctions[WdfInterruptGetInfoTableIndex])(WdfDriverGlobals, Interrupt, Info);
}

//
// WDF Function: WdfInterruptSetPolicy
//
typedef
VOID
(NTAPI *PFN_WDFINTERRUPTSETPOLICY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFINTERRUPT Interrupt,
    _In_ WDF_INTERRUPT_POLICY Policy,
    _In_ WDF_INTERRUPT_PRIORITY Priority,
    _In_ KAFFINITY TargetProcessorSet
    );

FORCEINLINE
VOID
WdfInterruptSetPolicy(
    _In_ WDFINTERRUPT Interrupt,
    _In_ WDF_INTERRUPT_POLICY Policy,
    _In_ WDF_INTERRUPT_PRIORITY Priority,
    _In_ KAFFINITY TargetProcessorSet
    )
{
    ((PFN_WDFINTERRUPTSETPOLICY) WdfFunctions[WdfInterruptSetPolicyTableIndex])(WdfDriverGlobals, Interrupt, Policy, Priority, TargetProcessorSet);
}

//
// WDF Function: WdfInterruptGetDevice
//
typedef
WDFDEVICE
(NTAPI *PFN_WDFINTERRUPTGETDEVICE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFINTERRUPT Interrupt
    );

FORCEINLINE
WDFDEVICE
WdfInterruptGetDevice(
    _In_ WDFINTERRUPT Interrupt
    )
{
    return ((PFN_WDFINTERRUPTGETDEVICE) WdfFunctions[WdfInterruptGetDeviceTableIndex])(WdfDriverGlobals, Interrupt);
}

//
// WDF Function: WdfInterruptSetExtendedPolicy
//
typedef
VOID
(NTAPI *PFN_WDFINTERRUPTSETEXTENDEDPOLICY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFINTERRUPT Interrupt,
    _In_ PWDF_INTERRUPT_EXTENDED_POLICY PolicyAndGroup
    );

FORCEINLINE
VOID
WdfInterruptSetExtendedPolicy(
    _In_ WDFINTERRUPT Interrupt,
    _In_ PWDF_INTERRUPT_EXTENDED_POLICY PolicyAndGroup
    )
{
    ((PFN_WDFINTERRUPTSETEXTENDEDPOLICY) WdfFunctions[WdfInterruptSetExtendedPolicyTableIndex])(WdfDriverGlobals, Interrupt, PolicyAndGroup);
}

//
// WDF Function: WdfInterruptQueueWorkItemForIsr
//
typedef
BOOLEAN
(NTAPI *PFN_WDFINTERRUPTQUEUEWORKITEMFORISR)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFINTERRUPT Interrupt
    );

FORCEINLINE
BOOLEAN
WdfInterruptQueueWorkItemForIsr(
    _In_ WDFINTERRUPT Interrupt
    )
{
    return ((PFN_WDFINTERRUPTQUEUEWORKITEMFORISR) WdfFunctions[WdfInterruptQueueWorkItemForIsrTableIndex])(WdfDriverGlobals, Interrupt);
}

//
// WDF Function: WdfInterruptTryToAcquireLock
//
typedef
_Must_inspect_result_
BOOLEAN
(NTAPI *PFN_WDFINTERRUPTTRYTOACQUIRELOCK)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFINTERRUPT Interrupt
    );

_Must_inspect_result_
FORCEINLINE
BOOLEAN
WdfInterruptTryToAcquireLock(
    _In_ WDFINTERRUPT Interrupt
    )
{
    return ((PFN_WDFINTERRUPTTRYTOACQUIRELOCK) WdfFunctions[WdfInterruptTryToAcquireLockTableIndex])(WdfDriverGlobals, Interrupt);
}

//
// WDF Function: WdfInterruptReportActive
//
typedef
VOID
(NTAPI *PFN_WDFINTERRUPTREPORTACTIVE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFINTERRUPT Interrupt
    );

FORCEINLINE
VOID
WdfInterruptReportActive(
    _In_ WDFINTERRUPT Interrupt
    )
{
    ((PFN_WDFINTERRUPTREPORTACTIVE) WdfFunctions[WdfInterruptReportActiveTableIndex])(WdfDriverGlobals, Interrupt);
}

//
// WDF Function: WdfInterruptReportInactive
//
typedef
VOID
(NTAPI *PFN_WDFINTERRUPTREPORTINACTIVE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFINTERRUPT Interrupt
    );

FORCEINLINE
VOID
WdfInterruptReportInactive(
    _In_ WDFINTERRUPT Interrupt
    )
{
    ((PFN_WDFINTERRUPTREPORTINACTIVE) WdfFunctions[WdfInterruptReportInactiveTableIndex])(WdfDriverGlobals, Interrupt);
}

WDF_EXTERN_C_END
