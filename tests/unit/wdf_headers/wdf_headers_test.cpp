// The KMDF headers as the runtime sees them (C++20) checked against what a driver's C11
// translation units produce: documented INIT defaults, identical layouts, function-table
// indices, exact DDI signatures and the shared context type info.
#include <gtest/gtest.h>

#include <cstring>
#include <type_traits>

#include "wdf_headers_c.h"

namespace {

static_assert(WdfFunctionTableNumEntries == 458);
static_assert(WDF_FUNCTION_TABLE_NUM_ENTRIES == 458);
static_assert(WdfChildListCreateTableIndex == 0);
static_assert(WdfDriverCreateTableIndex == 116);
static_assert(WdfIoQueueCreateTableIndex == 152);
static_assert(WdfRequestCompleteTableIndex == 263);
static_assert(WdfRequestCompleteWithInformationTableIndex == 265);

// A DDI's PFN type takes the driver globals first and then the documented parameters.
static_assert(std::is_same_v<PFN_WDFDRIVERCREATE,
                             NTSTATUS (*)(PWDF_DRIVER_GLOBALS, PDRIVER_OBJECT, PCUNICODE_STRING,
                                          PWDF_OBJECT_ATTRIBUTES, PWDF_DRIVER_CONFIG, WDFDRIVER *)>);
static_assert(std::is_same_v<PFN_WDFREQUESTCOMPLETEWITHINFORMATION,
                             void (*)(PWDF_DRIVER_GLOBALS, WDFREQUEST, NTSTATUS, ULONG_PTR)>);
static_assert(std::is_same_v<PFN_WDFIOQUEUECREATE,
                             NTSTATUS (*)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PWDF_IO_QUEUE_CONFIG,
                                          PWDF_OBJECT_ATTRIBUTES, WDFQUEUE *)>);
static_assert(std::is_same_v<PFN_WDFOBJECTREFERENCEACTUAL,
                             void (*)(PWDF_DRIVER_GLOBALS, WDFOBJECT, PVOID, LONG, const CHAR *)>);

// Callbacks are function types so drivers can declare `EVT_WDF_XXX MyCallback;`.
static_assert(std::is_same_v<EVT_WDF_DRIVER_DEVICE_ADD, NTSTATUS(WDFDRIVER, PWDFDEVICE_INIT)>);
static_assert(std::is_same_v<EVT_WDF_IO_QUEUE_IO_READ, void(WDFQUEUE, WDFREQUEST, size_t)>);
static_assert(std::is_same_v<EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL,
                             void(WDFQUEUE, WDFREQUEST, size_t, size_t, ULONG)>);
static_assert(std::is_same_v<PFN_WDF_IO_QUEUE_IO_READ, EVT_WDF_IO_QUEUE_IO_READ *>);

static_assert(WdfFalse == 0 && WdfTrue == 1 && WdfUseDefault == 2);
static_assert(WdfDeviceIoUndefined == 0 && WdfDeviceIoNeither == 1 && WdfDeviceIoBuffered == 2 &&
              WdfDeviceIoDirect == 3 && WdfDeviceIoBufferedOrDirect == 4);
static_assert(WdfExecutionLevelInheritFromParent == 1 && WdfSynchronizationScopeInheritFromParent == 1);
static_assert(WdfIoQueueDispatchSequential == 1 && WdfIoQueueDispatchParallel == 2 &&
              WdfIoQueueDispatchManual == 3);
static_assert(WdfRequestTypeCreate == 0x0 && WdfRequestTypeRead == 0x3 && WdfRequestTypeWrite == 0x4 &&
              WdfRequestTypeDeviceControl == 0xE && WdfRequestTypeDeviceControlInternal == 0xF);
static_assert(WdfDevStatePnpObjectCreated == 0x100 && WdfDevStatePnpStarted == 0x119 &&
              WdfDevStatePnpStoppedWaitForStartCompletion == 0x11F);
static_assert(WdfDevStatePowerObjectCreated == 0x300 && WdfDevStatePowerD0 == 0x307 &&
              WdfDevStatePowerD0NP == (0x308 | WdfDevStateNP));
static_assert(WdfDevStatePwrPolObjectCreated == 0x500 && WdfDevStatePwrPolStoppingD0Failed == 0x557 &&
              WdfDevStatePwrPolNull == 0x599);
static_assert(WDF_POWER_ROUTINE_TIMED_OUT == 0x1 && WDF_INVALID_HANDLE == 0x5 &&
              WDF_REQUEST_FATAL_ERROR == 0x6 && WDF_VERIFIER_CRITICAL_REGION_MISMATCH == 0xF);
static_assert(WDF_DRIVER_GLOBALS_NAME_LEN == 32);
static_assert(KMDF_VERSION_MAJOR == 1 && KMDF_VERSION_MINOR == 33);

// x64 layouts fixed by the documented member lists.
static_assert(sizeof(WDF_OBJECT_ATTRIBUTES) == 56);
static_assert(sizeof(WDF_DRIVER_CONFIG) == 32);
static_assert(sizeof(WDF_DRIVER_GLOBALS) == 56);
static_assert(offsetof(WDF_DRIVER_GLOBALS, DriverName) == 16);

TEST(WdfHeaders, CAndCppAgreeOnStructureSizes)
{
    WDF_HEADERS_C_SIZES c{};
    WdfHeadersCSizes(&c);
    EXPECT_EQ(c.DriverGlobals, sizeof(WDF_DRIVER_GLOBALS));
    EXPECT_EQ(c.ObjectAttributes, sizeof(WDF_OBJECT_ATTRIBUTES));
    EXPECT_EQ(c.ObjectContextTypeInfo, sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO));
    EXPECT_EQ(c.DriverConfig, sizeof(WDF_DRIVER_CONFIG));
    EXPECT_EQ(c.MemoryDescriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
    EXPECT_EQ(c.PnpPowerEventCallbacks, sizeof(WDF_PNPPOWER_EVENT_CALLBACKS));
    EXPECT_EQ(c.PowerPolicyEventCallbacks, sizeof(WDF_POWER_POLICY_EVENT_CALLBACKS));
    EXPECT_EQ(c.FileObjectConfig, sizeof(WDF_FILEOBJECT_CONFIG));
    EXPECT_EQ(c.DevicePnpCapabilities, sizeof(WDF_DEVICE_PNP_CAPABILITIES));
    EXPECT_EQ(c.DevicePowerCapabilities, sizeof(WDF_DEVICE_POWER_CAPABILITIES));
    EXPECT_EQ(c.DeviceState, sizeof(WDF_DEVICE_STATE));
    EXPECT_EQ(c.IdleSettings, sizeof(WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS));
    EXPECT_EQ(c.WakeSettings, sizeof(WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS));
    EXPECT_EQ(c.IoTypeConfig, sizeof(WDF_IO_TYPE_CONFIG));
    EXPECT_EQ(c.IoQueueConfig, sizeof(WDF_IO_QUEUE_CONFIG));
    EXPECT_EQ(c.RequestParameters, sizeof(WDF_REQUEST_PARAMETERS));
    EXPECT_EQ(c.RequestCompletionParams, sizeof(WDF_REQUEST_COMPLETION_PARAMS));
    EXPECT_EQ(c.RequestSendOptions, sizeof(WDF_REQUEST_SEND_OPTIONS));
    EXPECT_EQ(c.RequestReuseParams, sizeof(WDF_REQUEST_REUSE_PARAMS));
    EXPECT_EQ(c.TimerConfig, sizeof(WDF_TIMER_CONFIG));
    EXPECT_EQ(c.DpcConfig, sizeof(WDF_DPC_CONFIG));
    EXPECT_EQ(c.WorkItemConfig, sizeof(WDF_WORKITEM_CONFIG));
    EXPECT_EQ(c.InterruptConfig, sizeof(WDF_INTERRUPT_CONFIG));
    EXPECT_EQ(c.InterruptInfo, sizeof(WDF_INTERRUPT_INFO));
    EXPECT_EQ(c.IoTargetOpenParams, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
    EXPECT_EQ(c.ChildListConfig, sizeof(WDF_CHILD_LIST_CONFIG));
    EXPECT_EQ(c.QueryInterfaceConfig, sizeof(WDF_QUERY_INTERFACE_CONFIG));
    EXPECT_EQ(c.WmiInstanceConfig, sizeof(WDF_WMI_INSTANCE_CONFIG));
}

TEST(WdfHeaders, ObjectAttributesInitInheritsFromParent)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    std::memset(&attributes, 0xCC, sizeof(attributes));
    WdfHeadersCInitObjectAttributes(&attributes);
    EXPECT_EQ(attributes.Size, sizeof(WDF_OBJECT_ATTRIBUTES));
    EXPECT_EQ(attributes.ExecutionLevel, WdfExecutionLevelInheritFromParent);
    EXPECT_EQ(attributes.SynchronizationScope, WdfSynchronizationScopeInheritFromParent);
    EXPECT_EQ(attributes.EvtCleanupCallback, nullptr);
    EXPECT_EQ(attributes.EvtDestroyCallback, nullptr);
    EXPECT_EQ(attributes.ParentObject, nullptr);
    EXPECT_EQ(attributes.ContextSizeOverride, 0u);
    EXPECT_EQ(attributes.ContextTypeInfo, nullptr);
}

TEST(WdfHeaders, ContextTypeInfoIsOneObjectAcrossTranslationUnits)
{
    PCWDF_OBJECT_CONTEXT_TYPE_INFO first = WdfHeadersCContextTypeInfoFromFirstFile();
    PCWDF_OBJECT_CONTEXT_TYPE_INFO second = WdfHeadersCContextTypeInfoFromSecondFile();
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first, second);
    EXPECT_EQ(first->Size, sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO));
    EXPECT_STREQ(first->ContextName, "TEST_CONTEXT");
    EXPECT_EQ(first->ContextSize, WdfHeadersCTestContextSize());
    EXPECT_EQ(first->UniqueType, first);
    EXPECT_EQ(first->EvtDriverGetUniqueContextType, nullptr);

    WDF_OBJECT_ATTRIBUTES attributes;
    WdfHeadersCInitObjectAttributesWithContext(&attributes);
    EXPECT_EQ(attributes.Size, sizeof(WDF_OBJECT_ATTRIBUTES));
    EXPECT_EQ(attributes.ContextTypeInfo, first);
}

TEST(WdfHeaders, DriverConfigInitSetsSizeAndDeviceAdd)
{
    WDF_DRIVER_CONFIG config;
    std::memset(&config, 0xCC, sizeof(config));
    WdfHeadersCInitDriverConfig(&config);
    EXPECT_EQ(config.Size, sizeof(WDF_DRIVER_CONFIG));
    EXPECT_EQ(config.EvtDriverDeviceAdd, WdfHeadersCDeviceAddCallback());
    EXPECT_EQ(config.EvtDriverUnload, nullptr);
    EXPECT_EQ(config.DriverInitFlags, 0u);
    EXPECT_EQ(config.DriverPoolTag, 0u);
}

TEST(WdfHeaders, IoQueueConfigInitDefaults)
{
    WDF_IO_QUEUE_CONFIG config;
    std::memset(&config, 0xCC, sizeof(config));
    WdfHeadersCInitIoQueueConfig(&config, WdfIoQueueDispatchSequential);
    EXPECT_EQ(config.Size, sizeof(WDF_IO_QUEUE_CONFIG));
    EXPECT_EQ(config.DispatchType, WdfIoQueueDispatchSequential);
    EXPECT_EQ(config.PowerManaged, WdfUseDefault);
    EXPECT_EQ(config.DefaultQueue, FALSE);
    EXPECT_EQ(config.AllowZeroLengthRequests, FALSE);
    EXPECT_EQ(config.EvtIoRead, nullptr);
    EXPECT_EQ(config.Settings.Parallel.NumberOfPresentedRequests, 0u);
    EXPECT_EQ(config.Driver, nullptr);

    WdfHeadersCInitIoQueueConfig(&config, WdfIoQueueDispatchParallel);
    EXPECT_EQ(config.Settings.Parallel.NumberOfPresentedRequests, (ULONG) -1);

    WdfHeadersCInitDefaultIoQueueConfig(&config, WdfIoQueueDispatchParallel);
    EXPECT_EQ(config.DefaultQueue, TRUE);
    EXPECT_EQ(config.PowerManaged, WdfUseDefault);
    EXPECT_EQ(config.Settings.Parallel.NumberOfPresentedRequests, (ULONG) -1);
}

TEST(WdfHeaders, TimerConfigInitSerializesWithNoTolerableDelay)
{
    WDF_TIMER_CONFIG config;
    std::memset(&config, 0xCC, sizeof(config));
    WdfHeadersCInitTimerConfig(&config);
    EXPECT_EQ(config.Size, sizeof(WDF_TIMER_CONFIG));
    EXPECT_NE(config.EvtTimerFunc, nullptr);
    EXPECT_EQ(config.Period, 0u);
    EXPECT_EQ(config.AutomaticSerialization, TRUE);
    EXPECT_EQ(config.TolerableDelay, 0u);
    EXPECT_EQ(config.UseHighResolutionTimer, FALSE);

    WdfHeadersCInitPeriodicTimerConfig(&config, 250);
    EXPECT_EQ(config.Period, 250u);
    EXPECT_EQ(config.AutomaticSerialization, TRUE);
    EXPECT_EQ(config.TolerableDelay, 0u);
}

TEST(WdfHeaders, PnpPowerEventCallbacksInitZeroesAndSetsSize)
{
    WDF_PNPPOWER_EVENT_CALLBACKS callbacks;
    std::memset(&callbacks, 0xCC, sizeof(callbacks));
    WdfHeadersCInitPnpPowerEventCallbacks(&callbacks);
    WDF_PNPPOWER_EVENT_CALLBACKS expected;
    std::memset(&expected, 0, sizeof(expected));
    expected.Size = sizeof(WDF_PNPPOWER_EVENT_CALLBACKS);
    EXPECT_EQ(std::memcmp(&callbacks, &expected, sizeof(callbacks)), 0);
}

TEST(WdfHeaders, SendOptionsTimeoutSetsFlag)
{
    WDF_REQUEST_SEND_OPTIONS options;
    WdfHeadersCInitSendOptions(&options, WDF_REQUEST_SEND_OPTION_SYNCHRONOUS, WDF_REL_TIMEOUT_IN_MS(5));
    EXPECT_EQ(options.Size, sizeof(WDF_REQUEST_SEND_OPTIONS));
    EXPECT_EQ(options.Flags, (ULONG) (WDF_REQUEST_SEND_OPTION_SYNCHRONOUS | WDF_REQUEST_SEND_OPTION_TIMEOUT));
    EXPECT_EQ(options.Timeout, -50000);
}

TEST(WdfHeaders, MemoryDescriptorInitBuffer)
{
    char buffer[16];
    WDF_MEMORY_DESCRIPTOR descriptor;
    WdfHeadersCInitMemoryDescriptorBuffer(&descriptor, buffer, sizeof(buffer));
    EXPECT_EQ(descriptor.Type, WdfMemoryDescriptorTypeBuffer);
    EXPECT_EQ(descriptor.u.BufferType.Buffer, buffer);
    EXPECT_EQ(descriptor.u.BufferType.Length, sizeof(buffer));
}

TEST(WdfHeaders, DevicePowerAndPnpCapabilitiesInitUseDefaults)
{
    WDF_DEVICE_POWER_CAPABILITIES power;
    WDF_DEVICE_POWER_CAPABILITIES_INIT(&power);
    EXPECT_EQ(power.Size, sizeof(power));
    EXPECT_EQ(power.DeviceD1, WdfUseDefault);
    EXPECT_EQ(power.WakeFromD3, WdfUseDefault);
    for (DEVICE_POWER_STATE state : power.DeviceState) {
        EXPECT_EQ(state, PowerDeviceMaximum);
    }
    EXPECT_EQ(power.DeviceWake, PowerDeviceMaximum);
    EXPECT_EQ(power.SystemWake, PowerSystemMaximum);
    EXPECT_EQ(power.D1Latency, (ULONG) -1);
    EXPECT_EQ(power.IdealDxStateForSx, PowerDeviceMaximum);

    WDF_DEVICE_PNP_CAPABILITIES pnp;
    WDF_DEVICE_PNP_CAPABILITIES_INIT(&pnp);
    EXPECT_EQ(pnp.Size, sizeof(pnp));
    EXPECT_EQ(pnp.SurpriseRemovalOK, WdfUseDefault);
    EXPECT_EQ(pnp.Address, (ULONG) -1);
    EXPECT_EQ(pnp.UINumber, (ULONG) -1);

    WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS idle;
    WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT(&idle, IdleCannotWakeFromS0);
    EXPECT_EQ(idle.DxState, PowerDeviceD3);
    EXPECT_EQ(idle.IdleTimeout, IdleTimeoutDefaultValue);
    EXPECT_EQ(idle.UserControlOfIdleSettings, IdleAllowUserControl);
    EXPECT_EQ(idle.Enabled, WdfUseDefault);
    EXPECT_EQ(idle.IdleTimeoutType, DriverManagedIdleTimeout);
    WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT(&idle, IdleCanWakeFromS0);
    EXPECT_EQ(idle.DxState, PowerDeviceMaximum);

    WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS wake;
    WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS_INIT(&wake);
    EXPECT_EQ(wake.Enabled, WdfUseDefault);
    EXPECT_EQ(wake.DxState, PowerDeviceMaximum);
    EXPECT_EQ(wake.UserControlOfWakeSettings, WakeAllowUserControl);

    WDF_FILEOBJECT_CONFIG file;
    WDF_FILEOBJECT_CONFIG_INIT(&file, nullptr, nullptr, nullptr);
    EXPECT_EQ(file.FileObjectClass, WdfFileObjectWdfCannotUseFsContexts);
    EXPECT_EQ(file.AutoForwardCleanupClose, WdfUseDefault);

    WDF_IO_TYPE_CONFIG ioType;
    WDF_IO_TYPE_CONFIG_INIT(&ioType);
    EXPECT_EQ(ioType.ReadWriteIoType, WdfDeviceIoBuffered);
    EXPECT_EQ(ioType.DeviceControlIoType, WdfDeviceIoBuffered);
}

TEST(WdfHeaders, TimeoutAlignmentAndQueueStateHelpers)
{
    EXPECT_EQ(WDF_REL_TIMEOUT_IN_SEC(2), -20000000);
    EXPECT_EQ(WDF_ABS_TIMEOUT_IN_SEC(1), 10000000);
    EXPECT_EQ(WDF_REL_TIMEOUT_IN_US(3), -30);
    EXPECT_EQ(WDF_ABS_TIMEOUT_IN_MS(7), 70000);
    EXPECT_EQ(WDF_ALIGN_SIZE_UP(5, 4), 8u);
    EXPECT_EQ(WDF_ALIGN_SIZE_DOWN(7, 4), 4u);

    auto state = [](int bits) { return static_cast<WDF_IO_QUEUE_STATE>(bits); };
    EXPECT_TRUE(WDF_IO_QUEUE_READY(state(WdfIoQueueAcceptRequests | WdfIoQueueDispatchRequests)));
    EXPECT_FALSE(WDF_IO_QUEUE_READY(state(WdfIoQueueAcceptRequests)));
    EXPECT_TRUE(WDF_IO_QUEUE_IDLE(state(WdfIoQueueNoRequests | WdfIoQueueDriverNoRequests)));
    EXPECT_TRUE(WDF_IO_QUEUE_STOPPED(state(WdfIoQueueAcceptRequests | WdfIoQueueDriverNoRequests)));
    EXPECT_TRUE(WDF_IO_QUEUE_PURGED(state(WdfIoQueueNoRequests | WdfIoQueueDriverNoRequests)));
    EXPECT_FALSE(WDF_IO_QUEUE_PURGED(state(WdfIoQueueAcceptRequests | WdfIoQueueNoRequests |
                                           WdfIoQueueDriverNoRequests)));
}

}  // namespace
