// Bits the I/O manager keeps in IRP.AllocationFlags (a field reserved to it).
#pragma once

#include <ntddk.h>

namespace ntos {

// The completion routine of the IRP's top stack location returned
// STATUS_MORE_PROCESSING_REQUIRED: the originator may complete the IRP once more, and
// the I/O manager then finishes it.
inline constexpr UCHAR kIrpHeldAtTopByCompletionRoutine = 0x80;

}  // namespace ntos
