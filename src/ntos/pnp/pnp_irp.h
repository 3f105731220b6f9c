// Sending one PnP IRP from the PnP manager to the top of a device's stack and waiting
// for it. IoStatus.Status starts as STATUS_NOT_SUPPORTED, as for every PnP IRP the
// PnP manager sends (drivers that do not handle a minor code leave it).
#pragma once

#include <ntddk.h>

#include <functional>

namespace ntos {

// `prepare` fills Parameters of the stack location. Thread: PASSIVE_LEVEL.
NTSTATUS sendPnpIrp(PDEVICE_OBJECT pdo, UCHAR minorFunction,
                    const std::function<void(PIO_STACK_LOCATION)>& prepare = {},
                    ULONG_PTR* information = nullptr);
// `information`, when given, is also the IRP's IoStatus.Information on the way down (the
// requirements list of IRP_MN_FILTER_RESOURCE_REQUIREMENTS travels there).

}  // namespace ntos
