// IoBuildDeviceIoControlRequest, IoBuildSynchronousFsdRequest,
// IoBuildAsynchronousFsdRequest: IRPs a driver sends to another stack, which the I/O
// manager finishes (IOSB, event, buffers, free) unless a completion routine keeps them.
#include "ntos/io/io_manager.h"
#include "ntos/io/irp_buffers.h"
#include "ntos/ke/thread_state.h"

namespace {

PIRP allocateKernelIrp(PDEVICE_OBJECT device, PKEVENT event, PIO_STATUS_BLOCK iosb) {
    PIRP irp = IoAllocateIrp(device->StackSize, FALSE);
    if (irp == nullptr) return nullptr;
    irp->RequestorMode = KernelMode;
    irp->UserEvent = event;
    irp->UserIosb = iosb;
    irp->Tail.Overlay.Thread = reinterpret_cast<PETHREAD>(ntos::currentKThread());
    return irp;
}

// IRQL <= DISPATCH_LEVEL, any thread.
void finishKernelIrp(PIRP irp, void* callerOutput, size_t callerOutputLength) {
    ntos::copyBufferedOutput(irp, callerOutput, callerOutputLength);
    ntos::releaseIrpBuffers(irp);
    if (irp->UserIosb != nullptr) *irp->UserIosb = irp->IoStatus;
    if (irp->UserEvent != nullptr) KeSetEvent(irp->UserEvent, IO_NO_INCREMENT, FALSE);
    IoFreeIrp(irp);
}

PIRP buildFsdRequest(ULONG major, PDEVICE_OBJECT device, PVOID buffer, ULONG length, PLARGE_INTEGER offset,
                     PKEVENT event, PIO_STATUS_BLOCK iosb) {
    ntos::IoManager& io = ntos::IoManager::current("IoBuildSynchronousFsdRequest");
    PIRP irp = allocateKernelIrp(device, event, iosb);
    if (irp == nullptr) return nullptr;
    PIO_STACK_LOCATION stack = IoGetNextIrpStackLocation(irp);
    stack->MajorFunction = static_cast<UCHAR>(major);
    if (major == IRP_MJ_READ || major == IRP_MJ_WRITE) {
        const bool isRead = major == IRP_MJ_READ;
        if (!ntos::attachTransferBuffer(irp, device, buffer, length, isRead)) {
            ntos::releaseIrpBuffers(irp);
            IoFreeIrp(irp);
            return nullptr;
        }
        stack->Parameters.Read.Length = length;
        stack->Parameters.Read.ByteOffset.QuadPart = offset ? offset->QuadPart : 0;
        if (isRead) irp->Flags |= IRP_READ_OPERATION; else irp->Flags |= IRP_WRITE_OPERATION;
    } else if (major != IRP_MJ_FLUSH_BUFFERS && major != IRP_MJ_SHUTDOWN && major != IRP_MJ_PNP &&
               major != IRP_MJ_POWER) {
        IoFreeIrp(irp);
        return nullptr;
    }
    void* output = major == IRP_MJ_READ ? buffer : nullptr;
    const size_t outputLength = major == IRP_MJ_READ ? length : 0;
    io.finishers().add(irp, [output, outputLength](PIRP done) { finishKernelIrp(done, output, outputLength); });
    return irp;
}

}  // namespace

extern "C" {

// IRQL <= PASSIVE_LEVEL (the caller waits on Event), any thread.
PIRP IoBuildDeviceIoControlRequest(ULONG IoControlCode, PDEVICE_OBJECT DeviceObject, PVOID InputBuffer,
                                   ULONG InputBufferLength, PVOID OutputBuffer, ULONG OutputBufferLength,
                                   BOOLEAN InternalDeviceIoControl, PKEVENT Event, PIO_STATUS_BLOCK IoStatusBlock) {
    ntos::IoManager& io = ntos::IoManager::current("IoBuildDeviceIoControlRequest");
    PIRP irp = allocateKernelIrp(DeviceObject, Event, IoStatusBlock);
    if (irp == nullptr) return nullptr;
    PIO_STACK_LOCATION stack = IoGetNextIrpStackLocation(irp);
    stack->MajorFunction = InternalDeviceIoControl ? IRP_MJ_INTERNAL_DEVICE_CONTROL : IRP_MJ_DEVICE_CONTROL;
    stack->Parameters.DeviceIoControl.IoControlCode = IoControlCode;
    stack->Parameters.DeviceIoControl.InputBufferLength = InputBufferLength;
    stack->Parameters.DeviceIoControl.OutputBufferLength = OutputBufferLength;
    if (!ntos::attachIoctlBuffers(irp, IoControlCode, InputBuffer, InputBufferLength, OutputBuffer,
                                  OutputBufferLength)) {
        ntos::releaseIrpBuffers(irp);
        IoFreeIrp(irp);
        return nullptr;
    }
    const bool buffered = METHOD_FROM_CTL_CODE(IoControlCode) == METHOD_BUFFERED;
    void* output = buffered ? OutputBuffer : nullptr;
    const size_t outputLength = buffered ? OutputBufferLength : 0;
    io.finishers().add(irp, [output, outputLength](PIRP done) { finishKernelIrp(done, output, outputLength); });
    return irp;
}

// IRQL == PASSIVE_LEVEL, any thread.
PIRP IoBuildSynchronousFsdRequest(ULONG MajorFunction, PDEVICE_OBJECT DeviceObject, PVOID Buffer, ULONG Length,
                                  PLARGE_INTEGER StartingOffset, PKEVENT Event, PIO_STATUS_BLOCK IoStatusBlock) {
    return buildFsdRequest(MajorFunction, DeviceObject, Buffer, Length, StartingOffset, Event, IoStatusBlock);
}

// IRQL <= DISPATCH_LEVEL, any thread.
PIRP IoBuildAsynchronousFsdRequest(ULONG MajorFunction, PDEVICE_OBJECT DeviceObject, PVOID Buffer, ULONG Length,
                                   PLARGE_INTEGER StartingOffset, PIO_STATUS_BLOCK IoStatusBlock) {
    return buildFsdRequest(MajorFunction, DeviceObject, Buffer, Length, StartingOffset, nullptr, IoStatusBlock);
}

}  // extern "C"
