// A file handle of the client process: the host's handle for it, whether it was opened
// for overlapped I/O, and the requests outstanding on it (for CancelIo/CancelIoEx).
#pragma once

#include "client/host_connection.h"
#include "client/kernel_object.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace kmdf::client {

class FileObject : public KernelObject {
public:
    FileObject(std::shared_ptr<HostConnection> connection, uint64_t hostHandle, bool overlapped)
        : connection_(std::move(connection)), hostHandle_(hostHandle), overlapped_(overlapped) {}

    HostConnection& connection() { return *connection_; }
    uint64_t hostHandle() const { return hostHandle_; }
    bool overlapped() const { return overlapped_; }

    // `overlapped` identifies the caller's OVERLAPPED (nullptr for synchronous I/O).
    void track(uint64_t requestId, const void* overlapped);
    void untrack(uint64_t requestId);
    // Outstanding requests started with this OVERLAPPED (all of them if nullptr).
    std::vector<uint64_t> requestsFor(const void* overlapped) const;
    // Outstanding requests started by the calling thread.
    std::vector<uint64_t> requestsOfCallingThread() const;

private:
    struct Outstanding {
        const void* overlapped;
        std::thread::id thread;
    };

    std::shared_ptr<HostConnection> connection_;
    const uint64_t hostHandle_;
    const bool overlapped_;
    mutable std::mutex mutex_;
    std::unordered_map<uint64_t, Outstanding> outstanding_;
};

}  // namespace kmdf::client
