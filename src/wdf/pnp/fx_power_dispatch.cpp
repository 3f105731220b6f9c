// IRP_MJ_POWER for a KMDF device ("Supporting PnP and Power Management in Function
// Drivers", "Power Policy Ownership"). System power IRPs: the power policy owner asks
// for the device power state that matches (D3 for a sleeping system, D0 for S0) with
// PoRequestPowerIrp; going to sleep it powers the stack down before the system IRP
// continues down, waking it lets the system IRP reach the lower drivers first. Device
// power IRPs: each KMDF device powers down (its callbacks) before passing a Dx IRP down,
// and powers up after the lower drivers completed a D0 IRP. A PDO is the bottom of its
// stack: it completes what it received. The device power state is reported with
// PoSetPowerState.
#include <string>

#include "wdf/core/fx_device.h"
#include "wdf/pnp/fx_idle_policy.h"
#include "wdf/pnp/fx_pnp_machine.h"

namespace wdf {
namespace {

using E = PnpEvent;

struct DevicePowerWait {
    KEVENT done;
    NTSTATUS status = STATUS_PENDING;
};

VOID NTAPI devicePowerCompleted(PDEVICE_OBJECT, UCHAR, POWER_STATE, PVOID context, PIO_STATUS_BLOCK ioStatus) {
    auto* wait = static_cast<DevicePowerWait*>(context);
    wait->status = ioStatus->Status;
    KeSetEvent(&wait->done, IO_NO_INCREMENT, FALSE);
}

}  // namespace

bool FxPnpMachine::ownsPowerPolicy() const { return device_.powerPolicyOwner(); }

NTSTATUS FxPnpMachine::requestDevicePower(DEVICE_POWER_STATE state) {
    DevicePowerWait wait;
    KeInitializeEvent(&wait.done, NotificationEvent, FALSE);
    POWER_STATE power;
    power.DeviceState = state;
    NTSTATUS status = PoRequestPowerIrp(device_.physicalDevice(), IRP_MN_SET_POWER, power, devicePowerCompleted,
                                        &wait, nullptr);
    if (!NT_SUCCESS(status)) return status;
    KeWaitForSingleObject(&wait.done, Executive, KernelMode, FALSE, nullptr);
    return wait.status;
}

NTSTATUS FxPnpMachine::dispatchPower(PIRP irp) {
    FxPowerLockGuard guard(&powerLock_);
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    const bool isPdo = device_.role() == FxDeviceInit::Role::Pdo;
    // Passes the IRP on (FDO) or ends it (PDO: the bottom of the stack).
    auto passOn = [&](NTSTATUS statusForPdo) {
        PoStartNextPowerIrp(irp);
        if (isPdo) return complete(irp, statusForPdo);
        irp->IoStatus.Status = statusForPdo == STATUS_SUCCESS ? STATUS_SUCCESS : irp->IoStatus.Status;
        return forwardAndForget(irp);
    };
    if (stack->MinorFunction != IRP_MN_SET_POWER && stack->MinorFunction != IRP_MN_QUERY_POWER) {
        // IRP_MN_WAIT_WAKE goes down to the bus driver, which holds it (a framework PDO
        // does not arm its device for wake yet: it completes it unchanged, not supported);
        // power sequences are passed on.
        return passOn(irp->IoStatus.Status);
    }
    // Only a started device takes part in power transitions.
    const bool active = state_ == PnpState::Started || state_ == PnpState::PoweredDown;
    if (stack->MinorFunction == IRP_MN_QUERY_POWER || !active) return passOn(STATUS_SUCCESS);

    if (stack->Parameters.Power.Type == SystemPowerState) {
        const SYSTEM_POWER_STATE target = stack->Parameters.Power.State.SystemState;
        if (!ownsPowerPolicy()) return passOn(STATUS_SUCCESS);
        if (target == PowerSystemWorking) {
            // The system IRP reaches the lower drivers (the bus) first, then the policy
            // brings the stack back to D0 (or leaves a device idle in Dx there).
            NTSTATUS status = isPdo ? STATUS_SUCCESS : forwardAndWait(irp);
            if (NT_SUCCESS(status)) {
                const NTSTATUS policyStatus = policy_.processEvent(PolicyEvent::SystemWake);
                if (policyStatus != STATUS_INVALID_DEVICE_STATE) status = policyStatus;
            }
            PoStartNextPowerIrp(irp);
            return complete(irp, status);
        }
        // Going to sleep: the policy powers the stack down before the system IRP goes on.
        policy_.setSleepTarget(target);
        policy_.processEvent(PolicyEvent::SystemSleep);
        return passOn(STATUS_SUCCESS);
    }

    // A device power IRP.
    const DEVICE_POWER_STATE target = stack->Parameters.Power.State.DeviceState;
    POWER_STATE reported;
    reported.DeviceState = target;
    if (target == PowerDeviceD0) {
        NTSTATUS status = isPdo ? STATUS_SUCCESS : forwardAndWait(irp);
        if (NT_SUCCESS(status) && state_ == PnpState::PoweredDown) status = processEvent(E::PowerUp);
        if (NT_SUCCESS(status)) PoSetPowerState(device_.deviceObject(), DevicePowerState, reported);
        PoStartNextPowerIrp(irp);
        return complete(irp, status);
    }
    if (state_ == PnpState::Started) {
        powerTarget_ = static_cast<WDF_POWER_DEVICE_STATE>(WdfPowerDeviceD1 + (target - PowerDeviceD1));
        processEvent(E::PowerDown);
    }
    PoSetPowerState(device_.deviceObject(), DevicePowerState, reported);
    return passOn(STATUS_SUCCESS);
}

std::string FxPnpMachine::describePolicy() {
    FxPowerLockGuard guard(&powerLock_);
    std::string text = std::string("power policy ") + policyStateName(policy_.state()) + ", last transitions:";
    const auto history = policy_.history();
    const size_t first = history.size() > 4 ? history.size() - 4 : 0;
    for (size_t i = first; i < history.size(); ++i) {
        text += std::string(" ") + policyStateName(history[i].from) + " -" + policyEventName(history[i].event) + "-> " +
                policyStateName(history[i].to) + (i + 1 < history.size() ? ";" : "");
    }
    return text;
}

// PASSIVE_LEVEL, system worker (FxIdlePolicy).
void FxPnpMachine::idlePowerDown(DEVICE_POWER_STATE dx) {
    FxPowerLockGuard guard(&powerLock_);
    // A device in a query-stop or query-remove does not idle.
    if (state_ != PnpState::Started || !ownsPowerPolicy()) return;
    policy_.setIdleTarget(dx);
    policy_.processEvent(PolicyEvent::IdleTimeout);
}

// PASSIVE_LEVEL, system worker (FxIdlePolicy).
void FxPnpMachine::idlePowerUp() {
    FxPowerLockGuard guard(&powerLock_);
    policy_.processEvent(PolicyEvent::PowerUpRequested);
}

}  // namespace wdf
