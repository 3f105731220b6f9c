// libkmdfclient's Win32 file API against a fake host speaking the protocol on a
// temporary socket: synchronous and overlapped I/O, events, cancel, close, warnings,
// interface lists. The fake device keeps the last write; a write whose data starts
// with "HOLD" stays pending until cancelled or its handle is closed; "DIE" makes the
// fake host drop the connection.
#include "client/packet_socket.h"
#include "client/protocol.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

#include <windows.h>
#include <cfgmgr32.h>

#include <gtest/gtest.h>

using namespace kmdf::protocol;

namespace {

constexpr int32_t kSuccess = 0;
constexpr int32_t kCancelled = static_cast<int32_t>(0xC0000120);
constexpr int32_t kNotFound = static_cast<int32_t>(0xC0000225);
constexpr int32_t kNameNotFound = static_cast<int32_t>(0xC0000034);
constexpr int32_t kBufferOverflow = static_cast<int32_t>(0x80000005);
constexpr int32_t kInvalidDeviceRequest = static_cast<int32_t>(0xC0000010);

class FakeHost {
public:
    explicit FakeHost(std::string path) : path_(std::move(path)) {
        unlink(path_.c_str());
        listenFd_ = socket(AF_UNIX, SOCK_SEQPACKET, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strcpy(address.sun_path, path_.c_str());
        EXPECT_EQ(bind(listenFd_, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
        EXPECT_EQ(listen(listenFd_, 8), 0);
        acceptor_ = std::thread([this] {
            for (;;) {
                int fd = accept(listenFd_, nullptr, nullptr);
                if (fd < 0) return;
                std::thread([this, fd] { serve(fd); }).detach();
            }
        });
    }

private:
    void send(int fd, const Message& m) {
        std::lock_guard lock(sendMutex_);
        kmdf::sendPacket(fd, encodeMessage(m));
    }
    void reply(int fd, uint64_t id, int32_t status, uint64_t info = 0, std::vector<uint8_t> data = {},
               uint64_t handle = 0) {
        send(fd, Message{id, handle, Reply{status, info, std::move(data)}});
    }

    void serve(int fd) {
        std::vector<uint8_t> buffer;
        std::map<uint64_t, uint64_t> held;  // requestId -> handle
        std::vector<uint8_t> stored;
        for (;;) {
            int64_t n = kmdf::receivePacket(fd, buffer);
            if (n <= 0) break;
            Message m;
            if (!decodeMessage(std::span<const uint8_t>(buffer.data(), size_t(n)), &m).ok()) break;
            switch (m.type()) {
            case MessageType::Hello: reply(fd, m.requestId, kSuccess); break;
            case MessageType::Create: {
                auto& c = std::get<CreateRequest>(m.payload);
                if (c.path == u"\\\\.\\Fake") reply(fd, m.requestId, kSuccess, 0, {}, nextHandle_++);
                else reply(fd, m.requestId, kNameNotFound);
                break;
            }
            case MessageType::Write: {
                auto& w = std::get<WriteRequest>(m.payload);
                if (w.data.size() >= 3 && std::memcmp(w.data.data(), "DIE", 3) == 0) {
                    close(fd);  // the host goes away with requests outstanding
                    return;
                }
                if (w.data.size() >= 4 && std::memcmp(w.data.data(), "HOLD", 4) == 0) {
                    held[m.requestId] = m.handle;
                } else {
                    stored = w.data;
                    reply(fd, m.requestId, kSuccess, w.data.size());
                }
                break;
            }
            case MessageType::Read: {
                auto& r = std::get<ReadRequest>(m.payload);
                if (stored.size() > r.length) {
                    reply(fd, m.requestId, kBufferOverflow, r.length,
                          std::vector<uint8_t>(stored.begin(), stored.begin() + r.length));
                } else {
                    reply(fd, m.requestId, kSuccess, stored.size(), stored);
                }
                break;
            }
            case MessageType::Ioctl: {
                auto& i = std::get<IoctlRequest>(m.payload);
                if (i.ioControlCode != 0x222000) {
                    reply(fd, m.requestId, kInvalidDeviceRequest);
                } else {
                    std::vector<uint8_t> out(i.input.rbegin(), i.input.rend());
                    out.resize(std::min<size_t>(out.size(), i.outputLength));
                    reply(fd, m.requestId, kSuccess, out.size(), out);
                }
                break;
            }
            case MessageType::Cancel: {
                auto target = std::get<CancelRequest>(m.payload).targetRequestId;
                bool found = false;
                for (auto it = held.begin(); it != held.end();) {
                    if (it->second == m.handle && (target == 0 || it->first == target)) {
                        reply(fd, it->first, kCancelled);
                        it = held.erase(it);
                        found = true;
                    } else {
                        ++it;
                    }
                }
                reply(fd, m.requestId, found ? kSuccess : kNotFound);
                break;
            }
            case MessageType::Close: {
                for (auto it = held.begin(); it != held.end();) {
                    if (it->second == m.handle) {
                        reply(fd, it->first, kCancelled);
                        it = held.erase(it);
                    } else {
                        ++it;
                    }
                }
                reply(fd, m.requestId, kSuccess);
                break;
            }
            case MessageType::InterfaceList:
                reply(fd, m.requestId, kSuccess, 0,
                      encodeMultiSz({u"\\\\?\\ROOT#ECHO#0000#{cdc35b6e-0be4-4936-bf5f-5537380a7c1a}",
                                     u"\\\\?\\ROOT#OTHER#0001#{cdc35b6e-0be4-4936-bf5f-5537380a7c1a}"}));
                break;
            default: reply(fd, m.requestId, kInvalidDeviceRequest); break;
            }
        }
        close(fd);
    }

    std::string path_;
    int listenFd_ = -1;
    std::thread acceptor_;
    std::mutex sendMutex_;
    std::atomic<uint64_t> nextHandle_{100};
};

class ClientAgainstFakeHost : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        static std::string path = "/tmp/kmdf-client-test-" + std::to_string(getpid()) + ".sock";
        setenv("KMDF_SOCKET", path.c_str(), 1);
        static FakeHost* host = new FakeHost(path);  // lives until exit (detached threads use it)
        (void)host;
    }
    HANDLE open(DWORD flags = FILE_ATTRIBUTE_NORMAL) {
        return CreateFileW(L"\\\\.\\Fake", GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING, flags, nullptr);
    }
};

TEST_F(ClientAgainstFakeHost, CreateFileFailsWithTheMappedError) {
    HANDLE h = CreateFileW(L"\\\\.\\Missing", GENERIC_READ, 0, nullptr, OPEN_EXISTING, 0, nullptr);
    EXPECT_EQ(h, INVALID_HANDLE_VALUE);
    EXPECT_EQ(GetLastError(), DWORD(ERROR_FILE_NOT_FOUND));
}

TEST_F(ClientAgainstFakeHost, SynchronousWriteThenRead) {
    HANDLE h = open();
    ASSERT_NE(h, INVALID_HANDLE_VALUE);
    const char data[] = "hello, echo";
    DWORD written = 0, read = 0;
    ASSERT_TRUE(WriteFile(h, data, sizeof(data), &written, nullptr));
    EXPECT_EQ(written, sizeof(data));
    char back[64] = {};
    ASSERT_TRUE(ReadFile(h, back, sizeof(back), &read, nullptr));
    EXPECT_EQ(read, sizeof(data));
    EXPECT_STREQ(back, data);
    EXPECT_TRUE(CloseHandle(h));
    EXPECT_FALSE(ReadFile(h, back, sizeof(back), &read, nullptr));
    EXPECT_EQ(GetLastError(), DWORD(ERROR_INVALID_HANDLE));
}

TEST_F(ClientAgainstFakeHost, WarningStatusReturnsDataAndMoreData) {
    HANDLE h = open();
    std::vector<uint8_t> data(100, 0x5A);
    DWORD n = 0;
    ASSERT_TRUE(WriteFile(h, data.data(), 100, &n, nullptr));
    uint8_t small[10] = {};
    EXPECT_FALSE(ReadFile(h, small, sizeof(small), &n, nullptr));
    EXPECT_EQ(GetLastError(), DWORD(ERROR_MORE_DATA));
    EXPECT_EQ(n, 10u);
    EXPECT_EQ(small[9], 0x5A);
    CloseHandle(h);
}

TEST_F(ClientAgainstFakeHost, DeviceIoControlReturnsOutputAndErrors) {
    HANDLE h = open();
    uint8_t in[3] = {1, 2, 3}, out[8] = {};
    DWORD n = 0;
    ASSERT_TRUE(DeviceIoControl(h, 0x222000, in, 3, out, sizeof(out), &n, nullptr));
    EXPECT_EQ(n, 3u);
    EXPECT_EQ(out[0], 3);
    EXPECT_EQ(out[2], 1);
    EXPECT_FALSE(DeviceIoControl(h, 0x222004, in, 3, out, sizeof(out), &n, nullptr));
    EXPECT_EQ(GetLastError(), DWORD(ERROR_INVALID_FUNCTION));
    EXPECT_EQ(n, 0u);
    CloseHandle(h);
}

TEST_F(ClientAgainstFakeHost, OverlappedIoPendsSignalsTheEventAndReportsTheResult) {
    HANDLE h = open(FILE_FLAG_OVERLAPPED);
    ASSERT_NE(h, INVALID_HANDLE_VALUE);
    HANDLE event = CreateEventW(nullptr, TRUE, TRUE, nullptr);  // ReadFile must reset it
    OVERLAPPED ov{};
    ov.hEvent = event;
    const char hold[] = "HOLD this";
    EXPECT_FALSE(WriteFile(h, hold, sizeof(hold), nullptr, &ov));
    EXPECT_EQ(GetLastError(), DWORD(ERROR_IO_PENDING));
    EXPECT_FALSE(HasOverlappedIoCompleted(&ov));
    EXPECT_EQ(WaitForSingleObject(event, 50), WAIT_TIMEOUT);
    DWORD n = 1;
    EXPECT_FALSE(GetOverlappedResult(h, &ov, &n, FALSE));
    EXPECT_EQ(GetLastError(), DWORD(ERROR_IO_INCOMPLETE));

    EXPECT_TRUE(CancelIoEx(h, &ov));
    EXPECT_EQ(WaitForSingleObject(event, 5000), WAIT_OBJECT_0);
    EXPECT_TRUE(HasOverlappedIoCompleted(&ov));
    EXPECT_FALSE(GetOverlappedResult(h, &ov, &n, TRUE));
    EXPECT_EQ(GetLastError(), DWORD(ERROR_OPERATION_ABORTED));
    EXPECT_EQ(ov.Internal, 0xC0000120u);

    // Nothing left to cancel.
    EXPECT_FALSE(CancelIoEx(h, &ov));
    EXPECT_EQ(GetLastError(), DWORD(ERROR_NOT_FOUND));

    // A write that completes: GetOverlappedResult(bWait) returns the byte count.
    const char data[] = "overlapped data";
    OVERLAPPED ov2{};
    ov2.hEvent = event;
    BOOL done = WriteFile(h, data, sizeof(data), nullptr, &ov2);
    if (!done) EXPECT_EQ(GetLastError(), DWORD(ERROR_IO_PENDING));
    ASSERT_TRUE(GetOverlappedResult(h, &ov2, &n, TRUE));
    EXPECT_EQ(n, sizeof(data));
    EXPECT_EQ(ov2.InternalHigh, sizeof(data));
    EXPECT_EQ(ov2.Internal, 0u);

    char back[32] = {};
    OVERLAPPED ov3{};
    ov3.hEvent = event;
    done = ReadFile(h, back, sizeof(back), nullptr, &ov3);
    if (!done) EXPECT_EQ(GetLastError(), DWORD(ERROR_IO_PENDING));
    EXPECT_EQ(WaitForSingleObject(event, 5000), WAIT_OBJECT_0);
    ASSERT_TRUE(GetOverlappedResult(h, &ov3, &n, FALSE));
    EXPECT_EQ(n, sizeof(data));
    EXPECT_STREQ(back, data);

    // Overlapped handles need an OVERLAPPED.
    EXPECT_FALSE(ReadFile(h, back, sizeof(back), &n, nullptr));
    EXPECT_EQ(GetLastError(), DWORD(ERROR_INVALID_PARAMETER));
    CloseHandle(event);
    CloseHandle(h);
}

TEST_F(ClientAgainstFakeHost, CloseHandleAbortsOutstandingIo) {
    HANDLE h = open(FILE_FLAG_OVERLAPPED);
    OVERLAPPED a{}, b{};
    a.hEvent = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    b.hEvent = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    EXPECT_FALSE(WriteFile(h, "HOLD1", 5, nullptr, &a));
    EXPECT_FALSE(WriteFile(h, "HOLD2", 5, nullptr, &b));
    HANDLE both[2] = {a.hEvent, b.hEvent};
    EXPECT_EQ(WaitForMultipleObjects(2, both, TRUE, 50), WAIT_TIMEOUT);
    EXPECT_TRUE(CloseHandle(h));
    EXPECT_EQ(WaitForMultipleObjects(2, both, TRUE, 5000), WAIT_OBJECT_0);
    EXPECT_EQ(a.Internal, 0xC0000120u);
    EXPECT_EQ(b.Internal, 0xC0000120u);
    CloseHandle(a.hEvent);
    CloseHandle(b.hEvent);
}

TEST_F(ClientAgainstFakeHost, CancelIoExWithoutOverlappedCancelsAll) {
    HANDLE h = open(FILE_FLAG_OVERLAPPED);
    OVERLAPPED a{}, b{};
    a.hEvent = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    b.hEvent = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    WriteFile(h, "HOLDa", 5, nullptr, &a);
    WriteFile(h, "HOLDb", 5, nullptr, &b);
    EXPECT_TRUE(CancelIoEx(h, nullptr));
    DWORD n;
    EXPECT_FALSE(GetOverlappedResult(h, &a, &n, TRUE));
    EXPECT_EQ(GetLastError(), DWORD(ERROR_OPERATION_ABORTED));
    EXPECT_FALSE(GetOverlappedResult(h, &b, &n, TRUE));
    EXPECT_EQ(GetLastError(), DWORD(ERROR_OPERATION_ABORTED));
    EXPECT_FALSE(CancelIoEx(h, nullptr));
    EXPECT_EQ(GetLastError(), DWORD(ERROR_NOT_FOUND));
    CloseHandle(a.hEvent);
    CloseHandle(b.hEvent);
    CloseHandle(h);
}

TEST_F(ClientAgainstFakeHost, InterfaceListIsAMultiSzAndFiltersByDevice) {
    GUID echo = {0xcdc35b6e, 0x0be4, 0x4936, {0xbf, 0x5f, 0x55, 0x37, 0x38, 0x0a, 0x7c, 0x1a}};
    ULONG size = 0;
    ASSERT_EQ(CM_Get_Device_Interface_List_SizeW(&size, &echo, nullptr, CM_GET_DEVICE_INTERFACE_LIST_PRESENT),
              DWORD(CR_SUCCESS));
    const size_t first = std::char_traits<char16_t>::length(u"\\\\?\\ROOT#ECHO#0000#{cdc35b6e-0be4-4936-bf5f-5537380a7c1a}");
    const size_t second = std::char_traits<char16_t>::length(u"\\\\?\\ROOT#OTHER#0001#{cdc35b6e-0be4-4936-bf5f-5537380a7c1a}");
    EXPECT_EQ(size, first + 1 + second + 1 + 1);
    std::vector<WCHAR> list(size);
    EXPECT_EQ(CM_Get_Device_Interface_ListW(&echo, nullptr, list.data(), size - 1, 0), DWORD(CR_BUFFER_SMALL));
    ASSERT_EQ(CM_Get_Device_Interface_ListW(&echo, nullptr, list.data(), size, 0), DWORD(CR_SUCCESS));
    EXPECT_EQ(list[first], 0);
    EXPECT_EQ(list[size - 1], 0);
    EXPECT_EQ(list[size - 2], 0);

    WCHAR deviceId[] = L"root\\echo\\0000";
    ASSERT_EQ(CM_Get_Device_Interface_List_SizeW(&size, &echo, deviceId, 0), DWORD(CR_SUCCESS));
    EXPECT_EQ(size, first + 2);

    char narrow[256];
    ASSERT_EQ(CM_Get_Device_Interface_ListA(&echo, nullptr, narrow, sizeof(narrow), 0), DWORD(CR_SUCCESS));
    EXPECT_STREQ(narrow, "\\\\?\\ROOT#ECHO#0000#{cdc35b6e-0be4-4936-bf5f-5537380a7c1a}");

    EXPECT_EQ(CM_Get_Device_Interface_List_SizeW(nullptr, &echo, nullptr, 0), DWORD(CR_INVALID_POINTER));
    EXPECT_EQ(CM_Get_Device_Interface_List_SizeW(&size, &echo, nullptr, 2), DWORD(CR_INVALID_FLAG));
}

TEST_F(ClientAgainstFakeHost, CreateFileAWorksWithNarrowPaths) {
    HANDLE h = CreateFileA("\\\\.\\Fake", GENERIC_READ, 0, nullptr, OPEN_EXISTING, 0, nullptr);
    ASSERT_NE(h, INVALID_HANDLE_VALUE);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(h) % 4, 0u);
    EXPECT_TRUE(CloseHandle(h));
    EXPECT_EQ(CreateFileA("\\\\.\\Fake", GENERIC_READ, 0, nullptr, 99, 0, nullptr), INVALID_HANDLE_VALUE);
    EXPECT_EQ(GetLastError(), DWORD(ERROR_INVALID_PARAMETER));
}

// Runs last: it breaks the process's connection on purpose.
TEST_F(ClientAgainstFakeHost, ZzLostConnectionFailsOutstandingIoAndReconnects) {
    HANDLE h = open(FILE_FLAG_OVERLAPPED);
    OVERLAPPED held{};
    held.hEvent = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    EXPECT_FALSE(WriteFile(h, "HOLD", 4, nullptr, &held));
    OVERLAPPED die{};
    die.hEvent = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    WriteFile(h, "DIE", 3, nullptr, &die);
    DWORD n;
    EXPECT_FALSE(GetOverlappedResult(h, &held, &n, TRUE));
    EXPECT_EQ(GetLastError(), DWORD(ERROR_BROKEN_PIPE));
    EXPECT_EQ(WaitForSingleObject(held.hEvent, 0), WAIT_OBJECT_0);
    char buffer[4];
    OVERLAPPED later{};
    EXPECT_FALSE(ReadFile(h, buffer, sizeof(buffer), nullptr, &later));
    EXPECT_EQ(GetLastError(), DWORD(ERROR_BROKEN_PIPE));
    EXPECT_TRUE(CloseHandle(h));  // the host side is gone already
    HANDLE again = open();
    EXPECT_NE(again, INVALID_HANDLE_VALUE);
    CloseHandle(again);
    CloseHandle(held.hEvent);
    CloseHandle(die.hEvent);
}

}  // namespace
