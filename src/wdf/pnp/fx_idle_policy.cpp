#include "wdf/pnp/fx_idle_policy.h"

#include <string>

#include "ntos/ke/kernel.h"
#include "wdf/core/driver_enum.h"
#include "wdf/core/fx_device.h"
#include "wdf/pnp/fx_pnp_machine.h"
#include "wdf/pnp/fx_wake_policy.h"

namespace wdf {
namespace {

// WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS.IdleTimeout = IdleTimeoutDefaultValue: five seconds.
constexpr LONGLONG kDefaultIdleTimeout100ns = 5 * 10'000'000LL;

}  // namespace

FxIdlePolicy::FxIdlePolicy(FxDevice& device) : device_(device) {
    KeInitializeTimer(&timer_);
    KeInitializeDpc(&dpc_, onTimer, this);
    KeInitializeEvent(&inD0_, NotificationEvent, TRUE);
}

FxIdlePolicy::~FxIdlePolicy() { deviceNotWorking(); }

// IRQL <= DISPATCH_LEVEL (PASSIVE_LEVEL for IdleCanWakeFromS0 the first time: the bus's
// capabilities are queried). The settings: IdleCannotWakeFromS0; IdleCanWakeFromS0 when
// the bus driver reports that the device can wake from DxState (else
// STATUS_POWER_STATE_INVALID, as documented; USB selective suspend needs a USB device:
// also STATUS_POWER_STATE_INVALID); DxState D1..D3 or PowerDeviceMaximum (D3, or the
// DeviceWake state when armed for wake); Enabled WdfFalse turns idle off (a device idle
// in Dx comes back).
NTSTATUS FxIdlePolicy::assign(const WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS& settings, const char* ddiName) {
    FxDriverGlobals* globals = device_.globals();
    const int idleCaps = driverEnumValue(settings.IdleCaps);
    if (idleCaps != IdleCannotWakeFromS0 && idleCaps != IdleCanWakeFromS0 && idleCaps != IdleUsbSelectiveSuspend) {
        globals->verifierLog(std::string(ddiName) + ": IdleCaps " + std::to_string(idleCaps) +
                             " is not a WDF_POWER_POLICY_S0_IDLE_CAPABILITIES value");
        return STATUS_INVALID_PARAMETER;
    }
    const int dxState = driverEnumValue(settings.DxState);
    if (dxState != PowerDeviceMaximum && (dxState < PowerDeviceD1 || dxState > PowerDeviceD3)) {
        globals->verifierLog(std::string(ddiName) + ": DxState " + std::to_string(dxState) +
                             " is not a low-power device state");
        return STATUS_POWER_STATE_INVALID;
    }
    const bool canWake = idleCaps == IdleCanWakeFromS0;
    if (idleCaps == IdleUsbSelectiveSuspend ||
        (canWake && !device_.pnp().wake().canWakeFrom(static_cast<DEVICE_POWER_STATE>(dxState)))) {
        globals->verifierLog(std::string(ddiName) +
                             ": the bus driver reports that the device cannot wake itself from S0 in that state");
        return STATUS_POWER_STATE_INVALID;
    }
    const int enabled = driverEnumValue(settings.Enabled);
    if (enabled != WdfTrue && enabled != WdfFalse && enabled != WdfUseDefault) {
        return STATUS_INVALID_PARAMETER;
    }
    canWakeFromS0_ = canWake;
    if (settings.DxState != PowerDeviceMaximum) {
        dxState_ = settings.DxState;
    } else {
        dxState_ = canWake ? device_.pnp().wake().wakeStateFor(PowerDeviceMaximum) : PowerDeviceD3;
    }
    timeout100ns_ = settings.IdleTimeout == IdleTimeoutDefaultValue
                        ? kDefaultIdleTimeout100ns
                        : static_cast<LONGLONG>(settings.IdleTimeout) * 10'000;
    powerUpOnSystemWake_ = settings.PowerUpIdleDeviceOnSystemWake == WdfTrue;
    const bool enable = settings.Enabled != WdfFalse;
    enabled_ = enable;
    if (!enable) {
        queuePowerUp();  // a device idle in Dx returns to D0 for good
        return STATUS_SUCCESS;
    }
    if (working_) arm();
    return STATUS_SUCCESS;
}

void FxIdlePolicy::arm() {
    LARGE_INTEGER due;
    due.QuadPart = -timeout100ns_;
    // The pending timer holds a reference on the device (dropped when it fires or is
    // cancelled), so its DPC never outlives the device.
    device_.addRef();
    if (KeSetTimer(&timer_, due, &dpc_)) device_.release();  // it was pending: one reference is enough
}

void FxIdlePolicy::deviceWorking() {
    working_ = true;
    KeSetEvent(&inD0_, IO_NO_INCREMENT, FALSE);
    lastActivity_ = static_cast<LONGLONG>(KeQueryInterruptTime());
    if (enabled_ && stopIdleCount_ == 0) arm();
}

void FxIdlePolicy::deviceNotWorking() {
    working_ = false;
    KeClearEvent(&inD0_);
    if (KeCancelTimer(&timer_)) device_.release();
}

void FxIdlePolicy::ioArrived() {
    lastActivity_ = static_cast<LONGLONG>(KeQueryInterruptTime());
    if (!working_) queuePowerUp();
}

NTSTATUS FxIdlePolicy::stopIdle(bool waitForD0) {
    ++stopIdleCount_;
    if (KeCancelTimer(&timer_)) device_.release();
    if (working_) return STATUS_SUCCESS;
    queuePowerUp();
    if (!waitForD0) return STATUS_PENDING;
    KeWaitForSingleObject(&inD0_, Executive, KernelMode, FALSE, nullptr);
    return STATUS_SUCCESS;
}

void FxIdlePolicy::resumeIdle() {
    if (--stopIdleCount_ == 0 && working_ && enabled_) {
        lastActivity_ = static_cast<LONGLONG>(KeQueryInterruptTime());
        arm();
    }
}

// IRQL DISPATCH_LEVEL (the timer DPC).
VOID NTAPI FxIdlePolicy::onTimer(PKDPC, PVOID context, PVOID, PVOID) {
    auto* policy = static_cast<FxIdlePolicy*>(context);
    // The timer's reference moves to the work item.
    ntos::Kernel::current()->queueWork([policy] {
        policy->timerExpired();
        policy->device_.release();
    });
}

// PASSIVE_LEVEL, system worker.
void FxIdlePolicy::timerExpired() {
    if (!enabled_ || !working_ || stopIdleCount_ != 0) return;
    const LONGLONG idleFor = static_cast<LONGLONG>(KeQueryInterruptTime()) - lastActivity_.load();
    if (!device_.powerManagedQueuesIdle() || idleFor < timeout100ns_) {
        arm();  // busy, or active since the timer was set: wait a full timeout again
        return;
    }
    device_.pnp().idlePowerDown(dxState_);
}

NTSTATUS FxIdlePolicy::idleNow() {
    if (!enabled_) return STATUS_INVALID_DEVICE_REQUEST;
    if (!working_) return STATUS_INVALID_DEVICE_STATE;
    if (stopIdleCount_ != 0 || !device_.powerManagedQueuesIdle()) return STATUS_DEVICE_BUSY;
    device_.pnp().idlePowerDown(dxState_);
    return device_.pnp().poweredDown() ? STATUS_SUCCESS : STATUS_INVALID_DEVICE_STATE;
}

void FxIdlePolicy::queuePowerUp() {
    if (powerUpQueued_.exchange(true)) return;
    device_.addRef();
    ntos::Kernel::current()->queueWork([this] {
        powerUpQueued_ = false;
        powerUp();
        device_.release();
    });
}

// PASSIVE_LEVEL, system worker.
void FxIdlePolicy::powerUp() { device_.pnp().idlePowerUp(); }

}  // namespace wdf
