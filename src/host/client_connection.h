// One client of the host: a reader thread that validates each request and calls
// UserIo, and a writer thread that sends the replies queued by any thread (I/O
// completions arrive on kernel threads and must not block on the socket).
#pragma once

#include "client/protocol.h"
#include "host/shared_arena.h"
#include "ntos/io/user_io.h"
#include "ntos/platform/platform.h"
#include "ntos/system.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

namespace kmdf::host {

class HostLog;

class ClientConnection : public std::enable_shared_from_this<ClientConnection> {
public:
    // Called on the reader thread when a client asks the host to shut down.
    using ShutdownRequest = std::function<void(std::shared_ptr<ClientConnection> requester, uint64_t requestId)>;

    // Takes ownership of `fd`. `stopFd` becomes readable when the host stops.
    ClientConnection(int fd, uint64_t id, ntos::System& system, HostLog& log, int stopFd,
                     ShutdownRequest onShutdown);
    ~ClientConnection();
    ClientConnection(const ClientConnection&) = delete;
    ClientConnection& operator=(const ClientConnection&) = delete;

    void start();
    // Waits until the reader has stopped (after the stop fd fired or the client left)
    // and has closed the client's handles.
    void joinReader();
    // Sends what is queued, then ends the writer and closes the socket.
    void finish();
    // True once both threads have ended.
    bool finished() const;

    // Queues a reply. Thread: any, IRQL <= DISPATCH_LEVEL; does not block on the socket.
    void queueReply(uint64_t requestId, uint64_t handle, int32_t status, uint64_t information,
                    std::vector<uint8_t> data);

    uint64_t id() const { return id_; }

private:
    void readLoop();
    void writeLoop();
    // False when the connection must be closed.
    bool handle(protocol::Message& message);
    void handleCreate(uint64_t requestId, protocol::CreateRequest& request);
    void handleControl(uint64_t requestId, protocol::ControlRequest& request);
    void startIo(protocol::Message& message);
    // `arena`: kept mapped until the I/O that uses it completes.
    ntos::UserIoCompletion completionFor(uint64_t requestId, std::shared_ptr<SharedArena> arena = nullptr);
    // Validates what travels beside the message (passed fds) and the shared buffers it
    // names; maps the arena of a ShareArena. An empty string when all is well, else why
    // the message is malformed. Takes ownership of `fds`.
    std::string checkAttachments(const protocol::Message& message, std::vector<int>& fds, bool controlTruncated);
    void closeAllHandles();
    void replyText(uint64_t requestId, int32_t status, const std::string& text);

    const int fd_;
    const uint64_t id_;
    ntos::System& system_;
    HostLog& log_;
    const int stopFd_;
    ShutdownRequest onShutdown_;
    ntos::UserCaller caller_;
    std::string peerName_;

    // Owned by the reader thread.
    std::set<ntos::UserFileId> handles_;
    std::shared_ptr<SharedArena> arena_;

    mutable ntos::platform::Mutex mutex_;
    ntos::platform::ConditionVariable changed_;
    std::deque<std::vector<uint8_t>> outgoing_;
    std::unordered_set<uint64_t> outstanding_;  // I/O requestIds not yet completed
    bool readerDone_ = false;
    bool finishRequested_ = false;
    bool awaitingShutdownReply_ = false;  // the host sends it after the reader has stopped
    bool writerDone_ = false;

    ntos::platform::Thread reader_;
    ntos::platform::Thread writer_;
};

}  // namespace kmdf::host
