// The process that sent a request: WdfRequestGetRequestorProcessId (KMDF 1.21, "the
// identifier of the process that sent the I/O request"), over IoGetRequestorProcessId
// ("the process ID for the thread that requested the I/O operation ... If the IRP is not
// associated with any thread, IoGetRequestorProcessId returns zero"); and
// WdfFileObjectGetInitiatorProcessId (zero: no create is issued on behalf of another
// process). A client's requests carry the client's process id (the host learns it from
// the socket's peer credentials and passes it to ntos::UserIo); IRPs kernel-mode code
// builds on its own threads are the System process's (4).
#include <cstring>

#include "kmdfprogress_fixture.h"

namespace kmdfprogress {
namespace {

ULONG pidOf(const Completion& c) {
    ULONG pid = 0;
    EXPECT_EQ(c.status, STATUS_SUCCESS);
    EXPECT_EQ(c.output.size(), sizeof(ULONG));
    if (c.output.size() == sizeof(ULONG)) std::memcpy(&pid, c.output.data(), sizeof(pid));
    return pid;
}

TEST_F(KmdfProgressTest, AClientsCreateAndRequestsCarryTheClientsProcessId) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open(4242);
    ioctl(file, 1, IOCTL_KMDFPROGRESS_PID, sizeof(ULONG));
    EXPECT_EQ(pidOf(waitFor(1)), 4242u);
    EXPECT_EQ(log({"EvtDeviceFileCreate", "EvtIoDeviceControl"}),
              (Lines{"EvtDeviceFileCreate pid 4242 initiator 0", "EvtIoDeviceControl pid 4242"}));
}

TEST_F(KmdfProgressTest, IoGetRequestorProcessIsTheClientsProcessWhosePsGetProcessIdIsItsPid) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto client = open(4242);
    auto system = open(0);
    ioctl(client, 1, IOCTL_KMDFPROGRESS_PROCESS, sizeof(ULONG));
    ioctl(system, 2, IOCTL_KMDFPROGRESS_PROCESS, sizeof(ULONG));
    EXPECT_EQ(pidOf(waitFor(1)), 4242u);
    EXPECT_EQ(pidOf(waitFor(2)), 4u);
}

TEST_F(KmdfProgressTest, TwoClientsEachSeeTheirOwnProcessId) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto first = open(1111);
    auto second = open(2222);
    ioctl(second, 1, IOCTL_KMDFPROGRESS_PID, sizeof(ULONG));
    ioctl(first, 2, IOCTL_KMDFPROGRESS_PID, sizeof(ULONG));
    EXPECT_EQ(pidOf(waitFor(1)), 2222u);
    EXPECT_EQ(pidOf(waitFor(2)), 1111u);
}

TEST_F(KmdfProgressTest, TheProcessIdTravelsWithTheIrpNotWithTheThreadThatPresentsIt) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    KMDFPROGRESS_POLICY policy = policyOf(1, WdfIoForwardProgressReservedPolicyAlwaysUseReservedRequest);
    ASSERT_EQ(assign(policy), STATUS_SUCCESS);
    auto file = open(4242);
    wdf::testhooks::failNextRequestAllocations(2);
    read(file, 1, 8);
    ioctl(file, 2, IOCTL_KMDFPROGRESS_PID, sizeof(ULONG));  // waits for the reserved request
    settle();
    EXPECT_FALSE(completed(2));
    // The test's thread completes the read; the device control is presented on it.
    EXPECT_EQ(completeHeld(1), 1u);
    EXPECT_EQ(pidOf(waitFor(2)), 4242u);
}

TEST_F(KmdfProgressTest, WithoutAClientProcessTheRequestsAreTheSystemProcesss) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open(0);
    ioctl(file, 1, IOCTL_KMDFPROGRESS_PID, sizeof(ULONG));
    EXPECT_EQ(pidOf(waitFor(1)), 4u);
    EXPECT_EQ(log({"EvtDeviceFileCreate"}), Lines{"EvtDeviceFileCreate pid 4 initiator 0"});
}

TEST_F(KmdfProgressTest, AnIrpAKernelThreadBuildsIsTheSystemProcesssAndOneWithoutAThreadIsZero) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto onThread = sendKernelIrp(IRP_MJ_DEVICE_CONTROL, 0, nullptr, true);
    KernelIrpResult result = waitKernelIrp(*onThread);
    EXPECT_EQ(result.status, STATUS_SUCCESS);
    EXPECT_EQ(result.output, 4u);
    auto withoutThread = sendKernelIrp(IRP_MJ_DEVICE_CONTROL, 0, nullptr, false);
    result = waitKernelIrp(*withoutThread);
    EXPECT_EQ(result.status, STATUS_SUCCESS);
    EXPECT_EQ(result.output, 0u);
}

}  // namespace
}  // namespace kmdfprogress
