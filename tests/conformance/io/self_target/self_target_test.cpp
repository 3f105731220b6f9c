// The self I/O target (WdfDeviceInitAllowSelfIoTarget, WdfDeviceGetSelfIoTarget,
// WdfIoTargetSelfAssignDefaultIoQueue): a driver sends requests to its own device with
// the general I/O target DDIs. Without an assigned queue they are dispatched like any
// request (the default queue here); with one, requests sent through the self target go
// to the assigned queue while requests from clients keep going to the default queue.
#include <dlfcn.h>
#include <gtest/gtest.h>
#include <ntddk.h>
#include <wdf.h>

#include <memory>
#include <string>
#include <vector>

#include "kmdfself.h"
#include "ntos/system.h"
#include "user_io_recorder.h"

namespace {

constexpr GUID kInterface = KMDFSELF_INTERFACE_GUID_INIT;

class SelfIoTargetTest : public ::testing::Test {
protected:
    KMDFSELF_CONFIG config{};

    void SetUp() override {
        module_ = dlopen(KMDFSELF_DRIVER_PATH, RTLD_NOW | RTLD_LOCAL);
        ASSERT_NE(module_, nullptr) << dlerror();
    }
    void TearDown() override {
        if (system_) system_->shutdown();
        system_.reset();
        if (module_ != nullptr) dlclose(module_);
    }

    template <class F>
    F sym(const char* name) {
        void* p = dlsym(module_, name);
        EXPECT_NE(p, nullptr) << name;
        return reinterpret_cast<F>(p);
    }
    template <class R, class... A>
    R call(const char* name, A... args) {
        ntos::System::ThreadScope scope(*system_);
        return sym<R (*)(A...)>(name)(args...);
    }

    NTSTATUS boot() {
        sym<void (*)(const KMDFSELF_CONFIG*)>("KmdfSelfSetConfig")(&config);
        system_ = std::make_unique<ntos::System>(ntos::SystemConfig{});
        EXPECT_EQ(system_->addRootDevice({u"ROOT\\KMDFSELF", u"0000", u"kmdfself", KMDFSELF_DRIVER_PATH}),
                  STATUS_SUCCESS);
        return system_->boot();
    }

    KMDFSELF_INFO info() {
        KMDFSELF_INFO i{};
        call<void>("KmdfSelfGetInfo", &i);
        return i;
    }
    std::string log() {
        std::vector<char> buffer(8192);
        sym<ULONG (*)(char*, ULONG)>("KmdfSelfReadLog")(buffer.data(), static_cast<ULONG>(buffer.size()));
        return buffer.data();
    }
    NTSTATUS sendRead(std::vector<uint8_t>& out, ULONG_PTR* bytes) {
        return call<NTSTATUS>("KmdfSelfSendRead", static_cast<PVOID>(out.data()), static_cast<ULONG>(out.size()),
                              bytes);
    }
    kmdftesting::IoResult clientRead(ULONG length) {
        ntos::System::ThreadScope scope(*system_);
        ntos::UserFileId file = kmdftesting::openInterface(*system_, kInterface);
        EXPECT_NE(file, 0u);
        system_->userIo().read(file, 1, length, 0, io_.recordInto(1));
        kmdftesting::IoResult result = io_.waitFor(1);
        system_->userIo().close(file);
        return result;
    }

    void* module_ = nullptr;
    std::unique_ptr<ntos::System> system_;
    kmdftesting::UserIoRecorder io_;
};

TEST_F(SelfIoTargetTest, ThereIsNoSelfTargetUnlessTheDriverAskedForOne) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    EXPECT_FALSE(info().HaveTarget);
}

TEST_F(SelfIoTargetTest, TheSelfTargetIsStartedOnTheDevicesOwnDeviceObject) {
    config.AllowSelfIoTarget = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    KMDFSELF_INFO i = info();
    ASSERT_TRUE(i.HaveTarget);
    EXPECT_TRUE(i.Stable);
    EXPECT_EQ(i.State, WdfIoTargetStarted);
    EXPECT_TRUE(i.DeviceIsOurs);
    EXPECT_TRUE(i.TargetIsOurDeviceObject);
    EXPECT_TRUE(i.PdoIsOurs);
}

TEST_F(SelfIoTargetTest, WithoutAnAssignedQueueSelfRequestsAreDispatchedAsUsual) {
    config.AllowSelfIoTarget = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    std::vector<uint8_t> out(6);
    ULONG_PTR bytes = 0;
    ASSERT_EQ(sendRead(out, &bytes), STATUS_SUCCESS);
    EXPECT_EQ(bytes, 6u);
    EXPECT_EQ(out, std::vector<uint8_t>(6, 0x5A));
    EXPECT_EQ(log(), "default-queue:read:6\n");
}

TEST_F(SelfIoTargetTest, TheAssignedQueueReceivesSelfRequestsAndClientsStillReachTheDefaultQueue) {
    config.AllowSelfIoTarget = TRUE;
    config.AssignSelfQueue = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    EXPECT_EQ(info().AssignStatus, STATUS_SUCCESS);
    std::vector<uint8_t> out(4);
    ULONG_PTR bytes = 0;
    ASSERT_EQ(sendRead(out, &bytes), STATUS_SUCCESS);
    EXPECT_EQ(out, std::vector<uint8_t>(4, 0xA5));
    ULONG_PTR written = 0;
    EXPECT_EQ(call<NTSTATUS>("KmdfSelfSendWriteAsync", ULONG{9}, &written), STATUS_SUCCESS);
    EXPECT_EQ(written, 9u);
    kmdftesting::IoResult fromClient = clientRead(3);
    EXPECT_EQ(fromClient.status, STATUS_SUCCESS);
    EXPECT_EQ(fromClient.output, std::vector<uint8_t>(3, 0x5A));
    EXPECT_EQ(log(),
              "self-queue:read:4\n"
              "self-queue:write:9\n"
              "write-completed:0x00000000\n"
              "default-queue:read:3\n");
}

TEST_F(SelfIoTargetTest, OnlyAnotherQueueOfTheDeviceCanBeAssignedToOnlyTheSelfTarget) {
    config.AllowSelfIoTarget = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    EXPECT_EQ(call<NTSTATUS>("KmdfSelfAssign", ULONG{0}), STATUS_INVALID_PARAMETER);  // the default queue
    EXPECT_EQ(call<NTSTATUS>("KmdfSelfAssign", ULONG{2}), STATUS_INVALID_PARAMETER);  // the local target
    EXPECT_EQ(call<NTSTATUS>("KmdfSelfAssign", ULONG{1}), STATUS_SUCCESS);
    std::vector<uint8_t> out(2);
    ULONG_PTR bytes = 0;
    ASSERT_EQ(sendRead(out, &bytes), STATUS_SUCCESS);
    EXPECT_EQ(log(), "self-queue:read:2\n");
}

}  // namespace
