// The client side of one connection to kmdfhost: sends requests and hands each reply to
// the callback registered under its requestId.
//
// Who reads the socket: one thread at a time (the reader role). A thread waiting in
// call() for its reply takes the role when it is free and reads itself, so that a
// synchronous round trip wakes no thread but the caller (bench/ "roundtrip/kmdf_ioctl0");
// it hands the role back after every packet. The receiver thread takes the role only
// while requests are outstanding that no caller waits for in call() (overlapped I/O).
// Replies for other requests run their callbacks on whichever thread read them.
#pragma once

#include "client/io_arena.h"
#include "client/protocol.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace kmdf::client {

// NTSTATUS the library reports when the host connection is lost (-> ERROR_BROKEN_PIPE).
inline constexpr int32_t kStatusPipeBroken = static_cast<int32_t>(0xC000014B);

class HostConnection {
public:
    using ReplyCallback = std::function<void(protocol::Reply&&, uint64_t replyHandle)>;

    // Connects and exchanges Hello. nullptr with *error (one line) on failure.
    static std::shared_ptr<HostConnection> open(const std::string& socketPath, std::string* error);

    // The process's connection to the default socket, opened on first use and reopened
    // if the previous one was lost. nullptr with *error on failure.
    static std::shared_ptr<HostConnection> shared(std::string* error);

    ~HostConnection();
    HostConnection(const HostConnection&) = delete;
    HostConnection& operator=(const HostConnection&) = delete;

    uint64_t newRequestId() { return nextRequestId_.fetch_add(1); }

    // Sends `request` (whose requestId must come from newRequestId()). `onReply` runs
    // exactly once: on the receiver thread when the reply arrives, or on the calling
    // thread (before submit returns) if the request cannot be sent.
    void submit(const protocol::Message& request, ReplyCallback onReply, int passedFd = -1);

    // Sends and waits for the reply. `passedFd` >= 0 travels with the message (SCM_RIGHTS).
    protocol::Reply call(protocol::Message request, uint64_t* replyHandle = nullptr, int passedFd = -1);

    // Shares the process's direct I/O arena with the host (once per connection; later
    // calls return the first answer). False if the arena or the host cannot do it.
    bool shareArena(const IoArena& arena);

    bool alive() const { return alive_.load(); }
    // After the connection was lost: waits for its receiver thread, which is then
    // returning (the connection stays allocated for completions still running).
    void joinStoppedReceiver();
    const std::string& socketPath() const { return socketPath_; }

private:
    HostConnection(int fd, std::string socketPath);
    void receiveLoop();
    // Reads and dispatches one packet (the caller holds the reader role). False when the
    // connection is lost or the host sent garbage (then connectionLost() already ran).
    bool receiveOne();
    // Fails every outstanding request and stops the receiver thread. Idempotent.
    void connectionLost();
    void failAllPending();
    // The host closed its end while nobody was reading (poll, no wait).
    bool peerHungUp() const;
    ReplyCallback takePending(uint64_t requestId);

    const int fd_;
    const std::string socketPath_;
    std::atomic<bool> alive_{true};
    std::atomic<uint64_t> nextRequestId_{1};
    std::mutex sendMutex_;
    std::mutex pendingMutex_;
    std::unordered_map<uint64_t, ReplyCallback> pending_;
    std::atomic<size_t> pendingCount_{0};  // pending_.size(), readable without pendingMutex_
    // The reader role (see the class comment).
    std::mutex readerMutex_;
    std::condition_variable receiverWake_;  // the receiver thread may have work
    std::condition_variable callersWake_;   // a reply arrived, or the reader role is free
    bool readerBusy_ = false;      // a thread is reading the socket
    size_t syncCallers_ = 0;       // threads inside call()
    bool stopping_ = false;        // the receiver thread is to end
    // The packet buffer (kMaxMessageSize): used only by the thread holding the reader role,
    // so it is allocated and zero-filled once, not per packet.
    std::vector<uint8_t> readBuffer_;
    std::thread receiver_;
    std::mutex arenaMutex_;
    enum class ArenaState { NotShared, Shared, Refused } arenaState_ = ArenaState::NotShared;
};

}  // namespace kmdf::client
