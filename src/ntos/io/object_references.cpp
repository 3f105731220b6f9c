#include "ntos/io/object_references.h"

namespace ntos {

void ObjectReferences::track(void* object, LastReferenceAction onLast) {
    platform::LockGuard guard(lock_);
    entries_[object] = Entry{1, std::move(onLast)};
}

bool ObjectReferences::reference(void* object) {
    platform::LockGuard guard(lock_);
    auto it = entries_.find(object);
    if (it == entries_.end()) return false;
    ++it->second.count;
    return true;
}

bool ObjectReferences::dereference(void* object) {
    LastReferenceAction onLast;
    {
        platform::LockGuard guard(lock_);
        auto it = entries_.find(object);
        if (it == entries_.end()) return false;
        if (--it->second.count > 0) return true;
        onLast = std::move(it->second.onLast);
        entries_.erase(it);
    }
    if (onLast) onLast();
    return true;
}

bool ObjectReferences::isTracked(void* object) const {
    platform::LockGuard guard(lock_);
    return entries_.count(object) != 0;
}

LONG_PTR ObjectReferences::count(void* object) const {
    platform::LockGuard guard(lock_);
    auto it = entries_.find(object);
    return it == entries_.end() ? 0 : it->second.count;
}

size_t ObjectReferences::size() const {
    platform::LockGuard guard(lock_);
    return entries_.size();
}

}  // namespace ntos
