// Pool: blocks come from the host heap (16-byte aligned, as x64 pool) and are
// registered process-wide with their size, tag, allocating caller and kernel, so a
// free of anything else, a double free or a wrong tag is a BAD_POOL_CALLER bug check
// and each kernel can list what is still outstanding.
#include "ntos/ex/pool_registry.h"

#include "ntos/ke/bug_check.h"
#include "ntos/ke/kernel_core.h"
#include "ntos/ke/thread_state.h"
#include "ntos/platform/platform.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>

namespace ntos {
namespace {

constexpr ULONG kProtectedPoolBit = 0x80000000u;

struct Block {
    size_t size = 0;
    ULONG tag = 0;
    const void* caller = nullptr;
    const KernelCore* core = nullptr;  // nullptr once its kernel is gone
};

struct Registry {
    platform::Mutex lock;
    std::unordered_map<const void*, Block> blocks;
};

Registry& registry() {
    static Registry* instance = new Registry;  // never destroyed: blocks may outlive every kernel
    return *instance;
}

void checkIrql(const char* routine) {
    KIRQL irql = currentThread().irql;
    if (irql > DISPATCH_LEVEL) {
        bugCheck(bugcode::IrqlNotLessOrEqual, 0, irql, 0, 0,
                 std::string(routine) + " at IRQL " + std::to_string(irql) +
                     "; pool routines require IRQL <= DISPATCH_LEVEL");
    }
}

std::vector<PoolAllocation> collect(const KernelCore* core, uintptr_t begin, uintptr_t end) {
    Registry& r = registry();
    std::vector<PoolAllocation> result;
    platform::LockGuard lock(r.lock);
    for (const auto& [address, block] : r.blocks) {
        if (block.core != core) continue;
        const auto caller = reinterpret_cast<uintptr_t>(block.caller);
        if (caller < begin || caller >= end) continue;
        result.push_back(PoolAllocation{address, block.size, block.tag, block.caller});
    }
    std::sort(result.begin(), result.end(),
              [](const PoolAllocation& a, const PoolAllocation& b) { return a.address < b.address; });
    return result;
}

}  // namespace

std::string poolTagText(ULONG tag) {
    std::string text = "'";
    for (int i = 0; i < 4; ++i) {
        const char c = static_cast<char>((tag >> (8 * i)) & 0x7F);
        text += (c >= 0x20 && c < 0x7F) ? c : '.';
    }
    return text + "'";
}

PoolTrackerForKernel::~PoolTrackerForKernel() {
    Registry& r = registry();
    platform::LockGuard lock(r.lock);
    for (auto& entry : r.blocks) {
        if (entry.second.core == core_) entry.second.core = nullptr;
    }
}

std::vector<PoolAllocation> PoolTrackerForKernel::outstanding() const { return collect(core_, 0, UINTPTR_MAX); }

std::vector<PoolAllocation> PoolTrackerForKernel::outstandingFromRange(uintptr_t begin, uintptr_t end) const {
    return collect(core_, begin, end);
}

void* poolAllocate(const char* routine, size_t size, ULONG tag, bool zero, const void* caller) {
    KernelCore& core = requireKernel(routine);
    checkIrql(routine);
    const size_t rounded = (std::max<size_t>(size, 1) + 15) & ~size_t{15};
    void* block = std::aligned_alloc(16, rounded);
    if (block == nullptr) return nullptr;
    if (zero) std::memset(block, 0, rounded);
    Registry& r = registry();
    platform::LockGuard lock(r.lock);
    r.blocks[block] = Block{size, tag & ~kProtectedPoolBit, caller, &core};
    return block;
}

void poolFree(const char* routine, void* address, ULONG tag, bool checkTag) {
    checkIrql(routine);
    Registry& r = registry();
    platform::UniqueLock lock(r.lock);
    auto found = r.blocks.find(address);
    if (found == r.blocks.end()) {
        lock.unlock();
        bugCheck(bugcode::BadPoolCaller, 0x46, reinterpret_cast<ULONG_PTR>(address), 0, 0,
                 std::string(routine) + ": " + std::to_string(reinterpret_cast<uintptr_t>(address)) +
                     " is not an outstanding pool block (double free, or never allocated from pool)");
    }
    const ULONG expected = found->second.tag;
    if (checkTag && tag != 0 && (tag & ~kProtectedPoolBit) != expected) {
        lock.unlock();
        bugCheck(bugcode::BadPoolCaller, 0x0A, reinterpret_cast<ULONG_PTR>(address), expected, tag,
                 std::string(routine) + ": the block was allocated with tag " + poolTagText(expected) +
                     " but is being freed with tag " + poolTagText(tag));
    }
    r.blocks.erase(found);
    lock.unlock();
    std::free(address);
}

size_t poolBlockSize(const void* block) {
    Registry& r = registry();
    platform::LockGuard lock(r.lock);
    auto found = r.blocks.find(block);
    return found == r.blocks.end() ? 0 : found->second.size;
}

}  // namespace ntos

using namespace ntos;

namespace {

bool isPagedType(POOL_TYPE type) { return (static_cast<int>(type) & 1) != 0; }  // PagedPool* are odd

void checkPagedIrql(const char* routine, bool paged) {
    KIRQL irql = currentThread().irql;
    if (paged && irql >= DISPATCH_LEVEL) {
        bugCheck(bugcode::IrqlNotLessOrEqual, 0, irql, 0, 0,
                 std::string(routine) + ": paged pool at IRQL " + std::to_string(irql) +
                     "; paged pool requires IRQL <= APC_LEVEL");
    }
}

PVOID allocateTyped(const char* routine, POOL_TYPE type, SIZE_T size, ULONG tag, const void* caller) {
    checkPagedIrql(routine, isPagedType(type));
    return poolAllocate(routine, size, tag, false, caller);
}

}  // namespace

extern "C" {

PVOID NTAPI ExAllocatePool2(POOL_FLAGS Flags, SIZE_T NumberOfBytes, ULONG Tag) {
    const void* caller = __builtin_return_address(0);
    const POOL_FLAGS kinds = Flags & (POOL_FLAG_NON_PAGED | POOL_FLAG_NON_PAGED_EXECUTE | POOL_FLAG_PAGED);
    const bool oneKind = kinds != 0 && (kinds & (kinds - 1)) == 0;
    PVOID block = nullptr;
    if (Tag != 0 && oneKind) {
        checkPagedIrql("ExAllocatePool2", kinds == POOL_FLAG_PAGED);
        block = poolAllocate("ExAllocatePool2", NumberOfBytes, Tag, (Flags & POOL_FLAG_UNINITIALIZED) == 0, caller);
    }
    if (block == nullptr && (Flags & POOL_FLAG_RAISE_ON_FAILURE) != 0) {
        // We cannot raise an SEH exception through C code: an unhandled raise is this bug check.
        bugCheck(0x1E /* KMODE_EXCEPTION_NOT_HANDLED */, static_cast<ULONG_PTR>(STATUS_INSUFFICIENT_RESOURCES),
                 NumberOfBytes, Tag, static_cast<ULONG_PTR>(Flags),
                 "ExAllocatePool2 with POOL_FLAG_RAISE_ON_FAILURE failed (tag " + poolTagText(Tag) +
                     (oneKind ? ")" : ", invalid POOL_FLAGS)") + (Tag == 0 ? " (tag 0 is invalid)" : ""));
    }
    return block;
}

PVOID NTAPI ExAllocatePoolWithTag(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag) {
    return allocateTyped("ExAllocatePoolWithTag", PoolType, NumberOfBytes, Tag, __builtin_return_address(0));
}

PVOID NTAPI ExAllocatePool(POOL_TYPE PoolType, SIZE_T NumberOfBytes) {
    return allocateTyped("ExAllocatePool", PoolType, NumberOfBytes, 'enoN', __builtin_return_address(0));
}

PVOID NTAPI ExAllocatePoolWithQuotaTag(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag) {
    PVOID block =
        allocateTyped("ExAllocatePoolWithQuotaTag", PoolType, NumberOfBytes, Tag, __builtin_return_address(0));
    if (block == nullptr) {
        bugCheck(0x1E, static_cast<ULONG_PTR>(STATUS_INSUFFICIENT_RESOURCES), NumberOfBytes, Tag, 0,
                 "ExAllocatePoolWithQuotaTag failed (it raises an exception by default)");
    }
    return block;
}

PVOID NTAPI ExAllocatePoolWithTagPriority(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag,
                                          EX_POOL_PRIORITY Priority) {
    (void)Priority;
    return allocateTyped("ExAllocatePoolWithTagPriority", PoolType, NumberOfBytes, Tag, __builtin_return_address(0));
}

VOID NTAPI ExFreePoolWithTag(PVOID P, ULONG Tag) { poolFree("ExFreePoolWithTag", P, Tag, true); }

VOID NTAPI ExFreePool(PVOID P) { poolFree("ExFreePool", P, 0, false); }

}  // extern "C"
