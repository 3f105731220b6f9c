#include <windows.h>
#include <winioctl.h>
#include <cfgmgr32.h>

#include <gtest/gtest.h>

#include <cstddef>
#include <sys/stat.h>

extern "C" size_t umHeadersCSizeofOverlapped(void);
extern "C" size_t umHeadersCOffsetofEvent(void);
extern "C" size_t umHeadersCSizeofWchar(void);
extern "C" DWORD umHeadersCIoctl(void);

TEST(UmHeaders, WindowsX64Layouts) {
    EXPECT_EQ(sizeof(OVERLAPPED), 32u);
    EXPECT_EQ(offsetof(OVERLAPPED, Internal), 0u);
    EXPECT_EQ(offsetof(OVERLAPPED, InternalHigh), 8u);
    EXPECT_EQ(offsetof(OVERLAPPED, Offset), 16u);
    EXPECT_EQ(offsetof(OVERLAPPED, OffsetHigh), 20u);
    EXPECT_EQ(offsetof(OVERLAPPED, Pointer), 16u);
    EXPECT_EQ(offsetof(OVERLAPPED, hEvent), 24u);
    EXPECT_EQ(sizeof(SECURITY_ATTRIBUTES), 24u);
    EXPECT_EQ(sizeof(DWORD), 4u);
    EXPECT_EQ(sizeof(ULONG_PTR), 8u);
    EXPECT_EQ(sizeof(WCHAR), 2u);
    EXPECT_EQ(sizeof(GUID), 16u);
    EXPECT_EQ(umHeadersCSizeofOverlapped(), sizeof(OVERLAPPED));
    EXPECT_EQ(umHeadersCOffsetofEvent(), offsetof(OVERLAPPED, hEvent));
    EXPECT_EQ(umHeadersCSizeofWchar(), 2u);
}

TEST(UmHeaders, DocumentedValues) {
    EXPECT_EQ(CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS), 0x222000u);
    EXPECT_EQ(umHeadersCIoctl(), 0x222000u);
    EXPECT_EQ(CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_OUT_DIRECT, FILE_READ_ACCESS | FILE_WRITE_ACCESS), 0x22E006u);
    EXPECT_EQ(INVALID_HANDLE_VALUE, reinterpret_cast<HANDLE>(~uintptr_t{0}));
    EXPECT_EQ(ERROR_IO_PENDING, 997);
    EXPECT_EQ(ERROR_OPERATION_ABORTED, 995);
    EXPECT_EQ(ERROR_IO_INCOMPLETE, 996);
    EXPECT_EQ(ERROR_MORE_DATA, 234);
    EXPECT_EQ(ERROR_NOT_FOUND, 1168);
    EXPECT_EQ(WAIT_TIMEOUT, 258u);
    EXPECT_EQ(INFINITE, 0xFFFFFFFFu);
    EXPECT_EQ(OPEN_EXISTING, 3);
    EXPECT_EQ(FILE_FLAG_OVERLAPPED, 0x40000000u);
    EXPECT_EQ(CR_BUFFER_SMALL, 0x1Au);
    EXPECT_EQ(CM_GET_DEVICE_INTERFACE_LIST_ALL_DEVICES, 1u);
    EXPECT_EQ(STATUS_PENDING, 0x103u);
}
