#include "client/host_connection.h"

#include "client/packet_socket.h"
#include "client/socket_path.h"

#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace kmdf::client {

using protocol::Message;
using protocol::Reply;

std::shared_ptr<HostConnection> HostConnection::open(const std::string& socketPath, std::string* error) {
    int fd = connectPacketSocket(socketPath);
    if (fd < 0) {
        *error = "cannot connect to " + socketPath + ": " + std::strerror(errno) + " (is kmdfhost running?)";
        return nullptr;
    }
    std::shared_ptr<HostConnection> connection(new HostConnection(fd, socketPath));
    Message hello{connection->newRequestId(), 0, protocol::HelloRequest{protocol::kVersion,
                                                                        static_cast<uint32_t>(getpid())}};
    Reply reply = connection->call(hello);
    if (reply.status != 0) {
        *error = "kmdfhost at " + socketPath + " refused the connection (protocol version " +
                 std::to_string(protocol::kVersion) + ", status 0x" + [&] {
                     char text[16];
                     std::snprintf(text, sizeof(text), "%08X", static_cast<unsigned>(reply.status));
                     return std::string(text);
                 }() + ")";
        return nullptr;
    }
    return connection;
}

std::shared_ptr<HostConnection> HostConnection::shared(std::string* error) {
    static std::mutex mutex;
    // Never destroyed: completions of a lost connection may still be running at exit.
    static auto* current = new std::shared_ptr<HostConnection>;
    static auto* retired = new std::vector<std::shared_ptr<HostConnection>>;
    std::lock_guard lock(mutex);
    if (*current && (*current)->alive()) return *current;
    auto fresh = open(defaultSocketPath(), error);
    if (!fresh) return nullptr;
    if (*current) {
        (*current)->joinStoppedReceiver();
        retired->push_back(std::move(*current));
    }
    *current = fresh;
    return fresh;
}

HostConnection::HostConnection(int fd, std::string socketPath) : fd_(fd), socketPath_(std::move(socketPath)) {
    receiver_ = std::thread([this] { receiveLoop(); });
}

void HostConnection::joinStoppedReceiver() {
    // alive_ turns false only as the receive loop ends (failAllPending), so the join is short.
    if (!alive() && receiver_.joinable() && receiver_.get_id() != std::this_thread::get_id()) receiver_.join();
}

HostConnection::~HostConnection() {
    shutdown(fd_, SHUT_RDWR);
    if (receiver_.joinable()) {
        if (receiver_.get_id() == std::this_thread::get_id()) receiver_.detach();
        else receiver_.join();
    }
    close(fd_);
}

void HostConnection::submit(const Message& request, ReplyCallback onReply, int passedFd) {
    auto packet = protocol::encodeMessage(request);
    if (packet.empty()) {
        onReply(Reply{static_cast<int32_t>(0xC000000D) /* STATUS_INVALID_PARAMETER */, 0, {}}, 0);
        return;
    }
    bool registered;
    {
        std::lock_guard lock(pendingMutex_);
        registered = alive_;
        if (registered) pending_.emplace(request.requestId, onReply);
    }
    if (!registered) {
        onReply(Reply{kStatusPipeBroken, 0, {}}, 0);
        return;
    }
    bool sent;
    {
        std::lock_guard lock(sendMutex_);
        sent = passedFd >= 0 ? sendPacketWithFd(fd_, packet, passedFd) : sendPacket(fd_, packet);
    }
    if (!sent) {
        // The receiver thread notices the broken connection too; whoever takes the
        // callback out of the table runs it.
        if (auto callback = takePending(request.requestId)) callback(Reply{kStatusPipeBroken, 0, {}}, 0);
    }
}

bool HostConnection::shareArena(const IoArena& arena) {
    std::lock_guard lock(arenaMutex_);
    if (arenaState_ == ArenaState::NotShared) {
        Reply reply = call(Message{newRequestId(), 0, protocol::ShareArenaRequest{arena.size()}}, nullptr, arena.fd());
        arenaState_ = reply.status >= 0 ? ArenaState::Shared : ArenaState::Refused;
    }
    return arenaState_ == ArenaState::Shared;
}

Reply HostConnection::call(Message request, uint64_t* replyHandle, int passedFd) {
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    Reply result;
    uint64_t handle = 0;
    submit(request, [&](Reply&& reply, uint64_t h) {
        std::lock_guard lock(mutex);
        result = std::move(reply);
        handle = h;
        finished = true;
        done.notify_all();
    }, passedFd);
    std::unique_lock lock(mutex);
    done.wait(lock, [&] { return finished; });
    if (replyHandle) *replyHandle = handle;
    return result;
}

HostConnection::ReplyCallback HostConnection::takePending(uint64_t requestId) {
    std::lock_guard lock(pendingMutex_);
    auto it = pending_.find(requestId);
    if (it == pending_.end()) return nullptr;
    auto callback = std::move(it->second);
    pending_.erase(it);
    return callback;
}

void HostConnection::failAllPending() {
    std::unordered_map<uint64_t, ReplyCallback> orphans;
    {
        std::lock_guard lock(pendingMutex_);
        alive_ = false;
        orphans.swap(pending_);
    }
    for (auto& [id, callback] : orphans) callback(Reply{kStatusPipeBroken, 0, {}}, 0);
}

void HostConnection::receiveLoop() {
    std::vector<uint8_t> buffer;
    for (;;) {
        int64_t length = receivePacket(fd_, buffer);
        if (length <= 0) break;
        size_t usable = std::min<size_t>(static_cast<size_t>(length), buffer.size());
        Message message;
        auto result = protocol::decodeMessage(std::span<const uint8_t>(buffer.data(), usable), &message);
        if (!result.ok() || message.isRequest()) {
            std::fprintf(stderr, "libkmdfclient: malformed message from kmdfhost at %s: %s\n", socketPath_.c_str(),
                         result.ok() ? "a request where a reply was expected" : result.error.c_str());
            break;
        }
        if (auto callback = takePending(message.requestId)) {
            callback(std::move(std::get<Reply>(message.payload)), message.handle);
        }
    }
    failAllPending();
}

}  // namespace kmdf::client
