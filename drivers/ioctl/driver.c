/* ioctl driver: DriverEntry, the control device, unload and shutdown. */
#include "ioctl.h"

static NTSTATUS OkIoctlCreateControlDevice(_In_ WDFDRIVER Driver);

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    WDFDRIVER driver;
    NTSTATUS status;

    KdPrint(("OkIoctl: DriverEntry\n"));
    OkIoctlInitializeStatistics();

    /* No EvtDriverDeviceAdd: a non-PnP driver serves no PnP device. */
    WDF_DRIVER_CONFIG_INIT(&config, WDF_NO_EVENT_CALLBACK);
    config.DriverInitFlags |= WdfDriverInitNonPnpDriver;
    config.EvtDriverUnload = OkIoctlEvtDriverUnload;

    status = WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, &driver);
    if (!NT_SUCCESS(status)) {
        KdPrint(("OkIoctl: WdfDriverCreate failed 0x%x\n", status));
        return status;
    }
    return OkIoctlCreateControlDevice(driver);
}

static NTSTATUS OkIoctlCreateControlDevice(_In_ WDFDRIVER Driver)
{
    DECLARE_CONST_UNICODE_STRING(ntDeviceName, OKIOCTL_NT_DEVICE_NAME);
    DECLARE_CONST_UNICODE_STRING(dosDeviceName, OKIOCTL_DOS_DEVICE_NAME);
    PWDFDEVICE_INIT deviceInit;
    WDF_OBJECT_ATTRIBUTES requestAttributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    WDFQUEUE queue;
    NTSTATUS status;

    /* Everyone may read and write; access checks are not enforced yet in OpenKMDF. */
    deviceInit = WdfControlDeviceInitAllocate(Driver, &SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RW_RES_R);
    if (deviceInit == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    WdfDeviceInitSetDeviceType(deviceInit, FILE_DEVICE_OKIOCTL);
    WdfDeviceInitSetCharacteristics(deviceInit, FILE_DEVICE_SECURE_OPEN, FALSE);
    WdfDeviceInitSetIoType(deviceInit, WdfDeviceIoBuffered);
    status = WdfDeviceInitAssignName(deviceInit, &ntDeviceName);
    if (!NT_SUCCESS(status)) {
        goto Error;
    }
    WdfControlDeviceInitSetShutdownNotification(deviceInit, OkIoctlEvtShutdownNotification, WdfDeviceShutdown);
    /* METHOD_NEITHER buffers are valid only in the caller's context. */
    WdfDeviceInitSetIoInCallerContextCallback(deviceInit, OkIoctlEvtIoInCallerContext);
    /* Every device control passes through the preprocess callback first. */
    status = WdfDeviceInitAssignWdmIrpPreprocessCallback(deviceInit, OkIoctlEvtWdmIrpPreprocess,
                                                         IRP_MJ_DEVICE_CONTROL, NULL, 0);
    if (!NT_SUCCESS(status)) {
        goto Error;
    }
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&requestAttributes, REQUEST_CONTEXT);
    WdfDeviceInitSetRequestAttributes(deviceInit, &requestAttributes);

    status = WdfDeviceCreate(&deviceInit, WDF_NO_OBJECT_ATTRIBUTES, &device);
    if (!NT_SUCCESS(status)) {
        goto Error;
    }
    status = WdfDeviceCreateSymbolicLink(device, &dosDeviceName);
    if (!NT_SUCCESS(status)) {
        /* The framework deletes the device with the driver. */
        return status;
    }

    /* Control devices have no power states: the queue is not power managed. */
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchSequential);
    queueConfig.PowerManaged = WdfFalse;
    queueConfig.EvtIoDeviceControl = OkIoctlEvtIoDeviceControl;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &queue);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WdfControlFinishInitializing(device);
    KdPrint(("OkIoctl: control device ready\n"));
    return STATUS_SUCCESS;

Error:
    /* WdfDeviceCreate did not consume it: the driver frees it. */
    if (deviceInit != NULL) {
        WdfDeviceInitFree(deviceInit);
    }
    return status;
}

VOID OkIoctlEvtDriverUnload(_In_ WDFDRIVER Driver)
{
    UNREFERENCED_PARAMETER(Driver);
    /* A driver with only control devices need not delete them: the framework does after
     * this callback returns ("Using Control Device Objects"). */
    KdPrint(("OkIoctl: unload\n"));
}

VOID OkIoctlEvtShutdownNotification(_In_ WDFDEVICE Device)
{
    UNREFERENCED_PARAMETER(Device);
    KdPrint(("OkIoctl: shutdown notification\n"));
}
