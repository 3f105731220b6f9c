// The host configuration file: the root devices and the drivers that serve them.
//   device <hardware-id> <instance-id> <service> <driver-image>
// '#' at the start of a word begins a comment. A relative image path is relative to the
// directory of the file.
#pragma once

#include <string>
#include <vector>

namespace kmdf::host {

struct DeviceEntry {
    std::string hardwareId;
    std::string instanceId;
    std::string serviceName;
    std::string driverImage;
    int line = 0;
};

// Parses `text` (the contents of `fileName`). On error returns false with
// "FILE:LINE: problem" in *error.
bool parseDeviceConfig(const std::string& fileName, const std::string& text, std::vector<DeviceEntry>* devices,
                       std::string* error);

// Reads and parses the file; also checks that every driver image exists.
bool loadDeviceConfig(const std::string& fileName, std::vector<DeviceEntry>* devices, std::string* error);

}  // namespace kmdf::host
