// ntos::KernelHandles: the kernel handle table of one System ("Object Handles"). A handle
// names a referenced object and the access granted when it was opened; ZwClose drops
// both. Only file objects have handles so far (ZwCreateFile / ZwOpenFile); every handle
// is a kernel handle (OBJ_KERNEL_HANDLE or not): there is no per-process table, because
// no driver code runs in a client's process.
#pragma once

#include <ntddk.h>

#include <map>

#include "ntos/platform/platform.h"

namespace ntos {

class KernelHandles {
public:
    struct Entry {
        PFILE_OBJECT file = nullptr;
        ACCESS_MASK grantedAccess = 0;
    };

    // Records `file` (whose reference the table now owns) and returns its new handle:
    // kernel handles have the high bit set, as on Windows. Thread: any, IRQL <= APC_LEVEL.
    HANDLE insert(PFILE_OBJECT file, ACCESS_MASK grantedAccess);
    // false for a handle that is not (or no longer) in the table. Thread: any.
    bool lookup(HANDLE handle, Entry* entry) const;
    // Takes the handle out of the table; the caller owns the file object's reference.
    // false for an unknown handle. Thread: any.
    bool remove(HANDLE handle, Entry* entry);
    size_t count() const;

private:
    mutable platform::Mutex lock_;
    std::map<ULONG_PTR, Entry> entries_;
    ULONG_PTR nextIndex_ = 1;
};

}  // namespace ntos
