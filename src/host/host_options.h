// kmdfhost's command line.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kmdf::host {

struct HostOptions {
    std::string configPath;  // empty: no devices
    std::string stateDir;
    std::string socketPath;
    uint64_t seed = 0;
    bool help = false;
};

// Fills defaults (socket and state dir as DESIGN.md says). On a usage error returns
// false with a one-line *error.
bool parseHostOptions(const std::vector<std::string>& arguments, HostOptions* options, std::string* error);

// $KMDF_STATE, else $XDG_STATE_HOME/openkmdf, else ~/.local/state/openkmdf.
std::string defaultStateDir();

std::string hostUsage();

}  // namespace kmdf::host
