// The framework's PnP and power callback sequences against the golden sequences of
// docs/sequences (taken from the KMDF documentation), for a function driver that is
// its stack's power policy owner: the kmdfpower test driver registers the PnP/power
// callbacks the framework implements so far and one power-managed queue; lines of the
// golden files for callbacks it does not register (interrupts, DMA, child lists, wake,
// resource requirements) and the @markers are filtered out.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "golden_sequence.h"
#include "kmdfpower_fixture.h"

namespace {

using kmdftesting::GoldenSequence;

const std::set<std::string> kRegistered = {
    "EvtDriverDeviceAdd",
    "EvtDevicePrepareHardware",
    "EvtDeviceReleaseHardware",
    "EvtDeviceD0Entry",
    "EvtDeviceD0EntryPostInterruptsEnabled",
    "EvtDeviceD0ExitPreInterruptsDisabled",
    "EvtDeviceD0Exit",
    "EvtDeviceSelfManagedIoInit",
    "EvtDeviceSelfManagedIoSuspend",
    "EvtDeviceSelfManagedIoRestart",
    "EvtDeviceSelfManagedIoFlush",
    "EvtDeviceSelfManagedIoCleanup",
    "EvtDeviceQueryRemove",
    "EvtDeviceQueryStop",
    "EvtDeviceSurpriseRemoval",
    "EvtIoStop",
    "EvtIoResume",
    "EvtCleanupCallback",
    "EvtDestroyCallback",
};

class GoldenSequenceTest : public kmdfpower_test::KmdfPowerTest {
protected:
    // A client read that the driver keeps ("the driver owns one request").
    void holdOneRequest() {
        read(1);
        ASSERT_TRUE(waitForHeld(1));
    }
    void expectGolden(const char* name, const std::vector<std::string>& recorded) {
        const std::string difference = GoldenSequence::load(name).filteredTo(kRegistered).mismatch(recorded);
        EXPECT_EQ(difference, "");
    }
};

TEST_F(GoldenSequenceTest, Startup) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    expectGolden("fdo-startup", log());
}

TEST_F(GoldenSequenceTest, OrderlyRemovalWithAHeldRequest) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    holdOneRequest();
    const size_t started = log().size();
    // The orderly removal of system shutdown (QUERY_REMOVE, REMOVE) with the request held.
    system_->shutdown();
    expectGolden("fdo-orderly-removal", since(started));
    EXPECT_EQ(io_.waitFor(1).status, STATUS_CANCELLED);  // EvtIoStop(Purge) completed it
}

TEST_F(GoldenSequenceTest, SystemSleepS3AndWakeWithAHeldRequest) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    holdOneRequest();
    size_t mark = log().size();
    ASSERT_EQ(system_->sleep(PowerSystemSleeping3), STATUS_SUCCESS);
    expectGolden("fdo-system-sleep-s3", since(mark));
    mark = log().size();
    ASSERT_EQ(system_->wake(), STATUS_SUCCESS);
    expectGolden("fdo-system-wake-s3", since(mark));
    EXPECT_FALSE(io_.completed(1));  // the driver still owns it
    closeClient();
}

TEST_F(GoldenSequenceTest, HibernationS4AndWakeWithAHeldRequest) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    holdOneRequest();
    size_t mark = log().size();
    ASSERT_EQ(system_->sleep(PowerSystemHibernate), STATUS_SUCCESS);
    expectGolden("fdo-system-sleep-s4", since(mark));
    mark = log().size();
    ASSERT_EQ(system_->wake(), STATUS_SUCCESS);
    expectGolden("fdo-system-wake-s4", since(mark));
    closeClient();
}

TEST_F(GoldenSequenceTest, SurpriseRemovalInD0WithAHeldRequest) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    holdOneRequest();
    const size_t mark = log().size();
    {
        ntos::System::ThreadScope scope(*system_);
        ASSERT_EQ(system_->surpriseRemoveDevice(u"ROOT\\KMDFPOWER\\0000"), STATUS_SUCCESS);
    }
    EXPECT_EQ(io_.waitFor(1).status, STATUS_CANCELLED);
    closeClient();  // the last handle: IRP_MN_REMOVE_DEVICE follows (on a worker)
    for (int i = 0; i < 200 && (log().empty() || log().back() != "EvtDestroyCallback(WDFDEVICE)"); ++i) {
        ntos::platform::sleepFor100ns(10'000);
    }
    expectGolden("fdo-surprise-removal-in-d0", since(mark));
}

TEST_F(GoldenSequenceTest, QueryRemoveVetoed) {
    failIn("EvtDeviceQueryRemove");
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    const size_t mark = log().size();
    {
        ntos::System::ThreadScope scope(*system_);
        EXPECT_EQ(system_->removeDevice(u"ROOT\\KMDFPOWER\\0000"), STATUS_UNSUCCESSFUL);
    }
    expectGolden("fdo-query-remove-vetoed", since(mark));
}

TEST_F(GoldenSequenceTest, RebalanceWithAHeldRequest) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    holdOneRequest();
    const size_t mark = log().size();
    ASSERT_EQ(system_->rebalanceDevice(u"ROOT\\KMDFPOWER\\0000"), STATUS_SUCCESS);
    expectGolden("fdo-rebalance", since(mark));
    EXPECT_FALSE(io_.completed(1));  // suspended and resumed, still the driver's
    EXPECT_NE(system_->deviceTreeText().find("state=Started"), std::string::npos);
    closeClient();
}

TEST_F(GoldenSequenceTest, QueryStopVetoed) {
    failIn("EvtDeviceQueryStop");
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    const size_t mark = log().size();
    EXPECT_EQ(system_->rebalanceDevice(u"ROOT\\KMDFPOWER\\0000"), STATUS_UNSUCCESSFUL);
    expectGolden("fdo-query-stop-vetoed", since(mark));
    // Still working: a later rebalance (without the veto) is not tried here; removal is normal.
}

// "Reporting Device Failures": WdfDeviceSetFailed makes the framework report the device
// failed (IRP_MN_QUERY_PNP_DEVICE_STATE after IoInvalidateDeviceState); the PnP manager
// surprise-removes it (the surprise-removal sequence) and keeps it in the tree, Failed.
TEST_F(GoldenSequenceTest, SetFailedRemovesTheDeviceAsFailed) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    const size_t mark = log().size();
    {
        ntos::System::ThreadScope scope(*system_);
        sym<void (*)(int)>("KmdfPowerSetFailed")(WdfDeviceFailedNoRestart);
    }
    for (int i = 0; i < 500 && (log().empty() || log().back() != "EvtDestroyCallback(WDFDEVICE)"); ++i) {
        ntos::platform::sleepFor100ns(10'000);
    }
    const GoldenSequence golden = GoldenSequence::load("fdo-surprise-removal-in-d0").filteredTo(kRegistered);
    std::vector<std::string> expected;
    for (const std::string& event : golden.events()) {
        if (event.rfind("EvtIoStop", 0) != 0) expected.push_back(event);  // no request held
    }
    EXPECT_EQ(since(mark), expected);
    EXPECT_NE(system_->deviceTreeText().find("ROOT\\KMDFPOWER\\0000  service=kmdfpower  state=Failed  problem=0xC0000183"),
              std::string::npos)
        << system_->deviceTreeText();
}

TEST_F(GoldenSequenceTest, DeviceStateIsKeptAndReportedWithoutRemovingAWorkingDevice) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    int packed = 0;
    {
        ntos::System::ThreadScope scope(*system_);
        packed = sym<int (*)()>("KmdfPowerDeviceStateRoundTrip")();
    }
    EXPECT_EQ(packed, int{WdfTrue} * 10 + int{WdfUseDefault});  // NotDisableable kept, not failed
    // The state query runs on a worker; the node shows what the stack answered.
    const std::string reported = "ROOT\\KMDFPOWER\\0000  service=kmdfpower  state=Started  pnp-state=not-disableable\n";
    for (int i = 0; i < 1000 && system_->deviceTreeText().find(reported) == std::string::npos; ++i) {
        ntos::platform::sleepFor100ns(10'000);
    }
    EXPECT_NE(system_->deviceTreeText().find(reported), std::string::npos) << system_->deviceTreeText();
    // PNP_DEVICE_NOT_DISABLEABLE reached the PnP manager: a disable is refused, no callback runs.
    const size_t mark = log().size();
    EXPECT_EQ(system_->disableDevice(u"ROOT\\KMDFPOWER\\0000"), STATUS_INVALID_DEVICE_REQUEST);
    EXPECT_EQ(since(mark), std::vector<std::string>{});
    EXPECT_NE(system_->deviceTreeText().find("state=Started"), std::string::npos);
}

// EvtDeviceRelationsQuery: IoInvalidateDeviceRelations(BusRelations) makes the PnP manager
// query the stack's relations; the framework asks the driver first.
TEST_F(GoldenSequenceTest, RelationsQueryAfterInvalidation) {
    config.RelationsQuery = 1;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    const size_t mark = log().size();
    {
        ntos::System::ThreadScope scope(*system_);
        sym<void (*)()>("KmdfPowerInvalidateBusRelations")();
    }
    for (int i = 0; i < 500 && since(mark).empty(); ++i) ntos::platform::sleepFor100ns(10'000);
    std::set<std::string> registered = kRegistered;
    registered.insert("EvtDeviceRelationsQuery");
    EXPECT_EQ(GoldenSequence::load("fdo-relations-query").filteredTo(registered).mismatch(since(mark)), "");
}

// Special files ("Supporting Special Files"): IRP_MN_DEVICE_USAGE_NOTIFICATION is refused
// until the driver enables the file type; then EvtDeviceUsageNotification(Ex) hears it,
// and while the file is on the device the framework refuses stop and removal.
class UsageNotificationTest : public GoldenSequenceTest, public ::testing::WithParamInterface<int> {};

TEST_P(UsageNotificationTest, SpecialFilePlacedAndRemoved) {
    config.UsageNotification = static_cast<unsigned char>(GetParam());
    const char* golden = GetParam() == 1 ? "fdo-usage-notification" : "fdo-usage-notification-ex";
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    const std::u16string device = u"ROOT\\KMDFPOWER\\0000";
    const size_t mark = log().size();
    EXPECT_EQ(system_->notifyDeviceUsage(device, DeviceUsageTypePaging, true), STATUS_NOT_SUPPORTED)
        << "special files are not supported until the driver enables them";
    EXPECT_EQ(since(mark), std::vector<std::string>{});
    {
        ntos::System::ThreadScope scope(*system_);
        sym<void (*)(int, unsigned char)>("KmdfPowerSetSpecialFileSupport")(int{WdfSpecialFilePaging}, 1);
    }
    EXPECT_EQ(system_->notifyDeviceUsage(device, DeviceUsageTypePaging, true), STATUS_SUCCESS);
    EXPECT_EQ(system_->removeDevice(device), STATUS_UNSUCCESSFUL) << "a paging file is on the device";
    EXPECT_EQ(system_->rebalanceDevice(device), STATUS_UNSUCCESSFUL);
    EXPECT_EQ(system_->notifyDeviceUsage(device, DeviceUsageTypePaging, false), STATUS_SUCCESS);
    std::set<std::string> registered = kRegistered;
    registered.insert(GetParam() == 1 ? "EvtDeviceUsageNotification" : "EvtDeviceUsageNotificationEx");
    EXPECT_EQ(GoldenSequence::load(golden).filteredTo(registered).mismatch(since(mark)), "");
    EXPECT_EQ(system_->notifyDeviceUsage(device, DeviceUsageTypeHibernation, true), STATUS_NOT_SUPPORTED);
}

INSTANTIATE_TEST_SUITE_P(Callbacks, UsageNotificationTest, ::testing::Values(1, 2));

TEST_F(GoldenSequenceTest, UsageNotificationExMayRefuseASpecialFile) {
    config.UsageNotification = 2;
    failIn("EvtDeviceUsageNotificationEx", STATUS_NOT_SUPPORTED);
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    {
        ntos::System::ThreadScope scope(*system_);
        sym<void (*)(int, unsigned char)>("KmdfPowerSetSpecialFileSupport")(int{WdfSpecialFileDump}, 1);
    }
    EXPECT_EQ(system_->notifyDeviceUsage(u"ROOT\\KMDFPOWER\\0000", DeviceUsageTypeDumpFile, true),
              STATUS_NOT_SUPPORTED);
    EXPECT_EQ(system_->removeDevice(u"ROOT\\KMDFPOWER\\0000"), STATUS_SUCCESS) << "no special file is on it";
}

// WdfDeviceSetPnpCapabilities / WdfDeviceSetPowerCapabilities: the function driver's
// values go over the bus's answer to IRP_MN_QUERY_CAPABILITIES; the members it left at
// their _INIT values keep the bus's.
TEST_F(GoldenSequenceTest, CapabilitiesTheDriverSetsGoOverTheBusAnswer) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    std::string before;
    ASSERT_EQ(system_->deviceStatusText(u"ROOT\\KMDFPOWER\\0000", &before), STATUS_SUCCESS);
    EXPECT_NE(before.find("  capabilities: DeviceWake unspecified, SystemWake unspecified, S0..S5 -> D0 D3 D3 D3 D3 D3, "
                          "UniqueID, SilentInstall\n"),
              std::string::npos)
        << before;
    {
        ntos::System::ThreadScope scope(*system_);
        sym<void (*)()>("KmdfPowerSetCapabilities")();
    }
    std::string after;
    ASSERT_EQ(system_->deviceStatusText(u"ROOT\\KMDFPOWER\\0000", &after), STATUS_SUCCESS);
    EXPECT_NE(after.find("  capabilities: DeviceWake unspecified, SystemWake unspecified, S0..S5 -> D0 D3 D3 D1 D3 D3, "
                         "DeviceD1, Removable, SilentInstall, SurpriseRemovalOK, UINumber 7\n"),
              std::string::npos)
        << after;
}

// Resources ("Modifying a Resource Requirements List", "Modifying a Resource List"): the
// root bus reports the device's fixed resources; EvtDeviceFilterRemoveResourceRequirements
// (on the way down) drops the port, EvtDeviceFilterAddResourceRequirements (on the way up)
// adds memory, the PnP manager assigns the result, EvtDeviceRemoveAddedResources keeps the
// added memory from the bus, and EvtDevicePrepareHardware gets the whole assignment.
TEST_F(GoldenSequenceTest, ResourceRequirementsAreFilteredAndTheAddedResourcesKeptFromTheBus) {
    using Kind = ntos::RootDeviceConfig::Resource::Kind;
    resources = {{Kind::Port, 0x300, 0x20}, {Kind::Interrupt, 5, 1}, {Kind::Memory, 0xFED00000, 0x1000}};
    config.Resources = 1;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    std::set<std::string> registered = kRegistered;
    registered.insert({"EvtDeviceFilterRemoveResourceRequirements", "EvtDeviceFilterAddResourceRequirements",
                       "EvtDeviceRemoveAddedResources"});
    EXPECT_EQ(GoldenSequence::load("fdo-startup").filteredTo(registered).mismatch(log()), "");
    std::vector<char> prepared(256);
    sym<void (*)(char*, unsigned long)>("KmdfPowerPreparedResources")(prepared.data(), prepared.size());
    EXPECT_STREQ(prepared.data(), "irq 5, memory 0xFED00000+0x1000, memory 0xFEC00000+0x100");
    std::string status;
    ASSERT_EQ(system_->deviceStatusText(u"ROOT\\KMDFPOWER\\0000", &status), STATUS_SUCCESS);
    EXPECT_NE(status.find("  resources: irq 5, memory 0xFED00000+0x1000, memory 0xFEC00000+0x100\n"), std::string::npos)
        << status;
    EXPECT_NE(status.find("  resources at the bus: irq 5, memory 0xFED00000+0x1000\n"), std::string::npos) << status;
    // A rebalance restarts the device with the same assignment, trimmed for the bus again.
    const size_t mark = log().size();
    EXPECT_EQ(system_->rebalanceDevice(u"ROOT\\KMDFPOWER\\0000"), STATUS_SUCCESS);
    const std::vector<std::string> restart = since(mark);
    EXPECT_EQ(std::count(restart.begin(), restart.end(), "EvtDeviceRemoveAddedResources"), 1);
    sym<void (*)(char*, unsigned long)>("KmdfPowerPreparedResources")(prepared.data(), prepared.size());
    EXPECT_STREQ(prepared.data(), "irq 5, memory 0xFED00000+0x1000, memory 0xFEC00000+0x100");
}

// Every resource-list DDI, run by the filters on real lists: what each answered, and the
// assignment that results (the bus's configuration replaced by the driver's).
TEST_F(GoldenSequenceTest, ResourceListDdisEditTheListsTheFiltersGet) {
    using Kind = ntos::RootDeviceConfig::Resource::Kind;
    resources = {{Kind::Port, 0x300, 0x20}, {Kind::Interrupt, 5, 1}, {Kind::Memory, 0xFED00000, 0x1000}};
    config.Resources = 2;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    std::vector<char> script(512);
    sym<void (*)(char*, unsigned long)>("KmdfPowerResourceScript")(script.data(), script.size());
    EXPECT_STREQ(script.data(),
                 "reqs=1 original=3 append=0x0 insert=0x0 insert-past-end=0xC000008C first-vector=10 get-past-end=0 "
                 "insert-list=0x0 insert-again=0xC0000010 reqs=2 original=1 reqs=1 first-is-added=1"
                 " cm=2 cm-append=0x0 cm-insert=0x0 cm-insert-past-end=0xC000008C cm=4 cm=2 cm-get-past-end=0");
    std::string status;
    ASSERT_EQ(system_->deviceStatusText(u"ROOT\\KMDFPOWER\\0000", &status), STATUS_SUCCESS);
    EXPECT_NE(status.find("  resources: irq 10, port 0x400+0x8\n"), std::string::npos) << status;
    EXPECT_NE(status.find("  resources at the bus: irq 10, port 0x400+0x8\n"), std::string::npos) << status;
}

TEST_F(GoldenSequenceTest, AFailedRequirementsFilterFailsTheStart) {
    using Kind = ntos::RootDeviceConfig::Resource::Kind;
    resources = {{Kind::Interrupt, 7, 1}};
    config.Resources = 1;
    failIn("EvtDeviceFilterRemoveResourceRequirements", STATUS_INSUFFICIENT_RESOURCES);
    boot();
    EXPECT_NE(system_->deviceTreeText().find("state=Failed  problem=0xC000009A"), std::string::npos)
        << system_->deviceTreeText();
    const std::vector<std::string> events = log();
    EXPECT_EQ(std::count(events.begin(), events.end(), "EvtDevicePrepareHardware"), 0);
}

// WdfDeviceSetStaticStopRemove(FALSE): the framework vetoes an orderly removal and a
// rebalance (EvtDeviceQueryRemove/QueryStop are not asked) until the matching TRUE; a
// surprise removal still happens.
TEST_F(GoldenSequenceTest, StaticStopRemoveVetoesRemovalAndRebalanceUntilMatched) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto setStoppable = [&](bool stoppable) {
        ntos::System::ThreadScope scope(*system_);
        sym<void (*)(unsigned char)>("KmdfPowerSetStaticStopRemove")(stoppable ? 1 : 0);
    };
    setStoppable(false);
    setStoppable(false);
    const size_t mark = log().size();
    EXPECT_EQ(system_->removeDevice(u"ROOT\\KMDFPOWER\\0000"), STATUS_UNSUCCESSFUL);
    EXPECT_EQ(system_->rebalanceDevice(u"ROOT\\KMDFPOWER\\0000"), STATUS_UNSUCCESSFUL);
    EXPECT_EQ(since(mark), std::vector<std::string>{}) << "no callback runs for a vetoed removal or stop";
    setStoppable(true);
    EXPECT_EQ(system_->removeDevice(u"ROOT\\KMDFPOWER\\0000"), STATUS_UNSUCCESSFUL) << "one FALSE is still outstanding";
    setStoppable(true);
    const size_t removal = log().size();
    EXPECT_EQ(system_->removeDevice(u"ROOT\\KMDFPOWER\\0000"), STATUS_SUCCESS);
    const GoldenSequence golden = GoldenSequence::load("fdo-orderly-removal").filteredTo(kRegistered);
    std::vector<std::string> expected;
    for (const std::string& event : golden.events()) {
        if (event.rfind("EvtIoStop", 0) != 0) expected.push_back(event);  // no request held
    }
    EXPECT_EQ(since(removal), expected);
}

TEST_F(GoldenSequenceTest, StaticStopRemoveDoesNotStopASurpriseRemoval) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    {
        ntos::System::ThreadScope scope(*system_);
        sym<void (*)(unsigned char)>("KmdfPowerSetStaticStopRemove")(0);
    }
    EXPECT_EQ(system_->surpriseRemoveDevice(u"ROOT\\KMDFPOWER\\0000"), STATUS_SUCCESS);
    EXPECT_EQ(system_->deviceTreeText(), "ROOT\n");
}

class StartFailure : public GoldenSequenceTest,
                     public ::testing::WithParamInterface<std::pair<const char*, const char*>> {};

TEST_P(StartFailure, UnwindsAsDocumented) {
    failIn(GetParam().first);
    boot();
    expectGolden(GetParam().second, log());
}

INSTANTIATE_TEST_SUITE_P(
    Callbacks, StartFailure,
    ::testing::Values(std::make_pair("EvtDevicePrepareHardware", "fdo-failure-prepare-hardware"),
                      std::make_pair("EvtDeviceD0Entry", "fdo-failure-d0entry"),
                      std::make_pair("EvtDeviceD0EntryPostInterruptsEnabled",
                                     "fdo-failure-d0entry-post-interrupts-enabled"),
                      std::make_pair("EvtDeviceSelfManagedIoInit", "fdo-failure-self-managed-io-init")));

}  // namespace
