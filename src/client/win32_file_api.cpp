// CreateFile, ReadFile, WriteFile, DeviceIoControl, GetOverlappedResult, CancelIo(Ex),
// CloseHandle: the Win32 file API over the kmdfhost protocol.
#include <windows.h>

#include "client/event_object.h"
#include "client/file_object.h"
#include "client/handle_table.h"
#include "client/host_connection.h"
#include "client/io_arena.h"
#include "client/last_error.h"
#include "client/nt_status_to_win32.h"
#include "client/utf_conversion.h"

#include <atomic>
#include <cstdio>
#include <cstring>

namespace kmdf::client {

namespace {

using protocol::Message;
using protocol::Reply;

constexpr uint32_t kStatusPendingValue = 0x00000103;
constexpr int32_t kStatusEndOfFile = static_cast<int32_t>(0xC0000011);

// NT create dispositions and options (the values NtCreateFile takes).
constexpr uint32_t kFileCreate = 2, kFileOpen = 1, kFileOpenIf = 3, kFileOverwrite = 4, kFileOverwriteIf = 5;
constexpr uint32_t kFileSynchronousIoNonalert = 0x00000020;
constexpr uint32_t kFileNonDirectoryFile = 0x00000040;

HANDLE toHandle(HandleTable::Value value) { return reinterpret_cast<HANDLE>(static_cast<uintptr_t>(value)); }
HandleTable::Value fromHandle(HANDLE handle) { return reinterpret_cast<uintptr_t>(handle); }

BOOL fail(DWORD error) {
    setLastError(error);
    return FALSE;
}

bool isError(int32_t status) { return (static_cast<uint32_t>(status) >> 30) == 3; }

// Reports a final status as the Win32 functions do: success -> TRUE; a warning (e.g.
// STATUS_BUFFER_OVERFLOW) -> FALSE but the bytes transferred are reported; an error ->
// FALSE with 0 bytes.
BOOL finish(int32_t status, uint64_t information, LPDWORD bytesTransferred) {
    if (bytesTransferred) *bytesTransferred = isError(status) ? 0 : static_cast<DWORD>(information);
    if (status >= 0) return TRUE;
    return fail(ntStatusToWin32Error(status));
}

std::shared_ptr<FileObject> lookupFile(HANDLE handle) {
    auto file = processHandleTable().lookupAs<FileObject>(fromHandle(handle));
    if (!file) setLastError(ERROR_INVALID_HANDLE);
    return file;
}

uint32_t loadInternal(const OVERLAPPED* ov) {
    return static_cast<uint32_t>(__atomic_load_n(&ov->Internal, __ATOMIC_ACQUIRE));
}

int64_t offsetOf(const OVERLAPPED* ov) {
    if (!ov) return 0;
    return static_cast<int64_t>((static_cast<uint64_t>(ov->OffsetHigh) << 32) | ov->Offset);
}

void copyReplyData(const Reply& reply, void* buffer, uint32_t capacity) {
    size_t count = std::min<size_t>(reply.data.size(), capacity);
    if (count) std::memcpy(buffer, reply.data.data(), count);
}

// Starts one I/O request on `file` and reports it as ReadFile/WriteFile/DeviceIoControl
// do. Reply data is copied into outBuffer (at most outCapacity bytes).
BOOL performIo(const std::shared_ptr<FileObject>& file, protocol::Payload payload, void* outBuffer,
               uint32_t outCapacity, LPDWORD bytesTransferred, LPOVERLAPPED ov, bool endOfFileIsSuccess) {
    auto& connection = file->connection();
    Message request{connection.newRequestId(), file->hostHandle(), std::move(payload)};

    if (!file->overlapped()) {
        file->track(request.requestId, ov);
        Reply reply = connection.call(request);
        file->untrack(request.requestId);
        copyReplyData(reply, outBuffer, outCapacity);
        if (endOfFileIsSuccess && reply.status == kStatusEndOfFile) reply.status = 0;
        if (ov) {
            ov->InternalHigh = reply.information;
            ov->Internal = static_cast<uint32_t>(reply.status);
            if (ov->hEvent) {
                auto event = processHandleTable().lookupAs<Event>(fromHandle(ov->hEvent) & ~uint64_t{1});
                if (event) event->set();
            }
        }
        return finish(reply.status, reply.information, bytesTransferred);
    }

    if (!ov) return fail(ERROR_INVALID_PARAMETER);
    std::shared_ptr<Event> event;
    if (ov->hEvent) {
        // The low bit of hEvent only suppresses completion-port notification.
        event = processHandleTable().lookupAs<Event>(fromHandle(ov->hEvent) & ~uint64_t{1});
        if (!event) return fail(ERROR_INVALID_HANDLE);
        event->reset();
    }
    if (bytesTransferred) *bytesTransferred = 0;
    ov->InternalHigh = 0;
    __atomic_store_n(&ov->Internal, ULONG_PTR{kStatusPendingValue}, __ATOMIC_RELEASE);
    file->track(request.requestId, ov);
    uint64_t requestId = request.requestId;
    connection.submit(request, [file, ov, outBuffer, outCapacity, event, requestId](Reply&& reply, uint64_t) {
        copyReplyData(reply, outBuffer, outCapacity);
        file->untrack(requestId);
        auto& hub = WaitHub::instance();
        std::lock_guard lock(hub.mutex());
        ov->InternalHigh = reply.information;
        __atomic_store_n(&ov->Internal, ULONG_PTR{static_cast<uint32_t>(reply.status)}, __ATOMIC_RELEASE);
        if (event) event->setLocked();
        hub.notifyAll();
    });
    uint32_t status = loadInternal(ov);
    if (status == kStatusPendingValue) return fail(ERROR_IO_PENDING);
    return finish(static_cast<int32_t>(status), ov->InternalHigh, bytesTransferred);
}

// True when [data, data + length) lies in the direct I/O arena and the file's host
// connection maps it: the request then names the buffer instead of carrying its bytes.
bool inSharedArena(FileObject& file, const void* data, uint32_t length, protocol::SharedBuffer* shared) {
    if (length == 0) return false;
    IoArena* arena = IoArena::existing();
    uint64_t offset = 0;
    if (!arena || !arena->locate(data, length, &offset)) return false;
    if (!file.connection().shareArena(*arena)) return false;
    *shared = protocol::SharedBuffer{offset, length};
    return true;
}

void reportConnectFailureOnce(const std::string& error) {
    static std::atomic<bool> reported{false};
    if (!reported.exchange(true)) std::fprintf(stderr, "libkmdfclient: %s\n", error.c_str());
}

HANDLE createFile(std::u16string path, DWORD desiredAccess, DWORD shareMode, DWORD creationDisposition,
                  DWORD flagsAndAttributes) {
    uint32_t disposition;
    switch (creationDisposition) {
    case CREATE_NEW: disposition = kFileCreate; break;
    case CREATE_ALWAYS: disposition = kFileOverwriteIf; break;
    case OPEN_EXISTING: disposition = kFileOpen; break;
    case OPEN_ALWAYS: disposition = kFileOpenIf; break;
    case TRUNCATE_EXISTING: disposition = kFileOverwrite; break;
    default: setLastError(ERROR_INVALID_PARAMETER); return INVALID_HANDLE_VALUE;
    }
    if (path.empty() || path.size() > protocol::kMaxPathUnits) {
        setLastError(path.empty() ? ERROR_PATH_NOT_FOUND : ERROR_INVALID_NAME);
        return INVALID_HANDLE_VALUE;
    }
    bool overlapped = (flagsAndAttributes & FILE_FLAG_OVERLAPPED) != 0;
    uint32_t options = overlapped ? 0 : kFileSynchronousIoNonalert;
    if (!(flagsAndAttributes & FILE_FLAG_BACKUP_SEMANTICS)) options |= kFileNonDirectoryFile;

    std::string error;
    auto connection = HostConnection::shared(&error);
    if (!connection) {
        reportConnectFailureOnce(error);
        setLastError(ERROR_FILE_NOT_FOUND);
        return INVALID_HANDLE_VALUE;
    }
    protocol::CreateRequest create{static_cast<uint32_t>(desiredAccess | SYNCHRONIZE | FILE_READ_ATTRIBUTES), shareMode, disposition, options,
                                   flagsAndAttributes & 0xFFFF, std::move(path)};
    uint64_t hostHandle = 0;
    Reply reply = connection->call(Message{connection->newRequestId(), 0, std::move(create)}, &hostHandle);
    if (reply.status < 0 || hostHandle == 0) {
        setLastError(reply.status < 0 ? ntStatusToWin32Error(reply.status) : ERROR_GEN_FAILURE);
        return INVALID_HANDLE_VALUE;
    }
    auto file = std::make_shared<FileObject>(connection, hostHandle, overlapped);
    setLastError(ERROR_SUCCESS);
    return toHandle(processHandleTable().insert(std::move(file)));
}

BOOL cancelRequests(FileObject& file, const std::vector<uint64_t>& ids) {
    bool anyCancelled = false;
    for (uint64_t id : ids) {
        Reply reply = file.connection().call(
            Message{file.connection().newRequestId(), file.hostHandle(), protocol::CancelRequest{id}});
        if (reply.status >= 0) anyCancelled = true;
    }
    return anyCancelled ? TRUE : fail(ERROR_NOT_FOUND);
}

}  // namespace

}  // namespace kmdf::client

using namespace kmdf::client;

extern "C" {

HANDLE WINAPI CreateFileW(LPCWSTR lpFileName, DWORD dwDesiredAccess, DWORD dwShareMode,
                          LPSECURITY_ATTRIBUTES lpSecurityAttributes, DWORD dwCreationDisposition,
                          DWORD dwFlagsAndAttributes, HANDLE hTemplateFile) {
    (void)lpSecurityAttributes;
    (void)hTemplateFile;  // ignored when opening an existing file or device
    if (!lpFileName) {
        setLastError(ERROR_INVALID_PARAMETER);
        return INVALID_HANDLE_VALUE;
    }
    std::u16string path;
    for (const WCHAR* p = lpFileName; *p; ++p) {
        path.push_back(static_cast<char16_t>(*p));
        if (path.size() > kmdf::protocol::kMaxPathUnits) break;
    }
    return createFile(std::move(path), dwDesiredAccess, dwShareMode, dwCreationDisposition, dwFlagsAndAttributes);
}

HANDLE WINAPI CreateFileA(LPCSTR lpFileName, DWORD dwDesiredAccess, DWORD dwShareMode,
                          LPSECURITY_ATTRIBUTES lpSecurityAttributes, DWORD dwCreationDisposition,
                          DWORD dwFlagsAndAttributes, HANDLE hTemplateFile) {
    (void)lpSecurityAttributes;
    (void)hTemplateFile;
    if (!lpFileName) {
        setLastError(ERROR_INVALID_PARAMETER);
        return INVALID_HANDLE_VALUE;
    }
    return createFile(kmdf::utf8ToUtf16(lpFileName), dwDesiredAccess, dwShareMode, dwCreationDisposition,
                      dwFlagsAndAttributes);
}

BOOL WINAPI ReadFile(HANDLE hFile, LPVOID lpBuffer, DWORD nNumberOfBytesToRead, LPDWORD lpNumberOfBytesRead,
                     LPOVERLAPPED lpOverlapped) {
    auto file = lookupFile(hFile);
    if (!file) return FALSE;
    if (!lpBuffer && nNumberOfBytesToRead) return fail(ERROR_INVALID_PARAMETER);
    if (!file->overlapped() && !lpOverlapped && !lpNumberOfBytesRead) return fail(ERROR_INVALID_PARAMETER);
    kmdf::protocol::SharedBuffer shared;
    if (inSharedArena(*file, lpBuffer, nNumberOfBytesToRead, &shared)) {
        // The host's IRP uses these pages; the reply carries no data.
        return performIo(file, kmdf::protocol::SharedReadRequest{shared, offsetOf(lpOverlapped)}, nullptr, 0,
                         lpNumberOfBytesRead, lpOverlapped, true);
    }
    if (nNumberOfBytesToRead > kmdf::protocol::kMaxDataLength) return fail(ERROR_INVALID_PARAMETER);
    return performIo(file, kmdf::protocol::ReadRequest{nNumberOfBytesToRead, offsetOf(lpOverlapped)}, lpBuffer,
                     nNumberOfBytesToRead, lpNumberOfBytesRead, lpOverlapped, true);
}

BOOL WINAPI WriteFile(HANDLE hFile, LPCVOID lpBuffer, DWORD nNumberOfBytesToWrite, LPDWORD lpNumberOfBytesWritten,
                      LPOVERLAPPED lpOverlapped) {
    auto file = lookupFile(hFile);
    if (!file) return FALSE;
    if (!lpBuffer && nNumberOfBytesToWrite) return fail(ERROR_INVALID_PARAMETER);
    if (!file->overlapped() && !lpOverlapped && !lpNumberOfBytesWritten) return fail(ERROR_INVALID_PARAMETER);
    kmdf::protocol::SharedBuffer shared;
    if (inSharedArena(*file, lpBuffer, nNumberOfBytesToWrite, &shared)) {
        return performIo(file, kmdf::protocol::SharedWriteRequest{shared, offsetOf(lpOverlapped)}, nullptr, 0,
                         lpNumberOfBytesWritten, lpOverlapped, false);
    }
    if (nNumberOfBytesToWrite > kmdf::protocol::kMaxDataLength) return fail(ERROR_INVALID_PARAMETER);
    const auto* bytes = static_cast<const uint8_t*>(lpBuffer);
    kmdf::protocol::WriteRequest write{offsetOf(lpOverlapped),
                                       std::vector<uint8_t>(bytes, bytes + (bytes ? nNumberOfBytesToWrite : 0))};
    return performIo(file, std::move(write), nullptr, 0, lpNumberOfBytesWritten, lpOverlapped, false);
}

BOOL WINAPI DeviceIoControl(HANDLE hDevice, DWORD dwIoControlCode, LPVOID lpInBuffer, DWORD nInBufferSize,
                            LPVOID lpOutBuffer, DWORD nOutBufferSize, LPDWORD lpBytesReturned,
                            LPOVERLAPPED lpOverlapped) {
    auto file = lookupFile(hDevice);
    if (!file) return FALSE;
    if ((!lpInBuffer && nInBufferSize) || (!lpOutBuffer && nOutBufferSize) ||
        nInBufferSize > kmdf::protocol::kMaxDataLength)
        return fail(ERROR_INVALID_PARAMETER);
    if (!file->overlapped() && !lpOverlapped && !lpBytesReturned) return fail(ERROR_INVALID_PARAMETER);
    const auto* input = static_cast<const uint8_t*>(lpInBuffer);
    kmdf::protocol::SharedBuffer shared;
    if (inSharedArena(*file, lpOutBuffer, nOutBufferSize, &shared)) {
        // The output buffer stays in place (a METHOD_IN_DIRECT device reads it there).
        kmdf::protocol::SharedIoctlRequest ioctl{dwIoControlCode, shared,
                                                 std::vector<uint8_t>(input, input + (input ? nInBufferSize : 0))};
        return performIo(file, std::move(ioctl), nullptr, 0, lpBytesReturned, lpOverlapped, false);
    }
    if (nOutBufferSize > kmdf::protocol::kMaxDataLength) return fail(ERROR_INVALID_PARAMETER);
    kmdf::protocol::IoctlRequest ioctl{dwIoControlCode, nOutBufferSize,
                                       std::vector<uint8_t>(input, input + (input ? nInBufferSize : 0)), {}};
    if (kmdf::protocol::ioctlSendsOutputBuffer(dwIoControlCode)) {
        // METHOD_IN_DIRECT: the device reads the output buffer, so its bytes travel too.
        if (uint64_t{nInBufferSize} + nOutBufferSize > kmdf::protocol::kMaxDataLength) return fail(ERROR_INVALID_PARAMETER);
        const auto* output = static_cast<const uint8_t*>(lpOutBuffer);
        ioctl.outputData.assign(output, output + (output ? nOutBufferSize : 0));
    }
    return performIo(file, std::move(ioctl), lpOutBuffer, nOutBufferSize, lpBytesReturned, lpOverlapped, false);
}

BOOL WINAPI GetOverlappedResult(HANDLE hFile, LPOVERLAPPED lpOverlapped, LPDWORD lpNumberOfBytesTransferred,
                                BOOL bWait) {
    auto file = lookupFile(hFile);
    if (!file) return FALSE;
    if (!lpOverlapped || !lpNumberOfBytesTransferred) return fail(ERROR_INVALID_PARAMETER);
    if (loadInternal(lpOverlapped) == kStatusPendingValue) {
        if (!bWait) return fail(ERROR_IO_INCOMPLETE);
        auto& hub = WaitHub::instance();
        std::unique_lock lock(hub.mutex());
        hub.waitFor(lock, kInfiniteWait, [&] { return loadInternal(lpOverlapped) != kStatusPendingValue; });
    }
    return finish(static_cast<int32_t>(loadInternal(lpOverlapped)), lpOverlapped->InternalHigh,
                  lpNumberOfBytesTransferred);
}

BOOL WINAPI CancelIoEx(HANDLE hFile, LPOVERLAPPED lpOverlapped) {
    auto file = lookupFile(hFile);
    if (!file) return FALSE;
    if (!lpOverlapped) {
        if (file->requestsFor(nullptr).empty()) return fail(ERROR_NOT_FOUND);
        return cancelRequests(*file, {0});
    }
    auto ids = file->requestsFor(lpOverlapped);
    if (ids.empty()) return fail(ERROR_NOT_FOUND);
    return cancelRequests(*file, ids);
}

BOOL WINAPI CancelIo(HANDLE hFile) {
    auto file = lookupFile(hFile);
    if (!file) return FALSE;
    auto ids = file->requestsOfCallingThread();
    if (!ids.empty()) cancelRequests(*file, ids);
    return TRUE;
}

BOOL WINAPI CloseHandle(HANDLE hObject) {
    auto object = processHandleTable().remove(fromHandle(hObject));
    if (!object) return fail(ERROR_INVALID_HANDLE);
    if (auto file = std::dynamic_pointer_cast<FileObject>(object)) {
        Reply reply = file->connection().call(
            kmdf::protocol::Message{file->connection().newRequestId(), file->hostHandle(), kmdf::protocol::CloseRequest{}});
        // A lost connection has closed the host's handle already.
        if (reply.status < 0 && reply.status != kStatusPipeBroken) return fail(ntStatusToWin32Error(reply.status));
    }
    return TRUE;
}

}  // extern "C"
