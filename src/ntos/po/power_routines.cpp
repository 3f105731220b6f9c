// The power-manager routines drivers call while handling power IRPs. System sleep
// states and PoRequestPowerIrp are not modelled yet.
#include "ntos/io/device_header.h"
#include "ntos/io/io_manager.h"
#include "ntos/ke/bug_check.h"

extern "C" {

// IRQL <= DISPATCH_LEVEL, any thread.
NTSTATUS PoCallDriver(PDEVICE_OBJECT DeviceObject, PIRP Irp) { return IoCallDriver(DeviceObject, Irp); }

// IRQL <= DISPATCH_LEVEL, any thread. Since Windows Vista power IRPs are not serialized,
// so this has no effect (documented).
VOID PoStartNextPowerIrp(PIRP Irp) { (void)Irp; }

// IRQL <= DISPATCH_LEVEL, any thread. Returns the previous state.
POWER_STATE PoSetPowerState(PDEVICE_OBJECT DeviceObject, POWER_STATE_TYPE Type, POWER_STATE State) {
    POWER_STATE previous{};
    ntos::DeviceHeader* header = ntos::DeviceHeader::of(DeviceObject);
    if (header == nullptr) return previous;
    if (Type == DevicePowerState) {
        previous.DeviceState = static_cast<DEVICE_POWER_STATE>(header->devicePowerState);
        header->devicePowerState = State.DeviceState;
    } else {
        previous.SystemState = static_cast<SYSTEM_POWER_STATE>(header->systemPowerState);
        header->systemPowerState = State.SystemState;
    }
    return previous;
}

// IRQL <= DISPATCH_LEVEL, any thread. The IRP goes to the top of DeviceObject's stack;
// when it has completed, CompletionFunction runs and the power manager frees the IRP.
NTSTATUS PoRequestPowerIrp(PDEVICE_OBJECT DeviceObject, UCHAR MinorFunction, POWER_STATE PowerState,
                           PREQUEST_POWER_COMPLETE CompletionFunction, PVOID Context, PIRP* Irp) {
    if (MinorFunction != IRP_MN_SET_POWER && MinorFunction != IRP_MN_QUERY_POWER &&
        MinorFunction != IRP_MN_WAIT_WAKE) {
        return STATUS_INVALID_PARAMETER_2;
    }
    ntos::IoManager& io = ntos::IoManager::current("PoRequestPowerIrp");
    PDEVICE_OBJECT top = IoGetAttachedDeviceReference(DeviceObject);
    PIRP irp = IoAllocateIrp(top->StackSize, FALSE);
    if (irp == nullptr) {
        ntos::dereferenceDevice(top);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    irp->IoStatus.Status = STATUS_NOT_SUPPORTED;
    irp->RequestorMode = KernelMode;
    PIO_STACK_LOCATION stack = IoGetNextIrpStackLocation(irp);
    stack->MajorFunction = IRP_MJ_POWER;
    stack->MinorFunction = MinorFunction;
    if (MinorFunction == IRP_MN_WAIT_WAKE) {
        stack->Parameters.WaitWake.PowerState = PowerState.SystemState;
    } else {
        stack->Parameters.Power.Type = DevicePowerState;
        stack->Parameters.Power.State = PowerState;
    }
    io.finishers().add(irp, [DeviceObject, MinorFunction, PowerState, CompletionFunction, Context](PIRP done) {
        IO_STATUS_BLOCK status = done->IoStatus;
        if (CompletionFunction != nullptr) {
            CompletionFunction(DeviceObject, MinorFunction, PowerState, Context, &status);
        }
        IoFreeIrp(done);
    });
    if (Irp != nullptr) *Irp = irp;
    (void)PoCallDriver(top, irp);
    ntos::dereferenceDevice(top);
    return STATUS_PENDING;
}

}  // extern "C"
