// General I/O targets ("Initializing a General I/O Target", "Controlling a General I/O
// Target's State", the WdfIoTargetXxx reference pages): the kmdftarget driver sends
// synchronous I/O to its local target (the root bus PDO below it) and to a remote target
// it opens by name (the wdmecho test device), on one booted System.
#include <dlfcn.h>
#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "kmdftarget.h"
#include "ntos/platform/platform.h"
#include "ntos/system.h"
#include "wdmecho.h"

namespace {

const char16_t kEchoName[] = u"\\??\\ROOT#WDMECHO#0000#{6f1b1d52-3c4a-4f7e-9b1e-2a7c5d9e0f11}";
const WCHAR* echoName() { return reinterpret_cast<const WCHAR*>(kEchoName); }

class IoTargetTest : public ::testing::Test {
protected:
    void SetUp() override {
        ntos::SystemConfig config;
        config.logSink = [this](std::string_view line) {
            // A bug check's report goes to the log: death tests need it on stderr.
            if (reportToStderr_) std::fprintf(stderr, "%.*s\n", static_cast<int>(line.size()), line.data());
            ntos::platform::LockGuard guard(logLock_);
            log_.emplace_back(line);
        };
        system_ = std::make_unique<ntos::System>(std::move(config));
        ASSERT_EQ(system_->addRootDevice({u"ROOT\\WDMECHO", u"0000", u"wdmecho", WDMECHO_PATH}), STATUS_SUCCESS);
        ASSERT_EQ(system_->addRootDevice({u"ROOT\\KMDFTARGET", u"0000", u"kmdftarget", KMDFTARGET_PATH}),
                  STATUS_SUCCESS);
        ASSERT_EQ(system_->boot(), STATUS_SUCCESS);
        target_ = dlopen(KMDFTARGET_PATH, RTLD_NOW | RTLD_NOLOAD);
        echo_ = dlopen(WDMECHO_PATH, RTLD_NOW | RTLD_NOLOAD);
        ASSERT_NE(target_, nullptr);
        ASSERT_NE(echo_, nullptr);
        scope_ = std::make_unique<ntos::System::ThreadScope>(*system_);
    }

    void TearDown() override {
        // The remote target holds a file object on wdmecho: let it go before the removal.
        if (scope_ && !deviceRemoved_) remove();
        scope_.reset();
        if (system_) system_->shutdown();
        system_.reset();
        if (target_ != nullptr) dlclose(target_);
        if (echo_ != nullptr) dlclose(echo_);
    }

    template <class F>
    F fn(void* module, const char* name) {
        void* p = dlsym(module, name);
        EXPECT_NE(p, nullptr) << name;
        return reinterpret_cast<F>(p);
    }

    NTSTATUS create() { return fn<NTSTATUS (*)()>(target_, "KmdfTargetCreate")(); }
    NTSTATUS openByName(ULONG paramsSize = 0, const WCHAR* name = echoName()) {
        return fn<NTSTATUS (*)(const WCHAR*, ULONG)>(target_, "KmdfTargetOpenByName")(name, paramsSize);
    }
    NTSTATUS openExisting() { return fn<NTSTATUS (*)()>(target_, "KmdfTargetOpenExisting")(); }
    NTSTATUS reopen() { return fn<NTSTATUS (*)()>(target_, "KmdfTargetReopen")(); }
    void close() { fn<void (*)()>(target_, "KmdfTargetClose")(); }
    void closeForQueryRemove() { fn<void (*)()>(target_, "KmdfTargetCloseForQueryRemove")(); }
    void remove() { fn<void (*)()>(target_, "KmdfTargetDelete")(); }
    NTSTATUS start(bool local) { return fn<NTSTATUS (*)(BOOLEAN)>(target_, "KmdfTargetStart")(local); }
    void stop(bool local, WDF_IO_TARGET_SENT_IO_ACTION action) {
        fn<void (*)(BOOLEAN, WDF_IO_TARGET_SENT_IO_ACTION)>(target_, "KmdfTargetStop")(local, action);
    }
    KMDFTARGET_INFO info(bool local) {
        KMDFTARGET_INFO i{};
        fn<void (*)(BOOLEAN, KMDFTARGET_INFO*)>(target_, "KmdfTargetGetInfo")(local, &i);
        return i;
    }
    NTSTATUS queryInterface(bool local, const GUID* type, PINTERFACE iface, USHORT size, USHORT version,
                            PVOID data) {
        return fn<NTSTATUS (*)(BOOLEAN, const GUID*, PINTERFACE, USHORT, USHORT, PVOID)>(
            target_, "KmdfTargetQueryInterface")(local, type, iface, size, version, data);
    }
    NTSTATUS send(KMDFTARGET_SEND& s) { return fn<NTSTATUS (*)(KMDFTARGET_SEND*)>(target_, "KmdfTargetSend")(&s); }


    // --- driver-created requests (KmdfTargetRequestXxx) ---
    NTSTATUS requestCreate(bool withTarget, bool fromIrp = false) {
        return fn<NTSTATUS (*)(BOOLEAN, BOOLEAN)>(target_, "KmdfTargetRequestCreate")(withTarget, fromIrp);
    }
    NTSTATUS requestFormat(UCHAR major, ULONG ioctl, void* in, ULONG inLength, void* out, ULONG outLength,
                           size_t offset = 0, size_t length = 0, bool others = false) {
        using Fn = NTSTATUS (*)(UCHAR, ULONG, BOOLEAN, void*, ULONG, void*, ULONG, size_t, size_t);
        return fn<Fn>(target_, "KmdfTargetRequestFormat")(major, ioctl, others, in, inLength, out, outLength, offset,
                                                          length);
    }
    BOOLEAN requestSend(ULONG flags = 0, LONGLONG timeout = 0) {
        return fn<BOOLEAN (*)(ULONG, LONGLONG)>(target_, "KmdfTargetRequestSend")(flags, timeout);
    }
    KMDFTARGET_REQUEST_RESULT requestResult() {
        KMDFTARGET_REQUEST_RESULT r{};
        fn<void (*)(KMDFTARGET_REQUEST_RESULT*)>(target_, "KmdfTargetRequestResult")(&r);
        return r;
    }
    // Waits (up to 5 s) for the completion routine to have run `count` times.
    KMDFTARGET_REQUEST_RESULT waitForCompletions(LONG count) {
        for (int i = 0; i < 5000 && requestResult().Completions < count; ++i) ntos::platform::sleepFor100ns(10'000);
        return requestResult();
    }
    NTSTATUS requestStatus() { return fn<NTSTATUS (*)()>(target_, "KmdfTargetRequestGetStatus")(); }
    NTSTATUS requestReuse(NTSTATUS status, bool newIrp = false) {
        return fn<NTSTATUS (*)(NTSTATUS, BOOLEAN)>(target_, "KmdfTargetRequestReuse")(status, newIrp);
    }
    BOOLEAN requestCancel() { return fn<BOOLEAN (*)()>(target_, "KmdfTargetRequestCancel")(); }
    void requestDeleteMemory() { fn<void (*)()>(target_, "KmdfTargetRequestDeleteMemory")(); }
    void requestDelete() { fn<void (*)()>(target_, "KmdfTargetRequestDelete")(); }
    void purge(WDF_IO_TARGET_PURGE_IO_ACTION action) {
        fn<void (*)(WDF_IO_TARGET_PURGE_IO_ACTION)>(target_, "KmdfTargetPurge")(action);
    }

    std::string removalLog() {
        char text[256] = {};
        fn<void (*)(char*, size_t)>(target_, "KmdfTargetRemovalLog")(text, sizeof(text));
        return text;
    }
    std::string echoEvents() {
        char text[4096] = {};
        fn<WdmEchoCopyEventsFn>(echo_, "WdmEchoCopyEvents")(text, sizeof(text));
        return text;
    }
    long echoCancels() { return fn<WdmEchoCancelCountFn>(echo_, "WdmEchoCancelCount")(); }

    static KMDFTARGET_SEND writeOf(std::vector<uint8_t>& data, bool local = false) {
        KMDFTARGET_SEND s{};
        s.Local = local;
        s.Major = IRP_MJ_WRITE;
        s.Input = data.data();
        s.InputLength = static_cast<ULONG>(data.size());
        return s;
    }
    static KMDFTARGET_SEND readInto(std::vector<uint8_t>& buffer, bool local = false) {
        KMDFTARGET_SEND s{};
        s.Local = local;
        s.Major = IRP_MJ_READ;
        s.Output = buffer.data();
        s.OutputLength = static_cast<ULONG>(buffer.size());
        return s;
    }
    static KMDFTARGET_SEND ioctlOf(ULONG code, std::vector<uint8_t>& in, std::vector<uint8_t>& out) {
        KMDFTARGET_SEND s{};
        s.Major = IRP_MJ_DEVICE_CONTROL;
        s.IoctlCode = code;
        s.Input = in.empty() ? nullptr : in.data();
        s.InputLength = static_cast<ULONG>(in.size());
        s.Output = out.empty() ? nullptr : out.data();
        s.OutputLength = static_cast<ULONG>(out.size());
        return s;
    }
    static KMDFTARGET_SEND pendWithTimeout(LONGLONG timeout) {
        KMDFTARGET_SEND s{};
        s.Major = IRP_MJ_DEVICE_CONTROL;
        s.IoctlCode = IOCTL_WDMECHO_PEND;
        s.Descriptor = KmdfTargetDescriptorNone;
        s.UseOptions = timeout != 0;
        s.Timeout = timeout;
        return s;
    }

    // Waits for a sender thread to be about to send, then lets it get into the target.
    static void waitUntil(const std::atomic<bool>& flag) {
        for (int i = 0; i < 5000 && !flag.load(); ++i) ntos::platform::sleepFor100ns(10'000);
        ntos::platform::sleepFor100ns(100 * 10'000);  // 100 ms
    }

    void openEcho() {
        ASSERT_EQ(create(), STATUS_SUCCESS);
        ASSERT_EQ(openByName(), STATUS_SUCCESS);
    }

    // Writes `text` to the echo device and reads it back through the remote target.
    void expectEchoRoundTrip(const std::string& text) {
        std::vector<uint8_t> data(text.begin(), text.end());
        auto w = writeOf(data);
        EXPECT_EQ(send(w), STATUS_SUCCESS);
        EXPECT_EQ(w.Information, data.size());
        std::vector<uint8_t> buffer(32, 0xEE);
        auto r = readInto(buffer);
        EXPECT_EQ(send(r), STATUS_SUCCESS);
        ASSERT_EQ(r.Information, data.size());
        EXPECT_EQ(std::string(buffer.begin(), buffer.begin() + static_cast<long>(data.size())), text);
        EXPECT_EQ(buffer[data.size()], 0xEE);
    }

    std::unique_ptr<ntos::System> system_;
    std::unique_ptr<ntos::System::ThreadScope> scope_;
    void* target_ = nullptr;
    void* echo_ = nullptr;
    std::atomic<bool> reportToStderr_{false};
    bool deviceRemoved_ = false;
    ntos::platform::Mutex logLock_;
    std::vector<std::string> log_;
};

// --- the local target ---------------------------------------------------------------------

TEST_F(IoTargetTest, LocalTargetIsStartedOnTheNextLowerDevice) {
    KMDFTARGET_INFO i = info(true);
    ASSERT_TRUE(i.HaveTarget);
    EXPECT_EQ(i.State, WdfIoTargetStarted);
    EXPECT_TRUE(i.DeviceIsOurs);
    EXPECT_TRUE(i.LocalTargetIsStable);
    ASSERT_NE(i.AttachedDevice, nullptr);
    EXPECT_EQ(i.TargetDevice, i.AttachedDevice);
    // Root-enumerated: the device below the FDO is the root bus PDO.
    EXPECT_EQ(i.TargetDevice, i.PhysicalDevice);
    EXPECT_EQ(i.TargetPdo, i.PhysicalDevice);
    EXPECT_EQ(i.TargetFile, nullptr);
    EXPECT_EQ(i.TargetFileHandle, nullptr);
}

TEST_F(IoTargetTest, ReadSentToTheLocalTargetCompletesWithThePdoStatus) {
    std::vector<uint8_t> buffer(8);
    auto r = readInto(buffer, /*local=*/true);
    EXPECT_EQ(send(r), STATUS_INVALID_DEVICE_REQUEST);  // the root bus PDO takes no reads
    EXPECT_EQ(r.Information, 0u);
}

TEST_F(IoTargetTest, LocalTargetStopAndStartFollowTheStateRules) {
    stop(true, WdfIoTargetLeaveSentIoPending);
    EXPECT_EQ(info(true).State, WdfIoTargetStopped);
    // A stopped target holds new requests: with a timeout the request gives up unsent.
    std::vector<uint8_t> buffer(4);
    auto r = readInto(buffer, true);
    r.UseOptions = TRUE;
    r.Timeout = -20 * 10'000;  // 20 ms
    EXPECT_EQ(send(r), STATUS_IO_TIMEOUT);
    // IGNORE_TARGET_STATE sends anyway.
    auto ignoring = readInto(buffer, true);
    ignoring.UseOptions = TRUE;
    ignoring.OptionsFlags = WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE;
    EXPECT_EQ(send(ignoring), STATUS_INVALID_DEVICE_REQUEST);
    EXPECT_EQ(start(true), STATUS_SUCCESS);
    EXPECT_EQ(info(true).State, WdfIoTargetStarted);
    auto after = readInto(buffer, true);
    EXPECT_EQ(send(after), STATUS_INVALID_DEVICE_REQUEST);
}

// --- remote targets: open, send, close ----------------------------------------------------

TEST_F(IoTargetTest, RemoteTargetIsClosedUntilOpened) {
    ASSERT_EQ(create(), STATUS_SUCCESS);
    KMDFTARGET_INFO i = info(false);
    EXPECT_EQ(i.State, WdfIoTargetClosed);
    EXPECT_TRUE(i.DeviceIsOurs);
    EXPECT_EQ(i.TargetDevice, nullptr);
    std::vector<uint8_t> buffer(4);
    auto r = readInto(buffer);
    EXPECT_EQ(send(r), STATUS_INVALID_DEVICE_STATE);
    EXPECT_EQ(start(false), STATUS_INVALID_DEVICE_STATE);
}

TEST_F(IoTargetTest, OpenByNameStartsTheTargetOnTheEchoStack) {
    openEcho();
    KMDFTARGET_INFO remote = info(false);
    KMDFTARGET_INFO local = info(true);
    EXPECT_EQ(remote.State, WdfIoTargetStarted);
    EXPECT_NE(remote.TargetDevice, nullptr);
    EXPECT_NE(remote.TargetFile, nullptr);
    ASSERT_NE(remote.TargetPdo, nullptr);
    EXPECT_NE(remote.TargetPdo, local.PhysicalDevice);  // wdmecho's PDO, not ours
    EXPECT_NE(echoEvents().find("create:"), std::string::npos);
}

// WdfIoTargetWdmGetTargetFileHandle: a kernel handle of the file the target opened,
// usable with the Zw routines, valid until the target closes.
TEST_F(IoTargetTest, ATargetOpenedByNameHasAKernelFileHandle) {
    openEcho();
    KMDFTARGET_INFO remote = info(false);
    ASSERT_NE(remote.TargetFileHandle, nullptr);
    EXPECT_EQ(remote.HandleFile, remote.TargetFile);
    const char text[] = "through the handle";
    char back[sizeof(text)] = {};
    EXPECT_EQ(fn<NTSTATUS (*)(PVOID, ULONG, PVOID)>(target_, "KmdfTargetRoundTripThroughHandle")(
                  const_cast<char*>(text), sizeof(text), back),
              STATUS_SUCCESS);
    EXPECT_STREQ(back, text);
    close();
    EXPECT_EQ(info(false).TargetFileHandle, nullptr);
    EXPECT_EQ(echoEvents().substr(echoEvents().size() - std::string("cleanup,close").size()), "cleanup,close");
    ASSERT_EQ(reopen(), STATUS_SUCCESS);
    EXPECT_NE(info(false).TargetFileHandle, nullptr);
}

TEST_F(IoTargetTest, BufferedWriteThenReadEchoesTheBytes) {
    openEcho();
    expectEchoRoundTrip("hello, target");
}

TEST_F(IoTargetTest, BufferedIoctlRoundTrip) {
    openEcho();
    std::vector<uint8_t> in{10, 20, 30};
    std::vector<uint8_t> out(3);
    auto s = ioctlOf(IOCTL_WDMECHO_BUFFERED, in, out);
    EXPECT_EQ(send(s), STATUS_SUCCESS);
    EXPECT_EQ(s.Information, 3u);
    EXPECT_EQ(out, (std::vector<uint8_t>{11, 21, 31}));
}

TEST_F(IoTargetTest, MemoryHandleAndMdlDescriptorsCarryTheData) {
    openEcho();
    std::vector<uint8_t> in{1, 2, 3, 4};
    std::vector<uint8_t> out(4);
    auto handle = ioctlOf(IOCTL_WDMECHO_BUFFERED, in, out);
    handle.Descriptor = KmdfTargetDescriptorHandle;
    EXPECT_EQ(send(handle), STATUS_SUCCESS);
    EXPECT_EQ(out, (std::vector<uint8_t>{2, 3, 4, 5}));

    std::vector<uint8_t> mdlOut(4);
    auto mdl = ioctlOf(IOCTL_WDMECHO_OUT_DIRECT, in, mdlOut);
    mdl.Descriptor = KmdfTargetDescriptorMdl;
    EXPECT_EQ(send(mdl), STATUS_SUCCESS);
    EXPECT_EQ(mdlOut, (std::vector<uint8_t>{3, 4, 5, 6}));

    // A WDFMEMORY_OFFSET window: write bytes 2..5 of the buffer, read into bytes 4..7.
    std::vector<uint8_t> data{'x', 'x', 'a', 'b', 'c', 'd', 'x', 'x'};
    auto w = writeOf(data);
    w.Descriptor = KmdfTargetDescriptorHandle;
    w.UseOffsets = TRUE;
    w.BufferOffset = 2;
    w.BufferLength = 4;
    EXPECT_EQ(send(w), STATUS_SUCCESS);
    EXPECT_EQ(w.Information, 4u);
    std::vector<uint8_t> buffer(8, 0);
    auto r = readInto(buffer);
    r.Descriptor = KmdfTargetDescriptorHandle;
    r.UseOffsets = TRUE;
    r.BufferOffset = 4;
    r.BufferLength = 0;  // the rest of the buffer
    EXPECT_EQ(send(r), STATUS_SUCCESS);
    EXPECT_EQ(r.Information, 4u);
    EXPECT_EQ(buffer, (std::vector<uint8_t>{0, 0, 0, 0, 'a', 'b', 'c', 'd'}));

    std::vector<uint8_t> mdlRead(6, 0);
    auto rm = readInto(mdlRead);
    rm.Descriptor = KmdfTargetDescriptorMdl;
    EXPECT_EQ(send(rm), STATUS_SUCCESS);
    EXPECT_EQ(rm.Information, 4u);
    EXPECT_EQ(mdlRead, (std::vector<uint8_t>{'a', 'b', 'c', 'd', 0, 0}));
}

TEST_F(IoTargetTest, MemoryDescriptorBoundsAreChecked) {
    openEcho();
    std::vector<uint8_t> buffer(8);
    auto past = readInto(buffer);
    past.Descriptor = KmdfTargetDescriptorHandle;
    past.UseOffsets = TRUE;
    past.BufferOffset = 8;
    past.BufferLength = 1;
    EXPECT_EQ(send(past), STATUS_INVALID_PARAMETER);

    auto tooLong = readInto(buffer);
    tooLong.Descriptor = KmdfTargetDescriptorHandle;
    tooLong.UseOffsets = TRUE;
    tooLong.BufferOffset = 4;
    tooLong.BufferLength = 5;
    EXPECT_EQ(send(tooLong), STATUS_BUFFER_TOO_SMALL);

    auto badType = readInto(buffer);
    badType.Descriptor = KmdfTargetDescriptorBadType;
    EXPECT_EQ(send(badType), STATUS_INVALID_PARAMETER);

    auto nullBuffer = readInto(buffer);
    nullBuffer.Output = nullptr;
    EXPECT_EQ(send(nullBuffer), STATUS_INVALID_PARAMETER);  // NULL buffer with a length
}

TEST_F(IoTargetTest, SendOptionsAreValidated) {
    openEcho();
    std::vector<uint8_t> buffer(4);
    auto badSize = readInto(buffer);
    badSize.UseOptions = TRUE;
    badSize.OptionsSize = sizeof(WDF_REQUEST_SEND_OPTIONS) - 8;
    EXPECT_EQ(send(badSize), STATUS_INFO_LENGTH_MISMATCH);
    auto forget = readInto(buffer);
    forget.UseOptions = TRUE;
    forget.OptionsFlags = WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET;
    EXPECT_EQ(send(forget), STATUS_INVALID_PARAMETER);
}

TEST_F(IoTargetTest, DeviceOffsetReachesTheTarget) {
    openEcho();
    std::vector<uint8_t> data{'o', 'k'};
    auto w = writeOf(data);
    w.UseDeviceOffset = TRUE;
    w.DeviceOffset = 4096;
    EXPECT_EQ(send(w), STATUS_SUCCESS);
    EXPECT_EQ(w.Information, 2u);
}

TEST_F(IoTargetTest, PendingRequestTimesOutAndItsIrpIsCancelled) {
    openEcho();
    auto s = pendWithTimeout(-50 * 10'000);  // 50 ms, relative
    const int64_t before = ntos::platform::monotonicNow100ns();
    EXPECT_EQ(send(s), STATUS_IO_TIMEOUT);
    EXPECT_GE(ntos::platform::monotonicNow100ns() - before, 50 * 10'000);
    EXPECT_EQ(echoCancels(), 1);
    // The target still works after the cancelled request.
    expectEchoRoundTrip("after timeout");
}

TEST_F(IoTargetTest, StopWithCancelSentIoCancelsTheSentIrp) {
    openEcho();
    std::atomic<NTSTATUS> result{STATUS_PENDING};
    std::atomic<bool> sending{false};
    ntos::platform::Thread sender("sender", [&] {
        ntos::System::ThreadScope scope(*system_);
        auto s = pendWithTimeout(0);
        sending = true;
        result = send(s);
    });
    waitUntil(sending);  // then the IRP pends in wdmecho
    EXPECT_EQ(result.load(), STATUS_PENDING);
    stop(false, WdfIoTargetCancelSentIo);
    // Documented: the sent request has completed before WdfIoTargetStop returns.
    EXPECT_EQ(echoCancels(), 1);
    sender.join();
    EXPECT_EQ(result.load(), STATUS_CANCELLED);
    EXPECT_EQ(info(false).State, WdfIoTargetStopped);
    EXPECT_EQ(start(false), STATUS_SUCCESS);
    expectEchoRoundTrip("restarted");
}

TEST_F(IoTargetTest, RequestSentToAStoppedTargetWaitsForStart) {
    openEcho();
    std::vector<uint8_t> data{'q', 'u', 'e', 'u', 'e', 'd'};
    stop(false, WdfIoTargetWaitForSentIoToComplete);
    EXPECT_EQ(info(false).State, WdfIoTargetStopped);
    std::atomic<NTSTATUS> result{STATUS_PENDING};
    std::atomic<ULONG_PTR> written{0};
    std::atomic<bool> sending{false};
    ntos::platform::Thread sender("sender", [&] {
        ntos::System::ThreadScope scope(*system_);
        auto w = writeOf(data);
        sending = true;
        result = send(w);
        written = w.Information;
    });
    waitUntil(sending);
    EXPECT_EQ(result.load(), STATUS_PENDING);  // held in the target, not sent
    EXPECT_EQ(start(false), STATUS_SUCCESS);
    sender.join();
    EXPECT_EQ(result.load(), STATUS_SUCCESS);
    EXPECT_EQ(written.load(), data.size());
    std::vector<uint8_t> buffer(6);
    auto r = readInto(buffer);
    EXPECT_EQ(send(r), STATUS_SUCCESS);
    EXPECT_EQ(buffer, data);
}

TEST_F(IoTargetTest, CloseCancelsRequestsWaitingInAStoppedTarget) {
    openEcho();
    stop(false, WdfIoTargetLeaveSentIoPending);
    std::atomic<NTSTATUS> result{STATUS_PENDING};
    std::atomic<bool> sending{false};
    ntos::platform::Thread sender("sender", [&] {
        ntos::System::ThreadScope scope(*system_);
        std::vector<uint8_t> buffer(4);
        auto r = readInto(buffer);
        sending = true;
        result = send(r);
    });
    waitUntil(sending);
    EXPECT_EQ(result.load(), STATUS_PENDING);
    close();
    sender.join();
    EXPECT_EQ(result.load(), STATUS_CANCELLED);
    EXPECT_EQ(info(false).State, WdfIoTargetClosed);
}

TEST_F(IoTargetTest, CloseReleasesTheFileObjectAndReopenUsesTheSameName) {
    openEcho();
    expectEchoRoundTrip("first");
    close();
    KMDFTARGET_INFO closed = info(false);
    EXPECT_EQ(closed.State, WdfIoTargetClosed);
    EXPECT_EQ(closed.TargetDevice, nullptr);
    EXPECT_EQ(closed.TargetFile, nullptr);
    const std::string events = echoEvents();
    EXPECT_EQ(events.substr(events.size() - std::string("cleanup,close").size()), "cleanup,close");
    std::vector<uint8_t> buffer(4);
    auto r = readInto(buffer);
    EXPECT_EQ(send(r), STATUS_INVALID_DEVICE_STATE);
    EXPECT_EQ(start(false), STATUS_INVALID_DEVICE_STATE);

    EXPECT_EQ(reopen(), STATUS_SUCCESS);
    EXPECT_EQ(info(false).State, WdfIoTargetStarted);
    expectEchoRoundTrip("second");
    close();
    EXPECT_EQ(openByName(), STATUS_SUCCESS);  // an explicit open after close works too
}

TEST_F(IoTargetTest, OpenValidatesItsParameters) {
    ASSERT_EQ(create(), STATUS_SUCCESS);
    EXPECT_EQ(openByName(sizeof(WDF_IO_TARGET_OPEN_PARAMS) - 4), STATUS_INFO_LENGTH_MISMATCH);
    EXPECT_EQ(reopen(), STATUS_INVALID_PARAMETER);  // never opened by name
    const char16_t missing[] = u"\\??\\NoSuchDevice";
    EXPECT_FALSE(NT_SUCCESS(openByName(0, reinterpret_cast<const WCHAR*>(missing))));
    EXPECT_EQ(info(false).State, WdfIoTargetClosed);
    EXPECT_EQ(openByName(), STATUS_SUCCESS);
    EXPECT_EQ(openByName(), STATUS_INVALID_DEVICE_STATE);  // already open
}

TEST_F(IoTargetTest, OpenOnAnExistingDeviceObject) {
    ASSERT_EQ(create(), STATUS_SUCCESS);
    ASSERT_EQ(openExisting(), STATUS_SUCCESS);
    KMDFTARGET_INFO i = info(false);
    EXPECT_EQ(i.State, WdfIoTargetStarted);
    EXPECT_EQ(i.TargetDevice, i.AttachedDevice);
    EXPECT_EQ(i.TargetFile, nullptr);
    EXPECT_EQ(i.TargetFileHandle, nullptr);  // documented: only for targets opened by name
    EXPECT_EQ(i.TargetPdo, i.PhysicalDevice);
    std::vector<uint8_t> buffer(4);
    auto r = readInto(buffer);
    EXPECT_EQ(send(r), STATUS_INVALID_DEVICE_REQUEST);
    close();
    EXPECT_EQ(reopen(), STATUS_INVALID_PARAMETER);  // not opened by name
}

TEST_F(IoTargetTest, DeletingAnOpenTargetClosesIt) {
    openEcho();
    remove();
    const std::string events = echoEvents();
    EXPECT_EQ(events.substr(events.size() - std::string("cleanup,close").size()), "cleanup,close");
}

TEST_F(IoTargetTest, InternalIoctlGoesToTheTargetsInternalDispatch) {
    openEcho();
    std::vector<uint8_t> in{1, 2};
    std::vector<uint8_t> out(2);
    auto s = ioctlOf(IOCTL_WDMECHO_BUFFERED, in, out);
    s.Major = IRP_MJ_INTERNAL_DEVICE_CONTROL;
    EXPECT_EQ(send(s), STATUS_INVALID_DEVICE_REQUEST);  // wdmecho has no internal-IOCTL handler
    EXPECT_EQ(s.Information, 0u);
}

TEST_F(IoTargetTest, AbsoluteTimeoutAlsoCancelsThePendingIrp) {
    openEcho();
    LARGE_INTEGER now;
    KeQuerySystemTime(&now);
    auto s = pendWithTimeout(now.QuadPart + 30 * 10'000);  // 30 ms from now, absolute
    EXPECT_EQ(send(s), STATUS_IO_TIMEOUT);
    EXPECT_EQ(echoCancels(), 1);
}

TEST_F(IoTargetTest, StopWithWaitForSentIoWaitsForTheSentIrp) {
    openEcho();
    std::atomic<NTSTATUS> result{STATUS_PENDING};
    std::atomic<bool> sending{false};
    ntos::platform::Thread sender("sender", [&] {
        ntos::System::ThreadScope scope(*system_);
        auto s = pendWithTimeout(-400 * 10'000);  // ends by its own timeout
        sending = true;
        result = send(s);
    });
    waitUntil(sending);
    stop(false, WdfIoTargetWaitForSentIoToComplete);
    // Stop returned only once the IRP was back (its timeout cancelled it).
    EXPECT_EQ(echoCancels(), 1);
    sender.join();
    EXPECT_EQ(result.load(), STATUS_IO_TIMEOUT);
    EXPECT_EQ(info(false).State, WdfIoTargetStopped);
}

TEST_F(IoTargetTest, StopLeavesRequestsSentWithIgnoreTargetStateAlone) {
    openEcho();
    std::atomic<NTSTATUS> result{STATUS_PENDING};
    std::atomic<bool> sending{false};
    ntos::platform::Thread sender("sender", [&] {
        ntos::System::ThreadScope scope(*system_);
        auto s = pendWithTimeout(-400 * 10'000);
        s.OptionsFlags = WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE;
        sending = true;
        result = send(s);
    });
    waitUntil(sending);
    stop(false, WdfIoTargetCancelSentIo);
    // Documented: requests sent with IGNORE_TARGET_STATE are neither cancelled nor waited for.
    EXPECT_EQ(result.load(), STATUS_PENDING);
    EXPECT_EQ(echoCancels(), 0);
    sender.join();
    EXPECT_EQ(result.load(), STATUS_IO_TIMEOUT);
    EXPECT_EQ(echoCancels(), 1);
}

TEST_F(IoTargetTest, TargetPropertiesComeFromTheTargetsPdo) {
    using QueryFn = NTSTATUS (*)(BOOLEAN, DEVICE_REGISTRY_PROPERTY, PVOID, ULONG, PULONG);
    using AllocFn = NTSTATUS (*)(BOOLEAN, DEVICE_REGISTRY_PROPERTY, PVOID, ULONG, size_t*);
    auto query = fn<QueryFn>(target_, "KmdfTargetQueryProperty");
    auto alloc = fn<AllocFn>(target_, "KmdfTargetAllocAndQueryProperty");
    ASSERT_EQ(create(), STATUS_SUCCESS);
    ULONG length = 0;
    EXPECT_EQ(query(false, DevicePropertyHardwareID, nullptr, 0, &length), STATUS_INVALID_DEVICE_REQUEST);  // closed
    ASSERT_EQ(openByName(), STATUS_SUCCESS);

    const std::u16string echoId(u"ROOT\\WDMECHO\0\0", 14);  // REG_MULTI_SZ
    EXPECT_EQ(query(false, DevicePropertyHardwareID, nullptr, 0, &length), STATUS_BUFFER_TOO_SMALL);
    ASSERT_EQ(length, echoId.size() * 2);
    std::u16string id(echoId.size(), u'?');
    EXPECT_EQ(query(false, DevicePropertyHardwareID, id.data(), length, &length), STATUS_SUCCESS);
    EXPECT_TRUE(id == echoId);

    std::u16string allocated(echoId.size(), u'?');
    size_t size = 0;
    EXPECT_EQ(alloc(false, DevicePropertyHardwareID, allocated.data(), static_cast<ULONG>(allocated.size() * 2), &size),
              STATUS_SUCCESS);
    EXPECT_EQ(size, echoId.size() * 2);
    EXPECT_TRUE(allocated == echoId);

    const std::u16string ownId(u"ROOT\\KMDFTARGET\0\0", 17);
    std::u16string local(ownId.size(), u'?');
    EXPECT_EQ(query(true, DevicePropertyHardwareID, local.data(), static_cast<ULONG>(local.size() * 2), &length),
              STATUS_SUCCESS);
    EXPECT_TRUE(local == ownId);
}

TEST_F(IoTargetTest, CloseForQueryRemoveThenReopen) {
    openEcho();
    closeForQueryRemove();
    KMDFTARGET_INFO i = info(false);
    EXPECT_EQ(i.State, WdfIoTargetClosedForQueryRemove);
    EXPECT_EQ(i.TargetFile, nullptr);
    std::vector<uint8_t> buffer(4);
    auto r = readInto(buffer);
    EXPECT_EQ(send(r), STATUS_INVALID_DEVICE_STATE);
    EXPECT_EQ(reopen(), STATUS_SUCCESS);
    EXPECT_EQ(info(false).State, WdfIoTargetStarted);
    expectEchoRoundTrip("reopened");
    closeForQueryRemove();
    close();  // makes the close final
    EXPECT_EQ(info(false).State, WdfIoTargetClosed);
}

TEST_F(IoTargetTest, RemovingTheDeviceClosesItsRemoteTarget) {
    openEcho();
    deviceRemoved_ = true;
    EXPECT_EQ(system_->removeDevice(u"ROOT\\KMDFTARGET\\0000"), STATUS_SUCCESS);
    const std::string events = echoEvents();
    EXPECT_EQ(events.substr(events.size() - std::string("cleanup,close").size()), "cleanup,close");
}

// --- driver-created requests: format, send, complete, reuse ----------------------------------

// WdfRequestChangeTarget: a request sized for the root PDO (one stack location) cannot
// go to wdmecho's two-deep stack; one sized for wdmecho can go to the PDO.
TEST_F(IoTargetTest, ChangeTargetChecksTheStackLocationsTheNewTargetNeeds) {
    openEcho();
    using Fn = NTSTATUS (*)(BOOLEAN, BOOLEAN);
    ntos::System::ThreadScope scope(*system_);
    EXPECT_EQ(fn<Fn>(target_, "KmdfTargetRequestChangeTarget")(TRUE, FALSE), STATUS_REQUEST_NOT_ACCEPTED);
    EXPECT_EQ(fn<Fn>(target_, "KmdfTargetRequestChangeTarget")(FALSE, TRUE), STATUS_SUCCESS);
    EXPECT_EQ(fn<Fn>(target_, "KmdfTargetRequestChangeTarget")(FALSE, FALSE), STATUS_SUCCESS);
}

TEST_F(IoTargetTest, CreatedRequestWriteThenReadWithACompletionRoutineAndReuse) {
    openEcho();
    ASSERT_EQ(requestCreate(/*withTarget=*/true), STATUS_SUCCESS);
    EXPECT_NE(requestResult().Irp, nullptr);  // allocated for the target's stack
    // Write bytes 1..4 of the buffer (a WDFMEMORY_OFFSET window).
    std::vector<uint8_t> data{'x', 'a', 'b', 'c', 'd', 'x'};
    ASSERT_EQ(requestFormat(IRP_MJ_WRITE, 0, data.data(), 6, nullptr, 0, 1, 4), STATUS_SUCCESS);
    ASSERT_TRUE(requestSend());
    KMDFTARGET_REQUEST_RESULT w = waitForCompletions(1);
    ASSERT_EQ(w.Completions, 1);
    EXPECT_EQ(w.Status, STATUS_SUCCESS);
    EXPECT_TRUE(w.TargetMatches);
    EXPECT_TRUE(w.ContextMatches);
    EXPECT_EQ(w.Params.Type, WdfRequestTypeWrite);
    EXPECT_EQ(w.Params.IoStatus.Status, STATUS_SUCCESS);
    EXPECT_EQ(w.Params.IoStatus.Information, 4u);
    EXPECT_EQ(w.Params.Parameters.Write.Buffer, w.InputMemory);
    EXPECT_EQ(w.Params.Parameters.Write.Length, 4u);
    EXPECT_EQ(w.Params.Parameters.Write.Offset, 1u);
    EXPECT_EQ(requestStatus(), STATUS_SUCCESS);

    // The same request object, reused for a read.
    ASSERT_EQ(requestReuse(STATUS_SUCCESS), STATUS_SUCCESS);
    std::vector<uint8_t> buffer(8, 0xEE);
    ASSERT_EQ(requestFormat(IRP_MJ_READ, 0, nullptr, 0, buffer.data(), 8), STATUS_SUCCESS);
    ASSERT_TRUE(requestSend());
    KMDFTARGET_REQUEST_RESULT r = waitForCompletions(2);
    ASSERT_EQ(r.Completions, 2);
    EXPECT_EQ(r.Status, STATUS_SUCCESS);
    EXPECT_EQ(r.Params.Type, WdfRequestTypeRead);
    EXPECT_EQ(r.Params.Parameters.Read.Buffer, r.OutputMemory);
    EXPECT_EQ(r.Params.Parameters.Read.Length, 4u);
    EXPECT_EQ(r.Params.Parameters.Read.Offset, 0u);
    EXPECT_EQ(buffer, (std::vector<uint8_t>{'a', 'b', 'c', 'd', 0xEE, 0xEE, 0xEE, 0xEE}));
    // Completing the created request sent nothing upward; the driver deletes it.
    EXPECT_EQ(r.RequestDestroyed, 0);
    requestDelete();
    EXPECT_EQ(requestResult().RequestDestroyed, 1);
}

TEST_F(IoTargetTest, CreatedRequestWithoutATargetGetsItsIrpWhenFormatted) {
    openEcho();
    ASSERT_EQ(requestCreate(/*withTarget=*/false), STATUS_SUCCESS);
    EXPECT_EQ(requestResult().Irp, nullptr);
    std::vector<uint8_t> in{5, 6, 7};
    std::vector<uint8_t> out(3);
    ASSERT_EQ(requestFormat(IRP_MJ_DEVICE_CONTROL, IOCTL_WDMECHO_BUFFERED, in.data(), 3, out.data(), 3),
              STATUS_SUCCESS);
    EXPECT_NE(requestResult().Irp, nullptr);
    ASSERT_TRUE(requestSend());
    KMDFTARGET_REQUEST_RESULT r = waitForCompletions(1);
    ASSERT_EQ(r.Completions, 1);
    EXPECT_EQ(r.Status, STATUS_SUCCESS);
    EXPECT_EQ(r.Params.Type, WdfRequestTypeDeviceControl);
    EXPECT_EQ(r.Params.Parameters.Ioctl.IoControlCode, static_cast<ULONG>(IOCTL_WDMECHO_BUFFERED));
    EXPECT_EQ(r.Params.Parameters.Ioctl.Input.Buffer, r.InputMemory);
    EXPECT_EQ(r.Params.Parameters.Ioctl.Output.Buffer, r.OutputMemory);
    EXPECT_EQ(r.Params.Parameters.Ioctl.Output.Length, 3u);
    // METHOD_BUFFERED: the output came back from the framework's system buffer.
    EXPECT_EQ(out, (std::vector<uint8_t>{6, 7, 8}));
    EXPECT_EQ(in, (std::vector<uint8_t>{5, 6, 7}));
    requestDelete();
}

TEST_F(IoTargetTest, RequestCreatedFromTheDriversIrpIsSentAndReusedWithANewIrp) {
    openEcho();
    ASSERT_EQ(requestCreate(false, /*fromIrp=*/true), STATUS_SUCCESS);
    std::vector<uint8_t> data{'i', 'r', 'p'};
    ASSERT_EQ(requestFormat(IRP_MJ_WRITE, 0, data.data(), 3, nullptr, 0), STATUS_SUCCESS);
    ASSERT_TRUE(requestSend());
    ASSERT_EQ(waitForCompletions(1).Status, STATUS_SUCCESS);
    ASSERT_EQ(requestReuse(STATUS_SUCCESS, /*newIrp=*/true), STATUS_SUCCESS);
    std::vector<uint8_t> buffer(3);
    ASSERT_EQ(requestFormat(IRP_MJ_READ, 0, nullptr, 0, buffer.data(), 3), STATUS_SUCCESS);
    ASSERT_TRUE(requestSend());
    KMDFTARGET_REQUEST_RESULT r = waitForCompletions(2);
    EXPECT_EQ(r.Status, STATUS_SUCCESS);
    EXPECT_EQ(buffer, data);
    requestDelete();  // then the driver frees its IRP
    EXPECT_EQ(requestResult().RequestDestroyed, 1);
}

TEST_F(IoTargetTest, ReuseWithANewIrpNeedsARequestCreatedFromAnIrp) {
    openEcho();
    ASSERT_EQ(requestCreate(true), STATUS_SUCCESS);
    EXPECT_FALSE(NT_SUCCESS(requestReuse(STATUS_SUCCESS, /*newIrp=*/true)));
    EXPECT_EQ(requestReuse(STATUS_CANCELLED), STATUS_SUCCESS);
    EXPECT_EQ(requestStatus(), STATUS_CANCELLED);  // documented: the status the reuse assigns
    requestDelete();
}

TEST_F(IoTargetTest, RequestSentToAStoppedTargetIsSentWhenItStarts) {
    openEcho();
    ASSERT_EQ(requestCreate(true), STATUS_SUCCESS);
    stop(false, WdfIoTargetLeaveSentIoPending);
    std::vector<uint8_t> data{'l', 'a', 't', 'e', 'r'};
    ASSERT_EQ(requestFormat(IRP_MJ_WRITE, 0, data.data(), 5, nullptr, 0), STATUS_SUCCESS);
    ASSERT_TRUE(requestSend());
    ntos::platform::sleepFor100ns(50 * 10'000);
    EXPECT_EQ(requestResult().Completions, 0);  // waiting in the target
    EXPECT_EQ(start(false), STATUS_SUCCESS);
    KMDFTARGET_REQUEST_RESULT r = waitForCompletions(1);
    ASSERT_EQ(r.Completions, 1);
    EXPECT_EQ(r.Status, STATUS_SUCCESS);
    EXPECT_EQ(r.Params.IoStatus.Information, 5u);
    std::vector<uint8_t> buffer(5);
    auto read = readInto(buffer);
    EXPECT_EQ(send(read), STATUS_SUCCESS);
    EXPECT_EQ(buffer, data);
    requestDelete();
}

TEST_F(IoTargetTest, StopWithCancelSentIoCancelsASentRequest) {
    openEcho();
    ASSERT_EQ(requestCreate(true), STATUS_SUCCESS);
    ASSERT_EQ(requestFormat(IRP_MJ_DEVICE_CONTROL, IOCTL_WDMECHO_PEND, nullptr, 0, nullptr, 0), STATUS_SUCCESS);
    ASSERT_TRUE(requestSend());
    ntos::platform::sleepFor100ns(50 * 10'000);
    EXPECT_EQ(requestResult().Completions, 0);  // pending in wdmecho
    stop(false, WdfIoTargetCancelSentIo);
    // Stop returned after the sent request came back.
    KMDFTARGET_REQUEST_RESULT r = requestResult();
    EXPECT_EQ(r.Completions, 1);
    EXPECT_EQ(r.Status, STATUS_CANCELLED);
    EXPECT_EQ(echoCancels(), 1);
    EXPECT_EQ(start(false), STATUS_SUCCESS);
    requestDelete();
}

TEST_F(IoTargetTest, StopWithCancelSentIoCancelsARequestWaitingInTheTarget) {
    openEcho();
    ASSERT_EQ(requestCreate(true), STATUS_SUCCESS);
    stop(false, WdfIoTargetLeaveSentIoPending);
    ASSERT_EQ(requestFormat(IRP_MJ_DEVICE_CONTROL, IOCTL_WDMECHO_PEND, nullptr, 0, nullptr, 0), STATUS_SUCCESS);
    ASSERT_TRUE(requestSend());
    stop(false, WdfIoTargetCancelSentIo);
    KMDFTARGET_REQUEST_RESULT r = requestResult();
    EXPECT_EQ(r.Completions, 1);
    EXPECT_EQ(r.Status, STATUS_CANCELLED);
    EXPECT_EQ(echoCancels(), 0);  // never reached wdmecho
    requestDelete();
}

TEST_F(IoTargetTest, AsynchronousSendTimesOutAndItsIrpIsCancelled) {
    openEcho();
    ASSERT_EQ(requestCreate(true), STATUS_SUCCESS);
    ASSERT_EQ(requestFormat(IRP_MJ_DEVICE_CONTROL, IOCTL_WDMECHO_PEND, nullptr, 0, nullptr, 0), STATUS_SUCCESS);
    const int64_t before = ntos::platform::monotonicNow100ns();
    ASSERT_TRUE(requestSend(0, -50 * 10'000));  // 50 ms
    KMDFTARGET_REQUEST_RESULT r = waitForCompletions(1);
    ASSERT_EQ(r.Completions, 1);
    EXPECT_GE(ntos::platform::monotonicNow100ns() - before, 50 * 10'000);
    EXPECT_EQ(r.Status, STATUS_IO_TIMEOUT);
    EXPECT_EQ(r.Params.IoStatus.Status, STATUS_IO_TIMEOUT);
    EXPECT_EQ(echoCancels(), 1);
    requestDelete();
}

TEST_F(IoTargetTest, AsynchronousTimeoutAlsoEndsARequestWaitingInAStoppedTarget) {
    openEcho();
    ASSERT_EQ(requestCreate(true), STATUS_SUCCESS);
    stop(false, WdfIoTargetLeaveSentIoPending);
    std::vector<uint8_t> data{1};
    ASSERT_EQ(requestFormat(IRP_MJ_WRITE, 0, data.data(), 1, nullptr, 0), STATUS_SUCCESS);
    ASSERT_TRUE(requestSend(0, -30 * 10'000));
    KMDFTARGET_REQUEST_RESULT r = waitForCompletions(1);
    ASSERT_EQ(r.Completions, 1);
    EXPECT_EQ(r.Status, STATUS_IO_TIMEOUT);
    EXPECT_EQ(start(false), STATUS_SUCCESS);
    requestDelete();
}

TEST_F(IoTargetTest, SynchronousSendsWithARequest) {
    openEcho();
    ASSERT_EQ(requestCreate(true), STATUS_SUCCESS);
    // WdfIoTargetSendIoctlSynchronously with the driver's request.
    std::vector<uint8_t> in{10, 20, 30};
    std::vector<uint8_t> out(3);
    auto s = ioctlOf(IOCTL_WDMECHO_BUFFERED, in, out);
    s.WithRequest = TRUE;
    EXPECT_EQ(send(s), STATUS_SUCCESS);
    EXPECT_EQ(s.Information, 3u);
    EXPECT_EQ(out, (std::vector<uint8_t>{11, 21, 31}));
    EXPECT_EQ(requestStatus(), STATUS_SUCCESS);
    // ... with a memory handle and a timeout on a request that pends: STATUS_IO_TIMEOUT.
    ASSERT_EQ(requestReuse(STATUS_SUCCESS), STATUS_SUCCESS);
    auto pend = pendWithTimeout(-30 * 10'000);
    pend.WithRequest = TRUE;
    EXPECT_EQ(send(pend), STATUS_IO_TIMEOUT);
    EXPECT_EQ(echoCancels(), 1);
    // WdfRequestSend with WDF_REQUEST_SEND_OPTION_SYNCHRONOUS: no completion routine call.
    ASSERT_EQ(requestReuse(STATUS_SUCCESS), STATUS_SUCCESS);
    std::vector<uint8_t> data{'s', 'y', 'n'};
    ASSERT_EQ(requestFormat(IRP_MJ_WRITE, 0, data.data(), 3, nullptr, 0), STATUS_SUCCESS);
    EXPECT_TRUE(requestSend(WDF_REQUEST_SEND_OPTION_SYNCHRONOUS));
    EXPECT_EQ(requestStatus(), STATUS_SUCCESS);
    EXPECT_EQ(requestResult().Completions, 0);
    std::vector<uint8_t> buffer(3);
    auto r = readInto(buffer);
    r.Descriptor = KmdfTargetDescriptorHandle;
    r.WithRequest = TRUE;
    ASSERT_EQ(requestReuse(STATUS_SUCCESS), STATUS_SUCCESS);
    EXPECT_EQ(send(r), STATUS_SUCCESS);
    EXPECT_EQ(r.Information, 3u);
    EXPECT_EQ(buffer, data);
    requestDelete();
}

TEST_F(IoTargetTest, MemoryOfASentRequestLivesUntilTheRequestCompletes) {
    openEcho();
    ASSERT_EQ(requestCreate(true), STATUS_SUCCESS);
    std::vector<uint8_t> in(4, 1);
    std::vector<uint8_t> out(4);
    ASSERT_EQ(requestFormat(IRP_MJ_DEVICE_CONTROL, IOCTL_WDMECHO_PEND, in.data(), 4, out.data(), 4),
              STATUS_SUCCESS);
    ASSERT_TRUE(requestSend());
    ntos::platform::sleepFor100ns(30 * 10'000);
    requestDeleteMemory();
    // The target's references keep both memory objects while the request is out.
    EXPECT_EQ(requestResult().MemoryDestroyed, 0);
    EXPECT_TRUE(requestCancel());  // WdfRequestCancelSentRequest
    KMDFTARGET_REQUEST_RESULT r = waitForCompletions(1);
    ASSERT_EQ(r.Completions, 1);
    EXPECT_EQ(r.Status, STATUS_CANCELLED);
    EXPECT_EQ(r.MemoryDestroyed, 2);
    EXPECT_FALSE(requestCancel());  // nothing sent any more
    requestDelete();
}

TEST_F(IoTargetTest, PurgeCancelsSentRequestsAndRefusesNewOnesUntilStart) {
    openEcho();
    ASSERT_EQ(requestCreate(true), STATUS_SUCCESS);
    ASSERT_EQ(requestFormat(IRP_MJ_DEVICE_CONTROL, IOCTL_WDMECHO_PEND, nullptr, 0, nullptr, 0), STATUS_SUCCESS);
    ASSERT_TRUE(requestSend());
    ntos::platform::sleepFor100ns(30 * 10'000);
    purge(WdfIoTargetPurgeIoAndWait);
    KMDFTARGET_REQUEST_RESULT r = requestResult();
    EXPECT_EQ(r.Completions, 1);
    EXPECT_EQ(r.Status, STATUS_CANCELLED);
    EXPECT_EQ(info(false).State, WdfIoTargetPurged);
    ASSERT_EQ(requestReuse(STATUS_SUCCESS), STATUS_SUCCESS);
    std::vector<uint8_t> data{1};
    ASSERT_EQ(requestFormat(IRP_MJ_WRITE, 0, data.data(), 1, nullptr, 0), STATUS_SUCCESS);
    EXPECT_FALSE(requestSend());
    EXPECT_EQ(requestStatus(), STATUS_INVALID_DEVICE_STATE);
    EXPECT_EQ(start(false), STATUS_SUCCESS);
    EXPECT_TRUE(requestSend());
    EXPECT_EQ(waitForCompletions(2).Status, STATUS_SUCCESS);
    requestDelete();
}

TEST_F(IoTargetTest, InternalIoctlOthersCarriesItsArguments) {
    openEcho();
    ASSERT_EQ(requestCreate(true), STATUS_SUCCESS);
    std::vector<uint8_t> a1(2), a2(2);
    ASSERT_EQ(requestFormat(IRP_MJ_INTERNAL_DEVICE_CONTROL, 0x1234, a1.data(), 2, a2.data(), 2, 0, 0, true),
              STATUS_SUCCESS);
    ASSERT_TRUE(requestSend());
    KMDFTARGET_REQUEST_RESULT r = waitForCompletions(1);
    EXPECT_EQ(r.Status, STATUS_INVALID_DEVICE_REQUEST);  // wdmecho has no internal-IOCTL handler
    EXPECT_EQ(r.Params.Type, WdfRequestTypeDeviceControlInternal);
    EXPECT_EQ(r.Params.Parameters.Ioctl.IoControlCode, 0x1234u);
    requestDelete();
}

// WdfIoTargetSendInternalIoctlOthersSynchronously: OtherArg1/2/4 arrive as
// Parameters.Others.Argument1/2/4 (wdmecho's internal IOCTL adds *Argument1 and *Argument4
// into *Argument2), with and without a driver-created request, for each descriptor type.
class InternalIoctlOthersSync : public IoTargetTest, public ::testing::WithParamInterface<std::tuple<KMDFTARGET_DESCRIPTOR, bool>> {};

TEST_P(InternalIoctlOthersSync, ArgumentsReachTheTargetAsOthers) {
    openEcho();
    const auto [descriptor, withRequest] = GetParam();
    if (withRequest) {
        ASSERT_EQ(requestCreate(true), STATUS_SUCCESS);
    }
    ULONG a1 = 40, a2 = 0, a4 = 2;
    KMDFTARGET_SEND s{};
    s.Major = IRP_MJ_INTERNAL_DEVICE_CONTROL;
    s.IoctlCode = IOCTL_WDMECHO_INTERNAL_SUM;
    s.Descriptor = descriptor;
    s.Others = TRUE;
    s.WithRequest = withRequest;
    s.Input = &a1;
    s.InputLength = sizeof(a1);
    s.Output = &a2;
    s.OutputLength = sizeof(a2);
    s.Argument4 = &a4;
    s.Argument4Length = sizeof(a4);
    EXPECT_EQ(send(s), STATUS_SUCCESS);
    EXPECT_EQ(a2, 42u);
    EXPECT_EQ(s.Information, sizeof(ULONG));
    if (withRequest) requestDelete();
}

TEST_P(InternalIoctlOthersSync, AMissingArgumentArrivesAsNull) {
    openEcho();
    const auto [descriptor, withRequest] = GetParam();
    if (withRequest) {
        ASSERT_EQ(requestCreate(true), STATUS_SUCCESS);
    }
    ULONG a1 = 1, a2 = 7;
    KMDFTARGET_SEND s{};
    s.Major = IRP_MJ_INTERNAL_DEVICE_CONTROL;
    s.IoctlCode = IOCTL_WDMECHO_INTERNAL_SUM;
    s.Descriptor = descriptor;
    s.Others = TRUE;
    s.WithRequest = withRequest;
    s.Input = &a1;
    s.InputLength = sizeof(a1);
    s.Output = &a2;
    s.OutputLength = sizeof(a2);
    EXPECT_EQ(send(s), STATUS_INVALID_PARAMETER);  // wdmecho's answer to a NULL Argument4
    EXPECT_EQ(a2, 7u);
    if (withRequest) requestDelete();
}

INSTANTIATE_TEST_SUITE_P(Descriptors, InternalIoctlOthersSync,
                         ::testing::Combine(::testing::Values(KmdfTargetDescriptorBuffer, KmdfTargetDescriptorHandle,
                                                              KmdfTargetDescriptorMdl),
                                            ::testing::Bool()));

// --- WdfIoTargetQueryForInterface ---------------------------------------------------------

TEST_F(IoTargetTest, QueryForInterfaceReturnsTheRemoteDriversInterfaceReferenced) {
    openEcho();
    const GUID adder = WDMECHO_ADDER_INTERFACE_GUID_INIT;
    auto references = fn<WdmEchoInterfaceReferencesFn>(echo_, "WdmEchoInterfaceReferences");
    WDMECHO_ADDER_INTERFACE iface{};
    ULONG bias = 100;
    ASSERT_EQ(queryInterface(false, &adder, &iface.Header, sizeof(iface), 1, &bias), STATUS_SUCCESS);
    EXPECT_EQ(iface.Header.Size, sizeof(iface));
    EXPECT_EQ(iface.Header.Version, 1);
    ASSERT_NE(iface.Add, nullptr);
    EXPECT_EQ(iface.Add(iface.Header.Context, 20, 3), 123u);
    EXPECT_EQ(references(), 1);  // the caller owns one reference...
    iface.Header.InterfaceDereference(iface.Header.Context);
    EXPECT_EQ(references(), 0);  // ...and gives it back
}

TEST_F(IoTargetTest, QueryForInterfaceFailsWithTheStatusOfTheStack) {
    openEcho();
    const GUID adder = WDMECHO_ADDER_INTERFACE_GUID_INIT;
    const GUID unknown = {0x01020304, 0x0506, 0x0708, {9, 10, 11, 12, 13, 14, 15, 16}};
    WDMECHO_ADDER_INTERFACE iface{};
    // Nobody in wdmecho's stack (nor the root bus) knows the interface: the IRP's initial status.
    EXPECT_EQ(queryInterface(false, &unknown, &iface.Header, sizeof(iface), 1, nullptr), STATUS_NOT_SUPPORTED);
    // The exporting driver's own answer for a structure too small.
    EXPECT_EQ(queryInterface(false, &adder, &iface.Header, sizeof(INTERFACE), 1, nullptr), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(iface.Add, nullptr);
    // Documented: NULL InterfaceType or Interface.
    EXPECT_EQ(queryInterface(false, nullptr, &iface.Header, sizeof(iface), 1, nullptr), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(queryInterface(false, &adder, nullptr, sizeof(iface), 1, nullptr), STATUS_INVALID_PARAMETER);
    close();
    EXPECT_EQ(queryInterface(false, &adder, &iface.Header, sizeof(iface), 1, nullptr), STATUS_INVALID_DEVICE_STATE);
}

// --- removal of the remote target's device --------------------------------------------------

TEST_F(IoTargetTest, RemovingTheRemoteDeviceClosesTheTargetByDefault) {
    openEcho();
    EXPECT_EQ(system_->removeDevice(u"ROOT\\WDMECHO\\0000"), STATUS_SUCCESS);
    // The framework closed the target for the query-remove (cleanup, close before it).
    const std::string events = echoEvents();
    EXPECT_NE(events.find("cleanup,close,query-remove,remove"), std::string::npos) << events;
    EXPECT_EQ(info(false).State, WdfIoTargetClosed);
    std::vector<uint8_t> buffer(4);
    auto r = readInto(buffer);
    EXPECT_EQ(send(r), STATUS_INVALID_DEVICE_STATE);
}

TEST_F(IoTargetTest, VetoedRemovalReopensTheTargetByDefault) {
    openEcho();
    std::vector<uint8_t> none;
    auto veto = ioctlOf(IOCTL_WDMECHO_VETO_REMOVE, none, none);
    ASSERT_EQ(send(veto), STATUS_SUCCESS);
    EXPECT_EQ(system_->removeDevice(u"ROOT\\WDMECHO\\0000"), STATUS_UNSUCCESSFUL);
    const std::string events = echoEvents();
    EXPECT_NE(events.find("cleanup,close,query-remove,cancel-remove,create:"), std::string::npos) << events;
    EXPECT_EQ(info(false).State, WdfIoTargetStarted);
    expectEchoRoundTrip("still here");
}

TEST_F(IoTargetTest, RemovalCallbacksSeeQueryRemoveAndRemoveComplete) {
    ASSERT_EQ(create(), STATUS_SUCCESS);
    using OpenFn = NTSTATUS (*)(const WCHAR*, BOOLEAN);
    ASSERT_EQ(fn<OpenFn>(target_, "KmdfTargetOpenWithRemovalCallbacks")(echoName(), FALSE), STATUS_SUCCESS);
    EXPECT_EQ(system_->removeDevice(u"ROOT\\WDMECHO\\0000"), STATUS_SUCCESS);
    EXPECT_EQ(removalLog(), "query-remove,remove-complete");
    EXPECT_EQ(info(false).State, WdfIoTargetClosed);
}

TEST_F(IoTargetTest, RemovalCallbacksSeeACancelledRemovalAndReopen) {
    ASSERT_EQ(create(), STATUS_SUCCESS);
    using OpenFn = NTSTATUS (*)(const WCHAR*, BOOLEAN);
    ASSERT_EQ(fn<OpenFn>(target_, "KmdfTargetOpenWithRemovalCallbacks")(echoName(), FALSE), STATUS_SUCCESS);
    std::vector<uint8_t> none;
    auto veto = ioctlOf(IOCTL_WDMECHO_VETO_REMOVE, none, none);
    ASSERT_EQ(send(veto), STATUS_SUCCESS);
    EXPECT_EQ(system_->removeDevice(u"ROOT\\WDMECHO\\0000"), STATUS_UNSUCCESSFUL);
    EXPECT_EQ(removalLog(), "query-remove,remove-canceled");
    EXPECT_EQ(info(false).State, WdfIoTargetStarted);
    expectEchoRoundTrip("reopened by the driver");
}

TEST_F(IoTargetTest, EvtIoTargetQueryRemoveCanVetoTheRemoval) {
    ASSERT_EQ(create(), STATUS_SUCCESS);
    using OpenFn = NTSTATUS (*)(const WCHAR*, BOOLEAN);
    ASSERT_EQ(fn<OpenFn>(target_, "KmdfTargetOpenWithRemovalCallbacks")(echoName(), TRUE), STATUS_SUCCESS);
    EXPECT_EQ(system_->removeDevice(u"ROOT\\WDMECHO\\0000"), STATUS_UNSUCCESSFUL);
    EXPECT_EQ(removalLog(), "query-remove");
    EXPECT_EQ(echoEvents().find("query-remove"), std::string::npos);  // the device never heard of it
    EXPECT_EQ(info(false).State, WdfIoTargetStarted);
    expectEchoRoundTrip("vetoed");
}

TEST_F(IoTargetTest, SurpriseRemovalClosesTheTargetAndTheDeviceGoes) {
    openEcho();
    EXPECT_EQ(system_->surpriseRemoveDevice(u"ROOT\\WDMECHO\\0000"), STATUS_SUCCESS);
    EXPECT_EQ(info(false).State, WdfIoTargetClosed);
    const std::string events = echoEvents();
    // The framework let its file object go, so IRP_MN_REMOVE_DEVICE followed at once.
    const size_t surprise = events.find("surprise-removal");
    ASSERT_NE(surprise, std::string::npos) << events;
    EXPECT_NE(events.find("close,remove", surprise), std::string::npos) << events;
    EXPECT_EQ(system_->deviceTreeText().find("WDMECHO"), std::string::npos);
}

// --- rules the framework enforces with a bug check ----------------------------------------

using IoTargetDeathTest = IoTargetTest;

TEST_F(IoTargetDeathTest, SynchronousSendAbovePassiveLevelIsAnIrqlMismatch) {
    reportToStderr_ = true;
    openEcho();
    std::vector<uint8_t> buffer(4);
    auto r = readInto(buffer);
    r.AtDispatchLevel = TRUE;
    r.UseOptions = TRUE;
    r.Timeout = -10 * 10'000;
    EXPECT_DEATH(send(r), "WdfIoTargetSendReadSynchronously called at IRQL 2");
}

TEST_F(IoTargetDeathTest, CompletingADriverCreatedRequestIsAViolation) {
    reportToStderr_ = true;
    openEcho();
    ASSERT_EQ(requestCreate(true), STATUS_SUCCESS);
    EXPECT_DEATH(fn<void (*)()>(target_, "KmdfTargetRequestComplete")(), "delete it with WdfObjectDelete");
    requestDelete();  // the parent process still owns the request
}

}  // namespace
