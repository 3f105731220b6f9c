// e2e_bad_client SOCKET: speaks the protocol badly on purpose and checks that kmdfhost
// answers each mistake with the documented error and keeps serving:
//   1. garbage bytes           -> Reply STATUS_INVALID_PARAMETER, then the host closes
//   2. header length mismatch  -> Reply STATUS_INVALID_PARAMETER (same requestId), closed
//   3. Read on an unknown handle -> Reply STATUS_INVALID_HANDLE, connection stays usable
//      (a following Control "tree" succeeds)
// Exit 0 when all hold; otherwise prints what differed and exits 1.
#include "client/packet_socket.h"
#include "client/protocol.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <poll.h>
#include <string>
#include <unistd.h>

using namespace kmdf;
using namespace kmdf::protocol;

namespace {

constexpr int32_t kInvalidParameter = static_cast<int32_t>(0xC000000D);
constexpr int32_t kInvalidHandle = static_cast<int32_t>(0xC0000008);

int failures = 0;

void check(bool ok, const std::string& what) {
    std::printf("e2e_bad_client: %s: %s\n", ok ? "ok" : "FAILED", what.c_str());
    if (!ok) ++failures;
}

// Waits up to 10 s for one packet; returns its length (0: closed, -1: error/timeout).
int64_t receiveWithin(int fd, std::vector<uint8_t>& buffer) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 10000) <= 0) return -1;
    return receivePacket(fd, buffer);
}

bool receiveReply(int fd, Message* reply) {
    std::vector<uint8_t> buffer;
    int64_t n = receiveWithin(fd, buffer);
    if (n <= 0) return false;
    return decodeMessage(std::span<const uint8_t>(buffer.data(), size_t(n)), reply).ok() &&
           reply->type() == MessageType::Reply;
}

int32_t statusOf(const Message& reply) { return std::get<Reply>(reply.payload).status; }

bool closedByHost(int fd) {
    std::vector<uint8_t> buffer;
    return receiveWithin(fd, buffer) == 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: e2e_bad_client SOCKET\n");
        return 2;
    }
    std::string path = argv[1];

    int a = connectPacketSocket(path);
    if (a < 0) {
        std::fprintf(stderr, "e2e_bad_client: cannot connect to %s: %s\n", path.c_str(), std::strerror(errno));
        return 1;
    }
    const char garbage[] = "this is not a kmdf message at all, but it is long enough";
    sendPacket(a, std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(garbage), sizeof(garbage)));
    Message reply;
    check(receiveReply(a, &reply) && statusOf(reply) == kInvalidParameter,
          "garbage is answered with STATUS_INVALID_PARAMETER");
    check(closedByHost(a), "the host closes the connection after garbage");
    close(a);

    int b = connectPacketSocket(path);
    auto bytes = encodeMessage(Message{4242, 0, HelloRequest{kVersion, 0}});
    bytes.push_back(0);  // one byte more than the header's length
    sendPacket(b, bytes);
    check(receiveReply(b, &reply) && statusOf(reply) == kInvalidParameter && reply.requestId == 4242,
          "a length mismatch is answered with STATUS_INVALID_PARAMETER for its requestId");
    check(closedByHost(b), "the host closes the connection after a length mismatch");
    close(b);

    int c = connectPacketSocket(path);
    sendPacket(c, encodeMessage(Message{1, 0, HelloRequest{kVersion, static_cast<uint32_t>(getpid())}}));
    check(receiveReply(c, &reply) && statusOf(reply) == 0 && reply.requestId == 1, "Hello succeeds");
    sendPacket(c, encodeMessage(Message{2, 0xdead, ReadRequest{16, 0}}));
    check(receiveReply(c, &reply) && statusOf(reply) == kInvalidHandle && reply.requestId == 2,
          "a Read on an unknown handle is answered with STATUS_INVALID_HANDLE");
    sendPacket(c, encodeMessage(Message{3, 0xdead, CloseRequest{}}));
    check(receiveReply(c, &reply) && statusOf(reply) == kInvalidHandle && reply.requestId == 3,
          "a Close on an unknown handle is answered with STATUS_INVALID_HANDLE");
    sendPacket(c, encodeMessage(Message{4, 0, ControlRequest{"tree", {}}}));
    check(receiveReply(c, &reply) && statusOf(reply) == 0 && reply.requestId == 4,
          "the connection still works after the errors");
    close(c);
    return failures == 0 ? 0 : 1;
}
