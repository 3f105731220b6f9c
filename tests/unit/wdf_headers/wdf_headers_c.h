/* What the C11 side of the test exports to the C++ side. */
#pragma once

#include <ntddk.h>
#include <wdf.h>

WDF_EXTERN_C_START

typedef struct _WDF_HEADERS_C_SIZES {
    size_t DriverGlobals;
    size_t ObjectAttributes;
    size_t ObjectContextTypeInfo;
    size_t DriverConfig;
    size_t MemoryDescriptor;
    size_t PnpPowerEventCallbacks;
    size_t PowerPolicyEventCallbacks;
    size_t FileObjectConfig;
    size_t DevicePnpCapabilities;
    size_t DevicePowerCapabilities;
    size_t DeviceState;
    size_t IdleSettings;
    size_t WakeSettings;
    size_t IoTypeConfig;
    size_t IoQueueConfig;
    size_t RequestParameters;
    size_t RequestCompletionParams;
    size_t RequestSendOptions;
    size_t RequestReuseParams;
    size_t TimerConfig;
    size_t DpcConfig;
    size_t WorkItemConfig;
    size_t InterruptConfig;
    size_t InterruptInfo;
    size_t IoTargetOpenParams;
    size_t ChildListConfig;
    size_t QueryInterfaceConfig;
    size_t WmiInstanceConfig;
} WDF_HEADERS_C_SIZES;

void WdfHeadersCSizes(WDF_HEADERS_C_SIZES *Sizes);

void WdfHeadersCInitObjectAttributes(PWDF_OBJECT_ATTRIBUTES Attributes);
void WdfHeadersCInitObjectAttributesWithContext(PWDF_OBJECT_ATTRIBUTES Attributes);
void WdfHeadersCInitDriverConfig(PWDF_DRIVER_CONFIG Config);
void WdfHeadersCInitIoQueueConfig(PWDF_IO_QUEUE_CONFIG Config, WDF_IO_QUEUE_DISPATCH_TYPE DispatchType);
void WdfHeadersCInitDefaultIoQueueConfig(PWDF_IO_QUEUE_CONFIG Config, WDF_IO_QUEUE_DISPATCH_TYPE DispatchType);
void WdfHeadersCInitTimerConfig(PWDF_TIMER_CONFIG Config);
void WdfHeadersCInitPeriodicTimerConfig(PWDF_TIMER_CONFIG Config, LONG Period);
void WdfHeadersCInitPnpPowerEventCallbacks(PWDF_PNPPOWER_EVENT_CALLBACKS Callbacks);
void WdfHeadersCInitSendOptions(PWDF_REQUEST_SEND_OPTIONS Options, ULONG Flags, LONGLONG Timeout);
void WdfHeadersCInitMemoryDescriptorBuffer(PWDF_MEMORY_DESCRIPTOR Descriptor, PVOID Buffer, ULONG Length);

/* The address of the context type info as each C file sees it. */
PCWDF_OBJECT_CONTEXT_TYPE_INFO WdfHeadersCContextTypeInfoFromFirstFile(void);
PCWDF_OBJECT_CONTEXT_TYPE_INFO WdfHeadersCContextTypeInfoFromSecondFile(void);
size_t WdfHeadersCTestContextSize(void);

/* Callbacks declared with the EVT_WDF_* function types (compile-time check). */
PFN_WDF_DRIVER_DEVICE_ADD WdfHeadersCDeviceAddCallback(void);
PFN_WDF_IO_QUEUE_IO_READ WdfHeadersCReadCallback(void);

WDF_EXTERN_C_END
