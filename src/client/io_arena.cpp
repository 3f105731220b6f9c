#include "client/io_arena.h"

#include "client/protocol.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace kmdf::client {

namespace {

constexpr uint64_t kDefaultCapacity = uint64_t{256} << 20;
constexpr uint64_t kPage = protocol::kArenaPageSize;

uint64_t roundUpToPages(uint64_t size) { return (size + kPage - 1) / kPage * kPage; }

std::atomic<IoArena*> created{nullptr};

}  // namespace

uint64_t ioArenaCapacity() {
    if (const char* text = std::getenv("KMDF_IO_ARENA_SIZE")) {
        char* end = nullptr;
        unsigned long long value = std::strtoull(text, &end, 0);
        if (end != text && *end == 0 && value != 0 && value <= protocol::kMaxArenaSize - kPage)
            return roundUpToPages(value);
    }
    return kDefaultCapacity;
}

IoArena::IoArena(int fd, uint8_t* base, uint64_t size) : fd_(fd), base_(base), size_(size) { free_[0] = size; }

IoArena* IoArena::existing() { return created.load(std::memory_order_acquire); }

IoArena* IoArena::instance() {
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    if (auto* arena = existing()) return arena;
    const uint64_t size = ioArenaCapacity();
    int fd = memfd_create("kmdf-io-arena", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0) return nullptr;
    if (ftruncate(fd, static_cast<off_t>(size)) != 0 ||
        fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL) != 0) {
        close(fd);
        return nullptr;
    }
    void* base = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (base == MAP_FAILED) {
        close(fd);
        return nullptr;
    }
    // Never destroyed: a connection may map it until the process ends.
    auto* arena = new IoArena(fd, static_cast<uint8_t*>(base), size);
    created.store(arena, std::memory_order_release);
    return arena;
}

void* IoArena::allocate(size_t size) {
    if (size == 0 || size > size_) return nullptr;
    const uint64_t length = roundUpToPages(size);
    std::lock_guard lock(mutex_);
    for (auto it = free_.begin(); it != free_.end(); ++it) {
        if (it->second < length) continue;
        const uint64_t offset = it->first;
        const uint64_t remaining = it->second - length;
        free_.erase(it);
        if (remaining) free_[offset + length] = remaining;
        allocated_[offset] = length;
        return base_ + offset;
    }
    return nullptr;
}

bool IoArena::free(void* block) {
    const auto address = reinterpret_cast<uintptr_t>(block);
    const auto base = reinterpret_cast<uintptr_t>(base_);
    if (address < base || address >= base + size_) return false;
    const uint64_t offset = address - base;
    std::lock_guard lock(mutex_);
    auto it = allocated_.find(offset);
    if (it == allocated_.end()) return false;
    uint64_t start = offset;
    uint64_t length = it->second;
    allocated_.erase(it);
    // Give the pages back to the system (they read as zeros again); the mapping stays.
    if (fallocate(fd_, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, static_cast<off_t>(start),
                  static_cast<off_t>(length)) != 0) {
        std::memset(base_ + start, 0, length);
    }
    auto next = free_.lower_bound(start);
    if (next != free_.end() && next->first == start + length) {
        length += next->second;
        next = free_.erase(next);
    }
    if (next != free_.begin()) {
        auto previous = std::prev(next);
        if (previous->first + previous->second == start) {
            start = previous->first;
            length += previous->second;
            free_.erase(previous);
        }
    }
    free_[start] = length;
    return true;
}

bool IoArena::locate(const void* data, size_t length, uint64_t* offset) const {
    const auto address = reinterpret_cast<uintptr_t>(data);
    const auto base = reinterpret_cast<uintptr_t>(base_);
    if (data == nullptr || address < base || address - base > size_ || length > size_ - (address - base)) return false;
    *offset = address - base;
    return true;
}

}  // namespace kmdf::client
