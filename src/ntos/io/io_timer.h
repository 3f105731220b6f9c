// The I/O timer of a device object (IoInitializeTimer), released with the device.
#pragma once

#include <ntddk.h>

namespace ntos {

// Cancels and frees the device's I/O timer, if any. Thread: PASSIVE_LEVEL or the
// thread dropping the device's last reference.
void releaseIoTimer(PDEVICE_OBJECT device);

}  // namespace ntos
