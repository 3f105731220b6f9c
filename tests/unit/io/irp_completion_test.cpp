// IRP mechanics on an in-process fake device stack (two device objects of a tiny
// in-test driver): completion-routine order, STATUS_MORE_PROCESSING_REQUIRED, pending
// propagation, invoke-on flags, cancel, double completion, device lifetime, attachment,
// IoBuildDeviceIoControlRequest, work items, and user opens through symbolic links.
#include "ntos/io/io_manager.h"
#include "ntos/system.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

namespace {

struct Scenario {
    enum class Upper { Skip, Routine };
    Upper upper = Upper::Routine;
    BOOLEAN upperOnSuccess = TRUE;
    BOOLEAN upperOnError = TRUE;
    NTSTATUS upperReturns = STATUS_CONTINUE_COMPLETION;
    bool lowerPends = false;
    NTSTATUS lowerCompletesWith = STATUS_SUCCESS;
    PIRP pendingIrp = nullptr;
    std::vector<std::string> sequence;
    std::vector<PDEVICE_OBJECT> routineDevices;
    bool originatorSawPendingReturned = false;
    std::vector<std::string> fileEvents;
};

Scenario* g_scenario = nullptr;

struct FakeExtension {
    PDEVICE_OBJECT lower;  // set on the upper device
};

NTSTATUS upperRoutine(PDEVICE_OBJECT device, PIRP irp, PVOID) {
    g_scenario->sequence.push_back("upper");
    g_scenario->routineDevices.push_back(device);
    if (irp->PendingReturned) IoMarkIrpPending(irp);
    return g_scenario->upperReturns;
}

NTSTATUS originatorRoutine(PDEVICE_OBJECT device, PIRP irp, PVOID) {
    g_scenario->sequence.push_back("originator");
    g_scenario->routineDevices.push_back(device);
    g_scenario->originatorSawPendingReturned = irp->PendingReturned != FALSE;
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS fakeRead(PDEVICE_OBJECT device, PIRP irp) {
    auto* extension = static_cast<FakeExtension*>(device->DeviceExtension);
    if (extension->lower != nullptr) {
        if (g_scenario->upper == Scenario::Upper::Skip) {
            IoSkipCurrentIrpStackLocation(irp);
        } else {
            IoCopyCurrentIrpStackLocationToNext(irp);
            IoSetCompletionRoutine(irp, upperRoutine, nullptr, g_scenario->upperOnSuccess, g_scenario->upperOnError,
                                   TRUE);
        }
        return IoCallDriver(extension->lower, irp);
    }
    if (g_scenario->lowerPends) {
        IoMarkIrpPending(irp);
        g_scenario->pendingIrp = irp;
        return STATUS_PENDING;
    }
    irp->IoStatus.Status = g_scenario->lowerCompletesWith;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return g_scenario->lowerCompletesWith;
}

NTSTATUS fakeDeviceControl(PDEVICE_OBJECT, PIRP irp) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    auto* buffer = static_cast<uint8_t*>(irp->AssociatedIrp.SystemBuffer);
    const ULONG count = stack->Parameters.DeviceIoControl.OutputBufferLength;
    for (ULONG i = 0; i < count; ++i) buffer[i] = static_cast<uint8_t>(buffer[i] * 2);
    irp->IoStatus.Status = STATUS_SUCCESS;
    irp->IoStatus.Information = count;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS fakeFileRequest(PDEVICE_OBJECT, PIRP irp) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    std::string event = stack->MajorFunction == IRP_MJ_CREATE    ? "create:"
                        : stack->MajorFunction == IRP_MJ_CLEANUP ? "cleanup"
                                                                 : "close";
    if (stack->MajorFunction == IRP_MJ_CREATE) {
        const UNICODE_STRING& name = stack->FileObject->FileName;
        for (USHORT i = 0; i < name.Length / sizeof(WCHAR); ++i) event.push_back(static_cast<char>(name.Buffer[i]));
    }
    g_scenario->fileEvents.push_back(event);
    irp->IoStatus.Status = STATUS_SUCCESS;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

// Completes the IRP but claims STATUS_PENDING without IoMarkIrpPending (a driver bug).
NTSTATUS fakeWriteBadPending(PDEVICE_OBJECT, PIRP irp) {
    irp->IoStatus.Status = STATUS_SUCCESS;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return STATUS_PENDING;
}

NTSTATUS initializeFakeDriver(PDRIVER_OBJECT driver, PUNICODE_STRING) {
    driver->MajorFunction[IRP_MJ_READ] = fakeRead;
    driver->MajorFunction[IRP_MJ_DEVICE_CONTROL] = fakeDeviceControl;
    driver->MajorFunction[IRP_MJ_WRITE] = fakeWriteBadPending;
    driver->MajorFunction[IRP_MJ_CREATE] = fakeFileRequest;
    driver->MajorFunction[IRP_MJ_CLEANUP] = fakeFileRequest;
    driver->MajorFunction[IRP_MJ_CLOSE] = fakeFileRequest;
    return STATUS_SUCCESS;
}

UNICODE_STRING ustr(const char16_t* text) {
    UNICODE_STRING s;
    s.Buffer = reinterpret_cast<PWCH>(const_cast<char16_t*>(text));
    s.Length = static_cast<USHORT>(std::char_traits<char16_t>::length(text) * sizeof(WCHAR));
    s.MaximumLength = s.Length;
    return s;
}

class FakeStack : public ::testing::Test {
protected:
    void SetUp() override {
        g_scenario = &scenario_;
        system_ = std::make_unique<ntos::System>(iotest::quietConfig(&log_));
        ASSERT_EQ(system_->boot(), STATUS_SUCCESS);
        scope_ = std::make_unique<ntos::System::ThreadScope>(*system_);
        driver_ = system_->io().drivers().createBuiltin(u"\\Driver\\FakeStack", initializeFakeDriver);
        ASSERT_EQ(IoCreateDevice(driver_, sizeof(FakeExtension), nullptr, FILE_DEVICE_UNKNOWN, 0, FALSE, &lower_),
                  STATUS_SUCCESS);
        ASSERT_EQ(IoCreateDevice(driver_, sizeof(FakeExtension), nullptr, FILE_DEVICE_UNKNOWN, 0, FALSE, &upper_),
                  STATUS_SUCCESS);
        auto* extension = static_cast<FakeExtension*>(upper_->DeviceExtension);
        extension->lower = IoAttachDeviceToDeviceStack(upper_, lower_);
        lower_->Flags &= ~DO_DEVICE_INITIALIZING;
        upper_->Flags &= ~DO_DEVICE_INITIALIZING;
    }

    void TearDown() override {
        if (upper_) {
            IoDetachDevice(lower_);
            IoDeleteDevice(upper_);
            IoDeleteDevice(lower_);
        }
        scope_.reset();
        system_.reset();
        g_scenario = nullptr;
    }

    PIRP sendRead(NTSTATUS* returned) {
        PIRP irp = IoAllocateIrp(upper_->StackSize, FALSE);
        PIO_STACK_LOCATION next = IoGetNextIrpStackLocation(irp);
        next->MajorFunction = IRP_MJ_READ;
        IoSetCompletionRoutine(irp, originatorRoutine, nullptr, TRUE, TRUE, TRUE);
        *returned = IoCallDriver(upper_, irp);
        return irp;
    }

    Scenario scenario_;
    std::vector<std::string> log_;
    std::unique_ptr<ntos::System> system_;
    std::unique_ptr<ntos::System::ThreadScope> scope_;
    PDRIVER_OBJECT driver_ = nullptr;
    PDEVICE_OBJECT lower_ = nullptr;
    PDEVICE_OBJECT upper_ = nullptr;
};

TEST_F(FakeStack, AttachingStacksTheDeviceOnTop) {
    EXPECT_EQ(lower_->StackSize, 1);
    EXPECT_EQ(upper_->StackSize, 2);
    EXPECT_EQ(lower_->AttachedDevice, upper_);
    EXPECT_EQ(IoGetAttachedDevice(lower_), upper_);
    PDEVICE_OBJECT top = IoGetAttachedDeviceReference(lower_);
    EXPECT_EQ(top, upper_);
    ObDereferenceObject(top);
}

TEST_F(FakeStack, CompletionRoutinesRunFromTheBottomUp) {
    NTSTATUS returned;
    PIRP irp = sendRead(&returned);
    EXPECT_EQ(returned, STATUS_SUCCESS);
    EXPECT_EQ(scenario_.sequence, (std::vector<std::string>{"upper", "originator"}));
    // Each routine gets the device of the driver that set it; the originator has no location.
    EXPECT_EQ(scenario_.routineDevices, (std::vector<PDEVICE_OBJECT>{upper_, nullptr}));
    EXPECT_FALSE(scenario_.originatorSawPendingReturned);
    IoFreeIrp(irp);
}

TEST_F(FakeStack, MoreProcessingRequiredStopsCompletionUntilCompletedAgain) {
    scenario_.upperReturns = STATUS_MORE_PROCESSING_REQUIRED;
    NTSTATUS returned;
    PIRP irp = sendRead(&returned);
    EXPECT_EQ(scenario_.sequence, (std::vector<std::string>{"upper"}));
    // The upper driver owns the IRP again and completes it (as after a synchronous forward).
    scenario_.upperReturns = STATUS_CONTINUE_COMPLETION;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    EXPECT_EQ(scenario_.sequence, (std::vector<std::string>{"upper", "originator"}));
    IoFreeIrp(irp);
}

TEST_F(FakeStack, PendingBitPropagatesThroughALocationWithoutCompletionRoutine) {
    scenario_.upper = Scenario::Upper::Skip;
    scenario_.lowerPends = true;
    NTSTATUS returned;
    PIRP irp = sendRead(&returned);
    EXPECT_EQ(returned, STATUS_PENDING);
    EXPECT_TRUE(scenario_.sequence.empty());
    ASSERT_EQ(scenario_.pendingIrp, irp);
    irp->IoStatus.Status = STATUS_SUCCESS;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    EXPECT_EQ(scenario_.sequence, (std::vector<std::string>{"originator"}));
    EXPECT_TRUE(scenario_.originatorSawPendingReturned);
    IoFreeIrp(irp);
}

TEST_F(FakeStack, RoutineNotInvokedForAnErrorUnlessAskedFor) {
    scenario_.upperOnError = FALSE;
    scenario_.lowerCompletesWith = STATUS_UNSUCCESSFUL;
    NTSTATUS returned;
    PIRP irp = sendRead(&returned);
    EXPECT_EQ(returned, STATUS_UNSUCCESSFUL);
    EXPECT_EQ(scenario_.sequence, (std::vector<std::string>{"originator"}));
    EXPECT_EQ(irp->IoStatus.Status, STATUS_UNSUCCESSFUL);
    IoFreeIrp(irp);
}

VOID countingCancel(PDEVICE_OBJECT, PIRP irp) {
    g_scenario->sequence.push_back(KeGetCurrentIrql() == DISPATCH_LEVEL ? "cancel@dispatch" : "cancel@other");
    IoReleaseCancelSpinLock(irp->CancelIrql);
}

TEST_F(FakeStack, IoCancelIrpCallsTheCancelRoutineOnceWithTheLockHeld) {
    scenario_.lowerPends = true;
    NTSTATUS returned;
    PIRP irp = sendRead(&returned);
    ASSERT_EQ(returned, STATUS_PENDING);
    IoSetCancelRoutine(irp, countingCancel);
    EXPECT_TRUE(IoCancelIrp(irp));
    EXPECT_TRUE(irp->Cancel);
    EXPECT_EQ(irp->CancelRoutine, nullptr);
    EXPECT_FALSE(IoCancelIrp(irp));
    EXPECT_EQ(scenario_.sequence, (std::vector<std::string>{"cancel@dispatch"}));
    EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);
    irp->IoStatus.Status = STATUS_CANCELLED;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    EXPECT_EQ(scenario_.sequence, (std::vector<std::string>{"cancel@dispatch", "upper", "originator"}));
    IoFreeIrp(irp);
}

using FakeStackDeathTest = FakeStack;

TEST_F(FakeStackDeathTest, CompletingAnIrpTwiceIsABugCheck) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_DEATH(
        {
            NTSTATUS returned;
            PIRP irp = sendRead(&returned);
            IoCompleteRequest(irp, IO_NO_INCREMENT);
        },
        "MULTIPLE_IRP_COMPLETE_REQUESTS");
}

TEST_F(FakeStackDeathTest, CompletingAFreedIrpIsABugCheck) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_DEATH(
        {
            NTSTATUS returned;
            PIRP irp = sendRead(&returned);
            IoFreeIrp(irp);
            IoCompleteRequest(irp, IO_NO_INCREMENT);
        },
        "MULTIPLE_IRP_COMPLETE_REQUESTS");
}

TEST_F(FakeStackDeathTest, CompletingWithACancelRoutineSetIsABugCheck) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_DEATH(
        {
            scenario_.lowerPends = true;
            NTSTATUS returned;
            PIRP irp = sendRead(&returned);
            IoSetCancelRoutine(irp, countingCancel);
            irp->IoStatus.Status = STATUS_SUCCESS;
            IoCompleteRequest(irp, IO_NO_INCREMENT);
        },
        "CANCEL_STATE_IN_COMPLETED_IRP");
}

TEST_F(FakeStack, BuildDeviceIoControlRequestFinishesWithIosbAndEvent) {
    uint8_t input[3] = {1, 2, 3};
    uint8_t output[3] = {};
    KEVENT event;
    KeInitializeEvent(&event, NotificationEvent, FALSE);
    IO_STATUS_BLOCK iosb{};
    PIRP irp = IoBuildDeviceIoControlRequest(CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS),
                                             lower_, input, sizeof(input), output, sizeof(output), FALSE, &event,
                                             &iosb);
    ASSERT_NE(irp, nullptr);
    NTSTATUS status = IoCallDriver(lower_, irp);
    if (status == STATUS_PENDING) KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, nullptr);
    EXPECT_EQ(iosb.Status, STATUS_SUCCESS);
    EXPECT_EQ(iosb.Information, 3u);
    EXPECT_EQ(std::vector<uint8_t>(output, output + 3), (std::vector<uint8_t>{2, 4, 6}));
    EXPECT_EQ(KeReadStateEvent(&event), 1);
}

NTSTATUS holdIrp(PDEVICE_OBJECT, PIRP, PVOID context) {
    *static_cast<int*>(context) += 1;
    return STATUS_MORE_PROCESSING_REQUIRED;
}

// IoBuildDeviceIoControlRequest: an originator whose completion routine returns
// STATUS_MORE_PROCESSING_REQUIRED completes the IRP again to let the I/O manager finish it.
TEST_F(FakeStack, IrpHeldByTheOriginatorsCompletionRoutineIsFinishedByCompletingItAgain) {
    uint8_t input[2] = {5, 6};
    uint8_t output[2] = {};
    KEVENT event;
    KeInitializeEvent(&event, NotificationEvent, FALSE);
    IO_STATUS_BLOCK iosb{};
    PIRP irp = IoBuildDeviceIoControlRequest(CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS),
                                             lower_, input, sizeof(input), output, sizeof(output), FALSE, &event,
                                             &iosb);
    ASSERT_NE(irp, nullptr);
    int held = 0;
    IoSetCompletionRoutine(irp, holdIrp, &held, TRUE, TRUE, TRUE);
    IoCallDriver(lower_, irp);
    EXPECT_EQ(held, 1);
    EXPECT_EQ(KeReadStateEvent(&event), 0);  // not finished: the routine kept it
    EXPECT_EQ(irp->IoStatus.Status, STATUS_SUCCESS);
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    EXPECT_EQ(KeReadStateEvent(&event), 1);
    EXPECT_EQ(iosb.Information, 2u);
    EXPECT_EQ(std::vector<uint8_t>(output, output + 2), (std::vector<uint8_t>{10, 12}));
}

TEST_F(FakeStack, DeletedDeviceStaysUntilItsLastReference) {
    PDEVICE_OBJECT named = nullptr;
    UNICODE_STRING name = ustr(u"\\Device\\FakeNamed");
    ASSERT_EQ(IoCreateDevice(driver_, 24, &name, FILE_DEVICE_UNKNOWN, 0, FALSE, &named), STATUS_SUCCESS);
    EXPECT_TRUE(named->Flags & DO_DEVICE_INITIALIZING);
    EXPECT_EQ(named->StackSize, 1);
    EXPECT_EQ(static_cast<char*>(named->DeviceExtension), reinterpret_cast<char*>(named) + ((sizeof(DEVICE_OBJECT) + 15) & ~size_t{15}));
    EXPECT_EQ(std::memcmp(named->DeviceExtension, std::vector<char>(24, 0).data(), 24), 0);
    PDEVICE_OBJECT clash = nullptr;
    EXPECT_EQ(IoCreateDevice(driver_, 0, &name, FILE_DEVICE_UNKNOWN, 0, FALSE, &clash), STATUS_OBJECT_NAME_COLLISION);
    EXPECT_EQ(driver_->DeviceObject, named);

    ObReferenceObject(named);
    IoDeleteDevice(named);
    EXPECT_EQ(system_->io().names().find(u"\\Device\\FakeNamed", ntos::NamedObjectKind::Device), nullptr);
    EXPECT_EQ(driver_->DeviceObject, named);  // still allocated, still on the driver's list
    ObDereferenceObject(named);
    EXPECT_NE(driver_->DeviceObject, named);
}

TEST_F(FakeStack, AutogeneratedDeviceNamesAreEightHexDigits) {
    PDEVICE_OBJECT device = nullptr;
    ASSERT_EQ(IoCreateDevice(driver_, 0, nullptr, FILE_DEVICE_UNKNOWN, FILE_AUTOGENERATED_DEVICE_NAME, FALSE, &device),
              STATUS_SUCCESS);
    bool found = false;
    for (const auto& name : system_->io().names().names()) {
        if (system_->io().names().find(name, ntos::NamedObjectKind::Device) == device) {
            found = true;
            EXPECT_EQ(name.size(), std::u16string(u"\\Device\\00000000").size());
            EXPECT_EQ(name.substr(0, 8), u"\\Device\\");
        }
    }
    EXPECT_TRUE(found);
    IoDeleteDevice(device);
}

TEST_F(FakeStack, UserOpenFollowsASymbolicLinkAndClosesInOrder) {
    PDEVICE_OBJECT named = nullptr;
    UNICODE_STRING name = ustr(u"\\Device\\FakeEcho");
    UNICODE_STRING link = ustr(u"\\DosDevices\\FakeEcho");
    ASSERT_EQ(IoCreateDevice(driver_, 0, &name, FILE_DEVICE_UNKNOWN, 0, FALSE, &named), STATUS_SUCCESS);
    ntos::UserOpenParams params;
    params.path = u"\\\\.\\FakeEcho\\sub";
    ntos::UserFileId file = 0;
    EXPECT_EQ(system_->userIo().open(params, &file), STATUS_OBJECT_NAME_NOT_FOUND);
    ASSERT_EQ(IoCreateSymbolicLink(&link, &name), STATUS_SUCCESS);
    EXPECT_EQ(IoCreateSymbolicLink(&link, &name), STATUS_OBJECT_NAME_COLLISION);
    EXPECT_EQ(system_->userIo().open(params, &file), STATUS_NO_SUCH_DEVICE);  // still initializing
    named->Flags &= ~DO_DEVICE_INITIALIZING;
    ASSERT_EQ(system_->userIo().open(params, &file), STATUS_SUCCESS);
    EXPECT_EQ(system_->userIo().close(file), STATUS_SUCCESS);
    EXPECT_EQ(scenario_.fileEvents, (std::vector<std::string>{"create:\\sub", "cleanup", "close"}));
    EXPECT_EQ(IoDeleteSymbolicLink(&link), STATUS_SUCCESS);
    EXPECT_EQ(system_->userIo().open(params, &file), STATUS_OBJECT_NAME_NOT_FOUND);
    IoDeleteDevice(named);
}

struct WorkItemProbe {
    KEVENT ran;
    KIRQL irql = HIGH_LEVEL;
    LONG_PTR referencesDuringRun = 0;
    PDEVICE_OBJECT device = nullptr;
};

VOID probeWork(PDEVICE_OBJECT device, PVOID context) {
    auto* probe = static_cast<WorkItemProbe*>(context);
    probe->irql = KeGetCurrentIrql();
    probe->device = device;
    probe->referencesDuringRun = ntos::System::current()->io().references().count(device);
    KeSetEvent(&probe->ran, IO_NO_INCREMENT, FALSE);
}

TEST_F(FakeStack, WorkItemRunsAtPassiveLevelHoldingADeviceReference) {
    WorkItemProbe probe;
    KeInitializeEvent(&probe.ran, NotificationEvent, FALSE);
    PIO_WORKITEM item = IoAllocateWorkItem(lower_);
    ASSERT_NE(item, nullptr);
    const LONG_PTR before = system_->io().references().count(lower_);
    IoQueueWorkItem(item, probeWork, DelayedWorkQueue, &probe);
    LARGE_INTEGER timeout;
    timeout.QuadPart = -50'000'000;  // 5 s
    ASSERT_EQ(KeWaitForSingleObject(&probe.ran, Executive, KernelMode, FALSE, &timeout), STATUS_SUCCESS);
    EXPECT_EQ(probe.irql, PASSIVE_LEVEL);
    EXPECT_EQ(probe.device, lower_);
    EXPECT_EQ(probe.referencesDuringRun, before + 1);
    for (int i = 0; i < 500 && system_->io().references().count(lower_) != before; ++i) {
        ntos::platform::sleepFor100ns(10'000);
    }
    EXPECT_EQ(system_->io().references().count(lower_), before);
    IoFreeWorkItem(item);
}

TEST_F(FakeStack, PendingReturnedWithoutIoMarkIrpPendingIsLogged) {
    PDEVICE_OBJECT named = nullptr;
    UNICODE_STRING name = ustr(u"\\Device\\FakeBadPending");
    ASSERT_EQ(IoCreateDevice(driver_, 0, &name, FILE_DEVICE_UNKNOWN, 0, FALSE, &named), STATUS_SUCCESS);
    named->Flags &= ~DO_DEVICE_INITIALIZING;
    ntos::UserOpenParams params;
    params.path = u"\\Device\\FakeBadPending";
    ntos::UserFileId file = 0;
    ASSERT_EQ(system_->userIo().open(params, &file), STATUS_SUCCESS);
    iotest::Completion wrote;
    system_->userIo().write(file, 1, {1}, 0, wrote.callback());
    ASSERT_TRUE(wrote.wait());
    EXPECT_EQ(wrote.result().status, STATUS_SUCCESS);
    bool logged = false;
    for (const auto& line : log_) {
        if (line.find("returned STATUS_PENDING without IoMarkIrpPending") != std::string::npos) logged = true;
    }
    EXPECT_TRUE(logged);
    system_->userIo().close(file);
    IoDeleteDevice(named);
}

VOID countTick(PDEVICE_OBJECT, PVOID context) {
    auto* probe = static_cast<WorkItemProbe*>(context);
    probe->irql = KeGetCurrentIrql();
    KeSetEvent(&probe->ran, IO_NO_INCREMENT, FALSE);
}

TEST_F(FakeStack, IoTimerCallsItsRoutineAtDispatchLevelOncePerSecond) {
    WorkItemProbe probe;
    KeInitializeEvent(&probe.ran, NotificationEvent, FALSE);
    ASSERT_EQ(IoInitializeTimer(lower_, countTick, &probe), STATUS_SUCCESS);
    IoStartTimer(lower_);
    LARGE_INTEGER timeout;
    timeout.QuadPart = -30'000'000;  // 3 s
    ASSERT_EQ(KeWaitForSingleObject(&probe.ran, Executive, KernelMode, FALSE, &timeout), STATUS_SUCCESS);
    EXPECT_EQ(probe.irql, DISPATCH_LEVEL);
    IoStopTimer(lower_);
}

}  // namespace
