#include "ntos/io/user_io_impl.h"

#include "ntos/io/io_manager.h"
#include "ntos/io/irp_buffers.h"
#include "ntos/io/nt_string.h"
#include "ntos/ke/thread_state.h"
#include "ntos/system.h"

#include <algorithm>
#include <cstdio>

namespace ntos {

struct UserIoImpl::File {
    UserFileId id = 0;
    PFILE_OBJECT fileObject = nullptr;
    // The stand-in thread of the client that opened the handle (null: no client pid):
    // a handle is used only by the connection of the process that opened it.
    PETHREAD requestorThread = nullptr;
    platform::Mutex lock;
    std::map<UserIoTag, std::shared_ptr<Request>> outstanding;
    bool closing = false;
};

struct UserIoImpl::Request {
    enum class Kind { Read, Write, DeviceControl };
    Kind kind = Kind::Read;
    UserIoTag tag = 0;
    PIRP irp = nullptr;
    std::vector<uint8_t> buffer;  // read data, write data, IOCTL input
    std::vector<uint8_t> output;  // IOCTL output
    // Caller-owned transfer buffer (read/write) or IOCTL output buffer, used in place.
    UserBuffer callerBuffer;
    bool usesCallerBuffer = false;
    ULONG ioControlCode = 0;
    IO_STATUS_BLOCK iosb{};
    UserIoCompletion completion;
    std::atomic<bool> completed{false};

    ~Request() {
        if (irp != nullptr) IoFreeIrp(irp);
    }
};

namespace {

constexpr std::u16string_view kWin32DevicePrefix = u"\\\\.\\";
constexpr std::u16string_view kWin32FilePrefix = u"\\\\?\\";

bool hasAccess(PFILE_OBJECT fileObject, ULONG requiredAccess) {
    if ((requiredAccess & FILE_READ_ACCESS) && !fileObject->ReadAccess) return false;
    if ((requiredAccess & FILE_WRITE_ACCESS) && !fileObject->WriteAccess) return false;
    return true;
}

}  // namespace

// The calling thread issues a create or a cleanup for client process `pid`: the IRPs
// built on it meanwhile (the create, and any a driver builds in that thread context) are
// the client's, as on Windows where the client's own thread makes the system call.
class UserIoImpl::ActingForClient {
public:
    ActingForClient(UserIoImpl& io, uint32_t pid) : io_(io), thread_(currentKThread()), active_(pid != 0) {
        if (!active_) return;
        platform::LockGuard guard(io_.threadsLock_);
        auto it = io_.requestorThreads_.find(thread_);
        if (it != io_.requestorThreads_.end()) {
            hadPrevious_ = true;
            previous_ = it->second;
        }
        io_.requestorThreads_[thread_] = pid;
    }
    ~ActingForClient() {
        if (!active_) return;
        platform::LockGuard guard(io_.threadsLock_);
        if (hadPrevious_) {
            io_.requestorThreads_[thread_] = previous_;
        } else {
            io_.requestorThreads_.erase(thread_);
        }
    }
    ActingForClient(const ActingForClient&) = delete;
    ActingForClient& operator=(const ActingForClient&) = delete;

private:
    UserIoImpl& io_;
    const void* thread_;
    bool active_;
    bool hadPrevious_ = false;
    uint32_t previous_ = 0;
};

UserIoImpl::UserIoImpl(IoManager& io, InterfaceLister interfaces) : io_(io), interfaces_(std::move(interfaces)) {}

UserIoImpl::ClientProcess* UserIoImpl::clientProcess(uint32_t pid) {
    if (pid == 0) return nullptr;
    platform::LockGuard guard(threadsLock_);
    std::unique_ptr<ClientProcess>& client = clients_[pid];
    if (!client) {
        client = std::make_unique<ClientProcess>();
        client->pid = pid;
        // A user-mode thread of the client (not a system thread: no kernel thread name).
        client->thread.previousMode = UserMode;
        requestorThreads_[&client->thread] = pid;
    }
    return client.get();
}

bool UserIoImpl::requestorProcessId(PETHREAD thread, ULONG* processId) const {
    platform::LockGuard guard(threadsLock_);
    auto it = requestorThreads_.find(thread);
    if (it == requestorThreads_.end()) return false;
    *processId = it->second;
    return true;
}

bool UserIoImpl::requestorProcess(PETHREAD thread, PEPROCESS* process) const {
    platform::LockGuard guard(threadsLock_);
    auto it = requestorThreads_.find(thread);
    if (it == requestorThreads_.end()) return false;
    auto client = clients_.find(it->second);
    if (client == clients_.end()) return false;
    *process = reinterpret_cast<PEPROCESS>(client->second.get());
    return true;
}

bool UserIoImpl::clientProcessId(PEPROCESS process, ULONG* processId) const {
    platform::LockGuard guard(threadsLock_);
    for (const auto& [pid, client] : clients_) {
        if (reinterpret_cast<PEPROCESS>(client.get()) != process) continue;
        *processId = pid;
        return true;
    }
    return false;
}

UserIoImpl::~UserIoImpl() = default;

std::u16string UserIoImpl::ntPathOf(const std::u16string& path) {
    if (path.starts_with(kWin32DevicePrefix)) return u"\\GLOBAL??\\" + path.substr(kWin32DevicePrefix.size());
    if (path.starts_with(kWin32FilePrefix)) return u"\\GLOBAL??\\" + path.substr(kWin32FilePrefix.size());
    return ObjectNamespace::canonical(path);
}

std::shared_ptr<UserIoImpl::File> UserIoImpl::find(UserFileId id) const {
    platform::LockGuard guard(lock_);
    auto it = files_.find(id);
    return it == files_.end() ? nullptr : it->second;
}

size_t UserIoImpl::openHandles() const {
    platform::LockGuard guard(lock_);
    return files_.size();
}

NTSTATUS UserIoImpl::open(const UserOpenParams& params, UserFileId* id) {
    *id = 0;
    PDEVICE_OBJECT device = nullptr;
    std::u16string remainder;
    NTSTATUS status = io_.names().resolveDevice(ntPathOf(params.path), &device, &remainder);
    if (!NT_SUCCESS(status)) return status;
    OpenParameters open;
    open.desiredAccess = params.desiredAccess;
    open.shareAccess = params.shareAccess;
    open.createDisposition = params.createDisposition;
    open.createOptions = params.createOptions;
    open.fileAttributes = params.fileAttributes;
    open.requestorMode = UserMode;
    PFILE_OBJECT fileObject = nullptr;
    ClientProcess* client = clientProcess(params.caller.pid);
    {
        ActingForClient acting(*this, params.caller.pid);
        status = io_.files().open(device, remainder, open, &fileObject);
    }
    if (!NT_SUCCESS(status)) return status;
    auto file = std::make_shared<File>();
    file->id = ++lastId_;
    file->fileObject = fileObject;
    if (client != nullptr) file->requestorThread = reinterpret_cast<PETHREAD>(&client->thread);
    {
        platform::LockGuard guard(lock_);
        files_[file->id] = file;
    }
    *id = file->id;
    return status;
}

PIRP UserIoImpl::allocateIrp(File& file, Request& request, PDEVICE_OBJECT top, UCHAR major) {
    PIRP irp = IoAllocateIrp(top->StackSize, FALSE);
    if (irp == nullptr) return nullptr;
    irp->RequestorMode = UserMode;
    irp->UserIosb = &request.iosb;
    irp->Tail.Overlay.OriginalFileObject = file.fileObject;
    // The requesting thread (IoGetRequestorProcessId): the client's stand-in thread.
    irp->Tail.Overlay.Thread = file.requestorThread != nullptr ? file.requestorThread
                                                               : reinterpret_cast<PETHREAD>(currentKThread());
    PIO_STACK_LOCATION stack = IoGetNextIrpStackLocation(irp);
    stack->MajorFunction = major;
    stack->FileObject = file.fileObject;
    request.irp = irp;
    return irp;
}

void UserIoImpl::fail(const std::shared_ptr<Request>& request, PDEVICE_OBJECT top, NTSTATUS status) {
    if (request->irp != nullptr) releaseIrpBuffers(request->irp);
    if (top != nullptr) dereferenceDevice(top);
    UserIoResult result;
    result.status = status;
    request->completion(std::move(result));
}

std::shared_ptr<UserIoImpl::Request> UserIoImpl::newRequest(UserIoTag tag, UserIoCompletion completion) {
    auto request = std::make_shared<Request>();
    request->tag = tag;
    request->completion = std::move(completion);
    return request;
}

void UserIoImpl::read(UserFileId id, UserIoTag tag, ULONG length, LONGLONG byteOffset,
                      UserIoCompletion completion) {
    auto request = newRequest(tag, std::move(completion));
    request->kind = Request::Kind::Read;
    request->buffer.resize(length);
    startTransfer(id, request, byteOffset);
}

void UserIoImpl::write(UserFileId id, UserIoTag tag, std::vector<uint8_t> data, LONGLONG byteOffset,
                       UserIoCompletion completion) {
    auto request = newRequest(tag, std::move(completion));
    request->kind = Request::Kind::Write;
    request->buffer = std::move(data);
    startTransfer(id, request, byteOffset);
}

void UserIoImpl::readCallerBuffer(UserFileId id, UserIoTag tag, UserBuffer buffer, LONGLONG byteOffset,
                                  UserIoCompletion completion) {
    auto request = newRequest(tag, std::move(completion));
    request->kind = Request::Kind::Read;
    request->callerBuffer = buffer;
    request->usesCallerBuffer = true;
    startTransfer(id, request, byteOffset);
}

void UserIoImpl::writeCallerBuffer(UserFileId id, UserIoTag tag, UserBuffer buffer, LONGLONG byteOffset,
                                   UserIoCompletion completion) {
    auto request = newRequest(tag, std::move(completion));
    request->kind = Request::Kind::Write;
    request->callerBuffer = buffer;
    request->usesCallerBuffer = true;
    startTransfer(id, request, byteOffset);
}

void UserIoImpl::startTransfer(UserFileId id, const std::shared_ptr<Request>& request, LONGLONG byteOffset) {
    const bool isRead = request->kind == Request::Kind::Read;
    if (!request->usesCallerBuffer && request->buffer.size() > MAXULONG) {
        return fail(request, nullptr, STATUS_INVALID_PARAMETER);
    }
    if (request->usesCallerBuffer && request->callerBuffer.data == nullptr && request->callerBuffer.length != 0) {
        return fail(request, nullptr, STATUS_INVALID_PARAMETER);
    }
    void* data = request->usesCallerBuffer ? request->callerBuffer.data : request->buffer.data();
    const ULONG length =
        request->usesCallerBuffer ? request->callerBuffer.length : static_cast<ULONG>(request->buffer.size());
    auto file = find(id);
    if (file == nullptr) return fail(request, nullptr, STATUS_INVALID_HANDLE);
    if (isRead ? !file->fileObject->ReadAccess : !file->fileObject->WriteAccess) {
        return fail(request, nullptr, STATUS_ACCESS_DENIED);
    }
    PDEVICE_OBJECT top = IoGetAttachedDeviceReference(file->fileObject->DeviceObject);
    PIRP irp = allocateIrp(*file, *request, top, isRead ? IRP_MJ_READ : IRP_MJ_WRITE);
    if (irp == nullptr) return fail(request, top, STATUS_INSUFFICIENT_RESOURCES);
    PIO_STACK_LOCATION stack = IoGetNextIrpStackLocation(irp);
    if (isRead) {
        stack->Parameters.Read.Length = length;
        stack->Parameters.Read.ByteOffset.QuadPart = byteOffset;
        irp->Flags |= IRP_READ_OPERATION;
    } else {
        stack->Parameters.Write.Length = length;
        stack->Parameters.Write.ByteOffset.QuadPart = byteOffset;
        irp->Flags |= IRP_WRITE_OPERATION;
    }
    if (!attachTransferBuffer(irp, top, data, length, isRead)) {
        return fail(request, top, STATUS_INSUFFICIENT_RESOURCES);
    }
    submit(file, request, top);
}

void UserIoImpl::deviceControl(UserFileId id, UserIoTag tag, ULONG ioControlCode, std::vector<uint8_t> input,
                               ULONG outputLength, UserIoCompletion completion) {
    auto request = newRequest(tag, std::move(completion));
    request->kind = Request::Kind::DeviceControl;
    request->ioControlCode = ioControlCode;
    request->buffer = std::move(input);
    request->output.resize(outputLength);
    startDeviceControl(id, request);
}

void UserIoImpl::deviceControlWithOutputBuffer(UserFileId id, UserIoTag tag, ULONG ioControlCode,
                                               std::vector<uint8_t> input, std::vector<uint8_t> outputBuffer,
                                               UserIoCompletion completion) {
    auto request = newRequest(tag, std::move(completion));
    request->kind = Request::Kind::DeviceControl;
    request->ioControlCode = ioControlCode;
    request->buffer = std::move(input);
    request->output = std::move(outputBuffer);
    startDeviceControl(id, request);
}

void UserIoImpl::deviceControlCallerBuffer(UserFileId id, UserIoTag tag, ULONG ioControlCode,
                                           std::vector<uint8_t> input, UserBuffer output,
                                           UserIoCompletion completion) {
    auto request = newRequest(tag, std::move(completion));
    request->kind = Request::Kind::DeviceControl;
    request->ioControlCode = ioControlCode;
    request->buffer = std::move(input);
    request->callerBuffer = output;
    request->usesCallerBuffer = true;
    startDeviceControl(id, request);
}

void UserIoImpl::startDeviceControl(UserFileId id, const std::shared_ptr<Request>& request) {
    if (request->buffer.size() > MAXULONG || request->output.size() > MAXULONG) {
        return fail(request, nullptr, STATUS_INVALID_PARAMETER);
    }
    if (request->usesCallerBuffer && request->callerBuffer.data == nullptr && request->callerBuffer.length != 0) {
        return fail(request, nullptr, STATUS_INVALID_PARAMETER);
    }
    const ULONG ioControlCode = request->ioControlCode;
    void* output = request->usesCallerBuffer ? request->callerBuffer.data : request->output.data();
    const ULONG outputLength =
        request->usesCallerBuffer ? request->callerBuffer.length : static_cast<ULONG>(request->output.size());
    auto file = find(id);
    if (file == nullptr) return fail(request, nullptr, STATUS_INVALID_HANDLE);
    const ULONG requiredAccess = (ioControlCode >> 14) & 3;
    if (!hasAccess(file->fileObject, requiredAccess)) return fail(request, nullptr, STATUS_ACCESS_DENIED);
    PDEVICE_OBJECT top = IoGetAttachedDeviceReference(file->fileObject->DeviceObject);
    PIRP irp = allocateIrp(*file, *request, top, IRP_MJ_DEVICE_CONTROL);
    if (irp == nullptr) return fail(request, top, STATUS_INSUFFICIENT_RESOURCES);
    const auto inputLength = static_cast<ULONG>(request->buffer.size());
    PIO_STACK_LOCATION stack = IoGetNextIrpStackLocation(irp);
    stack->Parameters.DeviceIoControl.IoControlCode = ioControlCode;
    stack->Parameters.DeviceIoControl.InputBufferLength = inputLength;
    stack->Parameters.DeviceIoControl.OutputBufferLength = outputLength;
    if (!attachIoctlBuffers(irp, ioControlCode, request->buffer.data(), inputLength, output, outputLength)) {
        return fail(request, top, STATUS_INSUFFICIENT_RESOURCES);
    }
    submit(file, request, top);
}

void UserIoImpl::submit(const std::shared_ptr<File>& file, const std::shared_ptr<Request>& request,
                        PDEVICE_OBJECT top) {
    NTSTATUS refused = STATUS_SUCCESS;
    {
        platform::LockGuard guard(file->lock);
        if (file->closing) {
            refused = STATUS_FILE_CLOSED;
        } else if (file->outstanding.count(request->tag) != 0) {
            refused = STATUS_INVALID_PARAMETER;
        } else {
            file->outstanding[request->tag] = request;
        }
    }
    if (refused != STATUS_SUCCESS) return fail(request, top, refused);
    io_.references().reference(file->fileObject);
    io_.finishers().add(request->irp, [this, file, request](PIRP) { finish(file, request); });
    NTSTATUS returned;
    {
        PreviousModeScope previousMode(UserMode);
        returned = IoCallDriver(top, request->irp);
    }
    checkPendingProtocol(*request, returned, top);
    dereferenceDevice(top);
}

void UserIoImpl::checkPendingProtocol(const Request& request, NTSTATUS returned, PDEVICE_OBJECT top) {
    // Only checkable once the IRP completed: until then the top location belongs to the driver.
    if (!request.completed) return;
    const bool marked = request.irp->PendingReturned != FALSE;
    const bool pending = returned == STATUS_PENDING;
    if (marked == pending) return;
    char line[200];
    std::snprintf(line, sizeof(line),
                  "driver %s: dispatch routine %s (IRP %p, major 0x%02X)",
                  narrow(toU16(&top->DriverObject->DriverName)).c_str(),
                  pending ? "returned STATUS_PENDING without IoMarkIrpPending"
                          : "called IoMarkIrpPending but did not return STATUS_PENDING",
                  static_cast<void*>(request.irp), IoGetNextIrpStackLocation(request.irp)->MajorFunction);
    io_.system().log(line);
}

void UserIoImpl::finish(const std::shared_ptr<File>& file, const std::shared_ptr<Request>& request) {
    PIRP irp = request->irp;
    UserIoResult result;
    result.status = irp->IoStatus.Status;
    result.information = irp->IoStatus.Information;
    request->iosb = irp->IoStatus;
    request->completed = true;
    if (!NT_ERROR(result.status)) {
        const size_t transferred = static_cast<size_t>(irp->IoStatus.Information);
        if (request->usesCallerBuffer) {
            // Direct I/O wrote into the caller's memory already; buffered I/O copies into it.
            if (request->kind != Request::Kind::Write) {
                copyBufferedOutput(irp, request->callerBuffer.data, request->callerBuffer.length);
            }
        } else switch (request->kind) {
        case Request::Kind::Read: {
            copyBufferedOutput(irp, request->buffer.data(), request->buffer.size());
            const size_t count = std::min(transferred, request->buffer.size());
            result.output.assign(request->buffer.begin(), request->buffer.begin() + count);
            break;
        }
        case Request::Kind::DeviceControl: {
            copyBufferedOutput(irp, request->output.data(), request->output.size());
            const size_t count = std::min(transferred, request->output.size());
            result.output.assign(request->output.begin(), request->output.begin() + count);
            break;
        }
        case Request::Kind::Write:
            break;
        }
    }
    releaseIrpBuffers(irp);
    {
        platform::LockGuard guard(file->lock);
        auto it = file->outstanding.find(request->tag);
        if (it != file->outstanding.end() && it->second == request) file->outstanding.erase(it);
    }
    request->completion(std::move(result));
    io_.references().dereference(file->fileObject);
}

NTSTATUS UserIoImpl::cancel(UserFileId id, UserIoTag tag) {
    auto file = find(id);
    if (file == nullptr) return STATUS_INVALID_HANDLE;
    std::vector<std::shared_ptr<Request>> targets;
    {
        platform::LockGuard guard(file->lock);
        for (auto& [requestTag, request] : file->outstanding) {
            if (tag == 0 || requestTag == tag) targets.push_back(request);
        }
    }
    if (targets.empty()) return STATUS_NOT_FOUND;
    for (auto& request : targets) IoCancelIrp(request->irp);
    return STATUS_SUCCESS;
}

NTSTATUS UserIoImpl::close(UserFileId id) {
    std::shared_ptr<File> file;
    {
        platform::LockGuard guard(lock_);
        auto it = files_.find(id);
        if (it == files_.end()) return STATUS_INVALID_HANDLE;
        file = it->second;
        files_.erase(it);
    }
    std::vector<std::shared_ptr<Request>> outstanding;
    {
        platform::LockGuard guard(file->lock);
        file->closing = true;
        for (auto& [tag, request] : file->outstanding) outstanding.push_back(request);
    }
    for (auto& request : outstanding) IoCancelIrp(request->irp);
    outstanding.clear();
    ULONG pid = 0;
    if (file->requestorThread != nullptr) requestorProcessId(file->requestorThread, &pid);
    ActingForClient acting(*this, pid);
    io_.files().cleanup(file->fileObject);
    // The handle's reference; IRP_MJ_CLOSE follows when no IRP holds the file object.
    io_.references().dereference(file->fileObject);
    return STATUS_SUCCESS;
}

void UserIoImpl::closeAll() {
    std::vector<UserFileId> ids;
    {
        platform::LockGuard guard(lock_);
        for (auto& [id, file] : files_) ids.push_back(id);
    }
    for (UserFileId id : ids) close(id);
}

std::vector<std::u16string> UserIoImpl::interfaceList(const GUID& interfaceClass, bool allDevices) {
    std::vector<std::u16string> out;
    for (const auto& link : interfaces_(interfaceClass, allDevices)) {
        // "\??\ROOT#X#0000#{guid}" -> "\\?\ROOT#X#0000#{guid}"
        out.push_back(u"\\\\?\\" + link.substr(4));
    }
    return out;
}

}  // namespace ntos
