// Synchronous sends with a framework-built IRP (WdfIoTargetSendXxxSynchronously with a
// NULL Request), and the memory descriptors they take.
#include <algorithm>
#include <cstring>
#include <limits>
#include <string>

#include "wdf/io/fx_io_target.h"
#include "wdf/support/fx_memory.h"

namespace wdf {

FxSendDeadline::FxSendDeadline(LONGLONG timeout) : timeout_(timeout) {
    if (timeout < 0) relativeEnd_ = KeQueryInterruptTime() + static_cast<ULONGLONG>(-timeout);
}

// IRQL PASSIVE_LEVEL.
NTSTATUS FxSendDeadline::wait(PVOID object) const {
    if (timeout_ == 0) return KeWaitForSingleObject(object, Executive, KernelMode, FALSE, nullptr);
    LARGE_INTEGER due;
    if (timeout_ > 0) {
        due.QuadPart = timeout_;
    } else {
        const ULONGLONG now = KeQueryInterruptTime();
        if (now >= relativeEnd_) {
            due.QuadPart = 0;  // poll: already due
        } else {
            due.QuadPart = -static_cast<LONGLONG>(relativeEnd_ - now);
        }
    }
    NTSTATUS status = KeWaitForSingleObject(object, Executive, KernelMode, FALSE, &due);
    return status == STATUS_TIMEOUT ? STATUS_TIMEOUT : STATUS_SUCCESS;
}

// IRQL <= DISPATCH_LEVEL, any thread.
NTSTATUS fxResolveMemoryDescriptor(FxDriverGlobals* globals, const WDF_MEMORY_DESCRIPTOR* descriptor,
                                   const char* ddiName, FxTransferBuffer* out) {
    *out = FxTransferBuffer{};
    if (descriptor == nullptr) return STATUS_SUCCESS;
    auto invalid = [&](const std::string& why) {
        globals->verifierLog(std::string(ddiName) + ": WDF_MEMORY_DESCRIPTOR " + why);
        return STATUS_INVALID_PARAMETER;
    };
    // The type as the driver stored it: a value outside the enumeration is the driver's
    // error to report, not a value to load as the enum type.
    ULONG type = 0;
    std::memcpy(&type, &descriptor->Type, sizeof(type));
    switch (type) {
    case WdfMemoryDescriptorTypeBuffer:
        if (descriptor->u.BufferType.Buffer == nullptr && descriptor->u.BufferType.Length != 0) {
            return invalid("has a NULL Buffer with Length " + std::to_string(descriptor->u.BufferType.Length));
        }
        out->buffer = descriptor->u.BufferType.Buffer;
        out->length = descriptor->u.BufferType.Length;
        return STATUS_SUCCESS;
    case WdfMemoryDescriptorTypeMdl: {
        PMDL mdl = descriptor->u.MdlType.Mdl;
        if (mdl == nullptr) {
            if (descriptor->u.MdlType.BufferLength != 0) return invalid("has a NULL Mdl with a BufferLength");
            return STATUS_SUCCESS;
        }
        if (descriptor->u.MdlType.BufferLength > MmGetMdlByteCount(mdl)) {
            globals->verifierLog(std::string(ddiName) + ": WDF_MEMORY_DESCRIPTOR BufferLength " +
                                 std::to_string(descriptor->u.MdlType.BufferLength) + " exceeds the MDL's " +
                                 std::to_string(MmGetMdlByteCount(mdl)) + " bytes");
            return STATUS_BUFFER_TOO_SMALL;
        }
        out->buffer = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
        if (out->buffer == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
        out->length = descriptor->u.MdlType.BufferLength;
        return STATUS_SUCCESS;
    }
    case WdfMemoryDescriptorTypeHandle: {
        FxMemory* memory = resolve<FxMemory>(globals, descriptor->u.HandleType.Memory, ddiName);
        size_t offset = 0;
        size_t length = memory->length();
        if (const WDFMEMORY_OFFSET* window = descriptor->u.HandleType.Offsets) {
            if (window->BufferOffset >= memory->length()) {
                return invalid("offset " + std::to_string(window->BufferOffset) + " is past the end of a " +
                               std::to_string(memory->length()) + "-byte WDFMEMORY");
            }
            offset = window->BufferOffset;
            length = window->BufferLength == 0 ? memory->length() - offset : window->BufferLength;
            if (length > memory->length() - offset) {
                globals->verifierLog(std::string(ddiName) + ": WDFMEMORY_OFFSET " + std::to_string(offset) + "+" +
                                     std::to_string(length) + " does not fit a " +
                                     std::to_string(memory->length()) + "-byte WDFMEMORY");
                return STATUS_BUFFER_TOO_SMALL;
            }
        }
        if (length > std::numeric_limits<ULONG>::max()) return invalid("describes more than 4 GB");
        out->buffer = static_cast<char*>(memory->buffer()) + offset;
        out->length = static_cast<ULONG>(length);
        return STATUS_SUCCESS;
    }
    default:
        return invalid("Type " + std::to_string(type) + " is not a descriptor type");
    }
}

// IRQL PASSIVE_LEVEL, any thread.
NTSTATUS FxIoTarget::sendSynchronously(const FxSyncSend& send, ULONG flags, LONGLONG timeout,
                                       ULONG_PTR* information) {
    *information = 0;
    const FxSendDeadline deadline((flags & WDF_REQUEST_SEND_OPTION_TIMEOUT) != 0 ? timeout : 0);
    FxSentIo entry;
    entry.target = this;
    entry.ignoresState = (flags & WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE) != 0;

    // The reference keeps the target (and its lock) alive until the IRP is back.
    addRef(&entry, __LINE__, __FILE__);
    PDEVICE_OBJECT device = nullptr;
    PFILE_OBJECT file = nullptr;
    NTSTATUS status = admit(&entry, deadline, &device, &file);
    if (!NT_SUCCESS(status)) {
        release(&entry, __LINE__, __FILE__);
        return status;
    }

    KEVENT done;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IO_STATUS_BLOCK iosb{};
    PIRP irp = nullptr;
    switch (send.majorFunction) {
    case IRP_MJ_READ:
    case IRP_MJ_WRITE: {
        const FxTransferBuffer& data = send.majorFunction == IRP_MJ_READ ? send.output : send.input;
        LARGE_INTEGER offset{};
        if (send.deviceOffset != nullptr) offset.QuadPart = *send.deviceOffset;
        irp = IoBuildSynchronousFsdRequest(send.majorFunction, device, data.buffer, data.length,
                                           send.deviceOffset != nullptr ? &offset : nullptr, &done, &iosb);
        break;
    }
    default:
        if (send.others) {
            // The three arguments are the driver's pointers, passed as they are.
            irp = IoBuildDeviceIoControlRequest(send.ioctlCode, device, nullptr, 0, nullptr, 0, TRUE, &done, &iosb);
            if (irp != nullptr) {
                PIO_STACK_LOCATION next = IoGetNextIrpStackLocation(irp);
                next->Parameters.Others.Argument1 = send.input.buffer;
                next->Parameters.Others.Argument2 = send.output.buffer;
                next->Parameters.Others.Argument4 = send.argument4.buffer;
            }
            break;
        }
        irp = IoBuildDeviceIoControlRequest(send.ioctlCode, device, send.input.buffer, send.input.length,
                                            send.output.buffer, send.output.length,
                                            send.majorFunction == IRP_MJ_INTERNAL_DEVICE_CONTROL, &done, &iosb);
        break;
    }
    if (irp == nullptr) {
        {
            FxSpinGuard guard(lock_);
            entry.completed = true;
            auto it = std::find(sent_.begin(), sent_.end(), &entry);
            if (it != sent_.end()) sent_.erase(it);
        }
        release(&entry, __LINE__, __FILE__);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoGetNextIrpStackLocation(irp)->FileObject = file;
    IoSetCompletionRoutine(irp, onIrpCompleted, &entry, TRUE, TRUE, TRUE);
    {
        FxSpinGuard guard(lock_);
        entry.irp = irp;
        // A Stop/Close that came before the IRP existed: the target sees it cancelled.
        if (entry.cancelRequested) irp->Cancel = TRUE;
    }

    noteSentToSelf(irp);
    IoCallDriver(device, irp);
    bool timedOut = false;
    if (deadline.wait(&done) == STATUS_TIMEOUT) {
        timedOut = true;
        cancelEntry(&entry);
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, nullptr);
    }
    release(&entry, __LINE__, __FILE__);

    // Documented: a request the framework cancelled for its timeout ends with
    // STATUS_IO_TIMEOUT; one the target completed anyway keeps the target's status.
    if (timedOut && iosb.Status == STATUS_CANCELLED) return STATUS_IO_TIMEOUT;
    *information = iosb.Information;
    return iosb.Status;
}

}  // namespace wdf
