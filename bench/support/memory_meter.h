// Memory accounting for the benchmarks: the process heap in use (glibc mallinfo2:
// uordblks + hblkhd, summed over every arena, so it covers the framework's objects, the
// kernel's pool blocks and everything else the runtime allocates) and, of that, the
// kernel's outstanding pool (its pool tracker). A figure per object is the difference of
// two snapshots divided by the number of objects alive in between.
#pragma once

#include <cstddef>

namespace ntos {
class System;
}

namespace bench {

struct MemorySnapshot {
    size_t heapBytes = 0;  // malloc'd and mmap'd bytes in use
    size_t poolBytes = 0;  // ExAllocatePool* bytes outstanding (0 without a System)
};

// Thread: any thread with nothing else allocating (the caller makes sure the System is idle).
MemorySnapshot takeMemorySnapshot(ntos::System* system);

// Bytes per item between two snapshots (negative differences read as 0).
double heapBytesPer(const MemorySnapshot& before, const MemorySnapshot& after, size_t items);
double poolBytesPer(const MemorySnapshot& before, const MemorySnapshot& after, size_t items);

}  // namespace bench
