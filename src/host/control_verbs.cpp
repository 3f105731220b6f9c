#include "host/control_verbs.h"

#include <cstdio>

#include "ntos/po/system_power.h"
#include "ntos/system.h"

namespace kmdf::host {
namespace {

std::u16string widen(const std::string& text) {
    std::u16string out;
    for (unsigned char c : text) out.push_back(static_cast<char16_t>(c));
    return out;
}

std::string statusHex(NTSTATUS status) {
    char text[16];
    std::snprintf(text, sizeof(text), "0x%08X", static_cast<unsigned>(status));
    return text;
}

ControlAnswer usage(const std::string& text) { return {STATUS_INVALID_PARAMETER, "usage: kmdfctl " + text}; }

ControlAnswer removal(ntos::System& system, const std::string& instance, bool surprise) {
    const NTSTATUS status =
        surprise ? system.surpriseRemoveDevice(widen(instance)) : system.removeDevice(widen(instance));
    if (NT_SUCCESS(status)) return {status, (surprise ? "surprise-removed " : "removed ") + instance};
    std::string why;
    switch (status) {
        case STATUS_NO_SUCH_DEVICE: why = "no device " + instance; break;
        case STATUS_DEVICE_BUSY: why = instance + " has open handles (the removal was vetoed)"; break;
        case STATUS_DELETE_PENDING: why = instance + " is already being removed"; break;
        case STATUS_INVALID_DEVICE_STATE: why = instance + " is not started"; break;
        default: why = "removing " + instance + " failed (a driver vetoed it with " + statusHex(status) + ")"; break;
    }
    return {status, why};
}

}  // namespace

bool isControlVerb(const std::string& verb) {
    return verb == "tree" || verb == "remove" || verb == "surprise-remove" || verb == "rebalance" ||
           verb == "disable" || verb == "enable" || verb == "status" || verb == "sleep" || verb == "wake" ||
           verb == "idle" || verb == "signal-wake";
}

ControlAnswer runControlVerb(ntos::System& system, const std::string& verb, const std::vector<std::string>& arguments) {
    if (verb == "tree") {
        if (!arguments.empty()) return usage("tree");
        return {STATUS_SUCCESS, system.deviceTreeText()};
    }
    if (verb == "remove" || verb == "surprise-remove") {
        if (arguments.size() != 1) return usage(verb + " INSTANCE-PATH   (e.g. ROOT\\ECHO\\0000)");
        return removal(system, arguments[0], verb == "surprise-remove");
    }
    if (verb == "status") {
        if (arguments.size() != 1) return usage("status INSTANCE-PATH");
        std::string text;
        const NTSTATUS status = system.deviceStatusText(widen(arguments[0]), &text);
        if (!NT_SUCCESS(status)) return {status, "no device " + arguments[0]};
        const char* power[] = {"unspecified", "S0", "S1", "S2", "S3", "S4", "S5"};
        const int state = system.power().state();
        return {status, text + "  system power: " + (state >= 0 && state <= 6 ? power[state] : "?")};
    }
    if (verb == "disable" || verb == "enable") {
        if (arguments.size() != 1) return usage(verb + " INSTANCE-PATH");
        const bool disable = verb == "disable";
        const NTSTATUS status =
            disable ? system.disableDevice(widen(arguments[0])) : system.enableDevice(widen(arguments[0]));
        if (NT_SUCCESS(status)) return {status, (disable ? "disabled " : "enabled ") + arguments[0]};
        if (status == STATUS_NO_SUCH_DEVICE) return {status, "no device " + arguments[0]};
        if (status == STATUS_INVALID_DEVICE_STATE) {
            return {status, arguments[0] + (disable ? " is not started" : " is not disabled")};
        }
        if (status == STATUS_DEVICE_BUSY) return {status, arguments[0] + " has open handles (the disable was vetoed)"};
        return {status, verb + " " + arguments[0] + " failed with " + statusHex(status)};
    }
    if (verb == "rebalance") {
        if (arguments.size() != 1) return usage("rebalance INSTANCE-PATH");
        const NTSTATUS status = system.rebalanceDevice(widen(arguments[0]));
        if (NT_SUCCESS(status)) return {status, "rebalanced " + arguments[0] + " (stopped and restarted)"};
        if (status == STATUS_NO_SUCH_DEVICE) return {status, "no device " + arguments[0]};
        if (status == STATUS_INVALID_DEVICE_STATE) return {status, arguments[0] + " is not started"};
        return {status, "rebalancing " + arguments[0] + " failed (a driver vetoed the stop or failed the restart with " +
                            statusHex(status) + ")"};
    }
    if (verb == "sleep") {
        if (arguments.size() != 1 || (arguments[0] != "S3" && arguments[0] != "S4")) return usage("sleep S3|S4");
        const NTSTATUS status = system.sleep(arguments[0] == "S3" ? PowerSystemSleeping3 : PowerSystemHibernate);
        if (NT_SUCCESS(status)) return {status, "the system is in " + arguments[0]};
        if (status == STATUS_INVALID_DEVICE_STATE) return {status, "the system is not in S0"};
        return {status, "a device vetoed " + arguments[0] + " (" + statusHex(status) + "); the system stays in S0"};
    }
    if (verb == "wake") {
        if (!arguments.empty()) return usage("wake");
        const NTSTATUS status = system.wake();
        if (NT_SUCCESS(status)) return {status, "the system is in S0"};
        return {status, "the system is already in S0"};
    }
    if (verb == "idle") {
        if (arguments.size() != 1) return usage("idle INSTANCE-PATH");
        const NTSTATUS status = system.idleDevice(widen(arguments[0]));
        if (NT_SUCCESS(status)) return {status, arguments[0] + " is idle in a low-power state"};
        switch (status) {
            case STATUS_NO_SUCH_DEVICE: return {status, "no device " + arguments[0]};
            case STATUS_INVALID_DEVICE_REQUEST:
                return {status, "no driver of " + arguments[0] + " enabled S0 idle (WdfDeviceAssignS0IdleSettings)"};
            case STATUS_DEVICE_BUSY:
                return {status, arguments[0] + " is busy (a request or WdfDeviceStopIdle keeps it in D0)"};
            case STATUS_INVALID_DEVICE_STATE:
                return {status, arguments[0] + " is not started and in D0 with the system in S0"};
            default: return {status, "idling " + arguments[0] + " failed with " + statusHex(status)};
        }
    }
    if (verb == "signal-wake") {
        if (arguments.size() != 1) return usage("signal-wake INSTANCE-PATH");
        const NTSTATUS status = system.signalWake(widen(arguments[0]));
        if (NT_SUCCESS(status)) return {status, arguments[0] + " signalled wake"};
        switch (status) {
            case STATUS_NO_SUCH_DEVICE: return {status, "no device " + arguments[0]};
            case STATUS_INVALID_DEVICE_REQUEST:
                return {status, arguments[0] + " is on a driver's bus: its bus driver indicates wake"};
            case STATUS_INVALID_DEVICE_STATE:
                return {status, arguments[0] + " is not armed for wake (no wait-wake IRP is held for it; the device "
                                               "needs 'wake' in the host config and a driver that arms it)"};
            default: return {status, "signal-wake " + arguments[0] + " failed with " + statusHex(status)};
        }
    }
    return {STATUS_NOT_IMPLEMENTED, "verb '" + verb + "' is not implemented yet"};
}

}  // namespace kmdf::host
