// Sending an IRP the caller allocated (IoAllocateIrp) and waiting for it, as the I/O
// and PnP managers do for create/cleanup/close and PnP IRPs: a completion routine in
// the next stack location signals an event and returns STATUS_MORE_PROCESSING_REQUIRED.
#pragma once

#include <ntddk.h>

namespace ntos {

// The caller has filled in IoGetNextIrpStackLocation(irp). Sends the IRP to `device`,
// waits for its completion, stores the final IoStatus in `result`, frees the IRP.
// Returns result->Status. Thread: PASSIVE_LEVEL.
NTSTATUS callDriverAndWait(PDEVICE_OBJECT device, PIRP irp, IO_STATUS_BLOCK* result);

}  // namespace ntos
