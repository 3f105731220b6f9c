// Memory descriptor lists. The simulated "system address space" is the process address
// space, so an MDL describes a host buffer directly: mapping it to a system address is
// StartVa + ByteOffset, and the page-frame array holds the virtual page numbers.
#include "ntos/io/io_manager.h"
#include "ntos/ke/bug_check.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

constexpr uintptr_t kPageSize = 4096;

uintptr_t pageAlign(uintptr_t address) { return address & ~(kPageSize - 1); }

size_t pagesSpanned(uintptr_t address, size_t length) {
    if (length == 0) return 0;
    return (pageAlign(address + length - 1) - pageAlign(address)) / kPageSize + 1;
}

size_t mdlSize(uintptr_t address, size_t length) {
    return sizeof(MDL) + pagesSpanned(address, length) * sizeof(PFN_NUMBER);
}

void describe(PMDL mdl, PVOID virtualAddress, ULONG length) {
    const auto address = reinterpret_cast<uintptr_t>(virtualAddress);
    mdl->Next = nullptr;
    mdl->Size = static_cast<CSHORT>(mdlSize(address, length));
    mdl->MdlFlags = 0;
    mdl->Process = nullptr;
    mdl->StartVa = reinterpret_cast<PVOID>(pageAlign(address));
    mdl->ByteOffset = static_cast<ULONG>(address - pageAlign(address));
    mdl->ByteCount = length;
    mdl->MappedSystemVa = nullptr;
}

void fillPageFrames(PMDL mdl) {
    auto* frames = reinterpret_cast<PPFN_NUMBER>(mdl + 1);
    const uintptr_t start = reinterpret_cast<uintptr_t>(mdl->StartVa);
    const size_t pages = pagesSpanned(start + mdl->ByteOffset, mdl->ByteCount);
    for (size_t i = 0; i < pages; ++i) frames[i] = (start / kPageSize) + i;
}

PVOID systemAddress(PMDL mdl) {
    return static_cast<char*>(mdl->StartVa) + mdl->ByteOffset;
}

}  // namespace

extern "C" {

// IRQL <= DISPATCH_LEVEL, any thread.
PMDL IoAllocateMdl(PVOID VirtualAddress, ULONG Length, BOOLEAN SecondaryBuffer, BOOLEAN ChargeQuota, PIRP Irp) {
    (void)ChargeQuota;
    const size_t size = mdlSize(reinterpret_cast<uintptr_t>(VirtualAddress), Length);
    auto* mdl = static_cast<PMDL>(std::calloc(1, size));
    if (mdl == nullptr) return nullptr;
    describe(mdl, VirtualAddress, Length);
    if (Irp != nullptr) {
        if (SecondaryBuffer && Irp->MdlAddress != nullptr) {
            PMDL last = Irp->MdlAddress;
            while (last->Next != nullptr) last = last->Next;
            last->Next = mdl;
        } else {
            Irp->MdlAddress = mdl;
        }
    }
    return mdl;
}

// IRQL <= DISPATCH_LEVEL, any thread.
VOID IoFreeMdl(PMDL Mdl) { std::free(Mdl); }

// IRQL <= DISPATCH_LEVEL, any thread.
VOID MmBuildMdlForNonPagedPool(PMDL MemoryDescriptorList) {
    fillPageFrames(MemoryDescriptorList);
    MemoryDescriptorList->MappedSystemVa = systemAddress(MemoryDescriptorList);
    MemoryDescriptorList->MdlFlags |= MDL_SOURCE_IS_NONPAGED_POOL;
}

// IRQL <= APC_LEVEL (DISPATCH_LEVEL for nonpaged memory), any thread.
VOID MmProbeAndLockPages(PMDL MemoryDescriptorList, KPROCESSOR_MODE AccessMode, LOCK_OPERATION Operation) {
    (void)AccessMode;
    (void)Operation;
    fillPageFrames(MemoryDescriptorList);
    MemoryDescriptorList->MdlFlags |= MDL_PAGES_LOCKED;
}

// IRQL <= DISPATCH_LEVEL, any thread.
VOID MmUnlockPages(PMDL MemoryDescriptorList) {
    MemoryDescriptorList->MdlFlags &= ~(MDL_PAGES_LOCKED | MDL_MAPPED_TO_SYSTEM_VA);
}

// IRQL <= DISPATCH_LEVEL, any thread.
PVOID MmMapLockedPagesSpecifyCache(PMDL MemoryDescriptorList, KPROCESSOR_MODE AccessMode,
                                   MEMORY_CACHING_TYPE CacheType, PVOID RequestedAddress, ULONG BugCheckOnFailure,
                                   ULONG Priority) {
    (void)AccessMode;
    (void)CacheType;
    (void)RequestedAddress;
    (void)BugCheckOnFailure;
    (void)Priority;
    MemoryDescriptorList->MappedSystemVa = systemAddress(MemoryDescriptorList);
    MemoryDescriptorList->MdlFlags |= MDL_MAPPED_TO_SYSTEM_VA;
    return MemoryDescriptorList->MappedSystemVa;
}

// IRQL <= DISPATCH_LEVEL, any thread. Obsolete form of MmMapLockedPagesSpecifyCache.
PVOID MmMapLockedPages(PMDL MemoryDescriptorList, KPROCESSOR_MODE AccessMode) {
    return MmMapLockedPagesSpecifyCache(MemoryDescriptorList, AccessMode, MmCached, nullptr, TRUE,
                                        NormalPagePriority);
}

// IRQL <= DISPATCH_LEVEL, any thread.
VOID MmUnmapLockedPages(PVOID BaseAddress, PMDL MemoryDescriptorList) {
    (void)BaseAddress;
    MemoryDescriptorList->MdlFlags &= ~MDL_MAPPED_TO_SYSTEM_VA;
}

// IRQL: any.
SIZE_T MmSizeOfMdl(PVOID Base, SIZE_T Length) { return mdlSize(reinterpret_cast<uintptr_t>(Base), Length); }

// IRQL <= DISPATCH_LEVEL, any thread.
VOID IoBuildPartialMdl(PMDL SourceMdl, PMDL TargetMdl, PVOID VirtualAddress, ULONG Length) {
    const auto sourceStart = reinterpret_cast<uintptr_t>(SourceMdl->StartVa) + SourceMdl->ByteOffset;
    const auto start = reinterpret_cast<uintptr_t>(VirtualAddress);
    if (Length == 0) Length = static_cast<ULONG>(SourceMdl->ByteCount - (start - sourceStart));
    if (start < sourceStart || start + Length > sourceStart + SourceMdl->ByteCount) {
        ntos::bugCheck(ntos::bugcode::DriverVerifierDetectedViolation, reinterpret_cast<ULONG_PTR>(SourceMdl),
                       reinterpret_cast<ULONG_PTR>(VirtualAddress), Length, 0,
                       "IoBuildPartialMdl: the range is outside the source MDL");
    }
    const CSHORT targetSize = TargetMdl->Size;
    describe(TargetMdl, VirtualAddress, Length);
    TargetMdl->Size = targetSize;
    fillPageFrames(TargetMdl);
    TargetMdl->MdlFlags = MDL_PARTIAL |
                          (SourceMdl->MdlFlags & (MDL_SOURCE_IS_NONPAGED_POOL | MDL_MAPPED_TO_SYSTEM_VA));
    TargetMdl->MappedSystemVa = VirtualAddress;
    if (TargetMdl->MdlFlags & (MDL_SOURCE_IS_NONPAGED_POOL | MDL_MAPPED_TO_SYSTEM_VA)) {
        TargetMdl->MdlFlags |= MDL_MAPPED_TO_SYSTEM_VA;
    }
}

}  // extern "C"
