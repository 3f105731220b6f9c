// FxRequest: formatting a request for an I/O target (WdfIoTargetFormatRequestForXxx),
// the IRP of a driver-created request, and WdfRequestReuse ("Formatting I/O Requests",
// "Creating Framework Request Objects", "Reusing Framework Request Objects").
//
// The buffers go to the target as its device's buffering method expects: for reads and
// writes, DO_BUFFERED_IO targets get the driver's buffer as the system buffer, DO_DIRECT_IO
// targets an MDL over it, others the buffer as UserBuffer; for IOCTLs, METHOD_BUFFERED
// gets a system buffer (input copied in, output copied back at completion), the direct
// methods the input as system buffer and an MDL over the output, METHOD_NEITHER the input
// as Type3InputBuffer and the output as UserBuffer. A framework-delivered request gets
// its own IRP buffer fields back when the target is done with it.
#include <algorithm>
#include <cstring>
#include <string>

#include "support/fx_memory.h"
#include "wdf/io/fx_io_target.h"
#include "wdf/io/fx_request.h"

namespace wdf {
namespace {

constexpr ULONG kDoubleBufferTag = 'bDxF';

PMDL mdlOver(void* buffer, ULONG length) {
    PMDL mdl = IoAllocateMdl(buffer, length, FALSE, FALSE, nullptr);
    if (mdl != nullptr) MmBuildMdlForNonPagedPool(mdl);
    return mdl;
}

}  // namespace

// IRQL <= DISPATCH_LEVEL.
NTSTATUS FxRequest::allocateIrp(CCHAR stackSize) {
    PIRP irp = IoAllocateIrp(stackSize, FALSE);
    if (irp == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
    irp_ = irp;
    freesIrp_ = true;
    irp_->Tail.Overlay.DriverContext[3] = this;
    return STATUS_SUCCESS;
}

void FxRequest::dropReferences(FxMemory* references[3]) {
    for (int i = 0; i < 3; ++i) {
        if (references[i] != nullptr) references[i]->release(this, __LINE__, __FILE__);
        references[i] = nullptr;
    }
}

void FxRequest::unformat(bool copyBack, FxMemory* references[3]) {
    if (send_ == nullptr) {
        // Never formatted for a target: nothing to undo.
        if (references != nullptr) std::fill_n(references, 3, nullptr);
        return;
    }
    SendState& state = *send_;
    if (state.doubleBuffer != nullptr) {
        if (copyBack && state.doubleBufferTarget != nullptr && irp_ != nullptr) {
            const ULONG_PTR produced = irp_->IoStatus.Information;
            const ULONG count = static_cast<ULONG>(std::min<ULONG_PTR>(produced, state.doubleBufferOutput));
            if (count != 0) std::memcpy(state.doubleBufferTarget, state.doubleBuffer, count);
        }
        ExFreePoolWithTag(state.doubleBuffer, kDoubleBufferTag);
        state.doubleBuffer = nullptr;
        state.doubleBufferTarget = nullptr;
        state.doubleBufferOutput = 0;
    }
    if (state.formatMdl != nullptr) {
        IoFreeMdl(state.formatMdl);
        state.formatMdl = nullptr;
    }
    if (state.savedFields && irp_ != nullptr) {
        irp_->AssociatedIrp.SystemBuffer = state.savedSystemBuffer;
        irp_->MdlAddress = state.savedMdl;
        irp_->UserBuffer = state.savedUserBuffer;
    }
    state.savedFields = false;
    for (FxFormatBuffer& buffer : state.formatBuffers) buffer = FxFormatBuffer{};
    if (references != nullptr) {
        for (int i = 0; i < 3; ++i) {
            references[i] = state.formatRefs[i];
            state.formatRefs[i] = nullptr;
        }
    } else {
        dropReferences(state.formatRefs);
    }
}

// IRQL <= DISPATCH_LEVEL.
NTSTATUS FxRequest::formatForTarget(FxIoTarget* target, const FxRequestFormat& format, const char* ddiName) {
    checkDriverOwned(ddiName);
    if (sentTo() != nullptr) {
        globals()->verifierLog(std::string(ddiName) + ": the request is still with an I/O target");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    PDEVICE_OBJECT device = target->targetDevice();
    if (device == nullptr) return STATUS_INVALID_DEVICE_STATE;  // closed
    if (irp_ == nullptr) {
        NTSTATUS status = allocateIrp(device->StackSize);
        if (!NT_SUCCESS(status)) return status;
    }
    // The target's stack needs the next location and the ones below it.
    if (irp_->CurrentLocation - 1 < device->StackSize) {
        globals()->verifierLog(std::string(ddiName) + ": the request's IRP has too few stack locations (" +
                               std::to_string(irp_->CurrentLocation - 1) + ") for the target (" +
                               std::to_string(device->StackSize) + ")");
        return STATUS_REQUEST_NOT_ACCEPTED;
    }
    if (sendState() == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
    SendState& state = *send_;
    unformat(false, nullptr);

    state.savedSystemBuffer = irp_->AssociatedIrp.SystemBuffer;
    state.savedMdl = irp_->MdlAddress;
    state.savedUserBuffer = irp_->UserBuffer;
    state.savedFields = true;
    irp_->AssociatedIrp.SystemBuffer = nullptr;
    irp_->MdlAddress = nullptr;
    irp_->UserBuffer = nullptr;

    PIO_STACK_LOCATION next = IoGetNextIrpStackLocation(irp_);
    RtlZeroMemory(next, sizeof(*next));
    next->MajorFunction = format.majorFunction;
    NTSTATUS status = STATUS_SUCCESS;
    switch (format.majorFunction) {
    case IRP_MJ_READ:
    case IRP_MJ_WRITE: {
        const FxFormatBuffer& data = format.majorFunction == IRP_MJ_READ ? format.output : format.input;
        if (format.majorFunction == IRP_MJ_READ) {
            next->Parameters.Read.Length = data.length;
            if (format.deviceOffset != nullptr) next->Parameters.Read.ByteOffset.QuadPart = *format.deviceOffset;
        } else {
            next->Parameters.Write.Length = data.length;
            if (format.deviceOffset != nullptr) next->Parameters.Write.ByteOffset.QuadPart = *format.deviceOffset;
        }
        if (data.length == 0) break;
        if (device->Flags & DO_BUFFERED_IO) {
            irp_->AssociatedIrp.SystemBuffer = data.buffer;
        } else if (device->Flags & DO_DIRECT_IO) {
            state.formatMdl = mdlOver(data.buffer, data.length);
            if (state.formatMdl == nullptr) status = STATUS_INSUFFICIENT_RESOURCES;
            irp_->MdlAddress = state.formatMdl;
        } else {
            irp_->UserBuffer = data.buffer;
        }
        break;
    }
    default: {
        if (format.others) {
            next->Parameters.Others.Argument1 = format.input.buffer;
            next->Parameters.Others.Argument2 = format.output.buffer;
            next->Parameters.Others.Argument4 = format.argument4.buffer;
            next->Parameters.DeviceIoControl.IoControlCode = format.ioctlCode;  // Argument3
            break;
        }
        next->Parameters.DeviceIoControl.IoControlCode = format.ioctlCode;
        next->Parameters.DeviceIoControl.InputBufferLength = format.input.length;
        next->Parameters.DeviceIoControl.OutputBufferLength = format.output.length;
        switch (METHOD_FROM_CTL_CODE(format.ioctlCode)) {
        case METHOD_BUFFERED: {
            const ULONG size = std::max(format.input.length, format.output.length);
            if (size == 0) break;
            state.doubleBuffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, size, kDoubleBufferTag);
            if (state.doubleBuffer == nullptr) {
                status = STATUS_INSUFFICIENT_RESOURCES;
                break;
            }
            if (format.input.length != 0) std::memcpy(state.doubleBuffer, format.input.buffer, format.input.length);
            state.doubleBufferTarget = format.output.buffer;
            state.doubleBufferOutput = format.output.length;
            irp_->AssociatedIrp.SystemBuffer = state.doubleBuffer;
            break;
        }
        case METHOD_IN_DIRECT:
        case METHOD_OUT_DIRECT:
            if (format.input.length != 0) irp_->AssociatedIrp.SystemBuffer = format.input.buffer;
            if (format.output.length != 0) {
                state.formatMdl = mdlOver(format.output.buffer, format.output.length);
                if (state.formatMdl == nullptr) status = STATUS_INSUFFICIENT_RESOURCES;
                irp_->MdlAddress = state.formatMdl;
            }
            break;
        default:  // METHOD_NEITHER
            next->Parameters.DeviceIoControl.Type3InputBuffer = format.input.buffer;
            irp_->UserBuffer = format.output.buffer;
            break;
        }
        break;
    }
    }
    if (!NT_SUCCESS(status)) {
        unformat(false, nullptr);
        return status;
    }
    next->FileObject = target->targetFile();
    // The target's memory references (documented): held while formatted or sent.
    const FxFormatBuffer* buffers[3] = {&format.input, &format.output, &format.argument4};
    for (int i = 0; i < 3; ++i) {
        state.formatBuffers[i] = *buffers[i];
        if (buffers[i]->memory != nullptr) {
            buffers[i]->memory->addRef(this, __LINE__, __FILE__);
            state.formatRefs[i] = buffers[i]->memory;
        }
    }
    state.completionParams = WDF_REQUEST_COMPLETION_PARAMS{};
    state.completionParams.Size = sizeof(state.completionParams);
    state.completionParams.Type = WdfRequestTypeNoFormat;
    formatted_ = true;
    return STATUS_SUCCESS;
}

// IRQL <= DISPATCH_LEVEL.
NTSTATUS FxRequest::reuse(const WDF_REQUEST_REUSE_PARAMS& params, const char* ddiName) {
    if (params.Size != sizeof(WDF_REQUEST_REUSE_PARAMS)) {
        globals()->verifierLog(std::string(ddiName) + ": WDF_REQUEST_REUSE_PARAMS.Size is " +
                               std::to_string(params.Size));
        return STATUS_INVALID_PARAMETER;
    }
    if ((params.Flags & ~static_cast<ULONG>(WDF_REQUEST_REUSE_SET_NEW_IRP)) != 0) {
        globals()->verifierLog(std::string(ddiName) + ": unknown WDF_REQUEST_REUSE_PARAMS.Flags");
        return STATUS_INVALID_PARAMETER;
    }
    const bool newIrp = (params.Flags & WDF_REQUEST_REUSE_SET_NEW_IRP) != 0;
    if (newIrp && origin_ != Origin::FromIrp) {
        // Documented: STATUS_WDF_REQUEST_INVALID_STATE (not in our headers yet).
        globals()->verifierLog(std::string(ddiName) +
                               ": WDF_REQUEST_REUSE_SET_NEW_IRP needs a request from WdfRequestCreateFromIrp");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    if (newIrp && params.NewIrp == nullptr) return STATUS_INVALID_PARAMETER;
    if (sentTo() != nullptr) {
        globals()->verifierLog(std::string(ddiName) + ": the request is still with an I/O target");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    unformat(false, nullptr);
    formatted_ = false;
    completionRoutine_ = nullptr;  // documented: set it again after the reuse
    completionContext_ = nullptr;
    if (send_ != nullptr) {
        send_->completionParams = WDF_REQUEST_COMPLETION_PARAMS{};
        send_->completionParams.Size = sizeof(send_->completionParams);
        send_->completionParams.Type = WdfRequestTypeNoFormat;
        send_->timedOut = false;
    } else {
        noFormatParams_ = true;
    }
    if (newIrp) {
        if (irp_ != nullptr) {
            irp_->Tail.Overlay.DriverContext[3] = nullptr;
            if (freesIrp_) IoFreeIrp(irp_);
        }
        irp_ = params.NewIrp;
        irp_->Tail.Overlay.DriverContext[3] = this;
        irp_->IoStatus.Status = params.Status;
        irp_->IoStatus.Information = 0;
        return STATUS_SUCCESS;
    }
    if (irp_ == nullptr) return STATUS_SUCCESS;
    if (origin_ == Origin::Framework) {
        // The IRP belongs to the I/O manager: only its status and cancel flag are reset.
        irp_->IoStatus.Status = params.Status;
        irp_->IoStatus.Information = 0;
        irp_->Cancel = FALSE;
        return STATUS_SUCCESS;
    }
    IoReuseIrp(irp_, params.Status);
    irp_->Tail.Overlay.DriverContext[3] = this;
    return STATUS_SUCCESS;
}

}  // namespace wdf
