/* C11 translation unit: uses the KMDF headers exactly as a driver does. */
#include "wdf_headers_c.h"
#include "test_context.h"

EVT_WDF_DRIVER_DEVICE_ADD TestEvtDeviceAdd;
EVT_WDF_IO_QUEUE_IO_READ TestEvtIoRead;
EVT_WDF_TIMER TestEvtTimer;

NTSTATUS TestEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    UNREFERENCED_PARAMETER(Driver);
    UNREFERENCED_PARAMETER(DeviceInit);
    return STATUS_SUCCESS;
}

VOID TestEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    UNREFERENCED_PARAMETER(Queue);
    UNREFERENCED_PARAMETER(Request);
    UNREFERENCED_PARAMETER(Length);
}

VOID TestEvtTimer(WDFTIMER Timer)
{
    UNREFERENCED_PARAMETER(Timer);
}

void WdfHeadersCSizes(WDF_HEADERS_C_SIZES *Sizes)
{
    Sizes->DriverGlobals = sizeof(WDF_DRIVER_GLOBALS);
    Sizes->ObjectAttributes = sizeof(WDF_OBJECT_ATTRIBUTES);
    Sizes->ObjectContextTypeInfo = sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO);
    Sizes->DriverConfig = sizeof(WDF_DRIVER_CONFIG);
    Sizes->MemoryDescriptor = sizeof(WDF_MEMORY_DESCRIPTOR);
    Sizes->PnpPowerEventCallbacks = sizeof(WDF_PNPPOWER_EVENT_CALLBACKS);
    Sizes->PowerPolicyEventCallbacks = sizeof(WDF_POWER_POLICY_EVENT_CALLBACKS);
    Sizes->FileObjectConfig = sizeof(WDF_FILEOBJECT_CONFIG);
    Sizes->DevicePnpCapabilities = sizeof(WDF_DEVICE_PNP_CAPABILITIES);
    Sizes->DevicePowerCapabilities = sizeof(WDF_DEVICE_POWER_CAPABILITIES);
    Sizes->DeviceState = sizeof(WDF_DEVICE_STATE);
    Sizes->IdleSettings = sizeof(WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS);
    Sizes->WakeSettings = sizeof(WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS);
    Sizes->IoTypeConfig = sizeof(WDF_IO_TYPE_CONFIG);
    Sizes->IoQueueConfig = sizeof(WDF_IO_QUEUE_CONFIG);
    Sizes->RequestParameters = sizeof(WDF_REQUEST_PARAMETERS);
    Sizes->RequestCompletionParams = sizeof(WDF_REQUEST_COMPLETION_PARAMS);
    Sizes->RequestSendOptions = sizeof(WDF_REQUEST_SEND_OPTIONS);
    Sizes->RequestReuseParams = sizeof(WDF_REQUEST_REUSE_PARAMS);
    Sizes->TimerConfig = sizeof(WDF_TIMER_CONFIG);
    Sizes->DpcConfig = sizeof(WDF_DPC_CONFIG);
    Sizes->WorkItemConfig = sizeof(WDF_WORKITEM_CONFIG);
    Sizes->InterruptConfig = sizeof(WDF_INTERRUPT_CONFIG);
    Sizes->InterruptInfo = sizeof(WDF_INTERRUPT_INFO);
    Sizes->IoTargetOpenParams = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
    Sizes->ChildListConfig = sizeof(WDF_CHILD_LIST_CONFIG);
    Sizes->QueryInterfaceConfig = sizeof(WDF_QUERY_INTERFACE_CONFIG);
    Sizes->WmiInstanceConfig = sizeof(WDF_WMI_INSTANCE_CONFIG);
}

void WdfHeadersCInitObjectAttributes(PWDF_OBJECT_ATTRIBUTES Attributes)
{
    WDF_OBJECT_ATTRIBUTES_INIT(Attributes);
}

void WdfHeadersCInitObjectAttributesWithContext(PWDF_OBJECT_ATTRIBUTES Attributes)
{
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(Attributes, TEST_CONTEXT);
}

void WdfHeadersCInitDriverConfig(PWDF_DRIVER_CONFIG Config)
{
    WDF_DRIVER_CONFIG_INIT(Config, TestEvtDeviceAdd);
}

void WdfHeadersCInitIoQueueConfig(PWDF_IO_QUEUE_CONFIG Config, WDF_IO_QUEUE_DISPATCH_TYPE DispatchType)
{
    WDF_IO_QUEUE_CONFIG_INIT(Config, DispatchType);
}

void WdfHeadersCInitDefaultIoQueueConfig(PWDF_IO_QUEUE_CONFIG Config, WDF_IO_QUEUE_DISPATCH_TYPE DispatchType)
{
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(Config, DispatchType);
}

void WdfHeadersCInitTimerConfig(PWDF_TIMER_CONFIG Config)
{
    WDF_TIMER_CONFIG_INIT(Config, TestEvtTimer);
}

void WdfHeadersCInitPeriodicTimerConfig(PWDF_TIMER_CONFIG Config, LONG Period)
{
    WDF_TIMER_CONFIG_INIT_PERIODIC(Config, TestEvtTimer, Period);
}

void WdfHeadersCInitPnpPowerEventCallbacks(PWDF_PNPPOWER_EVENT_CALLBACKS Callbacks)
{
    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(Callbacks);
}

void WdfHeadersCInitSendOptions(PWDF_REQUEST_SEND_OPTIONS Options, ULONG Flags, LONGLONG Timeout)
{
    WDF_REQUEST_SEND_OPTIONS_INIT(Options, Flags);
    WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(Options, Timeout);
}

void WdfHeadersCInitMemoryDescriptorBuffer(PWDF_MEMORY_DESCRIPTOR Descriptor, PVOID Buffer, ULONG Length)
{
    WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(Descriptor, Buffer, Length);
}

PCWDF_OBJECT_CONTEXT_TYPE_INFO WdfHeadersCContextTypeInfoFromFirstFile(void)
{
    return WDF_GET_CONTEXT_TYPE_INFO(TEST_CONTEXT);
}

size_t WdfHeadersCTestContextSize(void)
{
    return sizeof(TEST_CONTEXT);
}

PFN_WDF_DRIVER_DEVICE_ADD WdfHeadersCDeviceAddCallback(void)
{
    return TestEvtDeviceAdd;
}

PFN_WDF_IO_QUEUE_IO_READ WdfHeadersCReadCallback(void)
{
    return TestEvtIoRead;
}
