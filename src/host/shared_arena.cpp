#include "host/shared_arena.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kmdf::host {

std::shared_ptr<SharedArena> SharedArena::map(int fd, uint64_t size, std::string* error) {
    struct stat info {};
    if (fstat(fd, &info) != 0) {
        *error = std::string("cannot stat the arena: ") + std::strerror(errno);
        close(fd);
        return nullptr;
    }
    if (!S_ISREG(info.st_mode) || static_cast<uint64_t>(info.st_size) < size) {
        *error = "the arena file holds " + std::to_string(info.st_size) + " bytes, fewer than the declared " +
                 std::to_string(size);
        close(fd);
        return nullptr;
    }
    // A client that shrank the file under the mapping would fault the host.
    const int seals = fcntl(fd, F_GET_SEALS);
    if (seals < 0 || !(seals & F_SEAL_SHRINK)) {
        *error = "the arena file is not sealed against shrinking (F_SEAL_SHRINK)";
        close(fd);
        return nullptr;
    }
    void* base = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    const int mapError = errno;
    close(fd);
    if (base == MAP_FAILED) {
        *error = std::string("cannot map the arena: ") + std::strerror(mapError);
        return nullptr;
    }
    return std::shared_ptr<SharedArena>(new SharedArena(static_cast<uint8_t*>(base), size));
}

SharedArena::~SharedArena() { munmap(base_, size_); }

}  // namespace kmdf::host
