#include "ntos/pnp/pnp_irp.h"

#include "ntos/io/io_manager.h"
#include "ntos/io/synchronous_irp.h"
#include "ntos/ke/thread_state.h"

namespace ntos {

NTSTATUS sendPnpIrp(PDEVICE_OBJECT pdo, UCHAR minorFunction, const std::function<void(PIO_STACK_LOCATION)>& prepare,
                    ULONG_PTR* information) {
    PDEVICE_OBJECT top = IoGetAttachedDeviceReference(pdo);
    PIRP irp = IoAllocateIrp(top->StackSize, FALSE);
    if (irp == nullptr) {
        dereferenceDevice(top);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    irp->RequestorMode = KernelMode;
    irp->IoStatus.Status = STATUS_NOT_SUPPORTED;
    irp->IoStatus.Information = information != nullptr ? *information : 0;
    irp->Tail.Overlay.Thread = reinterpret_cast<PETHREAD>(currentKThread());
    PIO_STACK_LOCATION stack = IoGetNextIrpStackLocation(irp);
    stack->MajorFunction = IRP_MJ_PNP;
    stack->MinorFunction = minorFunction;
    if (prepare) prepare(stack);
    IO_STATUS_BLOCK result{};
    const NTSTATUS status = callDriverAndWait(top, irp, &result);
    dereferenceDevice(top);
    if (information != nullptr) *information = result.Information;
    return status;
}

}  // namespace ntos
