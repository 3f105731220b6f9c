// FxMemory: WDFMEMORY. A buffer pointer + length, owned by the object (WdfMemoryCreate:
// pool allocation with the driver's tag, freed when the object is destroyed) or external
// (WdfMemoryCreatePreallocated, and the memory objects the framework builds around a
// request's input/output buffers). External memory may be read-only (a request's input
// buffer): writes through WdfMemoryCopyFromBuffer then fail with STATUS_ACCESS_VIOLATION
// and a verifier message.
#pragma once

#include "wdf/object/fx_object.h"

namespace wdf {

enum class FxMemoryAccess : uint8_t { ReadWrite, ReadOnly };

class FxLookaside;

class FxMemory : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::Memory;

    // A pool buffer of `size` bytes (size > 0), allocated by initialize() from `poolType`
    // with `poolTag` (0: the driver's default tag). Zero-filled.
    FxMemory(FxDriverGlobals* globals, POOL_TYPE poolType, ULONG poolTag, size_t size);
    // A buffer taken from `lookaside` and given back when the object is destroyed
    // (WdfMemoryCreateFromLookaside). Holds a reference on the lookaside list.
    FxMemory(FxDriverGlobals* globals, FxLookaside* lookaside);
    // An external buffer the object does not own. `driverMayDelete`: false for memory the
    // framework owns (request buffers); true for WdfMemoryCreatePreallocated.
    // `assignable`: WdfMemoryAssignBuffer allowed (preallocated memory only).
    FxMemory(FxDriverGlobals* globals, void* buffer, size_t length, FxMemoryAccess access,
             bool driverMayDelete, bool assignable);
    ~FxMemory() override;

    // Allocates the buffer of a pool-owned or lookaside memory object. Called by fxCreate.
    NTSTATUS initialize();

    // Any thread, any IRQL.
    void* buffer() const { return buffer_; }
    size_t length() const { return length_; }
    bool readOnly() const { return access_ == FxMemoryAccess::ReadOnly; }
    ULONG poolTag() const { return poolTag_; }

    // WdfMemoryCopyToBuffer: STATUS_INVALID_BUFFER_SIZE if offset or offset+count exceed
    // the buffer (nothing copied). IRQL: any (<= APC_LEVEL for paged pool).
    NTSTATUS copyTo(size_t offset, void* destination, size_t count) const;
    // WdfMemoryCopyFromBuffer: STATUS_INVALID_BUFFER_SIZE if offset > length,
    // STATUS_BUFFER_TOO_SMALL if offset+count > length, STATUS_ACCESS_VIOLATION if
    // read-only; nothing is copied on failure. IRQL: any (<= APC_LEVEL for paged pool).
    NTSTATUS copyFrom(size_t offset, const void* source, size_t count);
    // WdfMemoryAssignBuffer (preallocated memory only, buffer non-NULL, length > 0: else
    // STATUS_INVALID_PARAMETER, the one documented failure).
    // IRQL <= DISPATCH_LEVEL.
    NTSTATUS assignBuffer(void* buffer, size_t length);
    // Framework use: points an external memory object at another buffer (e.g. a request
    // being reused). IRQL <= DISPATCH_LEVEL.
    void setExternalBuffer(void* buffer, size_t length, FxMemoryAccess access);

    bool driverMayDelete() const override { return driverMayDelete_; }

private:
    void* buffer_ = nullptr;
    size_t length_ = 0;
    size_t requestedSize_ = 0;
    POOL_TYPE poolType_;
    ULONG poolTag_ = 0;
    bool ownsBuffer_ = false;
    bool driverMayDelete_ = true;
    bool assignable_ = false;
    FxMemoryAccess access_ = FxMemoryAccess::ReadWrite;
    FxLookaside* lookaside_ = nullptr;
};

}  // namespace wdf
