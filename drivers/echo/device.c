/* Echo driver: the device object, its interface, and self-managed I/O. */
#include "echo.h"

NTSTATUS EchoEvtDeviceAdd(_In_ WDFDRIVER Driver, _Inout_ PWDFDEVICE_INIT DeviceInit)
{
    WDF_PNPPOWER_EVENT_CALLBACKS pnpPowerCallbacks;
    WDF_OBJECT_ATTRIBUTES deviceAttributes;
    PDEVICE_CONTEXT deviceContext;
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    PAGED_CODE();

    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&pnpPowerCallbacks);
    /* The queue is started when the device is started and stopped when it leaves. */
    pnpPowerCallbacks.EvtDeviceSelfManagedIoInit = EchoEvtDeviceSelfManagedIoStart;
    pnpPowerCallbacks.EvtDeviceSelfManagedIoSuspend = EchoEvtDeviceSelfManagedIoSuspend;
    pnpPowerCallbacks.EvtDeviceSelfManagedIoRestart = EchoEvtDeviceSelfManagedIoStart;
    WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, &pnpPowerCallbacks);

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&deviceAttributes, DEVICE_CONTEXT);
    status = WdfDeviceCreate(&DeviceInit, &deviceAttributes, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    deviceContext = EchoGetDeviceContext(device);
    deviceContext->PrivateDeviceData = 0;

    status = WdfDeviceCreateDeviceInterface(device, &GUID_DEVINTERFACE_ECHO, NULL);
    if (!NT_SUCCESS(status)) {
        KdPrint(("Echo: WdfDeviceCreateDeviceInterface failed 0x%x\n", status));
        return status;
    }

    return EchoQueueInitialize(device);
}

NTSTATUS EchoEvtDeviceSelfManagedIoStart(_In_ WDFDEVICE Device)
{
    WDFQUEUE queue = WdfDeviceGetDefaultQueue(Device);
    PQUEUE_CONTEXT queueContext = EchoGetQueueContext(queue);

    KdPrint(("Echo: self-managed I/O start\n"));
    WdfIoQueueStart(queue);
    WdfTimerStart(queueContext->Timer, WDF_REL_TIMEOUT_IN_MS(ECHO_TIMER_PERIOD_MS));
    return STATUS_SUCCESS;
}

NTSTATUS EchoEvtDeviceSelfManagedIoSuspend(_In_ WDFDEVICE Device)
{
    WDFQUEUE queue = WdfDeviceGetDefaultQueue(Device);
    PQUEUE_CONTEXT queueContext = EchoGetQueueContext(queue);

    PAGED_CODE();
    KdPrint(("Echo: self-managed I/O suspend\n"));
    /* The timer keeps running until the queue is stopped, so that the pending write the
     * stop waits for can still be completed. */
    WdfIoQueueStopSynchronously(queue);
    WdfTimerStop(queueContext->Timer, TRUE);
    return STATUS_SUCCESS;
}
