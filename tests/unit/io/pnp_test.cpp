// The PnP manager's root bus and the kernel-mode I/O routines against a started
// wdmecho stack: PDO answers (QUERY_ID, QUERY_CAPABILITIES), IoGetDeviceProperty,
// IoGetDeviceInterfaces, IoGetDeviceObjectPointer, IoBuildSynchronousFsdRequest.
#include "ntos/io/io_manager.h"
#include "ntos/io/nt_string.h"
#include "ntos/pnp/pnp_irp.h"
#include "ntos/pnp/pnp_manager.h"
#include "ntos/system.h"
#include "test_support.h"
#include "wdmecho.h"

#include <gtest/gtest.h>

#include <cstring>

namespace {

constexpr GUID kEchoInterface = WDMECHO_INTERFACE_GUID_INIT;
const std::u16string kKernelLink = u"\\??\\ROOT#WDMECHO#0000#{6f1b1d52-3c4a-4f7e-9b1e-2a7c5d9e0f11}";

class RootBus : public ::testing::Test {
protected:
    void SetUp() override {
        system_ = std::make_unique<ntos::System>(iotest::quietConfig(&log_));
        ASSERT_EQ(system_->addRootDevice({u"ROOT\\WDMECHO", u"0000", u"wdmecho", WDMECHO_PATH}), STATUS_SUCCESS);
        ASSERT_EQ(system_->boot(), STATUS_SUCCESS);
        module_ = std::make_unique<iotest::WdmEchoModule>();
        scope_ = std::make_unique<ntos::System::ThreadScope>(*system_);
        pdo_ = system_->pnp().nodes().at(0)->pdo;
        ASSERT_NE(pdo_, nullptr);
    }
    void TearDown() override {
        scope_.reset();
        system_.reset();
        module_.reset();
    }

    std::vector<std::string> log_;
    std::unique_ptr<ntos::System> system_;
    std::unique_ptr<iotest::WdmEchoModule> module_;
    std::unique_ptr<ntos::System::ThreadScope> scope_;
    PDEVICE_OBJECT pdo_ = nullptr;
};

TEST_F(RootBus, PdoAnswersQueryIdThroughTheStack) {
    ULONG_PTR information = 0;
    NTSTATUS status = ntos::sendPnpIrp(pdo_, IRP_MN_QUERY_ID, [](PIO_STACK_LOCATION stack) {
        stack->Parameters.QueryId.IdType = BusQueryDeviceID;
    }, &information);
    ASSERT_EQ(status, STATUS_SUCCESS);
    auto* id = reinterpret_cast<PWSTR>(information);
    EXPECT_TRUE(ntos::toU16(id) == u"ROOT\\WDMECHO");
    ExFreePool(id);

    status = ntos::sendPnpIrp(pdo_, IRP_MN_QUERY_ID, [](PIO_STACK_LOCATION stack) {
        stack->Parameters.QueryId.IdType = BusQueryInstanceID;
    }, &information);
    ASSERT_EQ(status, STATUS_SUCCESS);
    EXPECT_TRUE(ntos::toU16(reinterpret_cast<PWSTR>(information)) == u"0000");
    ExFreePool(reinterpret_cast<PVOID>(information));

    status = ntos::sendPnpIrp(pdo_, IRP_MN_QUERY_ID, [](PIO_STACK_LOCATION stack) {
        stack->Parameters.QueryId.IdType = BusQueryCompatibleIDs;
    }, &information);
    EXPECT_EQ(status, STATUS_NOT_SUPPORTED);  // the PnP IRP's initial status, untouched
}

TEST_F(RootBus, PdoAnswersQueryCapabilities) {
    DEVICE_CAPABILITIES caps{};
    caps.Size = sizeof(caps);
    caps.Version = 1;
    caps.Address = 0;
    NTSTATUS status = ntos::sendPnpIrp(pdo_, IRP_MN_QUERY_CAPABILITIES, [&caps](PIO_STACK_LOCATION stack) {
        stack->Parameters.DeviceCapabilities.Capabilities = &caps;
    });
    ASSERT_EQ(status, STATUS_SUCCESS);
    EXPECT_EQ(caps.DeviceState[PowerSystemWorking], PowerDeviceD0);
    EXPECT_EQ(caps.DeviceState[PowerSystemShutdown], PowerDeviceD3);
    EXPECT_EQ(caps.Address, 0xFFFFFFFFu);
    EXPECT_FALSE(caps.Removable);
}

TEST_F(RootBus, DevicePropertyReportsSizeThenValue) {
    ULONG length = 0;
    WCHAR small[2];
    EXPECT_EQ(IoGetDeviceProperty(pdo_, DevicePropertyHardwareID, sizeof(small), small, &length),
              STATUS_BUFFER_TOO_SMALL);
    const std::u16string expected(u"ROOT\\WDMECHO\0\0", 14);
    EXPECT_EQ(length, expected.size() * sizeof(WCHAR));
    std::vector<WCHAR> buffer(length / sizeof(WCHAR));
    ASSERT_EQ(IoGetDeviceProperty(pdo_, DevicePropertyHardwareID, length, buffer.data(), &length), STATUS_SUCCESS);
    EXPECT_EQ(std::memcmp(buffer.data(), expected.data(), length), 0);

    WCHAR name[64];
    ASSERT_EQ(IoGetDeviceProperty(pdo_, DevicePropertyPhysicalDeviceObjectName, sizeof(name), name, &length),
              STATUS_SUCCESS);
    EXPECT_TRUE(ntos::toU16(name).starts_with(u"\\Device\\"));
    ASSERT_EQ(IoGetDeviceProperty(pdo_, DevicePropertyEnumeratorName, sizeof(name), name, &length), STATUS_SUCCESS);
    EXPECT_TRUE(ntos::toU16(name) == u"ROOT");
    EXPECT_EQ(IoGetDeviceProperty(pdo_, DevicePropertyUINumber, sizeof(name), name, &length),
              STATUS_OBJECT_NAME_NOT_FOUND);
}

TEST_F(RootBus, GetDeviceInterfacesListsTheEnabledLink) {
    PZZWSTR list = nullptr;
    ASSERT_EQ(IoGetDeviceInterfaces(&kEchoInterface, nullptr, 0, &list), STATUS_SUCCESS);
    EXPECT_TRUE(ntos::toU16(list) == kKernelLink);
    EXPECT_EQ(list[kKernelLink.size() + 1], 0);  // the list's terminating empty string
    ExFreePool(list);
}

TEST_F(RootBus, DeviceObjectPointerOpensTheStackAndClosesOnLastReference) {
    UNICODE_STRING name = ntos::viewOf(kKernelLink);
    PFILE_OBJECT file = nullptr;
    PDEVICE_OBJECT top = nullptr;
    ASSERT_EQ(IoGetDeviceObjectPointer(&name, FILE_READ_DATA, &file, &top), STATUS_SUCCESS);
    EXPECT_EQ(top, IoGetAttachedDevice(pdo_));
    EXPECT_NE(top, pdo_);
    EXPECT_EQ(file->DeviceObject, pdo_);
    EXPECT_EQ(module_->events(), "entry,add,start,create:,cleanup");
    ObDereferenceObject(file);
    EXPECT_EQ(module_->events(), "entry,add,start,create:,cleanup,close");
}

TEST_F(RootBus, SynchronousFsdRequestsMoveBufferedData) {
    PDEVICE_OBJECT top = IoGetAttachedDeviceReference(pdo_);
    uint8_t data[3] = {9, 8, 7};
    KEVENT event;
    IO_STATUS_BLOCK iosb{};
    KeInitializeEvent(&event, NotificationEvent, FALSE);
    PIRP irp = IoBuildSynchronousFsdRequest(IRP_MJ_WRITE, top, data, sizeof(data), nullptr, &event, &iosb);
    ASSERT_NE(irp, nullptr);
    if (IoCallDriver(top, irp) == STATUS_PENDING) KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, nullptr);
    EXPECT_EQ(iosb.Status, STATUS_SUCCESS);
    EXPECT_EQ(iosb.Information, 3u);

    uint8_t back[8] = {};
    KeClearEvent(&event);
    irp = IoBuildSynchronousFsdRequest(IRP_MJ_READ, top, back, sizeof(back), nullptr, &event, &iosb);
    ASSERT_NE(irp, nullptr);
    if (IoCallDriver(top, irp) == STATUS_PENDING) KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, nullptr);
    EXPECT_EQ(iosb.Information, 3u);
    EXPECT_EQ(std::vector<uint8_t>(back, back + 3), (std::vector<uint8_t>{9, 8, 7}));
    ObDereferenceObject(top);
}

TEST_F(RootBus, OpensFailOnceRemovalBegan) {
    // Tear down by hand the way shutdown does, keeping a handle on the PDO.
    ObReferenceObject(pdo_);
    scope_.reset();
    system_->shutdown();
    EXPECT_EQ(system_->deviceTreeText(), "ROOT\n  ROOT\\WDMECHO\\0000  service=wdmecho  state=Removed\n");
    ntos::System::ThreadScope scope(*system_);
    ntos::OpenParameters params;
    PFILE_OBJECT file = nullptr;
    EXPECT_EQ(system_->io().files().open(pdo_, u"", params, &file), STATUS_DELETE_PENDING);
    ObDereferenceObject(pdo_);
}

}  // namespace
