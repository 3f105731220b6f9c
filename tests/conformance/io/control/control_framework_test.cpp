// The framework side of control devices and the WDM escape, with the kmdfcontrol test
// driver: WdfControlFinishInitializing gates I/O, WdfDeviceInitFree, a refused SDDL
// string, names (assigned, generated, WdfDeviceRetrieveDeviceName), deletion by the
// driver or by the framework after EvtDriverUnload, and EvtDeviceWdmIrpPreprocess with
// minor functions, completion by the driver, and the stack-location rule.
#include <dlfcn.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "kmdfcontrol.h"
#include "ntos/io/user_io.h"
#include "ntos/platform/platform.h"
#include "ntos/system.h"

namespace {

class ControlFrameworkTest : public ::testing::Test {
protected:
    using SetConfigFn = void (*)(const KMDFCONTROL_CONFIG*);
    using GetStateFn = void (*)(KMDFCONTROL_STATE*);
    using ActionFn = void (*)();

    KMDFCONTROL_CONFIG config{TRUE, TRUE, FALSE, FALSE, FALSE, KMDFCONTROL_PREPROCESS_NONE, 0, {0, 0, 0, 0}, FALSE};

    void SetUp() override {
        // Held by the test too, so the driver's statics outlive its unload.
        module_ = dlopen(KMDFCONTROL_DRIVER_PATH, RTLD_NOW | RTLD_LOCAL);
        ASSERT_NE(module_, nullptr) << dlerror();
        setConfig_ = reinterpret_cast<SetConfigFn>(dlsym(module_, "KmdfControlSetConfig"));
        getState_ = reinterpret_cast<GetStateFn>(dlsym(module_, "KmdfControlGetState"));
        finish_ = reinterpret_cast<ActionFn>(dlsym(module_, "KmdfControlFinish"));
        deleteDevice_ = reinterpret_cast<ActionFn>(dlsym(module_, "KmdfControlDeleteDevice"));
        ASSERT_TRUE(setConfig_ && getState_ && finish_ && deleteDevice_);
    }

    void TearDown() override {
        if (system_) shutdown();
        system_.reset();
        if (module_ != nullptr) dlclose(module_);
    }

    NTSTATUS load() {
        setConfig_(&config);
        ntos::SystemConfig sc;
        sc.logSink = [this](std::string_view line) {
            ntos::platform::LockGuard guard(logMutex_);
            log_.emplace_back(line);
        };
        system_ = std::make_unique<ntos::System>(std::move(sc));
        EXPECT_EQ(system_->boot(), STATUS_SUCCESS);
        return system_->loadDriver({u"kmdfcontrol", KMDFCONTROL_DRIVER_PATH});
    }

    void shutdown() {
        {
            ntos::System::ThreadScope scope(*system_);
            for (ntos::UserFileId file : open_) system_->userIo().close(file);
            open_.clear();
        }
        system_->shutdown();
    }

    NTSTATUS open(const std::u16string& path) {
        ntos::System::ThreadScope scope(*system_);
        ntos::UserOpenParams params;
        params.path = path;
        ntos::UserFileId file = 0;
        NTSTATUS status = system_->userIo().open(params, &file);
        if (NT_SUCCESS(status)) open_.push_back(file);
        return status;
    }

    ntos::UserIoResult ioctl(ULONG code) {
        auto done = std::make_shared<ntos::UserIoResult>();
        done->status = STATUS_PENDING;
        {
            ntos::System::ThreadScope scope(*system_);
            system_->userIo().deviceControl(open_.back(), ++tag_, code, {}, 0, [this, done](ntos::UserIoResult r) {
                ntos::platform::LockGuard guard(resultMutex_);
                *done = std::move(r);
            });
        }
        for (int i = 0; i < 5000; ++i) {
            {
                ntos::platform::LockGuard guard(resultMutex_);
                if (done->status != STATUS_PENDING) return *done;
            }
            ntos::platform::sleepFor100ns(10'000);
        }
        ADD_FAILURE() << "no completion";
        return *done;
    }

    KMDFCONTROL_STATE state() {
        KMDFCONTROL_STATE s{};
        getState_(&s);
        return s;
    }

    bool logContains(const std::string& text) {
        ntos::platform::LockGuard guard(logMutex_);
        return std::any_of(log_.begin(), log_.end(), [&](const std::string& l) { return l.find(text) != std::string::npos; });
    }

    const ntos::UnloadReport* report() {
        reports_ = system_->unloadReports();
        for (const auto& r : reports_) {
            if (r.serviceName == u"kmdfcontrol") return &r;
        }
        return nullptr;
    }

    static std::u16string nameOf(const KMDFCONTROL_STATE& s) {
        std::u16string name;
        for (WCHAR c : s.Name) {
            if (c == 0) break;
            name.push_back(static_cast<char16_t>(c));
        }
        return name;
    }

    void* module_ = nullptr;
    SetConfigFn setConfig_ = nullptr;
    GetStateFn getState_ = nullptr;
    ActionFn finish_ = nullptr;
    ActionFn deleteDevice_ = nullptr;
    std::unique_ptr<ntos::System> system_;
    std::vector<ntos::UserFileId> open_;
    std::vector<ntos::UnloadReport> reports_;
    ntos::UserIoTag tag_ = 0;
    ntos::platform::Mutex logMutex_;
    std::vector<std::string> log_;
    ntos::platform::Mutex resultMutex_;
};

constexpr ULONG kIoctl = CTL_CODE(0x8000, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS);

TEST_F(ControlFrameworkTest, NoIoReachesTheDeviceBeforeWdfControlFinishInitializing) {
    config.FinishInitializing = FALSE;
    ASSERT_EQ(load(), STATUS_SUCCESS);
    EXPECT_EQ(open(u"\\\\.\\KmdfControl"), STATUS_NO_SUCH_DEVICE);
    {
        ntos::System::ThreadScope scope(*system_);
        finish_();
    }
    EXPECT_EQ(open(u"\\\\.\\KmdfControl"), STATUS_SUCCESS);
    ntos::UserIoResult r = ioctl(kIoctl);
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_EQ(r.information, kIoctl & 0xFF);
}

TEST_F(ControlFrameworkTest, TheAssignedNameIsRetrievedAndTheDeviceIsNotAttached) {
    ASSERT_EQ(load(), STATUS_SUCCESS);
    KMDFCONTROL_STATE s = state();
    EXPECT_EQ(s.RetrieveNameStatus, STATUS_SUCCESS);
    EXPECT_EQ(nameOf(s), u"\\Device\\KmdfControl");
    EXPECT_NE(s.Characteristics & FILE_DEVICE_SECURE_OPEN, 0u);
    EXPECT_EQ(s.StackSize, 1);  // on no stack, no preprocess callback
    EXPECT_EQ(open(u"\\Device\\KmdfControl"), STATUS_SUCCESS);
}

TEST_F(ControlFrameworkTest, AnUnnamedControlDeviceGetsAGeneratedName) {
    config.AssignName = FALSE;
    ASSERT_EQ(load(), STATUS_SUCCESS);
    KMDFCONTROL_STATE s = state();
    EXPECT_EQ(s.RetrieveNameStatus, STATUS_INVALID_DEVICE_STATE);
    EXPECT_TRUE(logContains("WdfDeviceRetrieveDeviceName: the driver assigned no name"));
    EXPECT_EQ(open(u"\\\\.\\KmdfControl"), STATUS_OBJECT_NAME_NOT_FOUND);
}

TEST_F(ControlFrameworkTest, AFreedDeviceInitLeavesNothingBehind) {
    config.FreeFirstInit = TRUE;
    ASSERT_EQ(load(), STATUS_SUCCESS);
    EXPECT_EQ(open(u"\\\\.\\KmdfControl"), STATUS_SUCCESS);
    shutdown();
    const ntos::UnloadReport* r = report();
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->leakedPoolAllocations, 0u);
    EXPECT_EQ(r->leakedFrameworkObjects, 0u);
}

TEST_F(ControlFrameworkTest, AStringThatIsNotSddlIsRefused) {
    config.BadSddl = TRUE;
    EXPECT_EQ(load(), STATUS_INSUFFICIENT_RESOURCES);
    EXPECT_TRUE(state().InitWasNull);
    EXPECT_TRUE(logContains("WdfControlDeviceInitAllocate: SDDLString is not a valid SDDL string"));
}

TEST_F(ControlFrameworkTest, TheFrameworkDeletesTheControlDeviceAfterEvtDriverUnload) {
    ASSERT_EQ(load(), STATUS_SUCCESS);
    shutdown();
    KMDFCONTROL_STATE s = state();
    EXPECT_EQ(s.Unloads, 1u);
    EXPECT_EQ(s.DeviceCleanups, 1u);
    const ntos::UnloadReport* r = report();
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->leakedFrameworkObjects, 0u);
    EXPECT_EQ(r->leakedPoolAllocations, 0u);
}

TEST_F(ControlFrameworkTest, TheDriverMayDeleteItsControlDeviceInEvtDriverUnload) {
    config.DeleteInUnload = TRUE;
    ASSERT_EQ(load(), STATUS_SUCCESS);
    shutdown();
    EXPECT_EQ(state().DeviceCleanups, 1u);
    const ntos::UnloadReport* r = report();
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->leakedFrameworkObjects, 0u);
}

TEST_F(ControlFrameworkTest, TheDriverMayDeleteItsControlDeviceAtAnyTimeAndItsNamesGo) {
    ASSERT_EQ(load(), STATUS_SUCCESS);
    {
        ntos::System::ThreadScope scope(*system_);
        deleteDevice_();
    }
    EXPECT_EQ(state().DeviceCleanups, 1u);
    EXPECT_EQ(open(u"\\\\.\\KmdfControl"), STATUS_OBJECT_NAME_NOT_FOUND);
    EXPECT_EQ(open(u"\\Device\\KmdfControl"), STATUS_OBJECT_NAME_NOT_FOUND);
    shutdown();
    const ntos::UnloadReport* r = report();
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->leakedFrameworkObjects, 0u);
}

TEST_F(ControlFrameworkTest, PreprocessAddsAStackLocationAndHandsTheIrpBackToTheQueue) {
    config.PreprocessMode = KMDFCONTROL_PREPROCESS_SKIP;
    ASSERT_EQ(load(), STATUS_SUCCESS);
    EXPECT_EQ(state().StackSize, 2);
    ASSERT_EQ(open(u"\\\\.\\KmdfControl"), STATUS_SUCCESS);
    ntos::UserIoResult r = ioctl(kIoctl);
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_EQ(r.information, kIoctl & 0xFF);
    KMDFCONTROL_STATE s = state();
    EXPECT_EQ(s.Preprocessed, 1u);
    EXPECT_EQ(s.Queued, 1u);
}

TEST_F(ControlFrameworkTest, PreprocessOnlyForTheRegisteredMinorFunctions) {
    config.PreprocessMode = KMDFCONTROL_PREPROCESS_SKIP;
    config.PreprocessMinorCount = 1;
    config.PreprocessMinors[0] = 1;  // device controls carry minor function 0
    ASSERT_EQ(load(), STATUS_SUCCESS);
    ASSERT_EQ(open(u"\\\\.\\KmdfControl"), STATUS_SUCCESS);
    EXPECT_EQ(ioctl(kIoctl).status, STATUS_SUCCESS);
    KMDFCONTROL_STATE s = state();
    EXPECT_EQ(s.Preprocessed, 0u);
    EXPECT_EQ(s.Queued, 1u);
}

TEST_F(ControlFrameworkTest, AnIrpCompletedByThePreprocessCallbackNeverReachesTheFramework) {
    config.PreprocessMode = KMDFCONTROL_PREPROCESS_COMPLETE;
    ASSERT_EQ(load(), STATUS_SUCCESS);
    ASSERT_EQ(open(u"\\\\.\\KmdfControl"), STATUS_SUCCESS);
    EXPECT_EQ(ioctl(kIoctl).status, STATUS_ACCESS_DENIED);
    KMDFCONTROL_STATE s = state();
    EXPECT_EQ(s.Preprocessed, 1u);
    EXPECT_EQ(s.Queued, 0u);
}

TEST_F(ControlFrameworkTest, EvtDeviceWdmIrpDispatchChoosesTheFrameworkOrAQueue) {
    config.IrpDispatchCallback = TRUE;
    ASSERT_EQ(load(), STATUS_SUCCESS);
    ASSERT_EQ(open(u"\\\\.\\KmdfControl"), STATUS_SUCCESS);
    // Back to the framework: the default queue.
    ntos::UserIoResult r = ioctl(kIoctl);
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_EQ(r.information, kIoctl & 0xFF);
    KMDFCONTROL_STATE s = state();
    EXPECT_EQ(s.Dispatched, 1u);
    EXPECT_EQ(s.LastDispatchedCode, kIoctl);
    EXPECT_EQ(s.Queued, 1u);
    // Into the queue the driver named.
    constexpr ULONG kToSecondQueue = CTL_CODE(0x8000, 0x802, METHOD_BUFFERED, FILE_ANY_ACCESS);
    r = ioctl(kToSecondQueue);
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_EQ(r.information, 0x1000u | (kToSecondQueue & 0xFF));
    s = state();
    EXPECT_EQ(s.Dispatched, 2u);
    EXPECT_EQ(s.Queued, 1u);
    EXPECT_EQ(s.QueuedOnSecondQueue, 1u);
}

using ControlFrameworkDeathTest = ControlFrameworkTest;

TEST_F(ControlFrameworkDeathTest, DispatchingAPreprocessedIrpWithoutPreparingAStackLocationBugChecks) {
    config.PreprocessMode = KMDFCONTROL_PREPROCESS_NO_SKIP;
    EXPECT_DEATH(
        {
            load();
            open(u"\\\\.\\KmdfControl");
            ioctl(kIoctl);
        },
        "call IoSkipCurrentIrpStackLocation or IoCopyCurrentIrpStackLocationToNext");
}

}  // namespace
