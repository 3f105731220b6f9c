// Create, cleanup and close ("Framework File Objects"): the framework makes a
// WDFFILEOBJECT for each create, presents the create to a queue configured for
// WdfRequestTypeCreate or else to EvtDeviceFileCreate, or handles it itself (function and
// bus drivers succeed it, filters forward it); cleanup and close run EvtFileCleanup and
// EvtFileClose and are completed or forwarded (AutoForwardCleanupClose).
#pragma once

#include <ntddk.h>

namespace wdf {

class FxDevice;

// IRP_MJ_CREATE / IRP_MJ_CLEANUP / IRP_MJ_CLOSE. IRQL PASSIVE_LEVEL, the opener's /
// closer's thread (close: any thread).
NTSTATUS fxDispatchCreate(FxDevice& device, PIRP irp);
NTSTATUS fxDispatchCleanup(FxDevice& device, PIRP irp);
NTSTATUS fxDispatchClose(FxDevice& device, PIRP irp);

}  // namespace wdf
