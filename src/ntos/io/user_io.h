// ntos::UserIo: the I/O manager's front end for user-mode callers. The host calls it
// on behalf of a client process, as NtCreateFile/NtReadFile/NtWriteFile/
// NtDeviceIoControlFile/NtCancelIoFileEx/NtClose do on Windows: it resolves names,
// builds IRPs with the buffer method of the target device, sends them with
// IoCallDriver at PASSIVE_LEVEL, and reports each completion once.
#pragma once

#include <ntddk.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace ntos {

using UserFileId = uint64_t;  // never 0
using UserIoTag = uint64_t;   // chosen by the caller, unique among its outstanding I/O on a file

struct UserIoResult {
    NTSTATUS status = STATUS_SUCCESS;
    ULONG_PTR information = 0;     // IoStatus.Information
    std::vector<uint8_t> output;   // bytes returned to the caller (read data, IOCTL output)
};

// Memory the caller owns and keeps valid until the I/O completes (the host: a client's
// pages mapped from its shared arena). The IRP's user buffer is this memory itself: a
// DO_DIRECT_IO / METHOD_*_DIRECT MDL describes it, so the driver reads and writes it in
// place; buffered I/O copies between it and the system buffer.
struct UserBuffer {
    void* data = nullptr;
    ULONG length = 0;
};

// Called exactly once per started I/O, possibly before the starting call returns,
// on any thread at IRQL <= DISPATCH_LEVEL. It must not block.
using UserIoCompletion = std::function<void(UserIoResult)>;

// Who is asking (from the client's peer credentials). The pid is the process id drivers
// see for the client's requests (IoGetRequestorProcessId); 0: not known, the requests
// count as the System process's. uid/gid are for access checks later.
struct UserCaller {
    uint32_t uid = 0;
    uint32_t gid = 0;
    uint32_t pid = 0;
};

struct UserOpenParams {
    // A Win32 path: "\\.\NAME" (symbolic link in \GLOBAL??), "\\?\..." (a device
    // interface path as returned by interfaceList), or an NT path "\Device\Echo".
    std::u16string path;
    ACCESS_MASK desiredAccess = GENERIC_READ | GENERIC_WRITE;
    ULONG shareAccess = 0;
    ULONG createDisposition = FILE_OPEN;
    ULONG createOptions = 0;
    ULONG fileAttributes = 0;
    UserCaller caller;
};

class UserIo {
public:
    virtual ~UserIo() = default;

    // Thread: PASSIVE_LEVEL, System current. Sends IRP_MJ_CREATE and waits for it.
    virtual NTSTATUS open(const UserOpenParams& params, UserFileId* file) = 0;

    // Thread: PASSIVE_LEVEL, System current. Each starts one IRP and returns at once;
    // completion reports the result (also for failures detected before the IRP is sent).
    virtual void read(UserFileId file, UserIoTag tag, ULONG length, LONGLONG byteOffset,
                      UserIoCompletion completion) = 0;
    virtual void write(UserFileId file, UserIoTag tag, std::vector<uint8_t> data,
                       LONGLONG byteOffset, UserIoCompletion completion) = 0;
    virtual void deviceControl(UserFileId file, UserIoTag tag, ULONG ioControlCode,
                               std::vector<uint8_t> input, ULONG outputLength,
                               UserIoCompletion completion) = 0;
    // The same for an IOCTL whose output buffer the device reads (METHOD_IN_DIRECT):
    // `outputBuffer` holds the caller's output buffer (its size is the output length).
    virtual void deviceControlWithOutputBuffer(UserFileId file, UserIoTag tag, ULONG ioControlCode,
                                               std::vector<uint8_t> input, std::vector<uint8_t> outputBuffer,
                                               UserIoCompletion completion) = 0;

    // The same with the transfer buffer (read/write) or the output buffer (IOCTL) in
    // caller-owned memory: nothing is copied for direct I/O, and the result's `output` is
    // empty (read data and IOCTL output are already in `buffer`; `information` counts them).
    virtual void readCallerBuffer(UserFileId file, UserIoTag tag, UserBuffer buffer, LONGLONG byteOffset,
                                  UserIoCompletion completion) = 0;
    virtual void writeCallerBuffer(UserFileId file, UserIoTag tag, UserBuffer buffer, LONGLONG byteOffset,
                                   UserIoCompletion completion) = 0;
    virtual void deviceControlCallerBuffer(UserFileId file, UserIoTag tag, ULONG ioControlCode,
                                           std::vector<uint8_t> input, UserBuffer output,
                                           UserIoCompletion completion) = 0;

    // Cancels the outstanding I/O with this tag (IoCancelIrp), or all of the file's
    // outstanding I/O when tag == 0. STATUS_NOT_FOUND if there is none.
    virtual NTSTATUS cancel(UserFileId file, UserIoTag tag) = 0;

    // Closes the handle: cancels its outstanding I/O, sends IRP_MJ_CLEANUP, and
    // IRP_MJ_CLOSE once no IRP references the file object. Thread: PASSIVE_LEVEL.
    virtual NTSTATUS close(UserFileId file) = 0;

    // The client process `thread` acts for: the stand-in thread of a client that UserIo
    // puts in Tail.Overlay.Thread of the IRPs it sends for the client (read, write,
    // device control), or a thread of the caller while it is inside open or close for a
    // client (create and cleanup). False for any other thread. IRQL <= DISPATCH_LEVEL.
    virtual bool requestorProcessId(PETHREAD thread, ULONG* processId) const {
        (void)thread;
        (void)processId;
        return false;
    }
    // The same with the client's process object (an opaque PEPROCESS, one per client
    // process id, for IoGetRequestorProcess). IRQL <= DISPATCH_LEVEL.
    virtual bool requestorProcess(PETHREAD thread, PEPROCESS* process) const {
        (void)thread;
        (void)process;
        return false;
    }
    // The id of a client process object requestorProcess returned (PsGetProcessId); false
    // for any other pointer. IRQL <= DISPATCH_LEVEL.
    virtual bool clientProcessId(PEPROCESS process, ULONG* processId) const {
        (void)process;
        (void)processId;
        return false;
    }

    // CM_Get_Device_Interface_List: the symbolic link names ("\\?\ROOT#ECHO#0000#{guid}")
    // of the interfaces of this class; enabled ones only unless allDevices.
    virtual std::vector<std::u16string> interfaceList(const GUID& interfaceClass,
                                                      bool allDevices) = 0;
};

}  // namespace ntos
