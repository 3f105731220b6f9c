// FxLookaside: WDFLOOKASIDE, a lookaside list of fixed-size pool buffers from which the
// driver takes WDFMEMORY objects (WdfMemoryCreateFromLookaside). Deleting such a memory
// object returns its buffer to the list; the list frees its cached buffers when it is
// destroyed. Each memory object holds a reference on the list, so the list outlives them.
#pragma once

#include "wdf/object/fx_object.h"

#include <vector>

namespace wdf {

class FxLookaside : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::Lookaside;

    // `memoryAttributes` (may be NULL) is copied: it is applied to every memory object.
    FxLookaside(FxDriverGlobals* globals, size_t bufferSize, POOL_TYPE poolType, ULONG poolTag,
                PWDF_OBJECT_ATTRIBUTES memoryAttributes);
    ~FxLookaside() override;

    size_t bufferSize() const { return bufferSize_; }
    POOL_TYPE poolType() const { return poolType_; }
    ULONG poolTag() const { return poolTag_; }
    // Attributes for the memory objects (NULL when the driver gave none).
    PWDF_OBJECT_ATTRIBUTES memoryAttributes() { return hasMemoryAttributes_ ? &memoryAttributes_ : nullptr; }

    // A zeroed buffer of bufferSize() bytes (cached or new), or nullptr.
    // IRQL <= DISPATCH_LEVEL (<= APC_LEVEL for paged pool), any thread.
    void* takeBuffer();
    // Gives a buffer from takeBuffer() back. Any thread, IRQL <= DISPATCH_LEVEL.
    void giveBack(void* buffer);

private:
    size_t bufferSize_;
    POOL_TYPE poolType_;
    ULONG poolTag_;
    WDF_OBJECT_ATTRIBUTES memoryAttributes_{};
    bool hasMemoryAttributes_ = false;
    FxSpinMutex cacheLock_;
    std::vector<void*> cache_;
};

}  // namespace wdf
