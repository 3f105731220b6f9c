// The client process's handle table: HANDLE values are the library's own small
// integers (multiples of 4, as on Windows, so the low bits stay free), never 0 or
// INVALID_HANDLE_VALUE. Values are not reused, so a stale handle is reported as invalid.
#pragma once

#include "client/kernel_object.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace kmdf::client {

class HandleTable {
public:
    using Value = uint64_t;

    Value insert(std::shared_ptr<KernelObject> object);
    // nullptr if the handle is not open.
    std::shared_ptr<KernelObject> lookup(Value handle) const;
    template <class T>
    std::shared_ptr<T> lookupAs(Value handle) const {
        return std::dynamic_pointer_cast<T>(lookup(handle));
    }
    // Removes and returns the object; nullptr if the handle is not open.
    std::shared_ptr<KernelObject> remove(Value handle);
    size_t size() const;

private:
    mutable std::mutex mutex_;
    std::unordered_map<Value, std::shared_ptr<KernelObject>> objects_;
    Value next_ = 4;
};

// The table of this process (the one the Win32 functions use).
HandleTable& processHandleTable();

}  // namespace kmdf::client
