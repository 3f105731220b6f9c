#include "support/memory_meter.h"

#include <malloc.h>

#include "ntos/ke/kernel.h"
#include "ntos/system.h"

namespace bench {

MemorySnapshot takeMemorySnapshot(ntos::System* system) {
    MemorySnapshot snapshot;
    // Freed blocks a thread cache still holds count as in use; trimming returns them.
    malloc_trim(0);
    struct mallinfo2 info = mallinfo2();
    snapshot.heapBytes = info.uordblks + info.hblkhd;
    if (system != nullptr) {
        for (const ntos::PoolAllocation& block : system->kernel().pool().outstanding()) {
            snapshot.poolBytes += block.size;
        }
    }
    return snapshot;
}

static double perItem(size_t before, size_t after, size_t items) {
    if (items == 0 || after <= before) return 0.0;
    return static_cast<double>(after - before) / static_cast<double>(items);
}

double heapBytesPer(const MemorySnapshot& before, const MemorySnapshot& after, size_t items) {
    return perItem(before.heapBytes, after.heapBytes, items);
}

double poolBytesPer(const MemorySnapshot& before, const MemorySnapshot& after, size_t items) {
    return perItem(before.poolBytes, after.poolBytes, items);
}

}  // namespace bench
