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

void* FxHandleTable::insert(FxObject* object) {
    uint32_t index;
    Slot* slot;
    {
        FxSpinGuard guard(lock_);
        if (!free_.empty()) {
            index = free_.back();
            free_.pop_back();
        } else {
            if (nextIndex_ >= kMaxIndex) return nullptr;
            index = nextIndex_;
            auto& chunk = chunks_[index / kSlotsPerChunk];
            if (chunk.load(std::memory_order_relaxed) == nullptr) {
                Slot* fresh = new (std::nothrow) Slot[kSlotsPerChunk];
                if (fresh == nullptr) return nullptr;
                for (uint32_t i = 0; i < kSlotsPerChunk; ++i) fresh[i].generation.store(salt_, std::memory_order_relaxed);
                chunk.store(fresh, std::memory_order_release);
            }
            ++nextIndex_;
        }
        slot = slotAt(index);
    }
    slot->object.store(object, std::memory_order_release);
    live_.fetch_add(1, std::memory_order_relaxed);
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
    live_.fetch_sub(1, std::memory_order_relaxed);
    FxSpinGuard guard(lock_);
    free_.push_back(index);
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
