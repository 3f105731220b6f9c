#include "host/client_connection.h"

#include "host/control_verbs.h"

#include "client/packet_socket.h"
#include "host/host_log.h"

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace kmdf::host {

using protocol::Message;

namespace {

constexpr int32_t kStatusSuccess = STATUS_SUCCESS;

std::string hex(uint64_t value) {
    char text[24];
    std::snprintf(text, sizeof(text), "0x%08llX", static_cast<unsigned long long>(value));
    return text;
}

std::vector<uint8_t> bytesOf(const std::string& text) { return std::vector<uint8_t>(text.begin(), text.end()); }

}  // namespace

ClientConnection::ClientConnection(int fd, uint64_t id, ntos::System& system, HostLog& log, int stopFd,
                                   ShutdownRequest onShutdown)
    : fd_(fd), id_(id), system_(system), log_(log), stopFd_(stopFd), onShutdown_(std::move(onShutdown)) {
    ucred credentials{};
    socklen_t size = sizeof(credentials);
    if (getsockopt(fd_, SOL_SOCKET, SO_PEERCRED, &credentials, &size) == 0) {
        caller_.uid = credentials.uid;
        caller_.gid = credentials.gid;
        caller_.pid = static_cast<uint32_t>(credentials.pid);
    }
    peerName_ = "client " + std::to_string(id_) + " (pid " + std::to_string(caller_.pid) + ")";
}

ClientConnection::~ClientConnection() {
    finish();
    if (reader_.joinable()) reader_.join();
    if (writer_.joinable()) writer_.join();
    close(fd_);
}

void ClientConnection::start() {
    log_.line(peerName_ + " connected (uid " + std::to_string(caller_.uid) + ")");
    // The host keeps the connection alive until both threads have been joined.
    reader_ = ntos::platform::Thread("client" + std::to_string(id_) + "-rd", [this] { readLoop(); });
    writer_ = ntos::platform::Thread("client" + std::to_string(id_) + "-wr", [this] { writeLoop(); });
}

void ClientConnection::joinReader() {
    if (reader_.joinable()) reader_.join();
}

void ClientConnection::finish() {
    {
        ntos::platform::LockGuard lock(mutex_);
        finishRequested_ = true;
        changed_.notifyAll();
    }
    if (writer_.joinable()) writer_.join();
}

bool ClientConnection::finished() const {
    ntos::platform::LockGuard lock(mutex_);
    return readerDone_ && writerDone_;
}

void ClientConnection::queueReply(uint64_t requestId, uint64_t handle, int32_t status, uint64_t information,
                                  std::vector<uint8_t> data) {
    if (data.size() > protocol::kMaxDataLength) {
        data.clear();
        status = STATUS_BUFFER_OVERFLOW;
    }
    auto packet = protocol::encodeMessage(Message{requestId, handle, protocol::Reply{status, information, std::move(data)}});
    ntos::platform::LockGuard lock(mutex_);
    outgoing_.push_back(std::move(packet));
    changed_.notifyAll();
}

void ClientConnection::replyText(uint64_t requestId, int32_t status, const std::string& text) {
    queueReply(requestId, 0, status, 0, bytesOf(text));
}

void ClientConnection::writeLoop() {
    for (;;) {
        std::vector<uint8_t> packet;
        {
            ntos::platform::UniqueLock lock(mutex_);
            changed_.wait(lock, [&] {
                return !outgoing_.empty() || finishRequested_ ||
                       (readerDone_ && outstanding_.empty() && !awaitingShutdownReply_);
            });
            if (outgoing_.empty()) break;
            packet = std::move(outgoing_.front());
            outgoing_.pop_front();
        }
        // A client that went away loses its replies; the connection still ends in order.
        sendPacket(fd_, packet);
    }
    shutdown(fd_, SHUT_RDWR);
    ntos::platform::LockGuard lock(mutex_);
    writerDone_ = true;
}

void ClientConnection::readLoop() {
    ntos::System::ThreadScope scope(system_);
    std::vector<uint8_t> buffer;
    std::string reason = "disconnected";
    for (;;) {
        pollfd fds[2] = {{fd_, POLLIN, 0}, {stopFd_, POLLIN, 0}};
        int ready = poll(fds, 2, -1);
        if (ready < 0) {
            if (errno == EINTR) continue;
            reason = std::string("poll failed: ") + std::strerror(errno);
            break;
        }
        if (fds[1].revents) {
            reason = "closed by the host's shutdown";
            break;
        }
        std::vector<int> passedFds;
        bool controlTruncated = false;
        int64_t length = receivePacketWithFds(fd_, buffer, &passedFds, &controlTruncated);
        if (length <= 0) {
            for (int passed : passedFds) close(passed);
            passedFds.clear();
        }
        if (length == 0) break;
        if (length < 0) {
            reason = std::string("receive failed: ") + std::strerror(errno);
            break;
        }
        auto bytes = std::span<const uint8_t>(buffer.data(), std::min<size_t>(static_cast<size_t>(length), buffer.size()));
        Message message;
        auto decoded = protocol::decodeMessage(bytes, &message);
        if (decoded.ok() && !message.isRequest()) {
            decoded.status = protocol::DecodeStatus::UnknownType;
            decoded.error = "a Reply message was sent to the host";
        }
        if (decoded.ok()) {
            auto error = checkAttachments(message, passedFds, controlTruncated);
            if (!error.empty()) {
                decoded.status = protocol::DecodeStatus::BadPayload;
                decoded.error = error;
            }
        } else {
            for (int passed : passedFds) close(passed);
        }
        if (!decoded.ok()) {
            protocol::MessageHeader header{};
            uint64_t requestId = protocol::peekHeader(bytes, &header) ? header.requestId : 0;
            log_.line(peerName_ + ": malformed message (" + std::to_string(length) + " bytes): " + decoded.error +
                      "; closing the connection");
            replyText(requestId, STATUS_INVALID_PARAMETER, "malformed message: " + decoded.error);
            reason = "closed after a malformed message";
            break;
        }
        if (!handle(message)) break;
    }
    closeAllHandles();
    // The client's pages stay mapped only while an I/O still uses them (its completion
    // holds the arena), not until the host reaps this connection.
    arena_.reset();
    log_.line(peerName_ + " " + reason);
    ntos::platform::LockGuard lock(mutex_);
    readerDone_ = true;
    changed_.notifyAll();
}

void ClientConnection::closeAllHandles() {
    for (auto file : handles_) system_.userIo().close(file);
    handles_.clear();
}

std::string ClientConnection::checkAttachments(const Message& message, std::vector<int>& fds, bool controlTruncated) {
    const bool sharesArena = message.type() == protocol::MessageType::ShareArena;
    std::string error;
    if (controlTruncated || fds.size() > 1) {
        error = "too many file descriptors attached";
    } else if (sharesArena && fds.empty()) {
        error = "ShareArena without the arena's file descriptor";
    } else if (!sharesArena && !fds.empty()) {
        error = std::string("a file descriptor attached to ") + protocol::messageTypeName(message.type());
    } else if (sharesArena && arena_) {
        error = "ShareArena sent twice on one connection";
    }
    if (!error.empty()) {
        for (int passed : fds) close(passed);
        fds.clear();
        return error;
    }
    if (sharesArena) {
        const int passed = fds.front();
        fds.clear();
        arena_ = SharedArena::map(passed, std::get<protocol::ShareArenaRequest>(message.payload).size, &error);
        return arena_ ? std::string() : "ShareArena: " + error;
    }
    const protocol::SharedBuffer* shared = nullptr;
    if (auto* read = std::get_if<protocol::SharedReadRequest>(&message.payload)) shared = &read->buffer;
    if (auto* write = std::get_if<protocol::SharedWriteRequest>(&message.payload)) shared = &write->buffer;
    if (auto* ioctl = std::get_if<protocol::SharedIoctlRequest>(&message.payload)) shared = &ioctl->output;
    if (shared != nullptr) {
        auto checked = protocol::checkSharedBuffer(*shared, arena_ ? arena_->size() : 0);
        if (!checked.ok()) return std::string(protocol::messageTypeName(message.type())) + ": " + checked.error;
    }
    return {};
}

ntos::UserIoCompletion ClientConnection::completionFor(uint64_t requestId, std::shared_ptr<SharedArena> arena) {
    auto self = shared_from_this();
    return [self, requestId, arena](ntos::UserIoResult result) {
        (void)arena;  // held only to keep the client's pages mapped while the IRP uses them
        self->queueReply(requestId, 0, result.status, result.information, std::move(result.output));
        ntos::platform::LockGuard lock(self->mutex_);
        self->outstanding_.erase(requestId);
        self->changed_.notifyAll();
    };
}

void ClientConnection::startIo(Message& message) {
    uint64_t requestId = message.requestId;
    if (requestId == 0) {
        replyText(0, STATUS_INVALID_PARAMETER, "I/O requests need a nonzero requestId");
        return;
    }
    {
        ntos::platform::LockGuard lock(mutex_);
        if (!outstanding_.insert(requestId).second) {
            replyText(requestId, STATUS_INVALID_PARAMETER, "requestId is already in use by an outstanding request");
            return;
        }
    }
    auto& io = system_.userIo();
    auto file = message.handle;
    // checkAttachments placed every shared buffer inside arena_.
    auto userBufferOf = [this](const protocol::SharedBuffer& buffer) {
        return ntos::UserBuffer{arena_->at(buffer), buffer.length};
    };
    if (auto* read = std::get_if<protocol::ReadRequest>(&message.payload)) {
        io.read(file, requestId, read->length, read->byteOffset, completionFor(requestId));
    } else if (auto* write = std::get_if<protocol::WriteRequest>(&message.payload)) {
        io.write(file, requestId, std::move(write->data), write->byteOffset, completionFor(requestId));
    } else if (auto* ioctl = std::get_if<protocol::IoctlRequest>(&message.payload)) {
        if (protocol::ioctlSendsOutputBuffer(ioctl->ioControlCode) && ioctl->outputLength != 0) {
            io.deviceControlWithOutputBuffer(file, requestId, ioctl->ioControlCode, std::move(ioctl->input),
                                             std::move(ioctl->outputData), completionFor(requestId));
        } else {
            io.deviceControl(file, requestId, ioctl->ioControlCode, std::move(ioctl->input), ioctl->outputLength,
                             completionFor(requestId));
        }
    } else if (auto* sharedRead = std::get_if<protocol::SharedReadRequest>(&message.payload)) {
        io.readCallerBuffer(file, requestId, userBufferOf(sharedRead->buffer), sharedRead->byteOffset,
                            completionFor(requestId, arena_));
    } else if (auto* sharedWrite = std::get_if<protocol::SharedWriteRequest>(&message.payload)) {
        io.writeCallerBuffer(file, requestId, userBufferOf(sharedWrite->buffer), sharedWrite->byteOffset,
                             completionFor(requestId, arena_));
    } else if (auto* sharedIoctl = std::get_if<protocol::SharedIoctlRequest>(&message.payload)) {
        io.deviceControlCallerBuffer(file, requestId, sharedIoctl->ioControlCode, std::move(sharedIoctl->input),
                                     userBufferOf(sharedIoctl->output), completionFor(requestId, arena_));
    }
}

void ClientConnection::handleCreate(uint64_t requestId, protocol::CreateRequest& request) {
    ntos::UserOpenParams params;
    params.path = std::move(request.path);
    params.desiredAccess = request.desiredAccess;
    params.shareAccess = request.shareAccess;
    params.createDisposition = request.createDisposition;
    params.createOptions = request.createOptions;
    params.fileAttributes = request.fileAttributes;
    params.caller = caller_;
    ntos::UserFileId file = 0;
    NTSTATUS status = system_.userIo().open(params, &file);
    if (NT_SUCCESS(status) && file != 0) {
        handles_.insert(file);
        queueReply(requestId, file, status, 0, {});
    } else {
        queueReply(requestId, 0, NT_SUCCESS(status) ? STATUS_UNSUCCESSFUL : status, 0, {});
    }
}

void ClientConnection::handleControl(uint64_t requestId, protocol::ControlRequest& request) {
    if (isControlVerb(request.verb)) {
        ControlAnswer answer = runControlVerb(system_, request.verb, request.arguments);
        replyText(requestId, answer.status, answer.text);
    } else if (request.verb == "shutdown") {
        log_.line(peerName_ + " asked the host to shut down");
        {
            ntos::platform::LockGuard lock(mutex_);
            awaitingShutdownReply_ = true;
        }
        onShutdown_(shared_from_this(), requestId);
    } else {
        replyText(requestId, STATUS_NOT_IMPLEMENTED, "verb '" + request.verb + "' is not implemented yet");
    }
}

bool ClientConnection::handle(Message& message) {
    uint64_t requestId = message.requestId;
    switch (message.type()) {
    case protocol::MessageType::Hello: {
        auto& hello = std::get<protocol::HelloRequest>(message.payload);
        if (hello.clientVersion < protocol::kMinVersion || hello.clientVersion > protocol::kVersion) {
            replyText(requestId, STATUS_NOT_SUPPORTED,
                      "protocol version " + std::to_string(hello.clientVersion) + " is not supported");
        } else {
            replyText(requestId, kStatusSuccess, "kmdfhost protocol " + std::to_string(protocol::kVersion));
        }
        return true;
    }
    case protocol::MessageType::Create:
        handleCreate(requestId, std::get<protocol::CreateRequest>(message.payload));
        return true;
    case protocol::MessageType::InterfaceList: {
        const auto& request = std::get<protocol::InterfaceListRequest>(message.payload);
        GUID interfaceClass;
        static_assert(sizeof(interfaceClass) == sizeof(request.interfaceClass));
        std::memcpy(&interfaceClass, &request.interfaceClass, sizeof(interfaceClass));
        auto list = system_.userIo().interfaceList(interfaceClass,
                                                   (request.flags & protocol::kInterfaceListAllDevices) != 0);
        queueReply(requestId, 0, kStatusSuccess, 0, protocol::encodeMultiSz(list));
        return true;
    }
    case protocol::MessageType::Control:
        handleControl(requestId, std::get<protocol::ControlRequest>(message.payload));
        return true;
    case protocol::MessageType::ShareArena:
        // checkAttachments mapped it.
        queueReply(requestId, 0, kStatusSuccess, 0, {});
        return true;
    default: break;
    }

    // The rest name one of this client's handles.
    if (!handles_.contains(message.handle)) {
        log_.line(peerName_ + ": " + protocol::messageTypeName(message.type()) + " on unknown handle " +
                  hex(message.handle));
        queueReply(requestId, 0, STATUS_INVALID_HANDLE, 0, {});
        return true;
    }
    switch (message.type()) {
    case protocol::MessageType::Read:
    case protocol::MessageType::Write:
    case protocol::MessageType::Ioctl:
    case protocol::MessageType::SharedRead:
    case protocol::MessageType::SharedWrite:
    case protocol::MessageType::SharedIoctl: startIo(message); break;
    case protocol::MessageType::Cancel: {
        auto target = std::get<protocol::CancelRequest>(message.payload).targetRequestId;
        queueReply(requestId, 0, system_.userIo().cancel(message.handle, target), 0, {});
        break;
    }
    case protocol::MessageType::Close: {
        handles_.erase(message.handle);
        queueReply(requestId, 0, system_.userIo().close(message.handle), 0, {});
        break;
    }
    default: break;
    }
    return true;
}

}  // namespace kmdf::host
