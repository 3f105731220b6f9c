// The process's direct I/O arena: one memfd (sealed against shrinking) mapped shared,
// from which KmdfAllocateIoBuffer hands out page-aligned blocks. Each host connection
// receives the memfd once (ShareArena) and maps the same pages, so a buffer inside the
// arena is named to the host by its offset instead of being copied.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>

namespace kmdf::client {

class IoArena {
public:
    // The process's arena, created on first use; nullptr if it could not be created.
    static IoArena* instance();
    // The arena if it was created already (never creates it).
    static IoArena* existing();

    void* allocate(size_t size);
    bool free(void* block);

    // True when [data, data + length) lies inside the arena; *offset is where.
    bool locate(const void* data, size_t length, uint64_t* offset) const;

    int fd() const { return fd_; }
    uint64_t size() const { return size_; }

private:
    IoArena(int fd, uint8_t* base, uint64_t size);

    const int fd_;
    uint8_t* const base_;
    const uint64_t size_;
    std::mutex mutex_;
    std::map<uint64_t, uint64_t> free_;       // offset -> length, coalesced
    std::map<uint64_t, uint64_t> allocated_;  // offset -> length
};

// The capacity instance() uses (KMDF_IO_ARENA_SIZE or the default), in bytes.
uint64_t ioArenaCapacity();

}  // namespace kmdf::client
