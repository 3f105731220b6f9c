#include "wdf/support/fx_lookaside.h"

#include <cstring>

namespace wdf {

namespace {
constexpr size_t kMaxCachedBuffers = 64;
}

FxLookaside::FxLookaside(FxDriverGlobals* globals, size_t bufferSize, POOL_TYPE poolType, ULONG poolTag,
                         PWDF_OBJECT_ATTRIBUTES memoryAttributes)
    : FxObject(globals, kObjectType),
      bufferSize_(bufferSize),
      poolType_(poolType),
      poolTag_(poolTag != 0 ? poolTag : globals->publicGlobals.DriverTag) {
    if (memoryAttributes != nullptr) {
        memoryAttributes_ = *memoryAttributes;
        hasMemoryAttributes_ = true;
    }
}

FxLookaside::~FxLookaside() {
    for (void* buffer : cache_) ExFreePoolWithTag(buffer, poolTag_);
}

void* FxLookaside::takeBuffer() {
    void* buffer = nullptr;
    {
        FxSpinGuard guard(cacheLock_);
        if (!cache_.empty()) {
            buffer = cache_.back();
            cache_.pop_back();
        }
    }
    if (buffer == nullptr) buffer = ExAllocatePoolWithTag(poolType_, bufferSize_, poolTag_);
    if (buffer != nullptr) std::memset(buffer, 0, bufferSize_);
    return buffer;
}

void FxLookaside::giveBack(void* buffer) {
    {
        FxSpinGuard guard(cacheLock_);
        if (cache_.size() < kMaxCachedBuffers) {
            cache_.push_back(buffer);
            return;
        }
    }
    ExFreePoolWithTag(buffer, poolTag_);
}

}  // namespace wdf
