// Kernel file handles ("Using a File Handle"): ZwCreateFile / ZwOpenFile on a device
// name, ObReferenceObjectByHandle, synchronous ZwReadFile / ZwWriteFile /
// ZwDeviceIoControlFile through the handle, and ZwClose (IRP_MJ_CLEANUP at close,
// IRP_MJ_CLOSE with the file object's last reference), against the wdmecho driver.
#include "ntos/system.h"
#include "test_support.h"
#include "wdmecho.h"

#include <gtest/gtest.h>

namespace {

const std::u16string kEchoName = u"\\??\\ROOT#WDMECHO#0000#{6f1b1d52-3c4a-4f7e-9b1e-2a7c5d9e0f11}";

class KernelFileHandles : public ::testing::Test {
protected:
    void SetUp() override {
        system_ = std::make_unique<ntos::System>(iotest::quietConfig(&log_));
        ASSERT_EQ(system_->addRootDevice({u"ROOT\\WDMECHO", u"0000", u"wdmecho", WDMECHO_PATH}), STATUS_SUCCESS);
        ASSERT_EQ(system_->boot(), STATUS_SUCCESS);
        module_ = std::make_unique<iotest::WdmEchoModule>();
        scope_ = std::make_unique<ntos::System::ThreadScope>(*system_);
    }
    void TearDown() override {
        scope_.reset();
        system_.reset();
        module_.reset();
    }

    NTSTATUS open(const std::u16string& name, ACCESS_MASK access, HANDLE* handle, IO_STATUS_BLOCK* ioStatus) {
        std::u16string copy = name;
        UNICODE_STRING objectName;
        objectName.Buffer = reinterpret_cast<PWCH>(copy.data());
        objectName.Length = static_cast<USHORT>(copy.size() * sizeof(WCHAR));
        objectName.MaximumLength = objectName.Length;
        OBJECT_ATTRIBUTES attributes;
        InitializeObjectAttributes(&attributes, &objectName, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, nullptr,
                                   nullptr);
        return ZwCreateFile(handle, access, &attributes, ioStatus, nullptr, FILE_ATTRIBUTE_NORMAL,
                            FILE_SHARE_READ | FILE_SHARE_WRITE, FILE_OPEN, FILE_NON_DIRECTORY_FILE, nullptr, 0);
    }
    HANDLE openEcho(ACCESS_MASK access = GENERIC_READ | GENERIC_WRITE) {
        HANDLE handle = nullptr;
        IO_STATUS_BLOCK ioStatus{};
        EXPECT_EQ(open(kEchoName, access, &handle, &ioStatus), STATUS_SUCCESS);
        EXPECT_EQ(ioStatus.Information, ULONG_PTR{FILE_OPENED});
        return handle;
    }
    std::string events() { return module_->events(); }

    std::vector<std::string> log_;
    std::unique_ptr<ntos::System> system_;
    std::unique_ptr<iotest::WdmEchoModule> module_;
    std::unique_ptr<ntos::System::ThreadScope> scope_;
};

TEST_F(KernelFileHandles, CreateFileOpensTheDeviceAndReturnsAKernelHandle) {
    HANDLE handle = openEcho();
    ASSERT_NE(handle, nullptr);
    EXPECT_NE(reinterpret_cast<ULONG_PTR>(handle) & (ULONG_PTR{1} << 63), 0u) << "kernel handles have the high bit";
    EXPECT_EQ(events(), "entry,add,start,create:");
    PFILE_OBJECT file = nullptr;
    OBJECT_HANDLE_INFORMATION info{};
    ASSERT_EQ(ObReferenceObjectByHandle(handle, FILE_READ_DATA, *IoFileObjectType, KernelMode,
                                        reinterpret_cast<PVOID*>(&file), &info),
              STATUS_SUCCESS);
    EXPECT_EQ(file->Type, IO_TYPE_FILE);
    EXPECT_EQ(info.GrantedAccess & (FILE_READ_DATA | FILE_WRITE_DATA), ACCESS_MASK{FILE_READ_DATA | FILE_WRITE_DATA});
    ObDereferenceObject(file);
    EXPECT_EQ(ZwClose(handle), STATUS_SUCCESS);
    EXPECT_EQ(events(), "entry,add,start,create:,cleanup,close");
}

TEST_F(KernelFileHandles, ReadWriteAndIoctlGoThroughTheHandle) {
    HANDLE handle = openEcho();
    uint8_t data[4] = {1, 2, 3, 4};
    IO_STATUS_BLOCK ioStatus{};
    ASSERT_EQ(ZwWriteFile(handle, nullptr, nullptr, nullptr, &ioStatus, data, sizeof(data), nullptr, nullptr),
              STATUS_SUCCESS);
    EXPECT_EQ(ioStatus.Information, 4u);
    uint8_t back[8] = {};
    ASSERT_EQ(ZwReadFile(handle, nullptr, nullptr, nullptr, &ioStatus, back, sizeof(back), nullptr, nullptr),
              STATUS_SUCCESS);
    EXPECT_EQ(ioStatus.Information, 4u);
    EXPECT_EQ(std::vector<uint8_t>(back, back + 4), std::vector<uint8_t>(data, data + 4));
    uint8_t in[3] = {10, 20, 30};
    uint8_t out[3] = {};
    ASSERT_EQ(ZwDeviceIoControlFile(handle, nullptr, nullptr, nullptr, &ioStatus, IOCTL_WDMECHO_BUFFERED, in,
                                    sizeof(in), out, sizeof(out)),
              STATUS_SUCCESS);
    EXPECT_EQ(ioStatus.Information, 3u);
    EXPECT_EQ(std::vector<uint8_t>(out, out + 3), (std::vector<uint8_t>{11, 21, 31}));
    EXPECT_EQ(ZwDeviceIoControlFile(handle, nullptr, nullptr, nullptr, &ioStatus, 0x12345, nullptr, 0, nullptr, 0),
              STATUS_INVALID_DEVICE_REQUEST);
    EXPECT_EQ(ZwClose(handle), STATUS_SUCCESS);
}

TEST_F(KernelFileHandles, AReferenceTakenFromTheHandleDelaysCloseButNotCleanup) {
    HANDLE handle = openEcho();
    PFILE_OBJECT file = nullptr;
    ASSERT_EQ(ObReferenceObjectByHandle(handle, 0, nullptr, KernelMode, reinterpret_cast<PVOID*>(&file), nullptr),
              STATUS_SUCCESS);
    EXPECT_EQ(ZwClose(handle), STATUS_SUCCESS);
    EXPECT_EQ(events(), "entry,add,start,create:,cleanup");
    ObDereferenceObject(file);
    EXPECT_EQ(events(), "entry,add,start,create:,cleanup,close");
}

TEST_F(KernelFileHandles, AClosedOrUnknownHandleIsInvalid) {
    HANDLE handle = openEcho();
    ASSERT_EQ(ZwClose(handle), STATUS_SUCCESS);
    EXPECT_EQ(ZwClose(handle), STATUS_INVALID_HANDLE);
    EXPECT_EQ(ObCloseHandle(handle, KernelMode), STATUS_INVALID_HANDLE);
    PVOID object = reinterpret_cast<PVOID>(1);
    EXPECT_EQ(ObReferenceObjectByHandle(handle, 0, nullptr, KernelMode, &object, nullptr), STATUS_INVALID_HANDLE);
    EXPECT_EQ(object, nullptr);
    IO_STATUS_BLOCK ioStatus{};
    uint8_t byte = 0;
    EXPECT_EQ(ZwReadFile(handle, nullptr, nullptr, nullptr, &ioStatus, &byte, 1, nullptr, nullptr),
              STATUS_INVALID_HANDLE);
}

TEST_F(KernelFileHandles, ObjectTypeAndUserModeAccessAreChecked) {
    HANDLE handle = openEcho(FILE_READ_DATA);
    PVOID object = nullptr;
    char otherTypeTag = 0;
    EXPECT_EQ(ObReferenceObjectByHandle(handle, 0, reinterpret_cast<POBJECT_TYPE>(&otherTypeTag), KernelMode, &object,
                                        nullptr),
              STATUS_OBJECT_TYPE_MISMATCH);
    EXPECT_EQ(ObReferenceObjectByHandle(handle, FILE_WRITE_DATA, *IoFileObjectType, UserMode, &object, nullptr),
              STATUS_ACCESS_DENIED);
    // Kernel-mode callers are not access-checked.
    ASSERT_EQ(ObReferenceObjectByHandleWithTag(handle, FILE_WRITE_DATA, *IoFileObjectType, KernelMode, 'tseT',
                                               &object, nullptr),
              STATUS_SUCCESS);
    ObDereferenceObject(object);
    EXPECT_EQ(ZwClose(handle), STATUS_SUCCESS);
}

TEST_F(KernelFileHandles, AnUnknownNameFailsWithoutAHandle) {
    HANDLE handle = reinterpret_cast<HANDLE>(1);
    IO_STATUS_BLOCK ioStatus{};
    EXPECT_EQ(open(u"\\Device\\NoSuchDevice", GENERIC_READ, &handle, &ioStatus), STATUS_OBJECT_NAME_NOT_FOUND);
    EXPECT_EQ(handle, nullptr);
    EXPECT_EQ(ioStatus.Status, STATUS_OBJECT_NAME_NOT_FOUND);
}

TEST_F(KernelFileHandles, OpenFileOpensLikeCreateFile) {
    std::u16string name = kEchoName + u"\\sub";
    UNICODE_STRING objectName;
    objectName.Buffer = reinterpret_cast<PWCH>(name.data());
    objectName.Length = static_cast<USHORT>(name.size() * sizeof(WCHAR));
    objectName.MaximumLength = objectName.Length;
    OBJECT_ATTRIBUTES attributes;
    InitializeObjectAttributes(&attributes, &objectName, OBJ_KERNEL_HANDLE, nullptr, nullptr);
    HANDLE handle = nullptr;
    IO_STATUS_BLOCK ioStatus{};
    ASSERT_EQ(ZwOpenFile(&handle, GENERIC_READ, &attributes, &ioStatus, FILE_SHARE_READ, 0), STATUS_SUCCESS);
    EXPECT_EQ(events(), "entry,add,start,create:\\sub");
    EXPECT_EQ(ZwClose(handle), STATUS_SUCCESS);
}

using KernelFileHandlesDeathTest = KernelFileHandles;

TEST_F(KernelFileHandlesDeathTest, AsynchronousIoOnAHandleIsNotImplementedAndSaysSo) {
    HANDLE handle = openEcho();
    EXPECT_DEATH(
        {
            IO_STATUS_BLOCK ioStatus{};
            uint8_t byte = 0;
            (void)ZwReadFile(handle, reinterpret_cast<HANDLE>(8), nullptr, nullptr, &ioStatus, &byte, 1, nullptr,
                             nullptr);
        },
        "ZwReadFile with an Event or ApcRoutine");
    EXPECT_EQ(ZwClose(handle), STATUS_SUCCESS);
}

}  // namespace
