// Two kernels in one process (one per simulated System): pools and DPC threads are separate.
#include "kernel_fixture.h"

using namespace ntos_test;

namespace {

struct Seen {
    std::atomic<ntos::Kernel*> kernel{nullptr};
    KEVENT done;
};

VOID recordKernel(PKDPC, PVOID context, PVOID, PVOID) {
    auto* seen = static_cast<Seen*>(context);
    seen->kernel.store(ntos::Kernel::current());
    KeSetEvent(&seen->done, 0, FALSE);
}

TEST(MultiKernelTest, EachKernelHasItsOwnPoolAndThreads) {
    ntos::KernelConfig config;
    config.processorCount = 1;
    config.workerThreadCount = 1;
    config.logSink = [](std::string_view) {};
    ntos::Kernel first(config);
    ntos::Kernel second(config);
    first.start();
    second.start();

    PVOID a = nullptr;
    PVOID b = nullptr;
    Seen seenA, seenB;
    KeInitializeEvent(&seenA.done, NotificationEvent, FALSE);
    KeInitializeEvent(&seenB.done, NotificationEvent, FALSE);
    KDPC dpcA, dpcB;
    KeInitializeDpc(&dpcA, recordKernel, &seenA);
    KeInitializeDpc(&dpcB, recordKernel, &seenB);
    {
        ntos::Kernel::ThreadScope scope(first);
        a = ExAllocatePool2(POOL_FLAG_NON_PAGED, 8, 'tsrF');
        KeInsertQueueDpc(&dpcA, nullptr, nullptr);
        {
            ntos::Kernel::ThreadScope inner(second);
            b = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, 'dnoS');
            KeInsertQueueDpc(&dpcB, nullptr, nullptr);
        }
        EXPECT_EQ(ntos::Kernel::current(), &first) << "scopes nest and restore";
    }
    EXPECT_EQ(ntos::Kernel::current(), nullptr);
    KeWaitForSingleObject(&seenA.done, Executive, KernelMode, FALSE, nullptr);
    KeWaitForSingleObject(&seenB.done, Executive, KernelMode, FALSE, nullptr);
    EXPECT_EQ(seenA.kernel.load(), &first);
    EXPECT_EQ(seenB.kernel.load(), &second);

    ASSERT_EQ(first.pool().outstanding().size(), 1u);
    EXPECT_EQ(first.pool().outstanding()[0].address, a);
    ASSERT_EQ(second.pool().outstanding().size(), 1u);
    EXPECT_EQ(second.pool().outstanding()[0].address, b);

    ExFreePool(a);  // a block may be freed on any thread
    ExFreePool(b);
    EXPECT_TRUE(first.pool().outstanding().empty());
    EXPECT_TRUE(second.pool().outstanding().empty());
    first.stop();
    second.stop();
}

TEST(MultiKernelTest, OwnerIsReturnedAsSet) {
    ntos::Kernel kernel(ntos::KernelConfig{});
    EXPECT_EQ(kernel.owner(), nullptr);
    int system = 0;
    kernel.setOwner(&system);
    EXPECT_EQ(kernel.owner(), &system);
    EXPECT_EQ(kernel.processorCount(), 2u);
}

TEST(MultiKernelTest, BugCheckHandlerReceivesTheReport) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_DEATH(
        {
            ntos::KernelConfig config;
            config.bugCheckHandler = [](const ntos::BugCheckReport& report) {
                std::fprintf(stderr, "handler: code=0x%X name=%s irql=%u thread=%s text=%s\n", report.code,
                             report.name.c_str(), report.irql, report.thread.c_str(), report.text.c_str());
            };
            ntos::Kernel kernel(config);
            ntos::Kernel::ThreadScope scope(kernel);
            KeRaiseIrqlToDpcLevel();
            KeBugCheckEx(0x44, 1, 2, 3, 4);
        },
        "handler: code=0x44 name=MULTIPLE_IRP_COMPLETE_REQUESTS irql=2 thread=thread [0-9]+ text=KeBugCheckEx");
}

}  // namespace
