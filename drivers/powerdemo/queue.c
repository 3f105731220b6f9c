/*
 * queue.c — reads return the text "powerdemo"; the IOCTL sets the idle timeout.
 */
#include "powerdemo.h"

VOID PowerDemoEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    static const char text[] = "powerdemo";
    PVOID buffer;
    size_t size;
    NTSTATUS status;
    UNREFERENCED_PARAMETER(Queue);
    if (Length == 0) {
        WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, 0);
        return;
    }
    status = WdfRequestRetrieveOutputBuffer(Request, 1, &buffer, &size);
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
        return;
    }
    if (size > sizeof(text)) size = sizeof(text);
    RtlCopyMemory(buffer, text, size);
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, size);
}

VOID PowerDemoEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                                 size_t InputBufferLength, ULONG IoControlCode)
{
    ULONG* timeout;
    NTSTATUS status;
    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    if (IoControlCode != IOCTL_POWERDEMO_SET_IDLE) {
        WdfRequestComplete(Request, STATUS_INVALID_DEVICE_REQUEST);
        return;
    }
    status = WdfRequestRetrieveInputBuffer(Request, sizeof(ULONG), (PVOID*)&timeout, NULL);
    if (NT_SUCCESS(status)) status = PowerDemoSetIdle(WdfIoQueueGetDevice(Queue), *timeout);
    WdfRequestComplete(Request, status);
}
