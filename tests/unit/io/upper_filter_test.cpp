// Upper filters (RootDeviceConfig::upperFilters): the filter's AddDevice runs after the
// function driver's, so it sits on top of the stack; user I/O passes through it; at
// removal both drivers unload with their own reports.
#include "ntos/system.h"
#include "test_support.h"
#include "wdmecho.h"

#include <dlfcn.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

namespace {

constexpr GUID kEchoInterface = WDMECHO_INTERFACE_GUID_INIT;

class UpperFilter : public ::testing::Test {
protected:
    void SetUp() override {
        // Keep the filter module mapped so its counters outlive its unload.
        filterModule_ = dlopen(WDMFILTER_PATH, RTLD_NOW | RTLD_LOCAL);
        ASSERT_NE(filterModule_, nullptr) << dlerror();
        system_ = std::make_unique<ntos::System>(iotest::quietConfig(&log_));
        ntos::RootDeviceConfig device{u"ROOT\\WDMECHO", u"0000", u"wdmecho", WDMECHO_PATH, {}};
        device.upperFilters.push_back({u"wdmfilter", WDMFILTER_PATH});
        ASSERT_EQ(system_->addRootDevice(device), STATUS_SUCCESS);
        ASSERT_EQ(system_->boot(), STATUS_SUCCESS);
    }
    void TearDown() override {
        system_.reset();
        if (HasFailure()) {
            for (const std::string& line : log_) std::fprintf(stderr, "log: %s\n", line.c_str());
        }
        if (filterModule_ != nullptr) dlclose(filterModule_);
    }
    long counter(const char* name) {
        auto fn = reinterpret_cast<LONG (*)()>(dlsym(filterModule_, name));
        return fn != nullptr ? fn() : -1;
    }

    std::vector<std::string> log_;
    void* filterModule_ = nullptr;
    std::unique_ptr<ntos::System> system_;
};

TEST_F(UpperFilter, FilterIsAddedOnTopAndSeesTheUserIo) {
    EXPECT_EQ(counter("WdmFilterDevicesAdded"), 1);
    ntos::System::ThreadScope scope(*system_);
    auto links = system_->userIo().interfaceList(kEchoInterface, false);
    ASSERT_EQ(links.size(), 1u);
    ntos::UserOpenParams params;
    params.path = links[0];
    ntos::UserFileId file = 0;
    ASSERT_EQ(system_->userIo().open(params, &file), STATUS_SUCCESS);
    iotest::Completion wrote, read;
    system_->userIo().write(file, 1, {1, 2, 3}, 0, wrote.callback());
    ASSERT_TRUE(wrote.wait());
    EXPECT_EQ(wrote.result().status, STATUS_SUCCESS);
    system_->userIo().read(file, 2, 3, 0, read.callback());
    ASSERT_TRUE(read.wait());
    EXPECT_EQ(read.result().status, STATUS_SUCCESS);
    EXPECT_EQ(read.result().output, (std::vector<uint8_t>{1, 2, 3}));
    EXPECT_EQ(counter("WdmFilterWrites"), 1);
    EXPECT_EQ(counter("WdmFilterReads"), 1);
    system_->userIo().close(file);
}

TEST_F(UpperFilter, ShutdownUnloadsTheFunctionDriverAndTheFilter) {
    system_->shutdown();
    auto reports = system_->unloadReports();
    ASSERT_EQ(reports.size(), 2u);
    std::vector<std::u16string> names{reports[0].serviceName, reports[1].serviceName};
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (std::vector<std::u16string>{u"wdmecho", u"wdmfilter"}));
}

}  // namespace
