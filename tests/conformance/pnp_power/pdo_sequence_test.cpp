// The framework as a bus driver: the PnP and power callbacks of a child PDO (a static
// raw child of the kmdfpower device) against the pdo-* golden sequences of
// docs/sequences: startup after its parent, system sleep and wake, rebalance of the
// child alone, and the orderly removal that keeps the PDO until its parent goes.
#include <dlfcn.h>
#include <gtest/gtest.h>
#include <ntddk.h>
#include <wdf.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "golden_sequence.h"
#include "kmdfpower.h"
#include "ntos/system.h"
#include "user_io_recorder.h"

namespace {

using kmdftesting::GoldenSequence;

constexpr GUID kChildInterface = KMDFPOWER_CHILD_INTERFACE_GUID_INIT;
const std::u16string kChild = u"KMDFPOWER\\CHILD\\00";
const std::string kPdo = "[pdo] ";
const std::set<std::string> kRegistered = {
    "EvtDevicePrepareHardware",      "EvtDeviceReleaseHardware",
    "EvtDeviceD0Entry",              "EvtDeviceD0EntryPostInterruptsEnabled",
    "EvtDeviceD0ExitPreInterruptsDisabled", "EvtDeviceD0Exit",
    "EvtDeviceSelfManagedIoInit",    "EvtDeviceSelfManagedIoSuspend",
    "EvtDeviceSelfManagedIoRestart", "EvtDeviceSelfManagedIoFlush",
    "EvtDeviceSelfManagedIoCleanup", "EvtDeviceQueryRemove",
    "EvtDeviceQueryStop",            "EvtDeviceSurpriseRemoval",
    "EvtIoStop",                     "EvtIoResume",
    "EvtCleanupCallback",            "EvtDestroyCallback",
};

class PdoSequenceTest : public ::testing::Test {
protected:
    void SetUp() override {
        module_ = dlopen(KMDFPOWER_DRIVER_PATH, RTLD_NOW | RTLD_LOCAL);
        ASSERT_NE(module_, nullptr) << dlerror();
        KMDFPOWER_CONFIG config{};
        config.ChildPdo = 1;
        sym<void (*)(const KMDFPOWER_CONFIG*)>("KmdfPowerSetConfig")(&config);
        ntos::SystemConfig systemConfig;
        systemConfig.shutdownCloseWait100ns = 0;
        system_ = std::make_unique<ntos::System>(std::move(systemConfig));
        ASSERT_EQ(system_->addRootDevice({u"ROOT\\KMDFPOWER", u"0000", u"kmdfpower", KMDFPOWER_DRIVER_PATH}),
                  STATUS_SUCCESS);
        ASSERT_EQ(system_->boot(), STATUS_SUCCESS);
    }
    void TearDown() override {
        if (system_) {
            {
                ntos::System::ThreadScope scope(*system_);
                sym<long (*)()>("KmdfPowerCompleteHeld")();
                if (file_ != 0) system_->userIo().close(file_);
            }
            system_->shutdown();
        }
        system_.reset();
        if (module_ != nullptr) dlclose(module_);
    }
    template <class F>
    F sym(const char* name) {
        void* p = dlsym(module_, name);
        EXPECT_NE(p, nullptr) << name;
        return reinterpret_cast<F>(p);
    }
    // The child's lines (prefix removed), all of them or from the `from`-th one.
    std::vector<std::string> pdoLog(size_t from = 0) {
        std::vector<char> buffer(16384);
        sym<unsigned long (*)(char*, unsigned long)>("KmdfPowerReadLog")(buffer.data(), buffer.size());
        std::vector<std::string> lines;
        std::string text = buffer.data();
        size_t start = 0;
        while (start < text.size()) {
            size_t end = text.find('\n', start);
            if (end == std::string::npos) end = text.size();
            std::string line = text.substr(start, end - start);
            if (line.rfind(kPdo, 0) == 0) lines.push_back(line.substr(kPdo.size()));
            start = end + 1;
        }
        return std::vector<std::string>(lines.begin() + static_cast<std::ptrdiff_t>(std::min(from, lines.size())),
                                        lines.end());
    }
    void holdOneChildRequest() {
        ntos::System::ThreadScope scope(*system_);
        file_ = kmdftesting::openInterface(*system_, kChildInterface);
        ASSERT_NE(file_, 0u);
        system_->userIo().read(file_, 1, 4, 0, io_.recordInto(1));
        for (int i = 0; i < 500 && sym<long (*)()>("KmdfPowerHeldRequests")() == 0; ++i) {
            ntos::platform::sleepFor100ns(10'000);
        }
        ASSERT_EQ(sym<long (*)()>("KmdfPowerHeldRequests")(), 1);
    }
    std::string golden(const char* name, const std::vector<std::string>& recorded) {
        return GoldenSequence::load(name).filteredTo(kRegistered).mismatch(recorded);
    }

    void* module_ = nullptr;
    std::unique_ptr<ntos::System> system_;
    kmdftesting::UserIoRecorder io_;
    ntos::UserFileId file_ = 0;
};

TEST_F(PdoSequenceTest, StartupAfterTheParent) {
    EXPECT_EQ(golden("pdo-startup", pdoLog()), "");
    EXPECT_NE(system_->deviceTreeText().find("    KMDFPOWER\\CHILD\\00  service=(raw)  state=Started"),
              std::string::npos)
        << system_->deviceTreeText();
}

TEST_F(PdoSequenceTest, SystemSleepAndWakeWithAHeldRequest) {
    holdOneChildRequest();
    size_t mark = pdoLog().size();
    ASSERT_EQ(system_->sleep(PowerSystemSleeping3), STATUS_SUCCESS);
    EXPECT_EQ(golden("pdo-system-sleep-s3", pdoLog(mark)), "");
    mark = pdoLog().size();
    ASSERT_EQ(system_->wake(), STATUS_SUCCESS);
    EXPECT_EQ(golden("pdo-system-wake-s3", pdoLog(mark)), "");
}

TEST_F(PdoSequenceTest, RebalanceOfTheChildWithAHeldRequest) {
    holdOneChildRequest();
    const size_t mark = pdoLog().size();
    ASSERT_EQ(system_->rebalanceDevice(kChild), STATUS_SUCCESS);
    EXPECT_EQ(golden("pdo-rebalance", pdoLog(mark)), "");
}

// Shutdown removes the child first (the PDO stays: no cleanup callbacks yet), then the
// parent, whose removal deletes the PDO.
TEST_F(PdoSequenceTest, OrderlyRemovalKeepsThePdoUntilTheParentGoes) {
    holdOneChildRequest();
    const size_t mark = pdoLog().size();
    system_->shutdown();
    std::vector<std::string> removal = pdoLog(mark);
    ASSERT_GE(removal.size(), 2u);
    const std::vector<std::string> deletion(removal.end() - 2, removal.end());
    removal.resize(removal.size() - 2);
    EXPECT_EQ(golden("pdo-orderly-removal", removal), "");
    EXPECT_EQ(deletion, (std::vector<std::string>{"EvtCleanupCallback(WDFDEVICE)", "EvtDestroyCallback(WDFDEVICE)"}));
}

// Disable of the child alone: the orderly removal that keeps the PDO, then enable: the
// PDO starts again as after a first start (EvtDeviceSelfManagedIoInit), and its
// interface works again.
TEST_F(PdoSequenceTest, DisableKeepsThePdoAndEnableRestartsIt) {
    size_t mark = pdoLog().size();
    ASSERT_EQ(system_->disableDevice(kChild), STATUS_SUCCESS);
    const std::vector<std::string> expectedRemoval = GoldenSequence::load("pdo-orderly-removal").filteredTo(kRegistered).events();
    std::vector<std::string> withoutHeldRequest;
    for (const std::string& event : expectedRemoval) {
        if (event.rfind("EvtIoStop", 0) != 0) withoutHeldRequest.push_back(event);  // no request held here
    }
    EXPECT_EQ(pdoLog(mark), withoutHeldRequest);
    EXPECT_NE(system_->deviceTreeText().find("KMDFPOWER\\CHILD\\00  service=(raw)  state=Disabled"),
              std::string::npos);
    mark = pdoLog().size();
    ASSERT_EQ(system_->enableDevice(kChild), STATUS_SUCCESS);
    EXPECT_EQ(golden("pdo-restart-after-disable", pdoLog(mark)), "");
    holdOneChildRequest();  // the child's queue and interface work again
}

}  // namespace
