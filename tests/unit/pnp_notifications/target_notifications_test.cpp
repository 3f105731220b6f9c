// Target-device-change notification (ntos::TargetNotifications): a holder of a file
// object on wdmecho's stack hears QueryRemove before the PnP manager counts handles,
// RemoveCancelled after a veto, RemoveComplete after the removal or a surprise removal.
#include "ntos/pnp/pnp_manager.h"
#include "ntos/system.h"
#include "test_support.h"
#include "wdmecho.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

namespace {

const char16_t kEchoName[] = u"\\??\\ROOT#WDMECHO#0000#{6f1b1d52-3c4a-4f7e-9b1e-2a7c5d9e0f11}";

// One holder of a file object on the echo stack.
struct Holder {
    std::vector<std::string> events;
    PFILE_OBJECT file = nullptr;
    NTSTATUS answer = STATUS_SUCCESS;  // to QueryRemove
    void* handle = nullptr;

    static NTSTATUS callback(ntos::TargetDeviceEvent event, void* context) {
        auto* holder = static_cast<Holder*>(context);
        switch (event) {
        case ntos::TargetDeviceEvent::QueryRemove:
            holder->events.push_back("query-remove");
            if (NT_SUCCESS(holder->answer)) holder->close();
            return holder->answer;
        case ntos::TargetDeviceEvent::RemoveCancelled:
            holder->events.push_back("remove-cancelled");
            return STATUS_SUCCESS;
        case ntos::TargetDeviceEvent::RemoveComplete:
            holder->events.push_back("remove-complete");
            holder->close();
            return STATUS_SUCCESS;
        }
        return STATUS_SUCCESS;
    }
    void close() {
        if (file != nullptr) ObDereferenceObject(file);
        file = nullptr;
    }
};

class TargetNotificationsTest : public ::testing::Test {
protected:
    void SetUp() override {
        system_ = std::make_unique<ntos::System>(iotest::quietConfig(&log_));
        ASSERT_EQ(system_->addRootDevice({u"ROOT\\WDMECHO", u"0000", u"wdmecho", WDMECHO_PATH}), STATUS_SUCCESS);
        ASSERT_EQ(system_->boot(), STATUS_SUCCESS);
        scope_ = std::make_unique<ntos::System::ThreadScope>(*system_);
    }
    void TearDown() override {
        for (Holder& holder : holders_) {
            system_->pnp().targetNotifications().unregister(holder.handle);
            holder.close();
        }
        scope_.reset();
        system_.reset();
    }

    // A holder that lives until TearDown.
    Holder& newHolder() { return holders_.emplace_back(); }

    void hold(Holder& holder) {
        UNICODE_STRING name;
        name.Buffer = reinterpret_cast<PWCH>(const_cast<char16_t*>(kEchoName));
        name.Length = static_cast<USHORT>((sizeof(kEchoName) - sizeof(char16_t)));
        name.MaximumLength = name.Length;
        PDEVICE_OBJECT device = nullptr;
        ASSERT_EQ(IoGetDeviceObjectPointer(&name, GENERIC_READ, &holder.file, &device), STATUS_SUCCESS);
        ASSERT_EQ(system_->pnp().targetNotifications().registerFor(holder.file, Holder::callback, &holder,
                                                                   &holder.handle),
                  STATUS_SUCCESS);
    }

    std::vector<std::string> log_;
    std::unique_ptr<ntos::System> system_;
    std::unique_ptr<ntos::System::ThreadScope> scope_;
    std::deque<Holder> holders_;
};

using Events = std::vector<std::string>;

TEST_F(TargetNotificationsTest, HolderThatLetsGoSeesQueryRemoveThenRemoveComplete) {
    Holder& holder = newHolder();
    hold(holder);
    EXPECT_EQ(system_->removeDevice(u"ROOT\\WDMECHO\\0000"), STATUS_SUCCESS);
    EXPECT_EQ(holder.events, (Events{"query-remove", "remove-complete"}));
}

TEST_F(TargetNotificationsTest, AFailedQueryRemoveVetoesAndEarlierHoldersHearTheCancel) {
    Holder& first = newHolder();
    Holder& second = newHolder();
    second.answer = STATUS_UNSUCCESSFUL;
    hold(first);
    hold(second);
    EXPECT_EQ(system_->removeDevice(u"ROOT\\WDMECHO\\0000"), STATUS_UNSUCCESSFUL);
    EXPECT_EQ(first.events, (Events{"query-remove", "remove-cancelled"}));
    EXPECT_EQ(second.events, (Events{"query-remove"}));
    EXPECT_NE(system_->deviceTreeText().find("state=Started"), std::string::npos);
}

TEST_F(TargetNotificationsTest, AHandleStillOpenAfterQueryRemoveVetoesWithDeviceBusy) {
    Holder& holder = newHolder();
    hold(holder);
    Holder& stubborn = newHolder();  // keeps its file object and is not registered
    hold(stubborn);
    system_->pnp().targetNotifications().unregister(stubborn.handle);
    EXPECT_EQ(system_->removeDevice(u"ROOT\\WDMECHO\\0000"), STATUS_DEVICE_BUSY);
    EXPECT_EQ(holder.events, (Events{"query-remove", "remove-cancelled"}));
}

TEST_F(TargetNotificationsTest, SurpriseRemovalSendsRemoveComplete) {
    Holder& holder = newHolder();
    hold(holder);
    EXPECT_EQ(system_->surpriseRemoveDevice(u"ROOT\\WDMECHO\\0000"), STATUS_SUCCESS);
    EXPECT_EQ(holder.events, (Events{"remove-complete"}));
    EXPECT_EQ(system_->deviceTreeText().find("WDMECHO"), std::string::npos);
}

TEST_F(TargetNotificationsTest, UnregisteredHoldersHearNothing) {
    Holder& holder = newHolder();
    hold(holder);
    system_->pnp().targetNotifications().unregister(holder.handle);
    holder.close();
    EXPECT_EQ(system_->removeDevice(u"ROOT\\WDMECHO\\0000"), STATUS_SUCCESS);
    EXPECT_TRUE(holder.events.empty());
}

}  // namespace
