#include "client/handle_table.h"

namespace kmdf::client {

HandleTable::Value HandleTable::insert(std::shared_ptr<KernelObject> object) {
    std::lock_guard lock(mutex_);
    Value handle = next_;
    next_ += 4;
    objects_.emplace(handle, std::move(object));
    return handle;
}

std::shared_ptr<KernelObject> HandleTable::lookup(Value handle) const {
    std::lock_guard lock(mutex_);
    auto it = objects_.find(handle);
    return it == objects_.end() ? nullptr : it->second;
}

std::shared_ptr<KernelObject> HandleTable::remove(Value handle) {
    std::lock_guard lock(mutex_);
    auto it = objects_.find(handle);
    if (it == objects_.end()) return nullptr;
    auto object = std::move(it->second);
    objects_.erase(it);
    return object;
}

size_t HandleTable::size() const {
    std::lock_guard lock(mutex_);
    return objects_.size();
}

HandleTable& processHandleTable() {
    // Never destroyed: threads of the program may still use handles during exit.
    static auto* table = new HandleTable;
    return *table;
}

}  // namespace kmdf::client
