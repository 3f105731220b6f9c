// The start path and its reverse at removal, as "Power-Up Sequence for a Function or
// Filter Driver" and "Power-Down and Removal Sequence for a Function or Filter Driver"
// order the callbacks; object cleanup/destroy as "Framework Object Life Cycle" orders it.
#include <initguid.h>

#include "kmdftest_fixture.h"
#include "ntos/po/system_power.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

namespace kmdftest {
namespace {

using Lines = std::vector<std::string>;

class PnpSequence : public KmdfTestDriverTest {};

TEST_F(PnpSequence, StartCallsPrepareHardwareThenD0EntryFromD3FinalThenSelfManagedIoInit) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    EXPECT_EQ(logLines(), (Lines{"DriverEntry", "WdfDriverCreate 0x00000000", "EvtDriverDeviceAdd",
                                 "EvtDevicePrepareHardware lists", "EvtDeviceD0Entry 5",
                                 "EvtDeviceSelfManagedIoInit"}));
    EXPECT_NE(system_->deviceTreeText().find("ROOT\\KMDFTEST\\0000"), std::string::npos);
}

TEST_F(PnpSequence, DeviceInterfaceIsEnabledOnlyOnceTheDeviceStarted) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ntos::System::ThreadScope scope(*system_);
    auto links = system_->userIo().interfaceList(GUID_DEVINTERFACE_KMDFTEST, false);
    ASSERT_EQ(links.size(), 1u);
    EXPECT_NE(links[0].find(u"ROOT#KMDFTEST#0000#"), std::u16string::npos);
}

TEST_F(PnpSequence, RemovalRunsTheUndoCallbacksInReverseOrderThenCleanupChildBeforeParent) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    shutdown();
    Lines all = logLines();
    // Everything after the start sequence (6 lines).
    ASSERT_GE(all.size(), 6u);
    Lines removal(all.begin() + 6, all.end());
    EXPECT_EQ(removal, (Lines{"EvtDeviceQueryRemove", "EvtDeviceSelfManagedIoSuspend", "EvtDeviceD0Exit 5",
                              "EvtDeviceReleaseHardware", "EvtDeviceSelfManagedIoFlush",
                              "EvtDeviceSelfManagedIoCleanup", "EvtQueueCleanup", "EvtDeviceCleanup",
                              "EvtDeviceDestroy", "EvtDriverUnload"}));
    ntos::System::ThreadScope scope(*system_);
    EXPECT_TRUE(system_->userIo().interfaceList(GUID_DEVINTERFACE_KMDFTEST, true).empty() ||
                system_->userIo().interfaceList(GUID_DEVINTERFACE_KMDFTEST, false).empty());
}

// "The System Enters a Sleep State" / "The System Returns from a Sleep State": the power
// policy owner takes its device to D3 before the system sleeps (self-managed I/O
// suspended, EvtDeviceD0Exit(WdfPowerDeviceD3)) and back to D0 when it wakes
// (EvtDeviceD0Entry(WdfPowerDeviceD3), EvtDeviceSelfManagedIoRestart).
TEST_F(PnpSequence, SystemSleepPowersTheDeviceDownToD3AndWakePowersItUp) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    const size_t started = logLines().size();
    ASSERT_EQ(system_->sleep(PowerSystemSleeping3), STATUS_SUCCESS);
    Lines all = logLines();
    EXPECT_EQ(Lines(all.begin() + started, all.end()), (Lines{"EvtDeviceSelfManagedIoSuspend", "EvtDeviceD0Exit 4"}));
    ASSERT_EQ(system_->wake(), STATUS_SUCCESS);
    all = logLines();
    EXPECT_EQ(Lines(all.begin() + started, all.end()),
              (Lines{"EvtDeviceSelfManagedIoSuspend", "EvtDeviceD0Exit 4", "EvtDeviceD0Entry 4",
                     "EvtDeviceSelfManagedIoRestart"}));
    // The device works again (its interface is still there) and is removed normally.
    shutdown();
    all = logLines();
    EXPECT_EQ(Lines(all.begin() + started + 4, all.begin() + started + 6),
              (Lines{"EvtDeviceQueryRemove", "EvtDeviceSelfManagedIoSuspend"}));
}

TEST_F(PnpSequence, ADeviceRemovedWhileTheSystemSleepsIsNotPoweredDownTwice) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    const size_t started = logLines().size();
    ASSERT_EQ(system_->sleep(PowerSystemSleeping3), STATUS_SUCCESS);
    shutdown();
    Lines all = logLines();
    EXPECT_EQ(Lines(all.begin() + started, all.begin() + started + 6),
              (Lines{"EvtDeviceSelfManagedIoSuspend", "EvtDeviceD0Exit 4", "EvtDeviceQueryRemove",
                     "EvtDeviceReleaseHardware", "EvtDeviceSelfManagedIoFlush", "EvtDeviceSelfManagedIoCleanup"}));
}

// A failed start is undone, then the PnP manager removes the device (no query first,
// since it never started), and the driver, left without devices, is unloaded.
TEST_F(PnpSequence, PrepareHardwareFailureFailsTheStartWithoutD0EntryAndReleasesTheHardware) {
    config.PrepareHardwareStatus = STATUS_DEVICE_CONFIGURATION_ERROR;
    boot();
    EXPECT_EQ(logLines({"Evt"}), (Lines{"EvtDriverDeviceAdd", "EvtDevicePrepareHardware lists",
                                        "EvtDeviceReleaseHardware", "EvtQueueCleanup", "EvtDeviceCleanup",
                                        "EvtDeviceDestroy", "EvtDriverUnload"}));
    ntos::System::ThreadScope scope(*system_);
    EXPECT_TRUE(system_->userIo().interfaceList(GUID_DEVINTERFACE_KMDFTEST, false).empty());
}

TEST_F(PnpSequence, D0EntryFailureUndoesPrepareHardware) {
    config.D0EntryStatus = STATUS_DEVICE_NOT_READY;
    boot();
    EXPECT_EQ(logLines({"Evt"}),
              (Lines{"EvtDriverDeviceAdd", "EvtDevicePrepareHardware lists", "EvtDeviceD0Entry 5",
                     "EvtDeviceReleaseHardware", "EvtQueueCleanup", "EvtDeviceCleanup", "EvtDeviceDestroy",
                     "EvtDriverUnload"}));
}

TEST_F(PnpSequence, SelfManagedIoInitFailureUndoesD0EntryAndPrepareHardwareThenFlushesAndCleansUp) {
    config.SelfManagedIoInitStatus = STATUS_INSUFFICIENT_RESOURCES;
    boot();
    EXPECT_EQ(logLines({"Evt"}),
              (Lines{"EvtDriverDeviceAdd", "EvtDevicePrepareHardware lists", "EvtDeviceD0Entry 5",
                     "EvtDeviceSelfManagedIoInit", "EvtDeviceD0Exit 5", "EvtDeviceReleaseHardware",
                     "EvtDeviceSelfManagedIoFlush", "EvtDeviceSelfManagedIoCleanup", "EvtQueueCleanup",
                     "EvtDeviceCleanup", "EvtDeviceDestroy", "EvtDriverUnload"}));
}

TEST_F(PnpSequence, LeakedFrameworkObjectIsReportedAtUnload) {
    config.LeakMemoryObject = TRUE;
#if defined(__SANITIZE_ADDRESS__)
    // The driver leaks on purpose: the leak is what this test checks the report for.
    __lsan_disable();
#endif
    NTSTATUS booted = boot();
#if defined(__SANITIZE_ADDRESS__)
    __lsan_enable();
#endif
    ASSERT_EQ(booted, STATUS_SUCCESS);
    shutdown();
    auto reports = system_->unloadReports();
    ASSERT_EQ(reports.size(), 1u);
    EXPECT_EQ(reports[0].serviceName, u"kmdftest");
    // The WDFMEMORY with a reference nobody dropped, and the WDFDRIVER it keeps alive
    // (a child holds a reference on its parent until it is destroyed).
    EXPECT_EQ(reports[0].leakedFrameworkObjects, 2u);
    bool mentionsMemory = false, mentionsDriver = false;
    for (const std::string& line : reports[0].details) {
        mentionsMemory |= line.find("WDFMEMORY") != std::string::npos;
        mentionsDriver |= line.find("WDFDRIVER") != std::string::npos;
    }
    EXPECT_TRUE(mentionsMemory);
    EXPECT_TRUE(mentionsDriver);
}

TEST_F(PnpSequence, CleanDriverUnloadsWithNoLeaks) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    shutdown();
    auto reports = system_->unloadReports();
    ASSERT_EQ(reports.size(), 1u);
    EXPECT_EQ(reports[0].leakedFrameworkObjects, 0u);
    EXPECT_EQ(reports[0].leakedPoolAllocations, 0u);
}

}  // namespace
}  // namespace kmdftest
