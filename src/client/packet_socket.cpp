#include "client/packet_socket.h"

#include "client/protocol.h"

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace kmdf {

int connectPacketSocket(const std::string& path) {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= sizeof(address.sun_path)) {
        errno = ENAMETOOLONG;
        return -1;
    }
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    while (connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) != 0) {
        if (errno == EINTR) continue;
        int saved = errno;
        close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

bool sendPacket(int fd, std::span<const uint8_t> packet) {
    for (;;) {
        ssize_t sent = send(fd, packet.data(), packet.size(), MSG_NOSIGNAL);
        if (sent >= 0) return static_cast<size_t>(sent) == packet.size();
        if (errno != EINTR) return false;
    }
}

int64_t receivePacket(int fd, std::vector<uint8_t>& buffer) {
    buffer.resize(protocol::kMaxMessageSize + 1);
    for (;;) {
        ssize_t received = recv(fd, buffer.data(), buffer.size(), MSG_TRUNC);
        if (received >= 0) return received;
        if (errno != EINTR) return -1;
    }
}

}  // namespace kmdf
