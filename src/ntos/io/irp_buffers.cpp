#include "ntos/io/irp_buffers.h"

#include <algorithm>
#include <cstring>

namespace ntos {
namespace {

constexpr ULONG kSystemBufferTag = 'fBoI';

void* allocateSystemBuffer(size_t length) {
    return ExAllocatePool2(POOL_FLAG_NON_PAGED, length, kSystemBufferTag);
}

// The simulated MDL records its size (header and page array) in the CSHORT MDL.Size, so
// one MDL describes at most this many pages; a larger buffer fails the request.
constexpr size_t kMaxMdlPages = (0x7FFF - sizeof(MDL)) / sizeof(PFN_NUMBER);

bool attachMdl(PIRP irp, void* buffer, ULONG length, LOCK_OPERATION operation) {
    if (ADDRESS_AND_SIZE_TO_SPAN_PAGES(buffer, length) > kMaxMdlPages) return false;
    PMDL mdl = IoAllocateMdl(buffer, length, FALSE, FALSE, irp);
    if (mdl == nullptr) return false;
    MmProbeAndLockPages(mdl, irp->RequestorMode, operation);
    return true;
}

}  // namespace

bool attachTransferBuffer(PIRP irp, PDEVICE_OBJECT target, void* buffer, ULONG length, bool isRead) {
    irp->UserBuffer = buffer;
    if (length == 0) return true;
    if (target->Flags & DO_BUFFERED_IO) {
        void* system = allocateSystemBuffer(length);
        if (system == nullptr) return false;
        if (!isRead) std::memcpy(system, buffer, length);
        irp->AssociatedIrp.SystemBuffer = system;
        irp->Flags |= IRP_BUFFERED_IO | IRP_DEALLOCATE_BUFFER | (isRead ? IRP_INPUT_OPERATION : 0);
        return true;
    }
    if (target->Flags & DO_DIRECT_IO) return attachMdl(irp, buffer, length, isRead ? IoWriteAccess : IoReadAccess);
    return true;
}

bool attachIoctlBuffers(PIRP irp, ULONG ioControlCode, void* input, ULONG inputLength, void* output,
                        ULONG outputLength) {
    irp->UserBuffer = output;
    switch (METHOD_FROM_CTL_CODE(ioControlCode)) {
    case METHOD_BUFFERED: {
        const ULONG length = std::max(inputLength, outputLength);
        if (length == 0) return true;
        void* system = allocateSystemBuffer(length);
        if (system == nullptr) return false;
        if (inputLength) std::memcpy(system, input, inputLength);
        irp->AssociatedIrp.SystemBuffer = system;
        irp->Flags |= IRP_BUFFERED_IO | IRP_DEALLOCATE_BUFFER | (outputLength ? IRP_INPUT_OPERATION : 0);
        return true;
    }
    case METHOD_IN_DIRECT:
    case METHOD_OUT_DIRECT: {
        if (inputLength) {
            void* system = allocateSystemBuffer(inputLength);
            if (system == nullptr) return false;
            std::memcpy(system, input, inputLength);
            irp->AssociatedIrp.SystemBuffer = system;
            irp->Flags |= IRP_BUFFERED_IO | IRP_DEALLOCATE_BUFFER;
        }
        if (outputLength) {
            const bool toCaller = METHOD_FROM_CTL_CODE(ioControlCode) == METHOD_OUT_DIRECT;
            return attachMdl(irp, output, outputLength, toCaller ? IoWriteAccess : IoReadAccess);
        }
        return true;
    }
    default:  // METHOD_NEITHER
        IoGetNextIrpStackLocation(irp)->Parameters.DeviceIoControl.Type3InputBuffer = input;
        return true;
    }
}

void copyBufferedOutput(PIRP irp, void* destination, size_t length) {
    if (NT_ERROR(irp->IoStatus.Status)) return;
    if ((irp->Flags & (IRP_BUFFERED_IO | IRP_INPUT_OPERATION)) != (IRP_BUFFERED_IO | IRP_INPUT_OPERATION)) return;
    if (irp->AssociatedIrp.SystemBuffer == nullptr || destination == nullptr) return;
    const size_t count = std::min(static_cast<size_t>(irp->IoStatus.Information), length);
    std::memcpy(destination, irp->AssociatedIrp.SystemBuffer, count);
}

void releaseIrpBuffers(PIRP irp) {
    if ((irp->Flags & IRP_DEALLOCATE_BUFFER) && irp->AssociatedIrp.SystemBuffer != nullptr) {
        ExFreePoolWithTag(irp->AssociatedIrp.SystemBuffer, kSystemBufferTag);
        irp->AssociatedIrp.SystemBuffer = nullptr;
        irp->Flags &= ~(IRP_DEALLOCATE_BUFFER | IRP_BUFFERED_IO);
    }
    PMDL mdl = irp->MdlAddress;
    irp->MdlAddress = nullptr;
    while (mdl != nullptr) {
        PMDL next = mdl->Next;
        if (mdl->MdlFlags & MDL_PAGES_LOCKED) MmUnlockPages(mdl);
        IoFreeMdl(mdl);
        mdl = next;
    }
}

}  // namespace ntos
