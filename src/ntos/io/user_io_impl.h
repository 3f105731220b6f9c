// The I/O manager's UserIo: NtCreateFile/NtReadFile/NtWriteFile/
// NtDeviceIoControlFile/NtCancelIoFileEx/NtClose for the host's clients.
#pragma once

#include "ntos/io/user_io.h"
#include "ntos/ke/thread_state.h"
#include "ntos/platform/platform.h"

#include <atomic>
#include <functional>
#include <map>
#include <memory>

namespace ntos {

class IoManager;

class UserIoImpl final : public UserIo {
public:
    // `interfaces` lists the device interfaces of a class as "\??\..." links.
    using InterfaceLister = std::function<std::vector<std::u16string>(const GUID&, bool allDevices)>;

    UserIoImpl(IoManager& io, InterfaceLister interfaces);
    ~UserIoImpl() override;

    NTSTATUS open(const UserOpenParams& params, UserFileId* file) override;
    void read(UserFileId file, UserIoTag tag, ULONG length, LONGLONG byteOffset,
              UserIoCompletion completion) override;
    void write(UserFileId file, UserIoTag tag, std::vector<uint8_t> data, LONGLONG byteOffset,
               UserIoCompletion completion) override;
    void deviceControl(UserFileId file, UserIoTag tag, ULONG ioControlCode, std::vector<uint8_t> input,
                       ULONG outputLength, UserIoCompletion completion) override;
    void deviceControlWithOutputBuffer(UserFileId file, UserIoTag tag, ULONG ioControlCode, std::vector<uint8_t> input,
                                       std::vector<uint8_t> outputBuffer, UserIoCompletion completion) override;
    void readCallerBuffer(UserFileId file, UserIoTag tag, UserBuffer buffer, LONGLONG byteOffset,
                          UserIoCompletion completion) override;
    void writeCallerBuffer(UserFileId file, UserIoTag tag, UserBuffer buffer, LONGLONG byteOffset,
                           UserIoCompletion completion) override;
    void deviceControlCallerBuffer(UserFileId file, UserIoTag tag, ULONG ioControlCode, std::vector<uint8_t> input,
                                   UserBuffer output, UserIoCompletion completion) override;
    NTSTATUS cancel(UserFileId file, UserIoTag tag) override;
    NTSTATUS close(UserFileId file) override;
    std::vector<std::u16string> interfaceList(const GUID& interfaceClass, bool allDevices) override;
    bool requestorProcessId(PETHREAD thread, ULONG* processId) const override;
    bool requestorProcess(PETHREAD thread, PEPROCESS* process) const override;
    bool clientProcessId(PEPROCESS process, ULONG* processId) const override;

    // Closes every handle still open (System shutdown). Thread: PASSIVE_LEVEL.
    void closeAll();
    size_t openHandles() const;

    // "\\.\X" and "\\?\X" -> "\GLOBAL??\X"; NT paths unchanged.
    static std::u16string ntPathOf(const std::u16string& win32Path);

private:
    struct File;
    struct Request;
    class ActingForClient;
    // A client process as drivers see it: its process object (this struct's address is
    // the opaque PEPROCESS) and the stand-in thread its IRPs carry.
    struct ClientProcess {
        uint32_t pid = 0;
        ThreadState thread;
    };

    // The client process `pid` (created on first use, kept for the UserIo's lifetime);
    // null for pid 0. Thread: any.
    ClientProcess* clientProcess(uint32_t pid);

    static std::shared_ptr<Request> newRequest(UserIoTag tag, UserIoCompletion completion);
    // Every read/write form: the transfer buffer is request.buffer or request.callerBuffer.
    void startTransfer(UserFileId file, const std::shared_ptr<Request>& request, LONGLONG byteOffset);
    // Every deviceControl form: the output buffer is request.output or request.callerBuffer.
    void startDeviceControl(UserFileId file, const std::shared_ptr<Request>& request);

    std::shared_ptr<File> find(UserFileId id) const;
    PIRP allocateIrp(File& file, Request& request, PDEVICE_OBJECT top, UCHAR major);
    void submit(const std::shared_ptr<File>& file, const std::shared_ptr<Request>& request,
                PDEVICE_OBJECT top);
    // Logs a dispatch routine whose return value and IoMarkIrpPending disagree.
    void checkPendingProtocol(const Request& request, NTSTATUS returned, PDEVICE_OBJECT top);
    void fail(const std::shared_ptr<Request>& request, PDEVICE_OBJECT top, NTSTATUS status);
    // The IRP finished its trip back up the stack. IRQL <= DISPATCH_LEVEL, any thread.
    void finish(const std::shared_ptr<File>& file, const std::shared_ptr<Request>& request);

    IoManager& io_;
    InterfaceLister interfaces_;
    mutable platform::Mutex lock_;
    std::map<UserFileId, std::shared_ptr<File>> files_;
    std::atomic<UserFileId> lastId_{0};
    // Threads that stand for a client process: the clients' stand-in threads, and the
    // callers' own threads while they are inside open/close for a client.
    mutable platform::Mutex threadsLock_;
    std::map<uint32_t, std::unique_ptr<ClientProcess>> clients_;
    std::map<const void*, uint32_t> requestorThreads_;
};

}  // namespace ntos
