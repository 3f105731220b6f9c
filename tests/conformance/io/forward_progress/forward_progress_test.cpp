// Guaranteed forward progress of I/O queues ("Guaranteeing Forward Progress of I/O
// Operations", WdfIoQueueAssignForwardProgressPolicy, WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY,
// WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY, EvtIoAllocateResourcesForReservedRequest,
// EvtIoAllocateRequestResources, EvtIoWdmIrpForForwardProgress, WdfRequestIsReserved).
// The low-memory situation is made with the framework's test hook
// wdf::testhooks::failNextRequestAllocations.
#include <initguid.h>

#include "kmdfprogress_fixture.h"

namespace kmdfprogress {
namespace {

using wdf::testhooks::failNextRequestAllocations;

constexpr auto kAlways = WdfIoForwardProgressReservedPolicyAlwaysUseReservedRequest;
constexpr auto kExamine = WdfIoForwardProgressReservedPolicyUseExamine;
constexpr auto kPaging = WdfIoForwardProgressReservedPolicyPagingIO;

// --- WdfIoQueueAssignForwardProgressPolicy ----------------------------------------------

TEST_F(KmdfProgressTest, AssignCreatesTheReservedRequestsAndCallsEvtIoAllocateResourcesForReservedRequestForEach) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    EXPECT_EQ(assign(policyOf(3, kAlways)), STATUS_SUCCESS);
    EXPECT_EQ(log(), (Lines{"EvtIoAllocateResourcesForReservedRequest #0 (reserved 1)",
                            "EvtIoAllocateResourcesForReservedRequest #1 (reserved 1)",
                            "EvtIoAllocateResourcesForReservedRequest #2 (reserved 1)", "Assign 0x00000000"}));
}

TEST_F(KmdfProgressTest, AFailingEvtIoAllocateResourcesForReservedRequestStopsTheReservationAndIsReturned) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto policy = policyOf(3, kAlways);
    policy.FailReservedCallbackAt = 2;
    EXPECT_EQ(assign(policy), KMDFPROGRESS_RESERVED_FAILURE);
    // The two request objects made are deleted again (their cleanup runs).
    EXPECT_EQ(log(), (Lines{"EvtIoAllocateResourcesForReservedRequest #0 (reserved 1)",
                            "EvtIoAllocateResourcesForReservedRequest #1 failed (reserved 1)",
                            "EvtCleanupCallback reserved #0", "EvtCleanupCallback reserved #1",
                            "Assign 0xc0000017"}));
    // The queue has no policy: a failed allocation fails the IRP.
    auto file = open();
    failNextRequestAllocations(1);
    read(file, 1, 8);
    EXPECT_EQ(waitFor(1).status, STATUS_INSUFFICIENT_RESOURCES);
    EXPECT_EQ(log({"EvtIoRead"}), Lines{});
}

TEST_F(KmdfProgressTest, AssignReturnsInsufficientResourcesWhenAReservedRequestCannotBeAllocated) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    failNextRequestAllocations(1);
    EXPECT_EQ(assign(policyOf(2, kAlways)), STATUS_INSUFFICIENT_RESOURCES);
    EXPECT_EQ(log({"EvtIoAllocateResourcesForReservedRequest"}), Lines{});
}

TEST_F(KmdfProgressTest, AssignChecksThePolicy) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto badSize = policyOf(1, kAlways);
    badSize.Size = sizeof(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY) - 8;
    EXPECT_EQ(assign(badSize), STATUS_INFO_LENGTH_MISMATCH);
    // "This number must be greater than zero."
    EXPECT_EQ(assign(policyOf(0, kAlways)), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(assign(policyOf(1, static_cast<WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY>(7))), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(assign(policyOf(1, WdfIoForwardProgressInvalidPolicy)), STATUS_INVALID_PARAMETER);
    auto examineWithoutCallback = policyOf(1, kExamine);
    examineWithoutCallback.ExamineCallback = FALSE;
    EXPECT_EQ(assign(examineWithoutCallback), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(log({"EvtIoAllocateResourcesForReservedRequest"}), Lines{});
    // A valid policy, then a second one for the same queue.
    EXPECT_EQ(assign(policyOf(1, kAlways)), STATUS_SUCCESS);
    EXPECT_EQ(assign(policyOf(1, kAlways)), STATUS_INVALID_DEVICE_REQUEST);
    EXPECT_EQ(log({"EvtIoAllocateResourcesForReservedRequest"}),
              Lines{"EvtIoAllocateResourcesForReservedRequest #0 (reserved 1)"});
}

TEST_F(KmdfProgressTest, AnyQueueMayGetAPolicyInKmdf111AndLater) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto policy = policyOf(1, kAlways);
    policy.Queue = 1;  // the manual queue: neither the default queue nor configured for a type
    EXPECT_EQ(assign(policy), STATUS_SUCCESS);
}

using KmdfProgressDeathTest = KmdfProgressTest;

TEST_F(KmdfProgressDeathTest, ANullPolicyBugChecks) {
    EXPECT_DEATH(
        {
            boot();
            call<NTSTATUS>("KmdfProgressAssignNull");
        },
        "WdfIoQueueAssignForwardProgressPolicy: required parameter ForwardProgressPolicy is NULL");
}

// --- the framework's allocations without and with a policy ------------------------------

TEST_F(KmdfProgressTest, WithoutAPolicyAFailedRequestAllocationFailsTheIrp) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto file = open();
    failNextRequestAllocations(1);
    read(file, 1, 8);
    EXPECT_EQ(waitFor(1).status, STATUS_INSUFFICIENT_RESOURCES);
    write(file, 2, 4);  // the next allocation succeeds
    EXPECT_EQ(waitFor(2).status, STATUS_SUCCESS);
    EXPECT_EQ(log({"EvtIoRead", "EvtIoWrite", "EvtIoWdm", "EvtIoAllocateRequestResources"}), Lines{"EvtIoWrite 4 normal"});
}

TEST_F(KmdfProgressTest, AlwaysUseReservedRequestServesTheIrpWithAReservedRequest) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ASSERT_EQ(assign(policyOf(2, kAlways)), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 10);  // memory is fine: a normal request
    failNextRequestAllocations(1);
    read(file, 2, 20);  // low memory: a reserved one
    EXPECT_EQ(log({"EvtIoRead"}), (Lines{"EvtIoRead 10 normal use 1", "EvtIoRead 20 reserved #0 use 1"}));
    EXPECT_EQ(completeHeld(2), 2u);
    EXPECT_EQ(waitFor(1).information, 10u);
    Completion reserved = waitFor(2);
    EXPECT_EQ(reserved.status, STATUS_SUCCESS);
    EXPECT_EQ(reserved.information, 20u);
}

TEST_F(KmdfProgressTest, ACompletedReservedRequestReturnsToTheSetWithItsContextAndIsUsedAgain) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ASSERT_EQ(assign(policyOf(1, kAlways)), STATUS_SUCCESS);
    auto file = open();
    failNextRequestAllocations(1);
    read(file, 1, 10);
    EXPECT_EQ(completeHeld(1), 1u);
    EXPECT_EQ(waitFor(1).status, STATUS_SUCCESS);
    failNextRequestAllocations(1);
    write(file, 2, 5);
    EXPECT_EQ(waitFor(2).information, 5u);
    failNextRequestAllocations(1);
    read(file, 3, 11);
    // The same object each time; "the framework does not reinitialize the context space"
    // (the driver's use count goes on), and it is not cleaned up after use.
    EXPECT_EQ(log({"EvtIoRead", "EvtIoWrite", "EvtIoWdm", "EvtIoAllocateRequestResources", "EvtCleanupCallback"}),
              (Lines{"EvtIoRead 10 reserved #0 use 1", "EvtIoWrite 5 reserved #0", "EvtIoRead 11 reserved #0 use 2"}));
    EXPECT_EQ(completeHeld(1), 1u);
    EXPECT_EQ(waitFor(3).information, 11u);
}

TEST_F(KmdfProgressTest, IrpsWaitInArrivalOrderUntilAReservedRequestIsFree) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ASSERT_EQ(assign(policyOf(1, kAlways)), STATUS_SUCCESS);
    auto file = open();
    failNextRequestAllocations(3);
    read(file, 1, 1);
    read(file, 2, 2);
    read(file, 3, 3);
    settle();
    EXPECT_FALSE(completed(2));
    EXPECT_FALSE(completed(3));
    EXPECT_EQ(log({"EvtIoRead"}), Lines{"EvtIoRead 1 reserved #0 use 1"});
    // A normal request meanwhile does not wait.
    write(file, 4, 4);
    EXPECT_EQ(waitFor(4).status, STATUS_SUCCESS);
    EXPECT_EQ(completeHeld(1), 1u);
    EXPECT_EQ(waitFor(1).information, 1u);
    EXPECT_EQ(log({"EvtIoRead"}), (Lines{"EvtIoRead 1 reserved #0 use 1", "EvtIoRead 2 reserved #0 use 2"}));
    EXPECT_FALSE(completed(3));
    EXPECT_EQ(completeHeld(1), 1u);
    EXPECT_EQ(waitFor(2).information, 2u);
    EXPECT_EQ(completeHeld(1), 1u);
    EXPECT_EQ(waitFor(3).information, 3u);
    EXPECT_EQ(log({"EvtIoRead", "EvtIoWrite", "EvtIoWdm", "EvtIoAllocateRequestResources"}), (Lines{"EvtIoRead 1 reserved #0 use 1", "EvtIoWrite 4 normal",
                                     "EvtIoRead 2 reserved #0 use 2", "EvtIoRead 3 reserved #0 use 3"}));
}

TEST_F(KmdfProgressTest, AnIrpWaitingForAReservedRequestCanBeCancelled) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ASSERT_EQ(assign(policyOf(1, kAlways)), STATUS_SUCCESS);
    auto file = open();
    failNextRequestAllocations(3);
    read(file, 1, 1);
    read(file, 2, 2);
    read(file, 3, 3);
    EXPECT_EQ(cancel(file, 2), STATUS_SUCCESS);
    EXPECT_EQ(waitFor(2).status, STATUS_CANCELLED);
    EXPECT_EQ(completeHeld(1), 1u);
    EXPECT_EQ(waitFor(1).status, STATUS_SUCCESS);
    EXPECT_EQ(log({"EvtIoRead"}), (Lines{"EvtIoRead 1 reserved #0 use 1", "EvtIoRead 3 reserved #0 use 2"}));
    EXPECT_EQ(completeHeld(1), 1u);
    EXPECT_EQ(waitFor(3).status, STATUS_SUCCESS);
}

TEST_F(KmdfProgressTest, ReservedRequestsAreCleanedUpOnlyWhenTheirQueueIsDeleted) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ASSERT_EQ(assign(policyOf(2, kAlways)), STATUS_SUCCESS);
    auto file = open();
    failNextRequestAllocations(1);
    read(file, 1, 1);
    EXPECT_EQ(completeHeld(1), 1u);
    EXPECT_EQ(waitFor(1).status, STATUS_SUCCESS);
    // "The framework deletes its reserved request objects only when it deletes the
    // framework queue object that they belong to."
    EXPECT_EQ(log({"EvtCleanupCallback"}), Lines{});
    shutdown();
    EXPECT_EQ(log({"EvtCleanupCallback"}),
              (Lines{"EvtCleanupCallback reserved #0", "EvtCleanupCallback reserved #1"}));
}

TEST_F(KmdfProgressTest, AReservedRequestForwardedToAnotherQueueReturnsToItsOwnSetWhenCompleted) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ASSERT_EQ(assign(policyOf(1, kAlways)), STATUS_SUCCESS);
    auto file = open();
    failNextRequestAllocations(2);
    read(file, 1, 10);
    read(file, 2, 20);  // waits for the reserved request
    EXPECT_EQ(call<NTSTATUS>("KmdfProgressForwardHeldToManual"), STATUS_SUCCESS);
    settle();
    EXPECT_FALSE(completed(2));  // forwarding is not completing
    EXPECT_EQ(call<NTSTATUS>("KmdfProgressCompleteFromManual"), STATUS_SUCCESS);
    EXPECT_EQ(waitFor(1).information, 10u);
    EXPECT_EQ(log({"EvtIoRead", "Retrieved"}),
              (Lines{"EvtIoRead 10 reserved #0 use 1", "Retrieved from the manual queue 10 reserved #0",
                     "EvtIoRead 20 reserved #0 use 2"}));
    EXPECT_EQ(completeHeld(1), 1u);
    EXPECT_EQ(waitFor(2).information, 20u);
}

TEST_F(KmdfProgressTest, ReusingReservedRequestsLeavesNoFrameworkObjectBehind) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ASSERT_EQ(assign(policyOf(1, kAlways)), STATUS_SUCCESS);
    auto file = open();
    for (ntos::UserIoTag tag = 1; tag <= 3; ++tag) {
        failNextRequestAllocations(1);
        write(file, tag, 4 + tag);  // the driver retrieves the input WDFMEMORY each time
        EXPECT_EQ(waitFor(tag).information, 4 + tag);
    }
    EXPECT_EQ(log({"EvtIoWrite"}),
              (Lines{"EvtIoWrite 5 reserved #0", "EvtIoWrite 6 reserved #0", "EvtIoWrite 7 reserved #0"}));
    shutdown();
    EXPECT_TRUE(hostLogHas(
        "driver kmdfprogress unloaded: 0 leaked pool allocations (0 bytes), 0 leaked framework objects"));
}

TEST_F(KmdfProgressTest, PagingIoPolicyReservesOnlyForPagingIrps) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ASSERT_EQ(assign(policyOf(1, kPaging)), STATUS_SUCCESS);
    auto file = open();
    failNextRequestAllocations(1);
    read(file, 1, 10);  // not paging I/O: "the framework completes the I/O request with an error status"
    EXPECT_EQ(waitFor(1).status, STATUS_INSUFFICIENT_RESOURCES);
    failNextRequestAllocations(1);
    auto paging = sendKernelIrp(IRP_MJ_READ, IRP_PAGING_IO | IRP_READ_OPERATION, nullptr, true);
    EXPECT_EQ(log({"EvtIoRead"}), Lines{"EvtIoRead 8 reserved #0 use 1"});
    EXPECT_EQ(completeHeld(1), 1u);
    KernelIrpResult result = waitKernelIrp(*paging);
    EXPECT_EQ(result.status, STATUS_SUCCESS);
    EXPECT_EQ(result.information, 8u);
}

TEST_F(KmdfProgressTest, UseExamineAsksEvtIoWdmIrpForForwardProgress) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ASSERT_EQ(assign(policyOf(1, kExamine)), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 9);  // not called while allocations succeed
    call<void>("KmdfProgressSetExamineAction", static_cast<ULONG>(WdfIoForwardProgressActionUseReservedRequest));
    failNextRequestAllocations(1);
    read(file, 2, 10);
    call<void>("KmdfProgressSetExamineAction", static_cast<ULONG>(WdfIoForwardProgressActionFailRequest));
    failNextRequestAllocations(1);
    read(file, 3, 11);
    EXPECT_EQ(waitFor(3).status, STATUS_INSUFFICIENT_RESOURCES);
    EXPECT_EQ(log({"EvtIoRead", "EvtIoWrite", "EvtIoWdm", "EvtIoAllocateRequestResources"}), (Lines{"EvtIoRead 9 normal use 1",
                                     "EvtIoWdmIrpForForwardProgress major 3 length 10 -> UseReservedRequest",
                                     "EvtIoRead 10 reserved #0 use 1",
                                     "EvtIoWdmIrpForForwardProgress major 3 length 11 -> FailRequest"}));
    EXPECT_EQ(completeHeld(2), 2u);
    EXPECT_EQ(waitFor(2).information, 10u);
}

TEST_F(KmdfProgressTest, EvtIoAllocateRequestResourcesRunsForEachNewRequestAndItsFailureUsesAReservedRequest) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto policy = policyOf(1, kAlways);
    policy.RequestCallback = TRUE;
    ASSERT_EQ(assign(policy), STATUS_SUCCESS);
    auto file = open();
    read(file, 1, 10);
    call<void>("KmdfProgressFailRequestResources", 1u);
    read(file, 2, 11);
    // Not called when the framework's own allocation fails: the write waits for the
    // reserved request the read has.
    failNextRequestAllocations(1);
    write(file, 3, 12);
    settle();
    EXPECT_FALSE(completed(3));
    EXPECT_EQ(log({"EvtIoRead", "EvtIoWrite", "EvtIoWdm", "EvtIoAllocateRequestResources", "EvtCleanupCallback"}),
              (Lines{"EvtIoAllocateRequestResources 10", "EvtIoRead 10 normal use 1",
                     "EvtIoAllocateRequestResources 11 failed", "EvtIoRead 11 reserved #0 use 1"}));
    EXPECT_EQ(completeHeld(2), 2u);
    EXPECT_EQ(waitFor(2).information, 11u);
    EXPECT_EQ(waitFor(3).information, 12u);
    EXPECT_EQ(log({"EvtIoWrite"}), Lines{"EvtIoWrite 12 reserved #0"});
}

TEST_F(KmdfProgressTest, AFailedEvtIoAllocateRequestResourcesFailsTheIrpWhenThePolicySaysSo) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    auto policy = policyOf(1, kExamine);
    policy.RequestCallback = TRUE;
    ASSERT_EQ(assign(policy), STATUS_SUCCESS);
    call<void>("KmdfProgressSetExamineAction", static_cast<ULONG>(WdfIoForwardProgressActionFailRequest));
    call<void>("KmdfProgressFailRequestResources", 1u);
    auto file = open();
    read(file, 1, 12);
    EXPECT_EQ(waitFor(1).status, STATUS_INSUFFICIENT_RESOURCES);
    EXPECT_EQ(log({"EvtIoRead", "EvtIoWrite", "EvtIoWdm", "EvtIoAllocateRequestResources"}), (Lines{"EvtIoAllocateRequestResources 12 failed",
                                     "EvtIoWdmIrpForForwardProgress major 3 length 12 -> FailRequest"}));
}

}  // namespace
}  // namespace kmdfprogress
