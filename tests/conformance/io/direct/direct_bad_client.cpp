// direct_bad_client SOCKET: misuses the shared-buffer messages on purpose and checks that
// kmdfhost treats each as malformed input (Reply STATUS_INVALID_PARAMETER with the same
// requestId, then the host closes that connection) while it keeps serving others:
//   a shared buffer before any arena; ShareArena without a descriptor; a descriptor on a
//   Read; an arena not sealed against shrinking; an arena file smaller than declared; a
//   shared buffer past the arena's end; a second ShareArena; a version-1 SharedRead.
// A well-behaved connection then shares an arena and gets STATUS_INVALID_HANDLE for a
// SharedRead on an unknown handle (validation passed, connection open).
// Exit 0 when all hold; otherwise prints what differed and exits 1.
#include "client/packet_socket.h"
#include "client/protocol.h"

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

using namespace kmdf;
using namespace kmdf::protocol;

namespace {

constexpr int32_t kInvalidParameter = static_cast<int32_t>(0xC000000D);
constexpr int32_t kInvalidHandle = static_cast<int32_t>(0xC0000008);
constexpr uint64_t kArenaSize = 1 << 20;

int failures = 0;
const char* socketPath = nullptr;

void check(bool ok, const std::string& what) {
    std::printf("direct_bad_client: %s: %s\n", ok ? "ok" : "FAILED", what.c_str());
    if (!ok) ++failures;
}

int64_t receiveWithin(int fd, std::vector<uint8_t>& buffer) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 10000) <= 0) return -1;
    return receivePacket(fd, buffer);
}

// The status of the next reply to `requestId`; 1 when none came.
int32_t replyStatus(int fd, uint64_t requestId) {
    std::vector<uint8_t> buffer;
    int64_t n = receiveWithin(fd, buffer);
    if (n <= 0) return 1;
    Message reply;
    if (!decodeMessage(std::span<const uint8_t>(buffer.data(), size_t(n)), &reply).ok()) return 1;
    if (reply.type() != MessageType::Reply || reply.requestId != requestId) return 1;
    return std::get<Reply>(reply.payload).status;
}

bool closedByHost(int fd) {
    std::vector<uint8_t> buffer;
    return receiveWithin(fd, buffer) == 0;
}

// A connected socket after a successful Hello; -1 on failure.
int connectAndHello() {
    int fd = connectPacketSocket(socketPath);
    if (fd < 0) return -1;
    sendPacket(fd, encodeMessage(Message{1, 0, HelloRequest{kVersion, static_cast<uint32_t>(getpid())}}));
    if (replyStatus(fd, 1) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

int arenaFd(uint64_t size, bool sealed) {
    int fd = memfd_create("direct-bad-client", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0) return -1;
    if (ftruncate(fd, static_cast<off_t>(size)) != 0) return -1;
    if (sealed) fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK);
    return fd;
}

// Sends `packet` (with `passedFd` if >= 0) on a fresh connection and expects it to be
// rejected as malformed and the connection closed.
void expectMalformed(const std::string& what, const std::vector<uint8_t>& packet, int passedFd = -1,
                     bool shareFirst = false) {
    int fd = connectAndHello();
    if (fd < 0) return check(false, what + ": connect");
    if (shareFirst) {
        int arena = arenaFd(kArenaSize, true);
        sendPacketWithFd(fd, encodeMessage(Message{2, 0, ShareArenaRequest{kArenaSize}}), arena);
        close(arena);
        if (replyStatus(fd, 2) != 0) {
            close(fd);
            return check(false, what + ": sharing a good arena first");
        }
    }
    if (passedFd >= 0) sendPacketWithFd(fd, packet, passedFd);
    else sendPacket(fd, packet);
    MessageHeader header{};
    peekHeader(packet, &header);
    const int32_t status = replyStatus(fd, header.requestId);
    check(status == kInvalidParameter && closedByHost(fd), what + " -> STATUS_INVALID_PARAMETER and closed");
    close(fd);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: direct_bad_client SOCKET\n");
        return 2;
    }
    socketPath = argv[1];
    const auto sharedRead = [](uint64_t id, uint64_t offset, uint32_t length) {
        return encodeMessage(Message{id, 0x1234, SharedReadRequest{{offset, length}, 0}});
    };

    expectMalformed("SharedRead before any arena", sharedRead(10, 0, 16));
    expectMalformed("ShareArena without a descriptor", encodeMessage(Message{11, 0, ShareArenaRequest{kArenaSize}}));
    {
        int fd = arenaFd(kArenaSize, true);
        expectMalformed("a descriptor attached to a Read", encodeMessage(Message{12, 0x1234, ReadRequest{16, 0}}), fd);
        close(fd);
    }
    {
        int fd = arenaFd(kArenaSize, false);
        expectMalformed("an arena not sealed against shrinking",
                        encodeMessage(Message{13, 0, ShareArenaRequest{kArenaSize}}), fd);
        close(fd);
    }
    {
        int fd = arenaFd(4096, true);
        expectMalformed("an arena file smaller than declared",
                        encodeMessage(Message{14, 0, ShareArenaRequest{kArenaSize}}), fd);
        close(fd);
    }
    expectMalformed("SharedRead past the arena's end", sharedRead(15, kArenaSize - 8, 16), -1, true);
    expectMalformed("SharedWrite starting beyond the arena",
                    encodeMessage(Message{16, 0x1234, SharedWriteRequest{{kArenaSize + 4096, 0}, 0}}), -1, true);
    {
        int fd = arenaFd(kArenaSize, true);
        expectMalformed("a second ShareArena", encodeMessage(Message{17, 0, ShareArenaRequest{kArenaSize}}), fd, true);
        close(fd);
    }
    {
        auto packet = sharedRead(18, 0, 16);
        packet[4] = 1;  // header version 1 predates the shared-buffer messages
        expectMalformed("a SharedRead with a version-1 header", packet);
    }

    // A well-formed use: the arena is accepted and the buffer passes validation.
    int fd = connectAndHello();
    check(fd >= 0, "connect after the bad clients");
    if (fd >= 0) {
        int arena = arenaFd(kArenaSize, true);
        sendPacketWithFd(fd, encodeMessage(Message{2, 0, ShareArenaRequest{kArenaSize}}), arena);
        close(arena);
        check(replyStatus(fd, 2) == 0, "ShareArena of a sealed memfd succeeds");
        sendPacket(fd, sharedRead(3, kArenaSize - 16, 16));
        check(replyStatus(fd, 3) == kInvalidHandle, "SharedRead at the arena's end on an unknown handle -> STATUS_INVALID_HANDLE");
        sendPacket(fd, encodeMessage(Message{4, 0, ControlRequest{"tree", {}}}));
        check(replyStatus(fd, 4) == 0, "the connection stays usable");
        close(fd);
    }
    if (failures) return 1;
    std::printf("direct_bad_client: passed\n");
    return 0;
}
