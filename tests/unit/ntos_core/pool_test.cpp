#include "kernel_fixture.h"

#include <cstring>

using namespace ntos_test;

namespace {

class PoolTest : public KernelTest {};

__attribute__((noinline)) PVOID allocateInHelper(SIZE_T size) {
    PVOID block = ExAllocatePool2(POOL_FLAG_NON_PAGED, size, 'pleH');
    __asm__ __volatile__("" ::: "memory");  // keep the call from becoming a tail call
    return block;
}

TEST_F(PoolTest, TracksEveryOutstandingAllocation) {
    EXPECT_TRUE(kernel().pool().outstanding().empty());
    PVOID a = ExAllocatePoolWithTag(NonPagedPoolNx, 10, 'AAAA');
    PVOID b = ExAllocatePool2(POOL_FLAG_PAGED, 200, 'BBBB');
    ASSERT_NE(a, nullptr);
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(a) % 16, 0u);
    auto outstanding = kernel().pool().outstanding();
    ASSERT_EQ(outstanding.size(), 2u);
    size_t total = 0;
    for (const auto& allocation : outstanding) {
        total += allocation.size;
        if (allocation.address == a) {
            EXPECT_EQ(allocation.tag, static_cast<ULONG>('AAAA'));
        }
        if (allocation.address == b) {
            EXPECT_EQ(allocation.tag, static_cast<ULONG>('BBBB'));
        }
        EXPECT_NE(allocation.caller, nullptr);
    }
    EXPECT_EQ(total, 210u);
    ExFreePoolWithTag(a, 'AAAA');
    EXPECT_EQ(kernel().pool().outstanding().size(), 1u);
    ExFreePool(b);
    EXPECT_TRUE(kernel().pool().outstanding().empty());
}

TEST_F(PoolTest, AllocatePool2ZeroesUnlessAskedNotTo) {
    auto* zeroed = static_cast<unsigned char*>(ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 'oreZ'));
    ASSERT_NE(zeroed, nullptr);
    for (int i = 0; i < 64; ++i) EXPECT_EQ(zeroed[i], 0) << i;
    ExFreePoolWithTag(zeroed, 'oreZ');
    PVOID raw = ExAllocatePool2(POOL_FLAG_NON_PAGED | POOL_FLAG_UNINITIALIZED, 64, 'waR ');
    EXPECT_NE(raw, nullptr);
    ExFreePool(raw);
}

TEST_F(PoolTest, AllocatePool2RejectsTagZeroAndInvalidFlags) {
    EXPECT_EQ(ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, 0), nullptr);
    EXPECT_EQ(ExAllocatePool2(0, 16, 'galF'), nullptr);
    EXPECT_EQ(ExAllocatePool2(POOL_FLAG_NON_PAGED | POOL_FLAG_PAGED, 16, 'galF'), nullptr);
    EXPECT_TRUE(kernel().pool().outstanding().empty());
}

TEST_F(PoolTest, ListsLeaksByCallerAddressRange) {
    PVOID mine = allocateInHelper(32);
    PVOID other = ExAllocatePool2(POOL_FLAG_NON_PAGED, 8, 'rhtO');
    const auto helper = reinterpret_cast<uintptr_t>(&allocateInHelper);
    auto fromHelper = kernel().pool().outstandingFromRange(helper, helper + 256);
    ASSERT_EQ(fromHelper.size(), 1u);
    EXPECT_EQ(fromHelper[0].address, mine);
    EXPECT_EQ(fromHelper[0].size, 32u);
    EXPECT_EQ(fromHelper[0].tag, static_cast<ULONG>('pleH'));
    EXPECT_TRUE(kernel().pool().outstandingFromRange(1, 2).empty());
    ExFreePool(mine);
    ExFreePool(other);
}

TEST_F(PoolTest, FreeWithTheWrongTagBugChecks) {
    PVOID block = ExAllocatePoolWithTag(NonPagedPoolNx, 16, 'Good');
    EXPECT_DEATH(ExFreePoolWithTag(block, 'Bad!'), "BAD_POOL_CALLER: ExFreePoolWithTag: the block was allocated with tag");
    ExFreePoolWithTag(block, 'Good');
}

TEST_F(PoolTest, DoubleFreeBugChecks) {
    PVOID block = ExAllocatePoolWithTag(NonPagedPoolNx, 16, 'Twce');
    ExFreePool(block);
    EXPECT_DEATH(ExFreePool(block), "BAD_POOL_CALLER.*not an outstanding pool block");
}

TEST_F(PoolTest, FreeingANonPoolPointerBugChecks) {
    int local = 0;
    EXPECT_DEATH(ExFreePool(&local), "BAD_POOL_CALLER");
}

TEST_F(PoolTest, AllocationWithoutAKernelBugChecks) {
    EXPECT_DEATH(ntos::platform::Thread("stray", [] { ExAllocatePool2(POOL_FLAG_NON_PAGED, 8, 'yrtS'); }).join(),
                 "ExAllocatePool2 was called on a thread with no current kernel");
}

TEST_F(PoolTest, PagedPoolAtDispatchLevelBugChecks) {
    EXPECT_DEATH(
        {
            KeRaiseIrqlToDpcLevel();
            ExAllocatePool2(POOL_FLAG_PAGED, 8, 'gaP ');
        },
        "paged pool at IRQL 2");
}

}  // namespace
