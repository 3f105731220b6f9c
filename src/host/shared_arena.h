// A client's shared memory arena mapped into the host (direct I/O): the memfd the client
// passed with ShareArena, mapped MAP_SHARED, so an MDL over these pages describes the
// client's own memory. Unmapped when the last holder (the connection, or an I/O still
// using it) lets go.
#pragma once

#include "client/protocol.h"

#include <cstdint>
#include <memory>
#include <string>

namespace kmdf::host {

class SharedArena {
public:
    // Takes ownership of `fd` (closed in every case). nullptr with *error when the file is
    // smaller than `size` or cannot be mapped.
    static std::shared_ptr<SharedArena> map(int fd, uint64_t size, std::string* error);

    ~SharedArena();
    SharedArena(const SharedArena&) = delete;
    SharedArena& operator=(const SharedArena&) = delete;

    uint64_t size() const { return size_; }
    // The host address of a buffer that checkSharedBuffer accepted.
    uint8_t* at(const protocol::SharedBuffer& buffer) const { return base_ + buffer.offset; }

private:
    SharedArena(uint8_t* base, uint64_t size) : base_(base), size_(size) {}

    uint8_t* const base_;
    const uint64_t size_;
};

}  // namespace kmdf::host
