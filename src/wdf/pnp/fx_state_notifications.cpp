#include "wdf/pnp/fx_state_notifications.h"

#include <cstdio>
#include <string>

#include "wdf/core/driver_enum.h"
#include "wdf/object/fx_globals.h"

namespace wdf {
namespace {

bool validTypes(ULONG types) { return types != 0 && (types & ~ULONG{StateNotificationAllStates}) == 0; }

template <class List, class State, class Callback>
NTSTATUS add(List& list, FxDriverGlobals* globals, const char* ddi, const State& state, int first, int last,
             Callback callback, ULONG types) {
    const int value = driverEnumValue(state);
    if (value < first || value >= last || callback == nullptr || !validTypes(types)) {
        globals->verifierLog(std::string(ddi) + ": state 0x" + [&] {
            char hex[16];
            std::snprintf(hex, sizeof hex, "%X", static_cast<unsigned>(value));
            return std::string(hex);
        }() + ", callback or CallbackTypes 0x" + std::to_string(types) + " is not valid");
        return STATUS_INVALID_PARAMETER;
    }
    for (auto& registration : list) {
        if (registration.state == state) {
            registration.callback = callback;
            registration.types = types;
            return STATUS_SUCCESS;
        }
    }
    list.push_back({state, callback, types});
    return STATUS_SUCCESS;
}

ULONG flagOf(WDF_STATE_NOTIFICATION_TYPE type) { return static_cast<ULONG>(type); }

// Fills the member of the notification data's union that `type` names.
template <class Data, class State>
Data dataFor(WDF_STATE_NOTIFICATION_TYPE type, State current, State next) {
    Data data{};
    data.Type = type;
    switch (type) {
        case StateNotificationEnterState:
            data.Data.EnterState.CurrentState = current;
            data.Data.EnterState.NewState = next;
            break;
        case StateNotificationLeaveState:
            data.Data.LeaveState.CurrentState = current;
            data.Data.LeaveState.NewState = next;
            break;
        default:
            data.Data.PostProcessState.CurrentState = next;
            data.Data.PostProcessState.NewState = next;
            break;
    }
    return data;
}

template <class Data, class List, class State>
void notifyOne(const List& list, WDFDEVICE device, WDF_STATE_NOTIFICATION_TYPE type, State from, State to) {
    if (from == to) return;
    const State subject = type == StateNotificationLeaveState ? from : to;
    for (const auto& registration : list) {
        if (registration.state != subject || (registration.types & flagOf(type)) == 0) continue;
        const Data data = dataFor<Data>(type, from, to);
        registration.callback(device, &data);
    }
}

}  // namespace

NTSTATUS FxStateNotifications::registerPnp(FxDriverGlobals* globals, WDF_DEVICE_PNP_STATE state,
                                           PFN_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION callback, ULONG types) {
    return add(pnp_, globals, "WdfDeviceInitRegisterPnpStateChangeCallback", state, WdfDevStatePnpObjectCreated,
               WdfDevStatePnpNull, callback, types);
}

NTSTATUS FxStateNotifications::registerPower(FxDriverGlobals* globals, WDF_DEVICE_POWER_STATE state,
                                             PFN_WDF_DEVICE_POWER_STATE_CHANGE_NOTIFICATION callback, ULONG types) {
    return add(power_, globals, "WdfDeviceInitRegisterPowerStateChangeCallback", state, WdfDevStatePowerObjectCreated,
               WdfDevStatePowerNull, callback, types);
}

NTSTATUS FxStateNotifications::registerPowerPolicy(FxDriverGlobals* globals, WDF_DEVICE_POWER_POLICY_STATE state,
                                                   PFN_WDF_DEVICE_POWER_POLICY_STATE_CHANGE_NOTIFICATION callback,
                                                   ULONG types) {
    return add(policy_, globals, "WdfDeviceInitRegisterPowerPolicyStateChangeCallback", state,
               WdfDevStatePwrPolObjectCreated, WdfDevStatePwrPolNull, callback, types);
}

void FxStateNotifications::notify(WDFDEVICE device, WDF_STATE_NOTIFICATION_TYPE type, const FxFrameworkStates& from,
                                  const FxFrameworkStates& to) const {
    notifyOne<WDF_DEVICE_PNP_NOTIFICATION_DATA>(pnp_, device, type, from.pnp, to.pnp);
    notifyOne<WDF_DEVICE_POWER_NOTIFICATION_DATA>(power_, device, type, from.power, to.power);
    notifyOne<WDF_DEVICE_POWER_POLICY_NOTIFICATION_DATA>(policy_, device, type, from.policy, to.policy);
}

}  // namespace wdf
