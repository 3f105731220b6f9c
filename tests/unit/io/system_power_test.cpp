// System power transitions (ntos::SystemPower): IRP_MN_QUERY_POWER then IRP_MN_SET_POWER
// for S3/S4 to every started stack, a failed query vetoes the sleep and is followed by
// IRP_MN_SET_POWER(S0), and waking sends IRP_MN_SET_POWER(S0). Against wdmecho, which
// records the system power IRPs it sees.
#include "ntos/po/system_power.h"
#include "ntos/system.h"
#include "test_support.h"
#include "wdmecho.h"

#include <gtest/gtest.h>

namespace {

const std::u16string kEchoLink = u"\\\\?\\ROOT#WDMECHO#0000#{6f1b1d52-3c4a-4f7e-9b1e-2a7c5d9e0f11}";

class SystemPowerTest : public ::testing::Test {
protected:
    void SetUp() override {
        system_ = std::make_unique<ntos::System>(iotest::quietConfig(&log_));
        ASSERT_EQ(system_->addRootDevice({u"ROOT\\WDMECHO", u"0000", u"wdmecho", WDMECHO_PATH}), STATUS_SUCCESS);
        ASSERT_EQ(system_->boot(), STATUS_SUCCESS);
        module_ = std::make_unique<iotest::WdmEchoModule>();
    }
    void TearDown() override {
        system_.reset();
        module_.reset();
    }
    std::string events() { return module_->events(); }
    void vetoNextQuery() {
        ntos::System::ThreadScope scope(*system_);
        ntos::UserOpenParams params;
        params.path = kEchoLink;
        ntos::UserFileId file = 0;
        ASSERT_EQ(system_->userIo().open(params, &file), STATUS_SUCCESS);
        iotest::Completion done;
        system_->userIo().deviceControl(file, 1, IOCTL_WDMECHO_VETO_POWER, {}, 0, done.callback());
        ASSERT_TRUE(done.wait());
        EXPECT_EQ(done.result().status, STATUS_SUCCESS);
        system_->userIo().close(file);
    }

    std::vector<std::string> log_;
    std::unique_ptr<ntos::System> system_;
    std::unique_ptr<iotest::WdmEchoModule> module_;
};

TEST_F(SystemPowerTest, SleepQueriesThenSetsAndWakeSetsS0) {
    EXPECT_EQ(system_->power().state(), PowerSystemWorking);
    ASSERT_EQ(system_->sleep(PowerSystemSleeping3), STATUS_SUCCESS);
    EXPECT_EQ(system_->power().state(), PowerSystemSleeping3);
    EXPECT_EQ(events(), "entry,add,start,query-power:S3,set-power:S3");
    ASSERT_EQ(system_->wake(), STATUS_SUCCESS);
    EXPECT_EQ(system_->power().state(), PowerSystemWorking);
    EXPECT_EQ(events(), "entry,add,start,query-power:S3,set-power:S3,set-power:S0");
    EXPECT_EQ(system_->power().history(),
              (std::vector<std::string>{"QUERY S3 ROOT\\WDMECHO\\0000", "SET S3 ROOT\\WDMECHO\\0000",
                                        "SET S0 ROOT\\WDMECHO\\0000"}));
}

TEST_F(SystemPowerTest, HibernateIsS4) {
    ASSERT_EQ(system_->sleep(PowerSystemHibernate), STATUS_SUCCESS);
    EXPECT_EQ(system_->power().state(), PowerSystemHibernate);
    EXPECT_EQ(events(), "entry,add,start,query-power:S4,set-power:S4");
    ASSERT_EQ(system_->wake(), STATUS_SUCCESS);
}

TEST_F(SystemPowerTest, AFailedQueryVetoesTheSleepAndTheStackHearsS0) {
    vetoNextQuery();
    const std::string before = events();
    EXPECT_EQ(system_->sleep(PowerSystemSleeping3), STATUS_UNSUCCESSFUL);
    EXPECT_EQ(system_->power().state(), PowerSystemWorking);
    EXPECT_EQ(events(), before + ",query-power:S3,set-power:S0");
    // The veto was for one query: the next sleep goes through.
    EXPECT_EQ(system_->sleep(PowerSystemSleeping3), STATUS_SUCCESS);
    EXPECT_EQ(system_->wake(), STATUS_SUCCESS);
}

TEST_F(SystemPowerTest, OnlySleepStatesFromS0AndWakeFromSleep) {
    EXPECT_EQ(system_->sleep(PowerSystemSleeping1), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(system_->sleep(PowerSystemShutdown), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(system_->wake(), STATUS_INVALID_DEVICE_STATE);
    ASSERT_EQ(system_->sleep(PowerSystemSleeping3), STATUS_SUCCESS);
    EXPECT_EQ(system_->sleep(PowerSystemHibernate), STATUS_INVALID_DEVICE_STATE);
    EXPECT_EQ(system_->wake(), STATUS_SUCCESS);
    EXPECT_EQ(events(), "entry,add,start,query-power:S3,set-power:S3,set-power:S0");
}

}  // namespace
