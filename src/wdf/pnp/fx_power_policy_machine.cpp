#include "wdf/pnp/fx_power_policy_machine.h"

#include <string>

#include "wdf/core/fx_device.h"
#include "wdf/pnp/fx_idle_policy.h"
#include "wdf/pnp/fx_pnp_machine.h"
#include "wdf/pnp/fx_wake_policy.h"

namespace wdf {
namespace {

using S = PolicyState;
using E = PolicyEvent;

constexpr PolicyTransition kTransitions[] = {
    {S::Stopped, E::Start, S::Working},
    {S::Working, E::IdleTimeout, S::IdlePoweringDown},
    {S::IdlePoweringDown, E::PoweredDown, S::Idle},
    {S::IdlePoweringDown, E::PowerFailed, S::Working},
    {S::Idle, E::PowerUpRequested, S::IdlePoweringUp},
    {S::IdlePoweringUp, E::PoweredUp, S::Working},
    {S::IdlePoweringUp, E::PowerFailed, S::Idle},
    {S::Working, E::SystemSleep, S::Sleeping},
    {S::Idle, E::SystemSleep, S::SleepingIdle},
    {S::Sleeping, E::SystemWake, S::Resuming},
    {S::SleepingIdle, E::SystemWake, S::WakingIdle},
    {S::WakingIdle, E::StayIdle, S::Idle},
    {S::WakingIdle, E::PowerUpRequested, S::Resuming},
    {S::Resuming, E::PoweredUp, S::Working},
    {S::Resuming, E::PowerFailed, S::Stopped},
    {S::Working, E::Stop, S::Stopped},
    {S::Idle, E::Stop, S::Stopped},
    {S::Sleeping, E::Stop, S::Stopped},
    {S::SleepingIdle, E::Stop, S::Stopped},
};

}  // namespace

const char* policyStateName(PolicyState state) {
    switch (state) {
        case S::Stopped: return "Stopped";
        case S::Working: return "Working";
        case S::IdlePoweringDown: return "IdlePoweringDown";
        case S::Idle: return "Idle";
        case S::IdlePoweringUp: return "IdlePoweringUp";
        case S::Sleeping: return "Sleeping";
        case S::SleepingIdle: return "SleepingIdle";
        case S::WakingIdle: return "WakingIdle";
        case S::Resuming: return "Resuming";
        case S::Count: break;
    }
    return "?";
}

const char* policyEventName(PolicyEvent event) {
    switch (event) {
        case E::Start: return "Start";
        case E::Stop: return "Stop";
        case E::IdleTimeout: return "IdleTimeout";
        case E::PowerUpRequested: return "PowerUpRequested";
        case E::SystemSleep: return "SystemSleep";
        case E::SystemWake: return "SystemWake";
        case E::PoweredDown: return "PoweredDown";
        case E::PoweredUp: return "PoweredUp";
        case E::PowerFailed: return "PowerFailed";
        case E::StayIdle: return "StayIdle";
        case E::None:
        case E::Count: break;
    }
    return "?";
}

std::span<const PolicyTransition> policyTransitionTable() { return kTransitions; }

FxPowerPolicyMachine::FxPowerPolicyMachine(FxDevice& device, FxPnpMachine& pnp) : device_(device), pnp_(pnp) {}

NTSTATUS FxPowerPolicyMachine::processEvent(PolicyEvent event) {
    using Entry = PolicyEvent (FxPowerPolicyMachine::*)();
    static constexpr Entry kEntries[static_cast<size_t>(S::Count)] = {
        /* Stopped */ nullptr,
        /* Working */ nullptr,
        /* IdlePoweringDown */ &FxPowerPolicyMachine::enterIdlePoweringDown,
        /* Idle */ nullptr,
        /* IdlePoweringUp */ &FxPowerPolicyMachine::enterIdlePoweringUp,
        /* Sleeping */ &FxPowerPolicyMachine::enterSleeping,
        /* SleepingIdle */ nullptr,
        /* WakingIdle */ &FxPowerPolicyMachine::enterWakingIdle,
        /* Resuming */ &FxPowerPolicyMachine::enterResuming,
    };
    if (processing_) {
        pending_.push_back(event);
        return STATUS_PENDING;
    }
    processing_ = true;
    lastStatus_ = STATUS_SUCCESS;
    NTSTATUS result = STATUS_SUCCESS;
    bool first = true;
    while (event != E::None) {
        const PolicyTransition* transition = nullptr;
        for (const PolicyTransition& t : kTransitions) {
            if (t.from == state_ && t.event == event) {
                transition = &t;
                break;
            }
        }
        if (transition == nullptr) {
            if (first) result = STATUS_INVALID_DEVICE_STATE;
            event = E::None;
        } else {
            history_[historyCount_ % kHistorySize] = HistoryEntry{state_, event, transition->to};
            ++historyCount_;
            state_ = transition->to;
            const Entry entry = kEntries[static_cast<size_t>(state_)];
            event = entry != nullptr ? (this->*entry)() : E::None;
            result = lastStatus_;
        }
        first = false;
        if (event == E::None && !pending_.empty()) {
            event = pending_.front();
            pending_.erase(pending_.begin());
        }
    }
    processing_ = false;
    return result;
}

std::vector<FxPowerPolicyMachine::HistoryEntry> FxPowerPolicyMachine::history() const {
    std::vector<HistoryEntry> out;
    const size_t first = historyCount_ > kHistorySize ? historyCount_ - kHistorySize : 0;
    for (size_t i = first; i < historyCount_; ++i) out.push_back(history_[i % kHistorySize]);
    return out;
}

// IdleCanWakeFromS0: the wait-wake IRP goes down before the device leaves D0.
PolicyEvent FxPowerPolicyMachine::enterIdlePoweringDown() {
    FxIdlePolicy* idle = device_.idlePolicy();
    if (idle != nullptr && idle->canWakeFromS0()) pnp_.wake().sendWaitWake(PowerSystemWorking);
    lastStatus_ = pnp_.requestDevicePower(idleDx_);
    if (NT_SUCCESS(lastStatus_)) return E::PoweredDown;
    pnp_.wake().cancelWithoutCallbacks();
    return E::PowerFailed;
}

PolicyEvent FxPowerPolicyMachine::enterIdlePoweringUp() {
    lastStatus_ = pnp_.requestDevicePower(PowerDeviceD0);
    return NT_SUCCESS(lastStatus_) ? E::PoweredUp : E::PowerFailed;
}

// Armed for wake from this sleep (WdfDeviceAssignSxWakeSettings): the wait-wake IRP goes
// down first and the device goes to the wake settings' Dx; otherwise D3.
PolicyEvent FxPowerPolicyMachine::enterSleeping() {
    DEVICE_POWER_STATE dx = PowerDeviceD3;
    FxWakePolicy& wake = pnp_.wake();
    if (wake.armsForSystemState(sleepTarget_)) {
        wake.sendWaitWake(sleepTarget_);
        if (wake.arming() != FxWakePolicy::Arming::None) dx = wake.sxDxState();
    }
    lastStatus_ = pnp_.requestDevicePower(dx);
    if (!NT_SUCCESS(lastStatus_)) device_.globals()->verifierLog("the device did not power down for system sleep");
    return E::None;
}

// A device idle in Dx before the sleep stays there unless its idle settings say
// PowerUpIdleDeviceOnSystemWake (or idle was turned off, or a stop-idle reference waits).
PolicyEvent FxPowerPolicyMachine::enterWakingIdle() {
    FxIdlePolicy* idle = device_.idlePolicy();
    const bool stayIdle =
        idle != nullptr && idle->enabled() && !idle->powerUpOnSystemWake() && idle->stopIdleCount() == 0;
    return stayIdle ? E::StayIdle : E::PowerUpRequested;
}

PolicyEvent FxPowerPolicyMachine::enterResuming() {
    lastStatus_ = pnp_.requestDevicePower(PowerDeviceD0);
    return NT_SUCCESS(lastStatus_) ? E::PoweredUp : E::PowerFailed;
}

}  // namespace wdf
