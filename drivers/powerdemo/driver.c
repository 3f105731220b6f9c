/*
 * driver.c — DriverEntry and the device: every PnP/power callback logs its call.
 */
#include "powerdemo.h"

static const GUID PowerDemoInterface = POWERDEMO_INTERFACE_GUID_INIT;

static const char* StateName(WDF_POWER_DEVICE_STATE State)
{
    switch (State) {
    case WdfPowerDeviceD0: return "WdfPowerDeviceD0";
    case WdfPowerDeviceD1: return "WdfPowerDeviceD1";
    case WdfPowerDeviceD2: return "WdfPowerDeviceD2";
    case WdfPowerDeviceD3: return "WdfPowerDeviceD3";
    case WdfPowerDeviceD3Final: return "WdfPowerDeviceD3Final";
    case WdfPowerDevicePrepareForHibernation: return "WdfPowerDevicePrepareForHibernation";
    default: return "WdfPowerDeviceInvalid";
    }
}

#define LOG(...) DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL, "powerdemo: " __VA_ARGS__)

static NTSTATUS EvtPrepareHardware(WDFDEVICE Device, WDFCMRESLIST Raw, WDFCMRESLIST Translated)
{
    UNREFERENCED_PARAMETER(Device);
    UNREFERENCED_PARAMETER(Raw);
    UNREFERENCED_PARAMETER(Translated);
    LOG("EvtDevicePrepareHardware\n");
    return STATUS_SUCCESS;
}

static NTSTATUS EvtReleaseHardware(WDFDEVICE Device, WDFCMRESLIST Translated)
{
    UNREFERENCED_PARAMETER(Device);
    UNREFERENCED_PARAMETER(Translated);
    LOG("EvtDeviceReleaseHardware\n");
    return STATUS_SUCCESS;
}

static NTSTATUS EvtD0Entry(WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState)
{
    UNREFERENCED_PARAMETER(Device);
    LOG("EvtDeviceD0Entry(%s)\n", StateName(PreviousState));
    return STATUS_SUCCESS;
}

static NTSTATUS EvtD0EntryPostInterruptsEnabled(WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState)
{
    UNREFERENCED_PARAMETER(Device);
    LOG("EvtDeviceD0EntryPostInterruptsEnabled(%s)\n", StateName(PreviousState));
    return STATUS_SUCCESS;
}

static NTSTATUS EvtD0ExitPreInterruptsDisabled(WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState)
{
    UNREFERENCED_PARAMETER(Device);
    LOG("EvtDeviceD0ExitPreInterruptsDisabled(%s)\n", StateName(TargetState));
    return STATUS_SUCCESS;
}

static NTSTATUS EvtD0Exit(WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState)
{
    UNREFERENCED_PARAMETER(Device);
    LOG("EvtDeviceD0Exit(%s)\n", StateName(TargetState));
    return STATUS_SUCCESS;
}

static NTSTATUS EvtSelfManagedIoInit(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    LOG("EvtDeviceSelfManagedIoInit\n");
    return STATUS_SUCCESS;
}

static NTSTATUS EvtSelfManagedIoSuspend(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    LOG("EvtDeviceSelfManagedIoSuspend\n");
    return STATUS_SUCCESS;
}

static NTSTATUS EvtSelfManagedIoRestart(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    LOG("EvtDeviceSelfManagedIoRestart\n");
    return STATUS_SUCCESS;
}

static VOID EvtSelfManagedIoFlush(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    LOG("EvtDeviceSelfManagedIoFlush\n");
}

static VOID EvtSelfManagedIoCleanup(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    LOG("EvtDeviceSelfManagedIoCleanup\n");
}

static NTSTATUS EvtQueryStop(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    LOG("EvtDeviceQueryStop\n");
    return STATUS_SUCCESS;
}

static NTSTATUS EvtQueryRemove(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    LOG("EvtDeviceQueryRemove\n");
    return STATUS_SUCCESS;
}

static VOID EvtSurpriseRemoval(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    LOG("EvtDeviceSurpriseRemoval\n");
}

/* Wake (power policy event callbacks): armed before an idle power-down or a system sleep
   when the bus says the device can wake ('wake' in the host config). */
static NTSTATUS EvtArmWakeFromS0(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    LOG("EvtDeviceArmWakeFromS0\n");
    return STATUS_SUCCESS;
}

static VOID EvtDisarmWakeFromS0(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    LOG("EvtDeviceDisarmWakeFromS0\n");
}

static VOID EvtWakeFromS0Triggered(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    LOG("EvtDeviceWakeFromS0Triggered\n");
}

static NTSTATUS EvtArmWakeFromSx(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    LOG("EvtDeviceArmWakeFromSx\n");
    return STATUS_SUCCESS;
}

static VOID EvtDisarmWakeFromSx(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    LOG("EvtDeviceDisarmWakeFromSx\n");
}

static VOID EvtWakeFromSxTriggered(WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    LOG("EvtDeviceWakeFromSxTriggered\n");
}

static VOID EvtDeviceCleanup(WDFOBJECT Object)
{
    UNREFERENCED_PARAMETER(Object);
    LOG("EvtCleanupCallback(WDFDEVICE)\n");
}

static VOID EvtDeviceDestroy(WDFOBJECT Object)
{
    UNREFERENCED_PARAMETER(Object);
    LOG("EvtDestroyCallback(WDFDEVICE)\n");
}

NTSTATUS PowerDemoSetIdle(WDFDEVICE Device, ULONG TimeoutMs)
{
    WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS settings;
    NTSTATUS status;
    /* Armed for wake while idle when the bus can wake the device; else idle without it. */
    WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT(&settings, IdleCanWakeFromS0);
    settings.DxState = PowerDeviceD3;
    settings.IdleTimeout = TimeoutMs;
    settings.Enabled = TimeoutMs != 0 ? WdfTrue : WdfFalse;
    status = WdfDeviceAssignS0IdleSettings(Device, &settings);
    if (status != STATUS_POWER_STATE_INVALID) return status;
    settings.IdleCaps = IdleCannotWakeFromS0;
    return WdfDeviceAssignS0IdleSettings(Device, &settings);
}

NTSTATUS PowerDemoEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_PNPPOWER_EVENT_CALLBACKS pnp;
    WDF_POWER_POLICY_EVENT_CALLBACKS policy;
    WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS wake;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    NTSTATUS status;
    UNREFERENCED_PARAMETER(Driver);
    LOG("EvtDriverDeviceAdd\n");
    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&pnp);
    pnp.EvtDevicePrepareHardware = EvtPrepareHardware;
    pnp.EvtDeviceReleaseHardware = EvtReleaseHardware;
    pnp.EvtDeviceD0Entry = EvtD0Entry;
    pnp.EvtDeviceD0EntryPostInterruptsEnabled = EvtD0EntryPostInterruptsEnabled;
    pnp.EvtDeviceD0ExitPreInterruptsDisabled = EvtD0ExitPreInterruptsDisabled;
    pnp.EvtDeviceD0Exit = EvtD0Exit;
    pnp.EvtDeviceSelfManagedIoInit = EvtSelfManagedIoInit;
    pnp.EvtDeviceSelfManagedIoSuspend = EvtSelfManagedIoSuspend;
    pnp.EvtDeviceSelfManagedIoRestart = EvtSelfManagedIoRestart;
    pnp.EvtDeviceSelfManagedIoFlush = EvtSelfManagedIoFlush;
    pnp.EvtDeviceSelfManagedIoCleanup = EvtSelfManagedIoCleanup;
    pnp.EvtDeviceQueryStop = EvtQueryStop;
    pnp.EvtDeviceQueryRemove = EvtQueryRemove;
    pnp.EvtDeviceSurpriseRemoval = EvtSurpriseRemoval;
    WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, &pnp);
    WDF_POWER_POLICY_EVENT_CALLBACKS_INIT(&policy);
    policy.EvtDeviceArmWakeFromS0 = EvtArmWakeFromS0;
    policy.EvtDeviceDisarmWakeFromS0 = EvtDisarmWakeFromS0;
    policy.EvtDeviceWakeFromS0Triggered = EvtWakeFromS0Triggered;
    policy.EvtDeviceArmWakeFromSx = EvtArmWakeFromSx;
    policy.EvtDeviceDisarmWakeFromSx = EvtDisarmWakeFromSx;
    policy.EvtDeviceWakeFromSxTriggered = EvtWakeFromSxTriggered;
    WdfDeviceInitSetPowerPolicyEventCallbacks(DeviceInit, &policy);
    WdfDeviceInitSetIoType(DeviceInit, WdfDeviceIoBuffered);

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.EvtCleanupCallback = EvtDeviceCleanup;
    attributes.EvtDestroyCallback = EvtDeviceDestroy;
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) return status;

    /* One power-managed queue: a read that arrives while the device idles in D3 brings
       it back to D0 first. */
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchSequential);
    queueConfig.PowerManaged = WdfTrue;
    queueConfig.EvtIoRead = PowerDemoEvtIoRead;
    queueConfig.EvtIoDeviceControl = PowerDemoEvtIoDeviceControl;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) return status;

    status = PowerDemoSetIdle(device, POWERDEMO_DEFAULT_IDLE_MS);
    if (!NT_SUCCESS(status)) return status;
    /* The device may wake the system from sleep, if its bus says it can. */
    WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS_INIT(&wake);
    status = WdfDeviceAssignSxWakeSettings(device, &wake);
    if (!NT_SUCCESS(status) && status != STATUS_POWER_STATE_INVALID) return status;
    return WdfDeviceCreateDeviceInterface(device, &PowerDemoInterface, NULL);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    WDF_DRIVER_CONFIG_INIT(&config, PowerDemoEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
