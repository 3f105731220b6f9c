#include "client/nt_status_to_win32.h"

#include <windows.h>

#include <gtest/gtest.h>

using kmdf::client::ntStatusToWin32Error;

namespace {
int32_t s(uint32_t value) { return static_cast<int32_t>(value); }
}  // namespace

TEST(NtStatusToWin32, DocumentedCorrespondences) {
    EXPECT_EQ(ntStatusToWin32Error(0), ERROR_SUCCESS);
    EXPECT_EQ(ntStatusToWin32Error(s(0x00000103)), ERROR_IO_PENDING);
    EXPECT_EQ(ntStatusToWin32Error(s(0xC0000120)), ERROR_OPERATION_ABORTED);     // CANCELLED
    EXPECT_EQ(ntStatusToWin32Error(s(0x80000005)), ERROR_MORE_DATA);             // BUFFER_OVERFLOW
    EXPECT_EQ(ntStatusToWin32Error(s(0xC0000023)), ERROR_INSUFFICIENT_BUFFER);   // BUFFER_TOO_SMALL
    EXPECT_EQ(ntStatusToWin32Error(s(0xC0000010)), ERROR_INVALID_FUNCTION);      // INVALID_DEVICE_REQUEST
    EXPECT_EQ(ntStatusToWin32Error(s(0xC000000D)), ERROR_INVALID_PARAMETER);
    EXPECT_EQ(ntStatusToWin32Error(s(0xC0000022)), ERROR_ACCESS_DENIED);
    EXPECT_EQ(ntStatusToWin32Error(s(0xC0000034)), ERROR_FILE_NOT_FOUND);        // OBJECT_NAME_NOT_FOUND
    EXPECT_EQ(ntStatusToWin32Error(s(0xC000003A)), ERROR_PATH_NOT_FOUND);        // OBJECT_PATH_NOT_FOUND
    EXPECT_EQ(ntStatusToWin32Error(s(0xC000000E)), ERROR_FILE_NOT_FOUND);        // NO_SUCH_DEVICE
    EXPECT_EQ(ntStatusToWin32Error(s(0xC000000F)), ERROR_FILE_NOT_FOUND);        // NO_SUCH_FILE
    EXPECT_EQ(ntStatusToWin32Error(s(0xC00000C0)), ERROR_DEV_NOT_EXIST);         // DEVICE_DOES_NOT_EXIST
    EXPECT_EQ(ntStatusToWin32Error(s(0xC0000056)), ERROR_ACCESS_DENIED);         // DELETE_PENDING
    EXPECT_EQ(ntStatusToWin32Error(s(0xC000009A)), ERROR_NO_SYSTEM_RESOURCES);   // INSUFFICIENT_RESOURCES
    EXPECT_EQ(ntStatusToWin32Error(s(0xC00000A3)), ERROR_NOT_READY);             // DEVICE_NOT_READY
    EXPECT_EQ(ntStatusToWin32Error(s(0xC00000BB)), ERROR_NOT_SUPPORTED);
    EXPECT_EQ(ntStatusToWin32Error(s(0xC0000008)), ERROR_INVALID_HANDLE);
    EXPECT_EQ(ntStatusToWin32Error(s(0xC0000225)), ERROR_NOT_FOUND);
    EXPECT_EQ(ntStatusToWin32Error(s(0xC0000001)), ERROR_GEN_FAILURE);           // UNSUCCESSFUL
    EXPECT_EQ(ntStatusToWin32Error(s(0xC0000002)), ERROR_INVALID_FUNCTION);      // NOT_IMPLEMENTED
    EXPECT_EQ(ntStatusToWin32Error(s(0x80000011)), ERROR_BUSY);                  // DEVICE_BUSY
    EXPECT_EQ(ntStatusToWin32Error(s(0xC00002B6)), ERROR_DEVICE_REMOVED);
    EXPECT_EQ(ntStatusToWin32Error(s(0xC000014B)), ERROR_BROKEN_PIPE);           // PIPE_BROKEN
}

TEST(NtStatusToWin32, InvalidParameterNumbersMapToInvalidParameter) {
    for (uint32_t status = 0xC00000EF; status <= 0xC00000FA; ++status)
        EXPECT_EQ(ntStatusToWin32Error(s(status)), ERROR_INVALID_PARAMETER) << std::hex << status;
}

TEST(NtStatusToWin32, Win32FacilityCarriesTheCode) {
    EXPECT_EQ(ntStatusToWin32Error(s(0xC0070000 | 1168)), 1168u);
    EXPECT_EQ(ntStatusToWin32Error(s(0x80070000 | 234)), 234u);
}

TEST(NtStatusToWin32, UnknownStatusMapsToMrMidNotFound) {
    EXPECT_EQ(ntStatusToWin32Error(s(0xC0FF1234)), ERROR_MR_MID_NOT_FOUND);
}
