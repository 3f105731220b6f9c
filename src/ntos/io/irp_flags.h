// Bits the I/O manager keeps in IRP.AllocationFlags (a field reserved to it).
#pragma once

#include <ntddk.h>

namespace ntos {

// The completion routine of the IRP's top stack location returned
// STATUS_MORE_PROCESSING_REQUIRED: the originator may complete the IRP once more, and
// the I/O manager then finishes it.
inline constexpr UCHAR kIrpHeldAtTopByCompletionRoutine = 0x80;

// IrpFinishers holds a finisher for the IRP (set and cleared under its lock): has() and
// run() answer "no" without the lock for the IRPs drivers allocate themselves.
inline constexpr UCHAR kIrpHasFinisher = 0x40;

}  // namespace ntos
