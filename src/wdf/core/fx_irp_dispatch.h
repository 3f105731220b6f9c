// The framework's WDM dispatch routine, installed for every major function of a KMDF
// driver: routes each IRP to the device's PnP machine, power handling, file handling or
// I/O queues ("I/O request handler", "Dispatching Methods for I/O Requests").
#pragma once

#include <ntddk.h>

namespace wdf {

// DRIVER_DISPATCH. IRQL PASSIVE_LEVEL (PnP, create/close) or <= DISPATCH_LEVEL (I/O).
NTSTATUS fxDispatchIrp(PDEVICE_OBJECT deviceObject, PIRP irp);

}  // namespace wdf
