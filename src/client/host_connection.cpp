#include "client/host_connection.h"

#include "client/packet_socket.h"
#include "client/socket_path.h"

#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <poll.h>
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
    // Nobody reads an idle connection, so a host that went away is noticed here.
    if (*current && (*current)->alive() && (*current)->peerHungUp()) (*current)->connectionLost();
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
    // alive_ turns false only in connectionLost(), which also ends the receiver thread.
    if (!alive() && receiver_.joinable() && receiver_.get_id() != std::this_thread::get_id()) receiver_.join();
}

HostConnection::~HostConnection() {
    shutdown(fd_, SHUT_RDWR);
    {
        std::lock_guard lock(readerMutex_);
        stopping_ = true;
    }
    receiverWake_.notify_all();
    callersWake_.notify_all();
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
        if (registered) {
            pending_.emplace(request.requestId, onReply);
            pendingCount_.store(pending_.size());
        }
    }
    if (!registered) {
        onReply(Reply{kStatusPipeBroken, 0, {}}, 0);
        return;
    }
    {
        // The receiver thread reads only when nobody waits in call(): then tell it. (A
        // thread in call() reads this reply too if it arrives first.)
        std::lock_guard lock(readerMutex_);
        if (syncCallers_ == 0) receiverWake_.notify_one();
    }
    bool sent;
    {
        std::lock_guard lock(sendMutex_);
        sent = passedFd >= 0 ? sendPacketWithFd(fd_, packet, passedFd) : sendPacket(fd_, packet);
    }
    if (!sent) {
        // Whoever takes the callback out of the table runs it.
        if (auto callback = takePending(request.requestId)) callback(Reply{kStatusPipeBroken, 0, {}}, 0);
        connectionLost();
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
    bool finished = false;  // under readerMutex_
    Reply result;
    uint64_t handle = 0;
    {
        // Counted before the request goes out, so the receiver thread leaves its reply to us.
        std::lock_guard lock(readerMutex_);
        ++syncCallers_;
    }
    submit(request, [&](Reply&& reply, uint64_t h) {
        result = std::move(reply);
        handle = h;
        std::lock_guard lock(readerMutex_);
        finished = true;
        callersWake_.notify_all();
    }, passedFd);
    std::unique_lock lock(readerMutex_);
    while (!finished) {
        if (readerBusy_ || stopping_) {
            // Another thread reads (and runs our callback), or the connection is gone
            // (connectionLost() ran our callback).
            callersWake_.wait(lock);
            continue;
        }
        readerBusy_ = true;
        lock.unlock();
        receiveOne();
        lock.lock();
        readerBusy_ = false;
        callersWake_.notify_all();  // another caller may take the role
    }
    // The last caller leaves outstanding overlapped I/O to the receiver thread.
    if (--syncCallers_ == 0 && pendingCount_.load() != 0) receiverWake_.notify_one();
    if (replyHandle) *replyHandle = handle;
    return result;
}

HostConnection::ReplyCallback HostConnection::takePending(uint64_t requestId) {
    std::lock_guard lock(pendingMutex_);
    auto it = pending_.find(requestId);
    if (it == pending_.end()) return nullptr;
    auto callback = std::move(it->second);
    pending_.erase(it);
    pendingCount_.store(pending_.size());
    return callback;
}

void HostConnection::failAllPending() {
    std::unordered_map<uint64_t, ReplyCallback> orphans;
    {
        std::lock_guard lock(pendingMutex_);
        alive_ = false;
        orphans.swap(pending_);
        pendingCount_.store(0);
    }
    for (auto& [id, callback] : orphans) callback(Reply{kStatusPipeBroken, 0, {}}, 0);
}

void HostConnection::connectionLost() {
    failAllPending();
    std::lock_guard lock(readerMutex_);
    stopping_ = true;
    receiverWake_.notify_all();
    callersWake_.notify_all();
}

bool HostConnection::peerHungUp() const {
    pollfd entry{fd_, POLLRDHUP, 0};
    return poll(&entry, 1, 0) > 0 && (entry.revents & (POLLHUP | POLLRDHUP | POLLERR)) != 0;
}

bool HostConnection::receiveOne() {
    std::vector<uint8_t>& buffer = readBuffer_;
    int64_t length = receivePacket(fd_, buffer);
    if (length <= 0) {
        connectionLost();
        return false;
    }
    size_t usable = std::min<size_t>(static_cast<size_t>(length), buffer.size());
    Message message;
    auto result = protocol::decodeMessage(std::span<const uint8_t>(buffer.data(), usable), &message);
    if (!result.ok() || message.isRequest()) {
        std::fprintf(stderr, "libkmdfclient: malformed message from kmdfhost at %s: %s\n", socketPath_.c_str(),
                     result.ok() ? "a request where a reply was expected" : result.error.c_str());
        // Nothing more from this host is trusted: no one reads the socket again.
        connectionLost();
        return false;
    }
    if (auto callback = takePending(message.requestId)) {
        callback(std::move(std::get<Reply>(message.payload)), message.handle);
    }
    return true;
}

void HostConnection::receiveLoop() {
    std::unique_lock lock(readerMutex_);
    for (;;) {
        receiverWake_.wait(lock, [&] {
            return stopping_ || (!readerBusy_ && syncCallers_ == 0 && pendingCount_.load() != 0);
        });
        if (stopping_) break;
        readerBusy_ = true;
        lock.unlock();
        bool more = receiveOne();
        lock.lock();
        readerBusy_ = false;
        callersWake_.notify_all();  // a caller may be waiting for the role
        if (!more) break;
    }
}

}  // namespace kmdf::client
