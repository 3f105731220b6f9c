// FxStateNotifications: the state-change callbacks a driver registers before WdfDeviceCreate
// (WdfDeviceInitRegisterPnpStateChangeCallback, ...PowerStateChangeCallback,
// ...PowerPolicyStateChangeCallback), called as the framework's machines enter, leave and
// finish entering states. This framework has fewer states than the WDF_DEVICE_*_STATE
// enumerations list: each of its states is reported as the documented state that names the
// same condition (FxFrameworkStates), so a callback registered for a state it never enters
// is never called.
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include <vector>

namespace wdf {

struct FxDriverGlobals;

// The device's PnP, power and power-policy states in the documented vocabulary.
struct FxFrameworkStates {
    WDF_DEVICE_PNP_STATE pnp = WdfDevStatePnpObjectCreated;
    WDF_DEVICE_POWER_STATE power = WdfDevStatePowerObjectCreated;
    WDF_DEVICE_POWER_POLICY_STATE policy = WdfDevStatePwrPolObjectCreated;
    bool operator==(const FxFrameworkStates&) const = default;
};

class FxStateNotifications {
public:
    // The three registration DDIs (validated: a state of the enumeration, a callback,
    // CallbackTypes a non-empty subset of StateNotificationAllStates; else
    // STATUS_INVALID_PARAMETER). A second registration for a state replaces the first.
    // IRQL PASSIVE_LEVEL, EvtDriverDeviceAdd.
    NTSTATUS registerPnp(FxDriverGlobals* globals, WDF_DEVICE_PNP_STATE state,
                         PFN_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION callback, ULONG types);
    NTSTATUS registerPower(FxDriverGlobals* globals, WDF_DEVICE_POWER_STATE state,
                           PFN_WDF_DEVICE_POWER_STATE_CHANGE_NOTIFICATION callback, ULONG types);
    NTSTATUS registerPowerPolicy(FxDriverGlobals* globals, WDF_DEVICE_POWER_POLICY_STATE state,
                                 PFN_WDF_DEVICE_POWER_POLICY_STATE_CHANGE_NOTIFICATION callback, ULONG types);

    // For each of the three machines whose state differs between `from` and `to`: the
    // Leave callbacks of from's state, the Enter or PostProcess callbacks of to's state.
    // IRQL PASSIVE_LEVEL, the device's PnP/power thread (its power lock held).
    void notify(WDFDEVICE device, WDF_STATE_NOTIFICATION_TYPE type, const FxFrameworkStates& from,
                const FxFrameworkStates& to) const;

    bool empty() const { return pnp_.empty() && power_.empty() && policy_.empty(); }

private:
    template <class State, class Callback>
    struct Registration {
        State state;
        Callback callback;
        ULONG types;
    };
    std::vector<Registration<WDF_DEVICE_PNP_STATE, PFN_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION>> pnp_;
    std::vector<Registration<WDF_DEVICE_POWER_STATE, PFN_WDF_DEVICE_POWER_STATE_CHANGE_NOTIFICATION>> power_;
    std::vector<Registration<WDF_DEVICE_POWER_POLICY_STATE, PFN_WDF_DEVICE_POWER_POLICY_STATE_CHANGE_NOTIFICATION>>
        policy_;
};

}  // namespace wdf
