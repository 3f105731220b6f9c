// End-to-end tests of the I/O and PnP managers with a plain WDM driver (wdmecho) on a
// root-enumerated device: boot, device tree, interfaces, user I/O through every buffer
// method, cancel, close ordering, orderly removal and the unload report.
#include "ntos/io/user_io.h"
#include "ntos/system.h"
#include "test_support.h"
#include "wdmecho.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

constexpr GUID kEchoInterface = WDMECHO_INTERFACE_GUID_INIT;
const std::u16string kEchoLink = u"\\\\?\\ROOT#WDMECHO#0000#{6f1b1d52-3c4a-4f7e-9b1e-2a7c5d9e0f11}";

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

class WdmEchoSystem : public ::testing::Test {
protected:
    void SetUp() override {
        system_ = std::make_unique<ntos::System>(iotest::quietConfig(&log_));
        ASSERT_EQ(system_->addRootDevice({u"ROOT\\WDMECHO", u"0000", u"wdmecho", WDMECHO_PATH}), STATUS_SUCCESS);
        ASSERT_EQ(system_->boot(), STATUS_SUCCESS);
        module_ = std::make_unique<iotest::WdmEchoModule>();
        ASSERT_TRUE(module_->loaded());
        scope_ = std::make_unique<ntos::System::ThreadScope>(*system_);
    }

    void TearDown() override {
        scope_.reset();
        system_.reset();
        module_.reset();
    }

    ntos::UserFileId open(const std::u16string& suffix = u"") {
        ntos::UserOpenParams params;
        params.path = kEchoLink + suffix;
        ntos::UserFileId file = 0;
        EXPECT_EQ(system_->userIo().open(params, &file), STATUS_SUCCESS);
        return file;
    }

    ntos::UserIoResult ioctl(ntos::UserFileId file, ULONG code, std::vector<uint8_t> input, ULONG outputLength) {
        iotest::Completion done;
        system_->userIo().deviceControl(file, 1, code, std::move(input), outputLength, done.callback());
        EXPECT_TRUE(done.wait());
        return done.result();
    }

    // Waits (bounded) until the driver's event log ends with `suffix`.
    bool eventsEndWith(const std::string& suffix) {
        for (int i = 0; i < 500; ++i) {
            if (endsWith(module_->events(), suffix)) return true;
            ntos::platform::sleepFor100ns(10 * 10'000);
        }
        return false;
    }

    std::vector<std::string> log_;
    std::unique_ptr<ntos::System> system_;
    std::unique_ptr<iotest::WdmEchoModule> module_;
    std::unique_ptr<ntos::System::ThreadScope> scope_;
};

TEST_F(WdmEchoSystem, BootStartsTheRootDeviceThroughAddDeviceAndStart) {
    EXPECT_EQ(system_->deviceTreeText(), "ROOT\n  ROOT\\WDMECHO\\0000  service=wdmecho  state=Started\n");
    EXPECT_EQ(module_->events(), "entry,add,start");
}

TEST_F(WdmEchoSystem, InterfaceListReturnsTheEnabledInterface) {
    const auto list = system_->userIo().interfaceList(kEchoInterface, false);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_TRUE(list[0] == kEchoLink);
    const GUID other = {0x12345678, 0x1234, 0x1234, {1, 2, 3, 4, 5, 6, 7, 8}};
    EXPECT_TRUE(system_->userIo().interfaceList(other, true).empty());
}

TEST_F(WdmEchoSystem, WriteThenReadRoundTripsBytes) {
    const auto file = open();
    iotest::Completion wrote;
    system_->userIo().write(file, 1, {1, 2, 3, 4, 5}, 0, wrote.callback());
    ASSERT_TRUE(wrote.wait());
    EXPECT_EQ(wrote.result().status, STATUS_SUCCESS);
    EXPECT_EQ(wrote.result().information, 5u);

    iotest::Completion read;
    system_->userIo().read(file, 2, 16, 0, read.callback());
    ASSERT_TRUE(read.wait());
    EXPECT_EQ(read.result().status, STATUS_SUCCESS);
    EXPECT_EQ(read.result().information, 5u);
    EXPECT_EQ(read.result().output, (std::vector<uint8_t>{1, 2, 3, 4, 5}));

    iotest::Completion empty;
    system_->userIo().read(file, 3, 0, 0, empty.callback());
    ASSERT_TRUE(empty.wait());
    EXPECT_EQ(empty.result().status, STATUS_SUCCESS);
    EXPECT_EQ(empty.result().information, 0u);
    EXPECT_TRUE(empty.result().output.empty());
    EXPECT_EQ(system_->userIo().close(file), STATUS_SUCCESS);
}

TEST_F(WdmEchoSystem, OpenPassesThePathRemainderAsFileName) {
    const auto file = open(u"\\foo");
    EXPECT_TRUE(endsWith(module_->events(), "create:\\foo"));
    system_->userIo().close(file);
}

TEST_F(WdmEchoSystem, OpenOfAnUnknownNameFails) {
    ntos::UserOpenParams params;
    params.path = u"\\\\.\\NoSuchDevice";
    ntos::UserFileId file = 0;
    EXPECT_EQ(system_->userIo().open(params, &file), STATUS_OBJECT_NAME_NOT_FOUND);
    EXPECT_EQ(file, 0u);
}

TEST_F(WdmEchoSystem, IoctlsMoveBytesForEachBufferMethod) {
    const auto file = open();
    auto buffered = ioctl(file, IOCTL_WDMECHO_BUFFERED, {10, 20, 30}, 3);
    EXPECT_EQ(buffered.status, STATUS_SUCCESS);
    EXPECT_EQ(buffered.output, (std::vector<uint8_t>{11, 21, 31}));

    auto neither = ioctl(file, IOCTL_WDMECHO_NEITHER, {0x0F, 0xF0}, 2);
    EXPECT_EQ(neither.status, STATUS_SUCCESS);
    EXPECT_EQ(neither.output, (std::vector<uint8_t>{0xF0, 0x0F}));

    auto direct = ioctl(file, IOCTL_WDMECHO_OUT_DIRECT, {1, 2}, 2);
    EXPECT_EQ(direct.status, STATUS_SUCCESS);
    EXPECT_EQ(direct.output, (std::vector<uint8_t>{3, 4}));

    auto unknown = ioctl(file, 0x1234, {}, 0);
    EXPECT_EQ(unknown.status, STATUS_INVALID_DEVICE_REQUEST);
    system_->userIo().close(file);
}

TEST_F(WdmEchoSystem, CancelCompletesThePendingIrpOnceWithStatusCancelled) {
    const auto file = open();
    iotest::Completion pended;
    system_->userIo().deviceControl(file, 7, IOCTL_WDMECHO_PEND, {}, 0, pended.callback());
    EXPECT_FALSE(pended.completed());
    EXPECT_EQ(system_->userIo().cancel(file, 8), STATUS_NOT_FOUND);
    EXPECT_EQ(system_->userIo().cancel(file, 7), STATUS_SUCCESS);
    ASSERT_TRUE(pended.wait());
    EXPECT_EQ(pended.result().status, STATUS_CANCELLED);
    EXPECT_EQ(pended.calls(), 1);
    EXPECT_EQ(module_->cancelCount(), 1);
    EXPECT_EQ(system_->userIo().cancel(file, 7), STATUS_NOT_FOUND);
    system_->userIo().close(file);
}

TEST_F(WdmEchoSystem, CloseCancelsOutstandingIrpsThenSendsCleanupThenClose) {
    const auto file = open();
    iotest::Completion pended;
    system_->userIo().deviceControl(file, 1, IOCTL_WDMECHO_PEND, {}, 0, pended.callback());
    EXPECT_EQ(system_->userIo().close(file), STATUS_SUCCESS);
    ASSERT_TRUE(pended.wait());
    EXPECT_EQ(pended.result().status, STATUS_CANCELLED);
    EXPECT_TRUE(eventsEndWith("create:,cancel,cleanup,close")) << module_->events();
    iotest::Completion late;
    system_->userIo().read(file, 2, 1, 0, late.callback());
    ASSERT_TRUE(late.wait());
    EXPECT_EQ(late.result().status, STATUS_INVALID_HANDLE);
}

TEST_F(WdmEchoSystem, ShutdownRemovesTheDeviceAndUnloadsTheDriver) {
    scope_.reset();
    system_->shutdown();
    EXPECT_TRUE(endsWith(module_->events(), "query-remove,remove,unload")) << module_->events();
    EXPECT_EQ(system_->deviceTreeText(), "ROOT\n  ROOT\\WDMECHO\\0000  service=wdmecho  state=Removed\n");
    const auto reports = system_->unloadReports();
    ASSERT_EQ(reports.size(), 1u);
    EXPECT_TRUE(reports[0].serviceName == u"wdmecho");
    EXPECT_EQ(reports[0].leakedPoolAllocations, 0u);
    EXPECT_EQ(reports[0].leakedFrameworkObjects, 0u);
    EXPECT_TRUE(system_->userIo().interfaceList(kEchoInterface, true).empty());
}

TEST_F(WdmEchoSystem, ShutdownClosesHandlesTheHostLeftOpen) {
    open();
    scope_.reset();
    system_->shutdown();
    EXPECT_TRUE(endsWith(module_->events(), "create:,cleanup,close,query-remove,remove,unload")) << module_->events();
}

TEST_F(WdmEchoSystem, LeakedPoolAllocationShowsInTheUnloadReport) {
    const auto file = open();
    EXPECT_EQ(ioctl(file, IOCTL_WDMECHO_LEAK, {}, 0).status, STATUS_SUCCESS);
    system_->userIo().close(file);
    scope_.reset();
    system_->shutdown();
    const auto reports = system_->unloadReports();
    ASSERT_EQ(reports.size(), 1u);
    EXPECT_EQ(reports[0].leakedPoolAllocations, 1u);
    EXPECT_EQ(reports[0].leakedPoolBytes, 64u);
    ASSERT_EQ(reports[0].details.size(), 1u);
    EXPECT_NE(reports[0].details[0].find("'Leak'"), std::string::npos) << reports[0].details[0];
}

TEST_F(WdmEchoSystem, FrameworkLeaksAreAddedToTheUnloadReport) {
    system_->addUnloadObserver([](PDRIVER_OBJECT, ntos::UnloadReport& report) {
        report.leakedFrameworkObjects += 2;
        report.details.push_back("observer");
    });
    scope_.reset();
    system_->shutdown();
    const auto reports = system_->unloadReports();
    ASSERT_EQ(reports.size(), 1u);
    EXPECT_EQ(reports[0].leakedFrameworkObjects, 2u);
    EXPECT_EQ(reports[0].details, (std::vector<std::string>{"observer"}));
}

TEST_F(WdmEchoSystem, RemoveDeviceIsVetoedByAnOpenHandleThenRemovesAndUnloads) {
    const auto file = open();
    EXPECT_EQ(system_->removeDevice(u"ROOT\\WDMECHO\\0000"), STATUS_DEVICE_BUSY);
    EXPECT_EQ(module_->events(), "entry,add,start,create:");
    system_->userIo().close(file);
    EXPECT_EQ(system_->removeDevice(u"ROOT\\WDMECHO\\0000"), STATUS_SUCCESS);
    EXPECT_EQ(module_->events(), "entry,add,start,create:,cleanup,close,query-remove,remove,unload");
    EXPECT_EQ(system_->deviceTreeText(), "ROOT\n");
    EXPECT_EQ(system_->unloadReports().size(), 1u);
    EXPECT_TRUE(system_->userIo().interfaceList(kEchoInterface, true).empty());
    EXPECT_EQ(system_->removeDevice(u"ROOT\\WDMECHO\\0000"), STATUS_NO_SUCH_DEVICE);

    // The same instance can come back; the driver loads again.
    ASSERT_EQ(system_->addRootDevice({u"ROOT\\WDMECHO", u"0000", u"wdmecho", WDMECHO_PATH}), STATUS_SUCCESS);
    EXPECT_EQ(system_->deviceTreeText(), "ROOT\n  ROOT\\WDMECHO\\0000  service=wdmecho  state=Started\n");
    EXPECT_EQ(module_->events(), "entry,add,start");
}

TEST_F(WdmEchoSystem, FailedQueryRemoveVetoesAndIsCancelled) {
    const auto file = open();
    EXPECT_EQ(ioctl(file, IOCTL_WDMECHO_VETO_REMOVE, {}, 0).status, STATUS_SUCCESS);
    system_->userIo().close(file);
    EXPECT_EQ(system_->removeDevice(u"ROOT\\WDMECHO\\0000"), STATUS_UNSUCCESSFUL);
    EXPECT_TRUE(endsWith(module_->events(), "close,query-remove,cancel-remove")) << module_->events();
    EXPECT_EQ(system_->deviceTreeText(), "ROOT\n  ROOT\\WDMECHO\\0000  service=wdmecho  state=Started\n");
    const auto again = open();
    EXPECT_NE(again, 0u);
    system_->userIo().close(again);
}

TEST_F(WdmEchoSystem, SurpriseRemovalSendsRemoveWhenTheLastHandleCloses) {
    const auto file = open();
    ASSERT_EQ(system_->surpriseRemoveDevice(u"ROOT\\WDMECHO\\0000"), STATUS_SUCCESS);
    EXPECT_EQ(module_->events(), "entry,add,start,create:,surprise-removal");
    EXPECT_EQ(system_->deviceTreeText(),
              "ROOT\n  ROOT\\WDMECHO\\0000  service=wdmecho  state=SurpriseRemovePending\n");
    EXPECT_TRUE(system_->userIo().interfaceList(kEchoInterface, false).empty());
    EXPECT_EQ(system_->removeDevice(u"ROOT\\WDMECHO\\0000"), STATUS_DELETE_PENDING);
    system_->userIo().close(file);
    EXPECT_TRUE(eventsEndWith("surprise-removal,cleanup,close,remove,unload")) << module_->events();
    for (int i = 0; i < 500 && system_->deviceTreeText() != "ROOT\n"; ++i) ntos::platform::sleepFor100ns(100'000);
    EXPECT_EQ(system_->deviceTreeText(), "ROOT\n");
    EXPECT_EQ(system_->unloadReports().size(), 1u);
}

TEST_F(WdmEchoSystem, SurpriseRemovalWithoutHandlesRemovesAtOnce) {
    ASSERT_EQ(system_->surpriseRemoveDevice(u"ROOT\\WDMECHO\\0000"), STATUS_SUCCESS);
    EXPECT_EQ(module_->events(), "entry,add,start,surprise-removal,remove,unload");
    EXPECT_EQ(system_->deviceTreeText(), "ROOT\n");
    EXPECT_EQ(system_->surpriseRemoveDevice(u"ROOT\\WDMECHO\\0000"), STATUS_NO_SUCH_DEVICE);
}

TEST_F(WdmEchoSystem, ShutdownAfterSurpriseRemovalRemovesOnce) {
    open();
    ASSERT_EQ(system_->surpriseRemoveDevice(u"ROOT\\WDMECHO\\0000"), STATUS_SUCCESS);
    scope_.reset();
    system_->shutdown();
    EXPECT_EQ(module_->events(), "entry,add,start,create:,surprise-removal,cleanup,close,remove,unload");
    EXPECT_EQ(system_->unloadReports().size(), 1u);
}

TEST(WdmEchoBoot, MissingDriverImageLeavesTheDeviceFailed) {
    std::vector<std::string> log;
    ntos::System system(iotest::quietConfig(&log));
    ASSERT_EQ(system.addRootDevice({u"ROOT\\WDMECHO", u"0000", u"wdmecho", "/nonexistent/wdmecho.sys"}),
              STATUS_SUCCESS);
    EXPECT_EQ(system.addRootDevice({u"ROOT\\WDMECHO", u"0000", u"wdmecho", WDMECHO_PATH}),
              STATUS_OBJECT_NAME_COLLISION);
    ASSERT_EQ(system.boot(), STATUS_SUCCESS);
    EXPECT_NE(system.deviceTreeText().find("state=Failed"), std::string::npos) << system.deviceTreeText();
    system.shutdown();
    EXPECT_TRUE(system.unloadReports().empty());
}

TEST(WdmEchoBoot, DeviceAddedAfterBootStartsAtOnce) {
    ntos::System system(iotest::quietConfig(nullptr));
    ASSERT_EQ(system.boot(), STATUS_SUCCESS);
    EXPECT_EQ(system.deviceTreeText(), "ROOT\n");
    ASSERT_EQ(system.addRootDevice({u"ROOT\\WDMECHO", u"0001", u"wdmecho", WDMECHO_PATH}), STATUS_SUCCESS);
    EXPECT_EQ(system.deviceTreeText(), "ROOT\n  ROOT\\WDMECHO\\0001  service=wdmecho  state=Started\n");
    system.shutdown();
    EXPECT_EQ(system.unloadReports().size(), 1u);
}

TEST(WdmEchoBoot, ControlDeviceIsOpenableAndDeletedByDriverUnloadAtShutdown) {
    ntos::System system(iotest::quietConfig(nullptr));
    ASSERT_EQ(system.addRootDevice({u"ROOT\\WDMECHO", u"0000", u"wdmechoctl", WDMECHO_PATH}), STATUS_SUCCESS);
    ASSERT_EQ(system.boot(), STATUS_SUCCESS);
    iotest::WdmEchoModule module;
    {
        ntos::System::ThreadScope scope(system);
        ntos::UserOpenParams params;
        params.path = u"\\\\.\\WdmEchoControl";
        ntos::UserFileId file = 0;
        ASSERT_EQ(system.userIo().open(params, &file), STATUS_SUCCESS);  // DriverEntry's device is ready
        EXPECT_EQ(system.userIo().close(file), STATUS_SUCCESS);
    }
    system.shutdown();
    EXPECT_EQ(module.events(), "entry,control,add,start,create:,cleanup,close,query-remove,remove,unload");
    ASSERT_EQ(system.unloadReports().size(), 1u);
    EXPECT_TRUE(system.unloadReports()[0].serviceName == u"wdmechoctl");
}

TEST(WdmEchoBoot, FailingDriverEntryLeavesTheDeviceFailedAndTheDriverUnloaded) {
    std::vector<std::string> log;
    ntos::System system(iotest::quietConfig(&log));
    ASSERT_EQ(system.addRootDevice({u"ROOT\\WDMECHO", u"0000", u"wdmechobad", WDMECHO_PATH}), STATUS_SUCCESS);
    ASSERT_EQ(system.boot(), STATUS_SUCCESS);
    EXPECT_EQ(system.deviceTreeText(),
              "ROOT\n  ROOT\\WDMECHO\\0000  service=wdmechobad  state=Failed  problem=0xC0000001\n");
    iotest::WdmEchoModule module;
    EXPECT_FALSE(module.loaded());  // unmapped after DriverEntry failed
    system.shutdown();
    EXPECT_TRUE(system.unloadReports().empty());
}

// Disable keeps the device (its PDO and its node, shown Disabled) but removes its driver;
// enable adds and starts the driver again (Device Manager's disable/enable).
TEST_F(WdmEchoSystem, DisableRemovesTheDriverButKeepsTheDeviceAndEnableStartsItAgain) {
    ASSERT_EQ(system_->disableDevice(u"ROOT\\WDMECHO\\0000"), STATUS_SUCCESS);
    EXPECT_EQ(system_->deviceTreeText(), "ROOT\n  ROOT\\WDMECHO\\0000  service=wdmecho  state=Disabled\n");
    EXPECT_TRUE(endsWith(module_->events(), "query-remove,remove,unload")) << module_->events();
    ntos::UserOpenParams params;
    params.path = kEchoLink;
    ntos::UserFileId file = 0;
    EXPECT_NE(system_->userIo().open(params, &file), STATUS_SUCCESS);
    EXPECT_EQ(system_->disableDevice(u"ROOT\\WDMECHO\\0000"), STATUS_INVALID_DEVICE_STATE);
    // The driver was unloaded with its last device; enabling loads it again.
    module_.reset();
    ASSERT_EQ(system_->enableDevice(u"ROOT\\WDMECHO\\0000"), STATUS_SUCCESS);
    module_ = std::make_unique<iotest::WdmEchoModule>();
    EXPECT_EQ(system_->deviceTreeText(), "ROOT\n  ROOT\\WDMECHO\\0000  service=wdmecho  state=Started\n");
    EXPECT_EQ(module_->events(), "entry,add,start");
    const auto reopened = open();
    EXPECT_NE(reopened, 0u);
    system_->userIo().close(reopened);
    EXPECT_EQ(system_->enableDevice(u"ROOT\\WDMECHO\\0000"), STATUS_INVALID_DEVICE_STATE);
    EXPECT_EQ(system_->disableDevice(u"ROOT\\NOSUCH\\0000"), STATUS_NO_SUCH_DEVICE);
}

}  // namespace
