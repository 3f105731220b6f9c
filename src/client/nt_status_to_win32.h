// NTSTATUS -> Win32 error code, as RtlNtStatusToDosError maps the statuses a driver
// completes I/O with (the documented correspondence of "Mapping NT Status Error Codes
// to Win32 Error Codes"). Unknown statuses map to ERROR_MR_MID_NOT_FOUND, as on Windows;
// FACILITY_NTWIN32 statuses (0xC007xxxx, 0x8007xxxx) carry the Win32 code in their low word.
#pragma once

#include <cstdint>

namespace kmdf::client {

uint32_t ntStatusToWin32Error(int32_t status);

}  // namespace kmdf::client
