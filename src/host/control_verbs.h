// The kmdfctl verbs the host answers itself (everything but `shutdown`, which stops the
// host): each takes the verb's words and returns a status and the text for the user.
// Runs on the asking connection's reader thread; PnP and power verbs wait for drivers.
#pragma once

#include <ntddk.h>

#include <string>
#include <vector>

namespace ntos {
class System;
}

namespace kmdf::host {

struct ControlAnswer {
    NTSTATUS status = STATUS_SUCCESS;
    std::string text;
};

// false when `verb` is not one of these verbs (the caller answers "not implemented").
bool isControlVerb(const std::string& verb);

// tree; status, remove, surprise-remove, disable, enable, rebalance INSTANCE; sleep S3|S4;
// wake.
// Wrong arguments: STATUS_INVALID_PARAMETER and the usage of the verb.
// Thread: a host thread that is not a System thread.
ControlAnswer runControlVerb(ntos::System& system, const std::string& verb, const std::vector<std::string>& arguments);

}  // namespace kmdf::host
