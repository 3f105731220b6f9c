// What is still missing from DDIs that are implemented only in part. The coverage table
// (docs/ddi-coverage.md) is generated from the function table and these notes.
#include <string_view>
#include <utility>

#include <ntddk.h>
#include <wdf.h>

#include "wdf/ddi/function_table.h"

namespace wdf {

std::string_view ddiPartialNote(int index) {
    static const std::pair<int, std::string_view> kNotes[] = {
        {WdfDeviceCreateTableIndex, "function, filter and control devices; PDOs bug-check (issue 9)"},
        {WdfControlDeviceInitAllocateTableIndex,
         "the SDDL string is syntax-checked and stored; access is not checked against it yet (issue 7)"},
        {WdfDeviceInitAssignSDDLStringTableIndex,
         "the SDDL string is syntax-checked and stored; access is not checked against it yet (issue 7)"},
        {WdfDeviceWdmDispatchIrpToIoQueueTableIndex,
         "WDF_DISPATCH_IRP_TO_IO_QUEUE_INVOKE_INCALLERCTX_CALLBACK bug-checks (not implemented yet)"},
        {WdfControlDeviceInitSetShutdownNotificationTableIndex,
         "WdfDeviceLastChanceShutdown is notified together with WdfDeviceShutdown (the kernel has one "
         "shutdown list)"},
        {WdfIoQueueCreateTableIndex,
         "EvtIoStop, EvtIoResume and EvtIoCanceledOnQueue bug-check (issues 3, 5); power-managed queues follow "
         "the PnP start/remove only"},
        {WdfDeviceEnqueueRequestTableIndex,
         "a filter without queues bug-checks (sending to the I/O target is not implemented); a queue that does not "
         "accept requests gives STATUS_INVALID_DEVICE_STATE (STATUS_WDF_BUSY is not in the headers yet)"},
        {WdfDeviceInitSetFileObjectConfigTableIndex,
         "the framework does not flush queued requests of the file at cleanup (the handle's close cancels its "
         "outstanding I/O first)"},
        {WdfIoQueueRetrieveNextRequestTableIndex, "no forwarding between queues yet (issue 3)"},
        {WdfRequestCompleteWithPriorityBoostTableIndex, "the boost is ignored (no thread priorities)"},
        {WdfTimerCreateTableIndex,
         "callbacks at DISPATCH_LEVEL only; AutomaticSerialization and passive execution level are recorded, "
         "not applied (issue 6)"},
        {WdfDeviceInitSetPowerPageableTableIndex, "recorded only (no paging)"},
        {WdfDeviceInitSetPowerNotPageableTableIndex, "recorded only (no paging)"},
    };
    for (const auto& [i, note] : kNotes) {
        if (i == index) return note;
    }
    return {};
}

}  // namespace wdf
