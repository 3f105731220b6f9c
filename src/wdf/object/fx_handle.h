// FxHandleTable: the per-driver table that turns framework objects into the opaque
// handles drivers hold (WDFOBJECT, WDFDEVICE, ...). A handle encodes a slot index and the
// slot's generation, never a pointer, so a stale handle (object destroyed, slot reused)
// or a garbage value is detected instead of being dereferenced.
//
// Encoding (64 bits): bit 0 = 1 (so a handle is never NULL and never an aligned
// pointer), bits 1..31 = slot index, bits 32..63 = generation. Each table starts its
// generations at a per-table salt, so a handle from another driver's table is rejected.
//
// Lookup is lock-free and allocation-free: the slots live in fixed-size chunks that are
// never moved or freed while the table exists. Freed slots form a lock-free LIFO stack
// (linked through the slots, head tagged against ABA), so giving a handle to each new
// request and taking it back costs one compare-and-swap each; the lock is only for
// carving new slots out of the chunks.
#pragma once

#include <ntddk.h>

#include "wdf/support/fx_spin_mutex.h"

#include <atomic>
#include <cstdint>

namespace wdf {

class FxObject;

class FxHandleTable {
public:
    explicit FxHandleTable(uint32_t salt);
    ~FxHandleTable();
    FxHandleTable(const FxHandleTable&) = delete;
    FxHandleTable& operator=(const FxHandleTable&) = delete;

    // Gives `object` a handle; nullptr when the table is full.
    // IRQL <= DISPATCH_LEVEL, any thread.
    void* insert(FxObject* object);
    // Invalidates `handle` (later lookups fail); the slot may be reused.
    // IRQL <= DISPATCH_LEVEL, any thread.
    void remove(void* handle);
    // The object `handle` names, or nullptr if it is NULL, garbage or stale.
    // Any IRQL, any thread; lock-free.
    FxObject* lookup(const void* handle) const;

    // Slots holding an object (counted: for tests and reports, not a hot path).
    size_t liveCount() const;

    static constexpr uint32_t kSlotsPerChunk = 1024;
    static constexpr uint32_t kMaxChunks = 4096;  // 4M live objects per driver

private:
    struct Slot {
        std::atomic<uint32_t> generation{0};
        std::atomic<uint32_t> nextFree{0};  // free stack: index + 1 of the next free slot, 0 = none
        std::atomic<FxObject*> object{nullptr};
    };
    static_assert(sizeof(Slot) == 16);

    bool popFree(uint32_t* index);
    void pushFree(uint32_t index);

    Slot* slotAt(uint32_t index) const;

    const uint32_t salt_;
    std::atomic<Slot*> chunks_[kMaxChunks] = {};
    FxSpinMutex lock_;  // guards carving new slots: nextIndex_, chunk creation
    std::atomic<uint32_t> nextIndex_{0};
    // Top of the free stack: bits 0..31 = index + 1 (0: empty), bits 32..63 = a tag bumped
    // by every push and pop, so a stale head never compares equal.
    std::atomic<uint64_t> freeHead_{0};
};

}  // namespace wdf
