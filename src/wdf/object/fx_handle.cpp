#include "wdf/object/fx_handle.h"

namespace wdf {

namespace {

constexpr uint64_t kTagBit = 1;
constexpr uint32_t kMaxIndex = FxHandleTable::kSlotsPerChunk * FxHandleTable::kMaxChunks;

void* encode(uint32_t index, uint32_t generation) {
    uint64_t value = (uint64_t{generation} << 32) | (uint64_t{index} << 1) | kTagBit;
    return reinterpret_cast<void*>(static_cast<uintptr_t>(value));
}

bool decode(const void* handle, uint32_t* index, uint32_t* generation) {
    uint64_t value = reinterpret_cast<uintptr_t>(handle);
    if ((value & kTagBit) == 0) return false;
    *index = static_cast<uint32_t>((value & 0xffffffffu) >> 1);
    *generation = static_cast<uint32_t>(value >> 32);
    return *index < kMaxIndex;
}

}  // namespace

FxHandleTable::FxHandleTable(uint32_t salt) : salt_(salt == 0 ? 0x5a17u : salt) {}

FxHandleTable::~FxHandleTable() {
    for (auto& chunk : chunks_) delete[] chunk.load(std::memory_order_relaxed);
}

FxHandleTable::Slot* FxHandleTable::slotAt(uint32_t index) const {
    Slot* chunk = chunks_[index / kSlotsPerChunk].load(std::memory_order_acquire);
    return chunk == nullptr ? nullptr : &chunk[index % kSlotsPerChunk];
}

bool FxHandleTable::popFree(uint32_t* index) {
    uint64_t head = freeHead_.load(std::memory_order_acquire);
    for (;;) {
        const uint32_t top = static_cast<uint32_t>(head);
        if (top == 0) return false;
        // Slots are never freed, so reading a slot another thread just took is harmless:
        // the tag makes this compare-and-swap fail then.
        const uint32_t next = slotAt(top - 1)->nextFree.load(std::memory_order_relaxed);
        const uint64_t newHead = (((head >> 32) + 1) << 32) | next;
        if (freeHead_.compare_exchange_weak(head, newHead, std::memory_order_acq_rel, std::memory_order_acquire)) {
            *index = top - 1;
            return true;
        }
    }
}

void FxHandleTable::pushFree(uint32_t index) {
    Slot* slot = slotAt(index);
    uint64_t head = freeHead_.load(std::memory_order_relaxed);
    for (;;) {
        slot->nextFree.store(static_cast<uint32_t>(head), std::memory_order_relaxed);
        const uint64_t newHead = (((head >> 32) + 1) << 32) | (uint64_t{index} + 1);
        if (freeHead_.compare_exchange_weak(head, newHead, std::memory_order_release, std::memory_order_relaxed)) {
            return;
        }
    }
}

void* FxHandleTable::insert(FxObject* object) {
    uint32_t index;
    if (!popFree(&index)) {
        FxSpinGuard guard(lock_);
        index = nextIndex_.load(std::memory_order_relaxed);
        if (index >= kMaxIndex) return nullptr;
        auto& chunk = chunks_[index / kSlotsPerChunk];
        if (chunk.load(std::memory_order_relaxed) == nullptr) {
            Slot* fresh = new (std::nothrow) Slot[kSlotsPerChunk];
            if (fresh == nullptr) return nullptr;
            for (uint32_t i = 0; i < kSlotsPerChunk; ++i) fresh[i].generation.store(salt_, std::memory_order_relaxed);
            chunk.store(fresh, std::memory_order_release);
        }
        nextIndex_.store(index + 1, std::memory_order_release);
    }
    Slot* slot = slotAt(index);
    slot->object.store(object, std::memory_order_release);
    return encode(index, slot->generation.load(std::memory_order_acquire));
}

void FxHandleTable::remove(void* handle) {
    uint32_t index, generation;
    if (!decode(handle, &index, &generation)) return;
    Slot* slot = slotAt(index);
    if (slot == nullptr) return;
    uint32_t expected = generation;
    // Bump the generation first: from here on no lookup with the old handle succeeds.
    if (!slot->generation.compare_exchange_strong(expected, generation + 1, std::memory_order_acq_rel)) return;
    slot->object.store(nullptr, std::memory_order_release);
    pushFree(index);
}

size_t FxHandleTable::liveCount() const {
    const uint32_t carved = nextIndex_.load(std::memory_order_acquire);
    size_t live = 0;
    for (uint32_t index = 0; index < carved; ++index) {
        Slot* slot = slotAt(index);
        if (slot != nullptr && slot->object.load(std::memory_order_acquire) != nullptr) ++live;
    }
    return live;
}

FxObject* FxHandleTable::lookup(const void* handle) const {
    uint32_t index, generation;
    if (!decode(handle, &index, &generation)) return nullptr;
    Slot* slot = slotAt(index);
    if (slot == nullptr) return nullptr;
    if (slot->generation.load(std::memory_order_acquire) != generation) return nullptr;
    FxObject* object = slot->object.load(std::memory_order_acquire);
    if (slot->generation.load(std::memory_order_acquire) != generation) return nullptr;
    return object;
}

}  // namespace wdf
