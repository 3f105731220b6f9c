#include "client/file_object.h"

namespace kmdf::client {

void FileObject::track(uint64_t requestId, const void* overlapped) {
    std::lock_guard lock(mutex_);
    outstanding_[requestId] = Outstanding{overlapped, std::this_thread::get_id()};
}

void FileObject::untrack(uint64_t requestId) {
    std::lock_guard lock(mutex_);
    outstanding_.erase(requestId);
}

std::vector<uint64_t> FileObject::requestsFor(const void* overlapped) const {
    std::lock_guard lock(mutex_);
    std::vector<uint64_t> ids;
    for (const auto& [id, entry] : outstanding_) {
        if (overlapped == nullptr || entry.overlapped == overlapped) ids.push_back(id);
    }
    return ids;
}

std::vector<uint64_t> FileObject::requestsOfCallingThread() const {
    std::lock_guard lock(mutex_);
    std::vector<uint64_t> ids;
    for (const auto& [id, entry] : outstanding_) {
        if (entry.thread == std::this_thread::get_id()) ids.push_back(id);
    }
    return ids;
}

}  // namespace kmdf::client
