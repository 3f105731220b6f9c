// Pool allocations: every block from ExAllocatePool* is registered here (address,
// size, tag, caller, owning kernel) so frees are checked and leaks can be listed.
#pragma once

#include "ntos/ke/kernel.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ntos {

struct KernelCore;

// PoolTracker of one kernel: a view of the process-wide registry.
class PoolTrackerForKernel final : public PoolTracker {
public:
    explicit PoolTrackerForKernel(KernelCore* core) : core_(core) {}
    ~PoolTrackerForKernel() override;  // outstanding blocks stay valid, owned by no kernel
    PoolTrackerForKernel(const PoolTrackerForKernel&) = delete;
    PoolTrackerForKernel& operator=(const PoolTrackerForKernel&) = delete;

    std::vector<PoolAllocation> outstanding() const override;
    std::vector<PoolAllocation> outstandingFromRange(uintptr_t begin, uintptr_t end) const override;

private:
    KernelCore* core_;
};

// Allocates a tracked block for the current kernel (bug check without one). Returns
// nullptr only when the host is out of memory. Thread: any, IRQL <= DISPATCH_LEVEL.
void* poolAllocate(const char* routine, size_t size, ULONG tag, bool zero, const void* caller);

// Frees a tracked block; a pointer that is not an outstanding pool block, or a tag that
// does not match (when checkTag), is a BAD_POOL_CALLER bug check.
// Thread: any, IRQL <= DISPATCH_LEVEL.
void poolFree(const char* routine, void* block, ULONG tag, bool checkTag);

// The size of an outstanding pool block, or 0 if `block` is not one.
size_t poolBlockSize(const void* block);

// "'Tag1'" style text for a tag, for reports.
std::string poolTagText(ULONG tag);

}  // namespace ntos
