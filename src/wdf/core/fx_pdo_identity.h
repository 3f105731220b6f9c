// What a bus driver says about a child device it creates (WdfPdoInitXxx): the IDs the
// framework answers IRP_MN_QUERY_ID with, whether the device may run raw, and whether
// its requests may be forwarded to the parent's queues.
#pragma once

#include <ntddk.h>

#include <string>
#include <vector>

namespace wdf {

class FxDevice;

struct FxPdoIdentity {
    std::u16string deviceId;     // WdfPdoInitAssignDeviceID (required)
    std::u16string instanceId;   // WdfPdoInitAssignInstanceID
    std::vector<std::u16string> hardwareIds;    // WdfPdoInitAddHardwareID, in order
    std::vector<std::u16string> compatibleIds;  // WdfPdoInitAddCompatibleID, in order
    bool raw = false;            // WdfPdoInitAssignRawDevice: DEVICE_CAPABILITIES.RawDeviceOK
    GUID rawDeviceClass{};
    bool allowForwardingToParent = false;  // WdfPdoInitAllowForwardingRequestToParent
};

}  // namespace wdf
