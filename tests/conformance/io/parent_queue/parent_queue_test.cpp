// Static children of a KMDF bus driver and WdfRequestForwardToParentDeviceIoQueue.
// A bus FDO creates PDOs (WdfPdoInitAllocate ... WdfDeviceCreate) and reports them with
// WdfFdoAddStaticChild; the PnP manager enumerates them (BusRelations), names them from
// IRP_MN_QUERY_ID, starts raw ones without a function driver and bound ones with theirs,
// and removes them before their parent. A child's request forwarded to the parent's queue
// reaches the parent's EvtIoDefault and completes to the client ("Requeuing I/O
// Requests"); the documented refusals come back as statuses.
#include <dlfcn.h>
#include <gtest/gtest.h>
#include <ntddk.h>
#include <wdf.h>

#include <memory>
#include <string>
#include <vector>

#include "kmdfbus.h"
#include "ntos/po/system_power.h"
#include "ntos/system.h"
#include "user_io_recorder.h"

namespace {

constexpr GUID kChildInterface = KMDFBUS_CHILD_INTERFACE_GUID_INIT;

class ParentQueueTest : public ::testing::Test {
protected:
    KMDFBUS_CONFIG config{};

    void SetUp() override {
        module_ = dlopen(KMDFBUS_DRIVER_PATH, RTLD_NOW | RTLD_LOCAL);
        ASSERT_NE(module_, nullptr) << dlerror();
        config.ChildrenAtAdd = 1;
        config.Raw = TRUE;
        config.AllowForwarding = TRUE;
        config.ForwardMode = KmdfBusForwardToParent;
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

    NTSTATUS boot(std::vector<ntos::DriverBinding> bindings = {}) {
        sym<void (*)(const KMDFBUS_CONFIG*)>("KmdfBusSetConfig")(&config);
        ntos::SystemConfig sc;
        sc.logSink = logs_.sink();
        system_ = std::make_unique<ntos::System>(std::move(sc));
        for (auto& binding : bindings) system_->addDriverBinding(binding);
        EXPECT_EQ(system_->addRootDevice({u"ROOT\\KMDFBUS", u"0000", u"kmdfbus", KMDFBUS_DRIVER_PATH}),
                  STATUS_SUCCESS);
        return system_->boot();
    }

    std::string log() {
        std::vector<char> buffer(16384);
        sym<ULONG (*)(char*, ULONG)>("KmdfBusReadLog")(buffer.data(), static_cast<ULONG>(buffer.size()));
        return buffer.data();
    }

    kmdftesting::IoResult childRead(ULONG length, const GUID& interfaceClass = kChildInterface) {
        ntos::System::ThreadScope scope(*system_);
        ntos::UserFileId file = kmdftesting::openInterface(*system_, interfaceClass);
        EXPECT_NE(file, 0u);
        if (file == 0) return {};
        const ntos::UserIoTag tag = ++tag_;
        system_->userIo().read(file, tag, length, 0, io_.recordInto(tag));
        kmdftesting::IoResult result = io_.waitFor(tag);
        system_->userIo().close(file);
        return result;
    }

    bool waitForTree(const std::string& fragment) {
        for (int i = 0; i < 200; ++i) {
            if (system_->deviceTreeText().find(fragment) != std::string::npos) return true;
            ntos::platform::sleepFor100ns(50'000);
        }
        return false;
    }

    void* module_ = nullptr;
    kmdftesting::LogCapture logs_;
    std::unique_ptr<ntos::System> system_;
    kmdftesting::UserIoRecorder io_;
    ntos::UserIoTag tag_ = 0;
};

TEST_F(ParentQueueTest, AStaticChildIsEnumeratedNamedAndStartedRawAfterItsParent) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    EXPECT_EQ(system_->deviceTreeText(),
              "ROOT\n"
              "  ROOT\\KMDFBUS\\0000  service=kmdfbus  state=Started\n"
              "    KMDFBUS\\CHILD\\01  service=(raw)  state=Started\n");
    EXPECT_EQ(log(), "parent:prepare-hardware\nchild1:prepare-hardware:parent-ok=1\n");
}

TEST_F(ParentQueueTest, AChildWithoutADriverThatIsNotRawIsReportedButNotStarted) {
    config.Raw = FALSE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    EXPECT_EQ(system_->deviceTreeText(),
              "ROOT\n"
              "  ROOT\\KMDFBUS\\0000  service=kmdfbus  state=Started\n"
              "    KMDFBUS\\CHILD\\01  service=(none)  state=Initialized\n");
    EXPECT_EQ(log(), "parent:prepare-hardware\n");
}

TEST_F(ParentQueueTest, AChildIsServedByTheDriverBoundToItsCompatibleId) {
    config.Raw = FALSE;
    ASSERT_EQ(boot({{u"KMDFBUS\\ANYCHILD", u"kmdfself", KMDFSELF_DRIVER_PATH}}), STATUS_SUCCESS);
    EXPECT_EQ(system_->deviceTreeText(),
              "ROOT\n"
              "  ROOT\\KMDFBUS\\0000  service=kmdfbus  state=Started\n"
              "    KMDFBUS\\CHILD\\01  service=kmdfself  state=Started\n");
}

TEST_F(ParentQueueTest, AChildRequestForwardedToTheParentQueueIsCompletedByTheParent) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    kmdftesting::IoResult result = childRead(5);
    EXPECT_EQ(result.status, STATUS_SUCCESS);
    EXPECT_EQ(result.output, std::vector<uint8_t>(5, 0xB0));
    // The parent's parallel queue presents the request inside the forward call.
    const std::string read = std::to_string(WdfRequestTypeRead);
    EXPECT_EQ(log(), "parent:prepare-hardware\n"
                     "child1:prepare-hardware:parent-ok=1\n"
                     "child1:io:" + read + ":5\n"
                     "parent:io:" + read + ":5:device-is-parent=1\n"
                     "child1:forward:0x00000000\n");
}

TEST_F(ParentQueueTest, WithoutAllowForwardingTheForwardIsRefused) {
    config.AllowForwarding = FALSE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    EXPECT_EQ(childRead(3).status, STATUS_INVALID_DEVICE_REQUEST);
    EXPECT_NE(log().find("child1:forward:0xc0000010"), std::string::npos) << log();
    EXPECT_EQ(log().find("parent:io"), std::string::npos);
}

TEST_F(ParentQueueTest, AQueueOfAnotherDeviceThanTheParentIsRefused) {
    config.ForwardMode = KmdfBusForwardToOwnQueue;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    EXPECT_EQ(childRead(3).status, STATUS_INVALID_DEVICE_REQUEST);
}

TEST_F(ParentQueueTest, ForwardOptionsAreChecked) {
    config.ForwardMode = KmdfBusForwardBadSize;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    EXPECT_EQ(childRead(3).status, STATUS_INFO_LENGTH_MISMATCH);
    system_->shutdown();
    system_.reset();
    config.ForwardMode = KmdfBusForwardNoFlags;  // send-and-forget is required
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    EXPECT_EQ(childRead(3).status, STATUS_INVALID_PARAMETER);
}

TEST_F(ParentQueueTest, AChildAddedAfterTheStartIsEnumeratedAtOnce) {
    config.ChildrenAtAdd = 0;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    EXPECT_EQ(system_->deviceTreeText(), "ROOT\n  ROOT\\KMDFBUS\\0000  service=kmdfbus  state=Started\n");
    {
        ntos::System::ThreadScope scope(*system_);
        ASSERT_EQ(sym<NTSTATUS (*)()>("KmdfBusAddChild")(), STATUS_SUCCESS);
    }
    EXPECT_TRUE(waitForTree("    KMDFBUS\\CHILD\\01  service=(raw)  state=Started\n")) << system_->deviceTreeText();
    EXPECT_EQ(childRead(2).output, std::vector<uint8_t>(2, 0xB0));
}

// System sleep reaches children before their parent, and waking reaches the parent first.
TEST_F(ParentQueueTest, SystemPowerIrpsReachChildrenBeforeParentsOnSleepAndAfterOnWake) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ASSERT_EQ(system_->sleep(PowerSystemSleeping3), STATUS_SUCCESS);
    ASSERT_EQ(system_->wake(), STATUS_SUCCESS);
    EXPECT_EQ(system_->power().history(),
              (std::vector<std::string>{"QUERY S3 KMDFBUS\\CHILD\\01", "QUERY S3 ROOT\\KMDFBUS\\0000",
                                        "SET S3 KMDFBUS\\CHILD\\01", "SET S3 ROOT\\KMDFBUS\\0000",
                                        "SET S0 ROOT\\KMDFBUS\\0000", "SET S0 KMDFBUS\\CHILD\\01"}));
}

TEST_F(ParentQueueTest, ChildrenAreRemovedBeforeTheirParentAndNothingLeaks) {
    config.ChildrenAtAdd = 2;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    {
        ntos::System::ThreadScope scope(*system_);
        EXPECT_EQ(system_->removeDevice(u"ROOT\\KMDFBUS\\0000"), STATUS_SUCCESS);
    }
    EXPECT_EQ(system_->deviceTreeText(), "ROOT\n");
    const std::string text = log();
    const size_t child1 = text.find("child1:release-hardware");
    const size_t child2 = text.find("child2:release-hardware");
    const size_t parent = text.find("parent:release-hardware");
    ASSERT_NE(child1, std::string::npos) << text;
    ASSERT_NE(child2, std::string::npos) << text;
    ASSERT_NE(parent, std::string::npos) << text;
    EXPECT_LT(child1, parent);
    EXPECT_LT(child2, parent);
    system_->shutdown();
    for (const ntos::UnloadReport& report : system_->unloadReports()) {
        EXPECT_EQ(report.leakedPoolAllocations, 0u);
        EXPECT_EQ(report.leakedFrameworkObjects, 0u);
    }
}

}  // namespace
