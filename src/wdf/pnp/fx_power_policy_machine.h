// FxPowerPolicyMachine: the power policy owner's decisions, as a table of states (each
// with an entry action) and event transitions, with a state history ("Power Policy
// Ownership", "Supporting Idle Power-Down", "Supporting System Wake-Up"). It decides when
// the stack goes to a low-power state and back (idle timeout, a request or a wake signal,
// system sleep and wake) and asks for the device power IRPs; the PnP machine runs the
// callbacks of each device power transition. Only the power policy owner of a started
// stack feeds it events.
#pragma once

#include <ntddk.h>

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace wdf {

class FxDevice;
class FxPnpMachine;

enum class PolicyState : uint8_t {
    Stopped,           // not started, or removed / stopped
    Working,           // S0, device in D0
    IdlePoweringDown,  // idle timeout: arming S0 wake and asking for Dx
    Idle,              // S0, device idle in Dx
    IdlePoweringUp,    // a request, WdfDeviceStopIdle or a wake signal: asking for D0
    Sleeping,          // system in Sx, device taken to Dx by the sleep (armed for Sx wake if set)
    SleepingIdle,      // system in Sx, device already idle in Dx
    WakingIdle,        // back to S0 from SleepingIdle: stay idle, or power up
    Resuming,          // back to S0: asking for D0
    Count
};

enum class PolicyEvent : uint8_t {
    Start,             // the device started
    Stop,              // the device is being removed or stopped
    IdleTimeout,       // FxIdlePolicy: idle for IdleTimeout
    PowerUpRequested,  // FxIdlePolicy: I/O, WdfDeviceStopIdle, idle disabled, wake signal
    SystemSleep,       // IRP_MN_SET_POWER for a sleeping system state
    SystemWake,        // IRP_MN_SET_POWER(S0), after the lower drivers
    PoweredDown,
    PoweredUp,
    PowerFailed,
    StayIdle,
    None,
    Count
};

const char* policyStateName(PolicyState state);
const char* policyEventName(PolicyEvent event);

struct PolicyTransition {
    PolicyState from;
    PolicyEvent event;
    PolicyState to;
};

// The transition table (for tests and the generated diagram).
std::span<const PolicyTransition> policyTransitionTable();

class FxPowerPolicyMachine {
public:
    FxPowerPolicyMachine(FxDevice& device, FxPnpMachine& pnp);

    // Feeds one event (and the follow-ups of the entry actions). An event the current
    // state has no transition for is dropped (a timer or request racing a transition is
    // normal) and gives STATUS_INVALID_DEVICE_STATE; otherwise the last entry action's
    // status (a device power IRP that failed, for example). An event sent from inside an
    // entry action is run after it. IRQL PASSIVE_LEVEL, the device's power lock held.
    NTSTATUS processEvent(PolicyEvent event);

    PolicyState state() const { return state_; }
    // Idle in Dx while the system works (or going there / coming back).
    bool idle() const {
        return state_ == PolicyState::IdlePoweringDown || state_ == PolicyState::Idle ||
               state_ == PolicyState::IdlePoweringUp || state_ == PolicyState::SleepingIdle;
    }
    bool systemSleeping() const { return state_ == PolicyState::Sleeping || state_ == PolicyState::SleepingIdle; }

    // The Dx of the next idle power-down, and the sleeping state of the next SystemSleep.
    void setIdleTarget(DEVICE_POWER_STATE dx) { idleDx_ = dx; }
    void setSleepTarget(SYSTEM_POWER_STATE sx) { sleepTarget_ = sx; }

    struct HistoryEntry {
        PolicyState from;
        PolicyEvent event;
        PolicyState to;
    };
    std::vector<HistoryEntry> history() const;

private:
    PolicyEvent enterIdlePoweringDown();
    PolicyEvent enterIdlePoweringUp();
    PolicyEvent enterSleeping();
    PolicyEvent enterWakingIdle();
    PolicyEvent enterResuming();

    FxDevice& device_;
    FxPnpMachine& pnp_;
    PolicyState state_ = PolicyState::Stopped;
    NTSTATUS lastStatus_ = STATUS_SUCCESS;
    DEVICE_POWER_STATE idleDx_ = PowerDeviceD3;
    SYSTEM_POWER_STATE sleepTarget_ = PowerSystemSleeping3;
    bool processing_ = false;
    std::vector<PolicyEvent> pending_;  // sent from inside an entry action

    static constexpr size_t kHistorySize = 32;
    std::array<HistoryEntry, kHistorySize> history_{};
    size_t historyCount_ = 0;
};

}  // namespace wdf
