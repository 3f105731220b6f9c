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

bool sendPacketWithFd(int fd, std::span<const uint8_t> packet, int passedFd) {
    iovec data{const_cast<uint8_t*>(packet.data()), packet.size()};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    msghdr message{};
    message.msg_iov = &data;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof(control);
    cmsghdr* header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(sizeof(int));
    std::memcpy(CMSG_DATA(header), &passedFd, sizeof(int));
    for (;;) {
        ssize_t sent = sendmsg(fd, &message, MSG_NOSIGNAL);
        if (sent >= 0) return static_cast<size_t>(sent) == packet.size();
        if (errno != EINTR) return false;
    }
}

int64_t receivePacketWithFds(int fd, std::vector<uint8_t>& buffer, std::vector<int>* fds, bool* controlTruncated) {
    fds->clear();
    *controlTruncated = false;
    buffer.resize(protocol::kMaxMessageSize + 1);
    constexpr size_t kMaxFds = 4;
    alignas(cmsghdr) char control[CMSG_SPACE(kMaxFds * sizeof(int))];
    for (;;) {
        iovec data{buffer.data(), buffer.size()};
        msghdr message{};
        message.msg_iov = &data;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof(control);
        ssize_t received = recvmsg(fd, &message, MSG_TRUNC | MSG_CMSG_CLOEXEC);
        if (received < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        *controlTruncated = (message.msg_flags & MSG_CTRUNC) != 0;
        for (cmsghdr* header = CMSG_FIRSTHDR(&message); header != nullptr; header = CMSG_NXTHDR(&message, header)) {
            if (header->cmsg_level != SOL_SOCKET || header->cmsg_type != SCM_RIGHTS) continue;
            const size_t count = (header->cmsg_len - CMSG_LEN(0)) / sizeof(int);
            for (size_t i = 0; i < count; ++i) {
                int passed;
                std::memcpy(&passed, CMSG_DATA(header) + i * sizeof(int), sizeof(int));
                fds->push_back(passed);
            }
        }
        return received;
    }
}

}  // namespace kmdf
