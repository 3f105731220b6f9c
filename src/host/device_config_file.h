// The host configuration file: the root devices and the drivers that serve them.
//   device <hardware-id> <instance-id> <service> <driver-image> [options]
//                                                   'wake': the simulated device can signal
//                                                   wake (kmdfctl signal-wake);
//                                                   'port=BASE:LENGTH', 'memory=BASE:LENGTH',
//                                                   'irq=VECTOR': its fixed resources
//   filter <hardware-id> <service> <driver-image>   an upper filter on every device with
//                                                   that hardware id, above the ones before
//   driver <service> <driver-image>                 a non-PnP driver, loaded after boot
// '#' at the start of a word begins a comment. A relative image path is relative to the
// directory of the file.
#pragma once

#include <string>
#include <vector>

namespace kmdf::host {

struct DriverEntry {
    std::string serviceName;
    std::string driverImage;
    int line = 0;
};

struct DeviceEntry {
    std::string hardwareId;
    std::string instanceId;
    std::string serviceName;
    std::string driverImage;
    int line = 0;
    std::vector<DriverEntry> upperFilters;  // bottom first
    bool canWake = false;                   // 'wake'
    struct Resource {
        enum class Kind { Port, Memory, Interrupt } kind;
        unsigned long long start;
        unsigned long length;
    };
    std::vector<Resource> resources;        // 'port=', 'memory=', 'irq=', in order
};

// `bind ID SERVICE IMAGE`: the driver for devices a bus driver reports with this
// hardware or compatible ID.
struct BindingEntry {
    std::string id;
    std::string serviceName;
    std::string driverImage;
    int line = 0;
};

struct HostConfig {
    std::vector<DeviceEntry> devices;
    std::vector<DriverEntry> drivers;  // non-PnP drivers
    std::vector<BindingEntry> bindings;
};

// Parses `text` (the contents of `fileName`). On error returns false with
// "FILE:LINE: problem" in *error.
bool parseHostConfig(const std::string& fileName, const std::string& text, HostConfig* config, std::string* error);

// Reads and parses the file; also checks that every driver image exists.
bool loadHostConfig(const std::string& fileName, HostConfig* config, std::string* error);

}  // namespace kmdf::host
