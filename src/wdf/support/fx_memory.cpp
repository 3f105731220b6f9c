#include "wdf/support/fx_memory.h"

#include "wdf/support/fx_lookaside.h"

#include <cstring>

namespace wdf {

FxMemory::FxMemory(FxDriverGlobals* globals, POOL_TYPE poolType, ULONG poolTag, size_t size)
    : FxObject(globals, kObjectType),
      requestedSize_(size),
      poolType_(poolType),
      poolTag_(poolTag != 0 ? poolTag : globals->publicGlobals.DriverTag),
      ownsBuffer_(true) {}

FxMemory::FxMemory(FxDriverGlobals* globals, FxLookaside* lookaside)
    : FxObject(globals, kObjectType),
      requestedSize_(lookaside->bufferSize()),
      poolType_(lookaside->poolType()),
      poolTag_(lookaside->poolTag()),
      ownsBuffer_(true),
      lookaside_(lookaside) {
    lookaside_->addRef();
}

FxMemory::FxMemory(FxDriverGlobals* globals, void* buffer, size_t length, FxMemoryAccess access,
                   bool driverMayDelete, bool assignable)
    : FxObject(globals, kObjectType),
      buffer_(buffer),
      length_(length),
      poolType_(NonPagedPoolNx),
      driverMayDelete_(driverMayDelete),
      assignable_(assignable),
      access_(access) {}

FxMemory::~FxMemory() {
    if (lookaside_ != nullptr) {
        if (buffer_ != nullptr) lookaside_->giveBack(buffer_);
        lookaside_->release();
    } else if (ownsBuffer_ && buffer_ != nullptr) {
        ExFreePoolWithTag(buffer_, poolTag_);
    }
}

NTSTATUS FxMemory::initialize() {
    if (!ownsBuffer_) return STATUS_SUCCESS;
    if (lookaside_ != nullptr) {
        buffer_ = lookaside_->takeBuffer();
        if (buffer_ == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
    } else {
        buffer_ = ExAllocatePoolWithTag(poolType_, requestedSize_, poolTag_);
        if (buffer_ == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
        std::memset(buffer_, 0, requestedSize_);
    }
    length_ = requestedSize_;
    return STATUS_SUCCESS;
}

NTSTATUS FxMemory::copyTo(size_t offset, void* destination, size_t count) const {
    if (offset > length_ || count > length_ - offset) return STATUS_INVALID_BUFFER_SIZE;
    if (count != 0) std::memmove(destination, static_cast<const char*>(buffer_) + offset, count);
    return STATUS_SUCCESS;
}

NTSTATUS FxMemory::copyFrom(size_t offset, const void* source, size_t count) {
    if (readOnly()) {
        globals()->verifierLog("WdfMemoryCopyFromBuffer: the WDFMEMORY is read-only (a request's input buffer)");
        return STATUS_ACCESS_VIOLATION;
    }
    if (offset > length_) return STATUS_INVALID_BUFFER_SIZE;
    if (count > length_ - offset) return STATUS_BUFFER_TOO_SMALL;
    if (count != 0) std::memmove(static_cast<char*>(buffer_) + offset, source, count);
    return STATUS_SUCCESS;
}

NTSTATUS FxMemory::assignBuffer(void* buffer, size_t length) {
    if (!assignable_) {
        globals()->verifierLog("WdfMemoryAssignBuffer: only memory created by WdfMemoryCreatePreallocated can be "
                               "assigned a buffer");
        return STATUS_INVALID_PARAMETER;
    }
    if (buffer == nullptr || length == 0) {
        globals()->verifierLog("WdfMemoryAssignBuffer: Buffer is NULL or BufferSize is 0");
        return STATUS_INVALID_PARAMETER;
    }
    buffer_ = buffer;
    length_ = length;
    return STATUS_SUCCESS;
}

void FxMemory::setExternalBuffer(void* buffer, size_t length, FxMemoryAccess access) {
    buffer_ = buffer;
    length_ = length;
    access_ = access;
}

}  // namespace wdf
