// The direct I/O arena behind KmdfAllocateIoBuffer: page-aligned blocks, first fit,
// coalescing on free, zeroed pages, and locate() for whole ranges only.
#include <kmdfclient.h>

#include "client/io_arena.h"

#include <gtest/gtest.h>

#include <cstring>
#include <fcntl.h>

using kmdf::client::IoArena;

TEST(IoArena, BlocksArePageAlignedZeroedAndLocatable) {
    IoArena* arena = IoArena::instance();
    ASSERT_NE(arena, nullptr);
    EXPECT_EQ(arena, IoArena::existing());
    auto* a = static_cast<uint8_t*>(arena->allocate(1));
    auto* b = static_cast<uint8_t*>(arena->allocate(5000));
    ASSERT_NE(a, nullptr);
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(a) % 4096, 0u);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(b) % 4096, 0u);
    EXPECT_GE(b - a, 4096);
    EXPECT_EQ(b[4999], 0);
    uint64_t offsetA = 0, offsetB = 0;
    ASSERT_TRUE(arena->locate(a, 1, &offsetA));
    ASSERT_TRUE(arena->locate(b + 10, 100, &offsetB));
    EXPECT_EQ(offsetB - offsetA, static_cast<uint64_t>(b + 10 - a));
    uint64_t unused;
    int local = 0;
    EXPECT_FALSE(arena->locate(&local, sizeof(local), &unused));
    EXPECT_FALSE(arena->locate(nullptr, 0, &unused));
    EXPECT_FALSE(arena->locate(a, arena->size() + 1, &unused));
    std::memset(b, 0x77, 5000);
    EXPECT_TRUE(arena->free(b));
    auto* again = static_cast<uint8_t*>(arena->allocate(8192));
    EXPECT_EQ(again, b);  // first fit reuses the freed pages
    EXPECT_EQ(again[0], 0);  // and they read as zeros again
    EXPECT_EQ(again[4999], 0);
    EXPECT_TRUE(arena->free(again));
    EXPECT_TRUE(arena->free(a));
    EXPECT_FALSE(arena->free(a));
}

TEST(IoArena, FreedNeighboursCoalesceIntoOneBlock) {
    IoArena* arena = IoArena::instance();
    ASSERT_NE(arena, nullptr);
    void* a = arena->allocate(4096);
    void* b = arena->allocate(4096);
    void* c = arena->allocate(4096);
    ASSERT_TRUE(a && b && c);
    EXPECT_TRUE(arena->free(a));
    EXPECT_TRUE(arena->free(c));
    EXPECT_TRUE(arena->free(b));
    // The whole arena is one free block again.
    void* all = arena->allocate(arena->size());
    EXPECT_EQ(all, a);
    EXPECT_EQ(arena->allocate(1), nullptr);
    EXPECT_TRUE(arena->free(all));
}

TEST(IoArena, TheMemfdIsSealedSoTheHostCanTrustItsSize) {
    IoArena* arena = IoArena::instance();
    ASSERT_NE(arena, nullptr);
    const int seals = fcntl(arena->fd(), F_GET_SEALS);
    EXPECT_TRUE(seals & F_SEAL_SHRINK);
    EXPECT_TRUE(seals & F_SEAL_GROW);
    EXPECT_TRUE(seals & F_SEAL_SEAL);
}

TEST(IoArena, Win32EntryPointsFollowTheirContract) {
    void* block = KmdfAllocateIoBuffer(100);
    ASSERT_NE(block, nullptr);
    EXPECT_EQ(KmdfIoArenaCapacity(), IoArena::existing()->size());
    EXPECT_EQ(KmdfAllocateIoBuffer(0), nullptr);
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(KmdfAllocateIoBuffer(KmdfIoArenaCapacity() + 1), nullptr);
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_NOT_ENOUGH_MEMORY));
    EXPECT_FALSE(KmdfFreeIoBuffer(static_cast<char*>(block) + 1));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_TRUE(KmdfFreeIoBuffer(block));
    EXPECT_TRUE(KmdfFreeIoBuffer(nullptr));
}
