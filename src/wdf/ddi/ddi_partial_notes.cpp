// What is still missing from DDIs that are implemented only in part. The coverage table
// (docs/ddi-coverage.md) is generated from the function table and these notes.
#include <string_view>
#include <utility>

#include <ntddk.h>
#include <wdf.h>

#include "wdf/ddi/function_table.h"

namespace wdf {

std::string_view ddiPartialNote(int index) {
    static constexpr std::string_view kCoarseStates =
        "this framework's machines have fewer states than WDF_DEVICE_*_STATE lists: each is reported as the "
        "documented state naming the same condition (FxPnpMachine::mapStates); the others are never entered "
        "(issue 5)";
    static const std::pair<int, std::string_view> kNotes[] = {
        {WdfDeviceCreateTableIndex,
         "PDOs take no WdfPdoInitSetEventCallbacks callbacks, device text, locale or container ID yet (issue 9)"},
        {WdfPdoInitAssignRawDeviceTableIndex,
         "the device class's registry overrides (SDDL, type, characteristics, exclusive) are not applied "
         "(registry: issue 7)"},
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
         "power-managed queues follow start, removal, system sleep/wake and S0 idle; a request that arrives "
         "while the system sleeps waits for S0"},
        {WdfDeviceAssignS0IdleSettingsTableIndex,
         "IdleCannotWakeFromS0, and IdleCanWakeFromS0 on a bus that reports DeviceWake (wait-wake IRP, "
         "EvtDeviceArmWakeFromS0/DisarmWakeFromS0/WakeFromS0Triggered); USB selective suspend gives "
         "STATUS_POWER_STATE_INVALID; UserControlOfIdleSettings and IdleTimeoutType are not used yet (issue 5)"},
        {WdfDeviceAssignSxWakeSettingsTableIndex,
         "wake from S3/S4 on a bus that reports SystemWake; UserControlOfWakeSettings is validated but no user "
         "setting is kept; ArmForWakeIfChildrenAreArmedForWake and IndicateChildWakeOnParentWake are not used "
         "(issue 5)"},
        {WdfDeviceSetPowerCapabilitiesTableIndex,
         "the values go into IRP_MN_QUERY_CAPABILITIES and the wake checks; a system sleep still takes the "
         "device to D3 (or the wake settings' DxState), not DeviceState[Sx] or IdealDxStateForSx (issue 5)"},
        {WdfDeviceGetDevicePnpStateTableIndex, kCoarseStates},
        {WdfDeviceGetDevicePowerStateTableIndex, kCoarseStates},
        {WdfDeviceGetDevicePowerPolicyStateTableIndex, kCoarseStates},
        {WdfDeviceInitRegisterPnpStateChangeCallbackTableIndex, kCoarseStates},
        {WdfDeviceInitRegisterPowerStateChangeCallbackTableIndex, kCoarseStates},
        {WdfDeviceInitRegisterPowerPolicyStateChangeCallbackTableIndex, kCoarseStates},
        {WdfDeviceSetFailedTableIndex,
         "WdfDeviceFailedAttemptRestart removes the device as failed like WdfDeviceFailedNoRestart: the "
         "framework does not re-enumerate the device yet (issue 5)"},
        {WdfIoQueueAssignForwardProgressPolicyTableIndex,
         "requests presented through EvtIoInCallerContext do not use the policy (their queue is not known yet)"},
        {WdfIoTargetOpenTableIndex,
         "open by name passes the create parameters to ZwCreateFile, which opens devices only (no files, no "
         "extended attributes); removal notification only for targets opened by name"},
        {WdfRequestReuseTableIndex,
         "SET_NEW_IRP on a request not made by WdfRequestCreateFromIrp gives STATUS_INVALID_DEVICE_REQUEST "
         "(STATUS_WDF_REQUEST_INVALID_STATE is not in the headers yet)"},
        {WdfRequestCreateTableIndex,
         "without an IoTarget (or with a closed one) the IRP is allocated at the first format, so "
         "WdfRequestWdmGetIrp returns NULL until then"},
        {WdfRequestSendTableIndex,
         "send-and-forget is refused for driver-created requests and for a stopped target"},
        {WdfIoTargetPurgeTableIndex,
         "requests sent with IGNORE_TARGET_STATE are neither cancelled nor waited for (as with Stop)"},
        {WdfRequestForwardToIoQueueTableIndex,
         "a destination that does not accept requests gives STATUS_INVALID_DEVICE_STATE (STATUS_WDF_BUSY is not "
         "in the headers yet)"},
        {WdfIoQueueFindRequestTableIndex, "allowed on every dispatch type (the docs restrict it to manual queues)"},
        {WdfIoQueueReadyNotifyTableIndex, "deregistering while the queue is started is not refused"},
        {WdfIoQueuePurgeTableIndex,
         "EvtRequestCancel of driver-owned requests runs without the IRP's Cancel flag set "
         "(WdfRequestIsCanceled is FALSE inside it)"},
        {WdfIoQueueStopAndPurgeTableIndex,
         "EvtRequestCancel of driver-owned requests runs without the IRP's Cancel flag set"},
        {WdfRequestProbeAndLockUserBufferForReadTableIndex,
         "the user buffer is host memory: bad addresses are not detected"},
        {WdfRequestProbeAndLockUserBufferForWriteTableIndex,
         "the user buffer is host memory: bad addresses are not detected"},
        {WdfDeviceEnqueueRequestTableIndex,
         "a queue that does not accept requests gives STATUS_INVALID_DEVICE_STATE (STATUS_WDF_BUSY is not in the "
         "headers yet)"},
        {WdfDeviceInitSetFileObjectConfigTableIndex,
         "the framework does not flush queued requests of the file at cleanup (the handle's close cancels its "
         "outstanding I/O first)"},
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
