// bench_host: kmdfhost, in-process, plus the baseline of the round-trip benchmark: a raw
// ping-pong server on a SOCK_SEQPACKET Unix socket that answers every packet with a
// packet of the size of kmdfhost's reply to a 0-byte IOCTL (header + reply fixed part).
//   bench_host --pingpong PATH KMDFHOST-ARGUMENTS...
// Started by bench_roundtrip, so that both round trips run between the same two processes.
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <pthread.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "client/protocol.h"
#include "host/host_server.h"
#include "ntos/platform/platform.h"

namespace {

constexpr size_t kReplySize = sizeof(kmdf::protocol::MessageHeader) + sizeof(kmdf::protocol::ReplyWire);

int listenOn(const std::string& path) {
    int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= sizeof(address.sun_path)) return -1;
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    unlink(path.c_str());
    if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0 || listen(fd, 4) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

// Serves one client at a time until the process ends.
void servePingPong(int listenFd) {
    std::vector<char> packet(kmdf::protocol::kMaxMessageSize);
    std::vector<char> reply(kReplySize, 0);
    for (;;) {
        int client = accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) return;
        for (;;) {
            ssize_t received = recv(client, packet.data(), packet.size(), 0);
            if (received <= 0) break;
            if (send(client, reply.data(), reply.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(reply.size())) break;
        }
        close(client);
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3 || std::strcmp(argv[1], "--pingpong") != 0) {
        std::fprintf(stderr, "usage: bench_host --pingpong PATH KMDFHOST-ARGUMENTS...\n");
        return 2;
    }
    // Before any thread exists: the host's serve loop takes SIGINT/SIGTERM by signalfd.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    const std::string pingPongPath = argv[2];
    int listenFd = listenOn(pingPongPath);
    if (listenFd < 0) {
        std::fprintf(stderr, "bench_host: cannot listen on %s: %s\n", pingPongPath.c_str(), std::strerror(errno));
        return 1;
    }
    ntos::platform::Thread pingPong("pingpong", [listenFd] { servePingPong(listenFd); });
    std::vector<char*> hostArguments{argv[0]};
    for (int i = 3; i < argc; ++i) hostArguments.push_back(argv[i]);
    int status = kmdf::host::runHost(static_cast<int>(hostArguments.size()), hostArguments.data());
    shutdown(listenFd, SHUT_RDWR);
    close(listenFd);
    unlink(pingPongPath.c_str());
    // The ping-pong thread may be inside recv() on a client that is still connected.
    std::fflush(nullptr);
    _exit(status);
}
