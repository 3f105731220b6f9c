#include "kernel_fixture.h"

#include <cstring>

#include <ntifs.h>

using namespace ntos_test;

namespace {

class ExecutiveTest : public KernelTest {};

TEST_F(ExecutiveTest, ResourceSharedOwnersExcludeAnExclusiveOwner) {
    ERESOURCE resource;
    ASSERT_EQ(ExInitializeResourceLite(&resource), STATUS_SUCCESS);
    KeEnterCriticalRegion();
    EXPECT_TRUE(ExAcquireResourceSharedLite(&resource, TRUE));
    EXPECT_TRUE(ExAcquireResourceSharedLite(&resource, TRUE));
    EXPECT_EQ(ExIsResourceAcquiredSharedLite(&resource), 2u);
    EXPECT_FALSE(ExIsResourceAcquiredExclusiveLite(&resource));

    BOOLEAN otherShared = FALSE;
    BOOLEAN otherExclusive = TRUE;
    ntos::platform::Thread("other", [&] {
        otherShared = ExAcquireResourceSharedLite(&resource, FALSE);
        if (otherShared) ExReleaseResourceLite(&resource);
        otherExclusive = ExAcquireResourceExclusiveLite(&resource, FALSE);
    }).join();
    EXPECT_TRUE(otherShared);
    EXPECT_FALSE(otherExclusive);

    ExReleaseResourceLite(&resource);
    ExReleaseResourceLite(&resource);
    EXPECT_TRUE(ExAcquireResourceExclusiveLite(&resource, TRUE));
    EXPECT_TRUE(ExAcquireResourceExclusiveLite(&resource, TRUE)) << "exclusive acquisition is recursive";
    EXPECT_TRUE(ExIsResourceAcquiredExclusiveLite(&resource));
    ntos::platform::Thread("other", [&] { otherShared = ExAcquireResourceSharedLite(&resource, FALSE); }).join();
    EXPECT_FALSE(otherShared);

    std::atomic<bool> acquired{false};
    ntos::platform::Thread waiter("waiter", [&] {
        ExAcquireResourceExclusiveLite(&resource, TRUE);
        acquired.store(true);
        ExReleaseResourceLite(&resource);
    });
    ntos::platform::sleepFor100ns(20 * 10'000);
    EXPECT_FALSE(acquired.load());
    ExReleaseResourceLite(&resource);
    ExReleaseResourceLite(&resource);
    waiter.join();
    EXPECT_TRUE(acquired.load());
    KeLeaveCriticalRegion();
    EXPECT_EQ(ExDeleteResourceLite(&resource), STATUS_SUCCESS);
}

TEST_F(ExecutiveTest, RundownWaitsForReferencesAndRefusesNewOnes) {
    EX_RUNDOWN_REF ref;
    ExInitializeRundownProtection(&ref);
    ASSERT_TRUE(ExAcquireRundownProtection(&ref));
    std::atomic<bool> rundownDone{false};
    ntos::platform::Thread waiter("rundown", [&] {
        ExWaitForRundownProtectionRelease(&ref);
        rundownDone.store(true);
    });
    ASSERT_TRUE(eventually([&] { return !ExAcquireRundownProtection(&ref) || (ExReleaseRundownProtection(&ref), false); }));
    EXPECT_FALSE(rundownDone.load());
    ExReleaseRundownProtection(&ref);
    waiter.join();
    EXPECT_TRUE(rundownDone.load());
    ExRundownCompleted(&ref);
    EXPECT_FALSE(ExAcquireRundownProtection(&ref));
    ExReInitializeRundownProtection(&ref);
    EXPECT_TRUE(ExAcquireRundownProtection(&ref));
    ExReleaseRundownProtection(&ref);
}

TEST_F(ExecutiveTest, LookasideAllocationsAreTrackedUnderTheListTag) {
    NPAGED_LOOKASIDE_LIST list;
    ExInitializeNPagedLookasideList(&list, nullptr, nullptr, 0, 48, 'kooL', 0);
    PVOID a = ExAllocateFromNPagedLookasideList(&list);
    PVOID b = ExAllocateFromNPagedLookasideList(&list);
    ASSERT_NE(a, nullptr);
    ASSERT_NE(b, nullptr);
    auto outstanding = kernel().pool().outstanding();
    ASSERT_EQ(outstanding.size(), 2u);
    for (const auto& allocation : outstanding) {
        EXPECT_EQ(allocation.tag, static_cast<ULONG>('kooL'));
        EXPECT_EQ(allocation.size, 48u);
    }
    ExFreeToNPagedLookasideList(&list, a);
    ExFreeToNPagedLookasideList(&list, b);
    EXPECT_TRUE(kernel().pool().outstanding().empty());
    EXPECT_EQ(list.L.TotalAllocates, 2u);
    EXPECT_EQ(list.L.TotalFrees, 2u);
    ExDeleteNPagedLookasideList(&list);

    LOOKASIDE_LIST_EX ex;
    ASSERT_EQ(ExInitializeLookasideListEx(&ex, nullptr, nullptr, NonPagedPoolNx, 0, 24, 'xEkL', 0), STATUS_SUCCESS);
    PVOID c = ExAllocateFromLookasideListEx(&ex);
    EXPECT_EQ(kernel().pool().outstanding().at(0).tag, static_cast<ULONG>('xEkL'));
    ExFreeToLookasideListEx(&ex, c);
    ExDeleteLookasideListEx(&ex);
    EXPECT_TRUE(kernel().pool().outstanding().empty());
}

struct Item {
    SLIST_ENTRY entry;
    int value;
};

TEST_F(ExecutiveTest, SListIsLastInFirstOutWithDepth) {
    SLIST_HEADER head;
    InitializeSListHead(&head);
    Item items[3] = {{{}, 1}, {{}, 2}, {{}, 3}};
    EXPECT_EQ(InterlockedPushEntrySList(&head, &items[0].entry), nullptr);
    EXPECT_EQ(InterlockedPushEntrySList(&head, &items[1].entry), &items[0].entry);
    InterlockedPushEntrySList(&head, &items[2].entry);
    EXPECT_EQ(ExQueryDepthSList(&head), 3);
    EXPECT_EQ(CONTAINING_RECORD(InterlockedPopEntrySList(&head), Item, entry)->value, 3);
    EXPECT_EQ(ExQueryDepthSList(&head), 2);
    PSLIST_ENTRY rest = InterlockedFlushSList(&head);
    EXPECT_EQ(CONTAINING_RECORD(rest, Item, entry)->value, 2);
    EXPECT_EQ(ExQueryDepthSList(&head), 0);
    EXPECT_EQ(InterlockedPopEntrySList(&head), nullptr);
}

TEST_F(ExecutiveTest, InterlockedListsUseTheSpinLock) {
    LIST_ENTRY head;
    InitializeListHead(&head);
    KSPIN_LOCK lock;
    KeInitializeSpinLock(&lock);
    LIST_ENTRY a, b;
    EXPECT_EQ(ExInterlockedInsertTailList(&head, &a, &lock), nullptr);
    EXPECT_EQ(ExInterlockedInsertHeadList(&head, &b, &lock), &a);
    EXPECT_EQ(ExInterlockedRemoveHeadList(&head, &lock), &b);
    EXPECT_EQ(ExInterlockedRemoveHeadList(&head, &lock), &a);
    EXPECT_EQ(ExInterlockedRemoveHeadList(&head, &lock), nullptr);
    EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);
    EXPECT_TRUE(KeTestSpinLock(&lock));
}

VOID countExTimer(PEX_TIMER, PVOID context) { static_cast<std::atomic<int>*>(context)->fetch_add(1); }

TEST_F(ExecutiveTest, ExecutiveTimerCallsBackUntilDeleted) {
    std::atomic<int> fired{0};
    PEX_TIMER timer = ExAllocateTimer(countExTimer, &fired, 0);
    ASSERT_NE(timer, nullptr);
    EXPECT_FALSE(ExSetTimer(timer, -5 * 10'000, 5 * 10'000, nullptr));
    ASSERT_TRUE(eventually([&] { return fired.load() >= 3; }));
    EXPECT_TRUE(ExDeleteTimer(timer, TRUE, TRUE, nullptr));
    const int settled = fired.load();
    ntos::platform::sleepFor100ns(30 * 10'000);
    EXPECT_EQ(fired.load(), settled);
    EXPECT_TRUE(kernel().pool().outstanding().empty());
}

TEST_F(ExecutiveTest, GuardedMutexEntersAGuardedRegion) {
    KGUARDED_MUTEX mutex;
    KeInitializeGuardedMutex(&mutex);
    KeAcquireGuardedMutex(&mutex);
    EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);
    EXPECT_TRUE(KeAreAllApcsDisabled());
    BOOLEAN other = TRUE;
    ntos::platform::Thread("other", [&] { other = KeTryToAcquireGuardedMutex(&mutex); }).join();
    EXPECT_FALSE(other);
    KeReleaseGuardedMutex(&mutex);
    EXPECT_FALSE(KeAreAllApcsDisabled());
}

TEST_F(ExecutiveTest, DeviceQueueTracksBusyAndSortKeys) {
    KDEVICE_QUEUE queue;
    KeInitializeDeviceQueue(&queue);
    KDEVICE_QUEUE_ENTRY e1, e2, e3, e4;
    KIRQL old = KeRaiseIrqlToDpcLevel();
    EXPECT_FALSE(KeInsertDeviceQueue(&queue, &e1)) << "an idle queue becomes busy; the caller starts the I/O";
    EXPECT_TRUE(KeInsertByKeyDeviceQueue(&queue, &e2, 30));
    EXPECT_TRUE(KeInsertByKeyDeviceQueue(&queue, &e3, 10));
    EXPECT_TRUE(KeInsertByKeyDeviceQueue(&queue, &e4, 20));
    EXPECT_TRUE(KeRemoveEntryDeviceQueue(&queue, &e4));
    EXPECT_FALSE(KeRemoveEntryDeviceQueue(&queue, &e4));
    EXPECT_EQ(KeRemoveByKeyDeviceQueue(&queue, 15), &e2);
    EXPECT_EQ(KeRemoveDeviceQueue(&queue), &e3);
    EXPECT_EQ(KeRemoveDeviceQueue(&queue), nullptr);
    EXPECT_FALSE(queue.Busy);
    KeLowerIrql(old);
}

TEST_F(ExecutiveTest, DuplicateUnicodeStringAllocatesATerminatedCopy) {
    UNICODE_STRING source, copy;
    RtlInitUnicodeString(&source, L"dup");
    ASSERT_EQ(RtlDuplicateUnicodeString(RTL_DUPLICATE_UNICODE_STRING_NULL_TERMINATE, &source, &copy), STATUS_SUCCESS);
    EXPECT_EQ(copy.Length, 6);
    EXPECT_EQ(copy.MaximumLength, 8);
    EXPECT_EQ(copy.Buffer[3], 0);
    EXPECT_NE(copy.Buffer, source.Buffer);
    RtlFreeUnicodeString(&copy);
    EXPECT_EQ(RtlDuplicateUnicodeString(4, &source, &copy), STATUS_INVALID_PARAMETER);
}

TEST_F(ExecutiveTest, RaiseStatusIsAnUnhandledException) {
    EXPECT_DEATH(ExRaiseStatus(STATUS_INSUFFICIENT_RESOURCES), "KMODE_EXCEPTION_NOT_HANDLED: ExRaiseStatus\\(0xC000009A\\)");
}

TEST_F(ExecutiveTest, UuidCreateMakesVersion4Uuids) {
    UUID a, b;
    ASSERT_EQ(ExUuidCreate(&a), STATUS_SUCCESS);
    ASSERT_EQ(ExUuidCreate(&b), STATUS_SUCCESS);
    EXPECT_EQ(a.Data3 >> 12, 4);
    EXPECT_EQ(a.Data4[0] & 0xC0, 0x80);
    EXPECT_NE(std::memcmp(&a, &b, sizeof(UUID)), 0);
}

}  // namespace
