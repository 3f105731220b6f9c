#include "ntos/io/kernel_handles.h"

namespace ntos {
namespace {

// Handle values are multiples of 4 (the low two bits are free for the caller, as on
// Windows) with the kernel-handle bit set.
constexpr ULONG_PTR kKernelHandleBit = ULONG_PTR{1} << 63;

}  // namespace

HANDLE KernelHandles::insert(PFILE_OBJECT file, ACCESS_MASK grantedAccess) {
    platform::LockGuard guard(lock_);
    const ULONG_PTR value = kKernelHandleBit | (nextIndex_++ << 2);
    entries_[value] = Entry{file, grantedAccess};
    return reinterpret_cast<HANDLE>(value);
}

bool KernelHandles::lookup(HANDLE handle, Entry* entry) const {
    platform::LockGuard guard(lock_);
    auto it = entries_.find(reinterpret_cast<ULONG_PTR>(handle));
    if (it == entries_.end()) return false;
    *entry = it->second;
    return true;
}

bool KernelHandles::remove(HANDLE handle, Entry* entry) {
    platform::LockGuard guard(lock_);
    auto it = entries_.find(reinterpret_cast<ULONG_PTR>(handle));
    if (it == entries_.end()) return false;
    *entry = it->second;
    entries_.erase(it);
    return true;
}

size_t KernelHandles::count() const {
    platform::LockGuard guard(lock_);
    return entries_.size();
}

}  // namespace ntos
