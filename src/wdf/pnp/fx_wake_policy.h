// FxWakePolicy: arming a device for wake, for the power policy owner of its stack
// ("Supporting Idle Power-Down", "Supporting System Wake-Up", WdfDeviceAssignSxWakeSettings,
// WDF_POWER_POLICY_EVENT_CALLBACKS). Before an armed power-down the owner sends
// IRP_MN_WAIT_WAKE down its stack; the bus driver holds it until the device signals wake
// (it completes the IRP with STATUS_SUCCESS) or the owner cancels it on the way back to
// D0. The driver's EvtDeviceArmWakeFromS0/Sx runs during the power-down, after the queues
// stopped; EvtDeviceWakeFromS0/SxTriggered (a signalled wake only) and
// EvtDeviceDisarmWakeFromS0/Sx during the power-up, after EvtDeviceD0EntryPostInterruptsEnabled.
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include <cstdint>

#include "wdf/support/fx_spin_mutex.h"

namespace wdf {

class FxDevice;

class FxWakePolicy {
public:
    enum class Arming : uint8_t { None, FromS0, FromSx };

    explicit FxWakePolicy(FxDevice& device);
    ~FxWakePolicy();
    FxWakePolicy(const FxWakePolicy&) = delete;
    FxWakePolicy& operator=(const FxWakePolicy&) = delete;

    // The bus driver's DEVICE_CAPABILITIES (IRP_MN_QUERY_CAPABILITIES sent down the stack
    // the first time they are needed). IRQL PASSIVE_LEVEL.
    const DEVICE_CAPABILITIES& capabilities();
    // WdfDeviceSetPowerCapabilities changed what the device says: query again next time.
    void forgetCapabilities() { capabilitiesQueried_ = false; }
    // Can the device signal wake from `dx` (DeviceWake is that state or a deeper one)?
    // PowerDeviceMaximum: from the deepest state it can wake from. IRQL PASSIVE_LEVEL.
    bool canWakeFrom(DEVICE_POWER_STATE dx);
    // The device state to wake from: dx, or DeviceWake for PowerDeviceMaximum.
    DEVICE_POWER_STATE wakeStateFor(DEVICE_POWER_STATE dx);

    // WdfDeviceAssignSxWakeSettings (validated as the reference page lists).
    // IRQL PASSIVE_LEVEL (the first call queries the capabilities).
    NTSTATUS assignSx(const WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS& settings, const char* ddiName);
    // Armed for wake from this sleeping state (wake enabled, and the bus can wake the
    // system from it)? IRQL PASSIVE_LEVEL.
    bool armsForSystemState(SYSTEM_POWER_STATE sx);
    // The device state for a sleep armed for wake.
    DEVICE_POWER_STATE sxDxState() const { return sxDxState_; }

    // Sends IRP_MN_WAIT_WAKE for `sx` (PowerSystemWorking: wake from S0) to the top of
    // the stack. A bus that cannot wake completes it at once: the device is not armed.
    // IRQL PASSIVE_LEVEL, the device's power lock held.
    void sendWaitWake(SYSTEM_POWER_STATE sx);
    // In the power-down, after the queues stopped: the driver's Arm callback. A failure
    // cancels the wait-wake IRP; the device powers down unarmed and no Disarm follows.
    // IRQL PASSIVE_LEVEL, the power lock held.
    void armInPowerDown();
    // In the power-up, after EvtDeviceD0EntryPostInterruptsEnabled: cancels a wait-wake
    // IRP still held, waits for it, then Triggered (when the device signalled wake) and
    // Disarm. IRQL PASSIVE_LEVEL, the power lock held.
    void disarmInPowerUp();
    // Removal or a failed power transition: the wait-wake IRP is cancelled and waited
    // for; no callback. IRQL PASSIVE_LEVEL.
    void cancelWithoutCallbacks();

    Arming arming() const { return arming_; }

private:
    static NTSTATUS NTAPI waitWakeCompleted(PDEVICE_OBJECT, PIRP irp, PVOID context);
    // Cancels the wait-wake IRP if it is still held and waits for its completion;
    // returns its status (STATUS_CANCELLED when none was sent). IRQL PASSIVE_LEVEL.
    NTSTATUS cancelAndWait();

    FxDevice& device_;
    DEVICE_CAPABILITIES capabilities_{};
    bool capabilitiesQueried_ = false;

    bool sxAssigned_ = false;
    bool sxEnabled_ = false;
    DEVICE_POWER_STATE sxDxState_ = PowerDeviceD3;

    // The wait-wake IRP: sent, completed (status), and who frees it (the completion
    // routine, unless a cancel is in progress: then the canceller).
    FxSpinMutex irpLock_;
    PIRP irp_ = nullptr;
    bool irpDone_ = false;
    bool cancelling_ = false;
    NTSTATUS irpStatus_ = STATUS_PENDING;
    KEVENT irpFinished_;
    Arming arming_ = Arming::None;   // the wait-wake IRP sent is for S0 or a sleep state
    bool armedByDriver_ = false;     // the Arm callback ran and succeeded (Disarm follows)
};

}  // namespace wdf
