// The calling thread's last Win32 error (GetLastError/SetLastError).
#pragma once

#include <cstdint>

namespace kmdf::client {

uint32_t lastError();
void setLastError(uint32_t error);

}  // namespace kmdf::client
