// FxRequest: the buffer DDIs beyond the buffered/direct pointers ("Accessing Data
// Buffers in Framework-Based Drivers"): MDLs, METHOD_NEITHER user buffers reached from
// EvtIoInCallerContext, and user buffers locked into WDFMEMORY objects.
#include <string>

#include "support/fx_memory.h"
#include "wdf/core/fx_device.h"
#include "wdf/io/fx_request.h"

namespace wdf {

NTSTATUS FxRequest::retrieveWdmMdl(bool input, PMDL* mdl) {
    *mdl = nullptr;
    PVOID buffer;
    size_t length;
    NTSTATUS status = bufferFor(input, &buffer, &length);
    if (!NT_SUCCESS(status)) return status;
    if (irp_->MdlAddress != nullptr && buffer != irp_->AssociatedIrp.SystemBuffer &&
        buffer == MmGetSystemAddressForMdlSafe(irp_->MdlAddress, NormalPagePriority)) {
        *mdl = irp_->MdlAddress;  // direct I/O: the I/O manager's MDL over the caller's buffer
        return STATUS_SUCCESS;
    }
    // Buffered I/O: an MDL over the system buffer, kept until the request is destroyed.
    PMDL& built = builtMdls_[input ? 0 : 1];
    if (built == nullptr) {
        built = IoAllocateMdl(buffer, static_cast<ULONG>(length), FALSE, FALSE, nullptr);
        if (built == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
        MmBuildMdlForNonPagedPool(built);
    }
    *mdl = built;
    return STATUS_SUCCESS;
}

NTSTATUS FxRequest::retrieveUnsafeUserBuffer(bool input, size_t minimumLength, PVOID* buffer, size_t* length,
                                             const char* ddiName) {
    if (!inCallerContext_) {
        globals()->verifierLog(std::string(ddiName) + ": allowed only from EvtIoInCallerContext");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp_);
    PDEVICE_OBJECT deviceObject = device_->deviceObject();
    bool neitherIo = (deviceObject->Flags & (DO_BUFFERED_IO | DO_DIRECT_IO)) == 0;
    PVOID user = nullptr;
    size_t userLength = 0;
    switch (type_) {
        case WdfRequestTypeWrite:
            if (!input || !neitherIo) return STATUS_INVALID_DEVICE_REQUEST;
            user = irp_->UserBuffer;
            userLength = stack->Parameters.Write.Length;
            break;
        case WdfRequestTypeRead:
            if (input || !neitherIo) return STATUS_INVALID_DEVICE_REQUEST;
            user = irp_->UserBuffer;
            userLength = stack->Parameters.Read.Length;
            break;
        case WdfRequestTypeDeviceControl:
        case WdfRequestTypeDeviceControlInternal:
            if (METHOD_FROM_CTL_CODE(stack->Parameters.DeviceIoControl.IoControlCode) != METHOD_NEITHER) {
                return STATUS_INVALID_DEVICE_REQUEST;
            }
            if (input) {
                user = stack->Parameters.DeviceIoControl.Type3InputBuffer;
                userLength = stack->Parameters.DeviceIoControl.InputBufferLength;
            } else {
                user = irp_->UserBuffer;
                userLength = stack->Parameters.DeviceIoControl.OutputBufferLength;
            }
            break;
        default:
            return STATUS_INVALID_DEVICE_REQUEST;
    }
    if (userLength < minimumLength) return STATUS_BUFFER_TOO_SMALL;
    *buffer = user;
    if (length != nullptr) *length = userLength;
    return STATUS_SUCCESS;
}

NTSTATUS FxRequest::probeAndLockUserBuffer(bool forWrite, PVOID buffer, size_t length, WDFMEMORY* memory,
                                           const char* ddiName) {
    *memory = nullptr;
    if (!inCallerContext_) {
        globals()->verifierLog(std::string(ddiName) + ": allowed only from EvtIoInCallerContext");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    if (buffer == nullptr || length == 0 || length > MAXULONG) return STATUS_INVALID_PARAMETER;
    PMDL mdl = IoAllocateMdl(buffer, static_cast<ULONG>(length), FALSE, FALSE, nullptr);
    if (mdl == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
    MmProbeAndLockPages(mdl, irp_->RequestorMode, forWrite ? IoWriteAccess : IoReadAccess);
    PVOID system = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
    if (system == nullptr) {
        MmUnlockPages(mdl);
        IoFreeMdl(mdl);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    mdl->Next = lockedMdls_;
    lockedMdls_ = mdl;  // unlocked when the request is destroyed
    FxMemory* locked = nullptr;
    NTSTATUS status = fxCreate(globals(), nullptr, this, &locked, system, length,
                               forWrite ? FxMemoryAccess::ReadWrite : FxMemoryAccess::ReadOnly, false, false);
    if (!NT_SUCCESS(status)) return status;
    *memory = locked->handleAs<WDFMEMORY>();
    return STATUS_SUCCESS;
}

}  // namespace wdf
