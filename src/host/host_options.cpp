#include "host/host_options.h"

#include "client/socket_path.h"

#include <cstdlib>
#include <pwd.h>
#include <unistd.h>

namespace kmdf::host {

std::string defaultStateDir() {
    if (const char* state = std::getenv("KMDF_STATE"); state && *state) return state;
    if (const char* xdg = std::getenv("XDG_STATE_HOME"); xdg && *xdg) return std::string(xdg) + "/openkmdf";
    const char* home = std::getenv("HOME");
    if (!home || !*home) {
        if (const passwd* entry = getpwuid(getuid())) home = entry->pw_dir;
    }
    return std::string(home ? home : "/tmp") + "/.local/state/openkmdf";
}

std::string hostUsage() {
    return "usage: kmdfhost [--config FILE] [--state DIR] [--socket PATH] [--seed N] [--help]\n"
           "\n"
           "Boots a simulated Windows machine, loads the KMDF drivers of the configured\n"
           "root devices and serves client programs (libkmdfclient, kmdfctl) on a Unix socket.\n"
           "\n"
           "  --config FILE  root devices, one per line:\n"
           "                   device <hardware-id> <instance-id> <service> <driver-image>\n"
           "                 ('#' starts a comment; a relative image path is relative to FILE)\n"
           "                 without it the machine has no devices\n"
           "  --state DIR    durable state and kmdfhost.log (default: $KMDF_STATE, else\n"
           "                 $XDG_STATE_HOME/openkmdf, else ~/.local/state/openkmdf)\n"
           "  --socket PATH  where to listen (default: $KMDF_SOCKET, else\n"
           "                 $XDG_RUNTIME_DIR/kmdf.sock, else /tmp/kmdf-$UID.sock)\n"
           "  --seed N       deterministic mode from seed N: not implemented yet (a later issue);\n"
           "                 0 (real time) is accepted, any other value exits with status 2\n"
           "  --help         print this text\n"
           "\n"
           "Stops in order on SIGINT, SIGTERM or `kmdfctl shutdown`: closes the clients'\n"
           "handles, removes the devices, unloads the drivers and prints one line per driver\n"
           "(\"driver echo unloaded: 0 leaked pool allocations, 0 leaked framework objects\").\n"
           "Exit status: 0 after a clean stop, 1 if a driver leaked or the host failed,\n"
           "2 for a usage error.\n";
}

bool parseHostOptions(const std::vector<std::string>& arguments, HostOptions* options, std::string* error) {
    options->socketPath = defaultSocketPath();
    options->stateDir = defaultStateDir();
    for (size_t i = 0; i < arguments.size(); ++i) {
        const std::string& arg = arguments[i];
        auto value = [&](const char* name, std::string* out) {
            std::string prefix = std::string(name) + "=";
            if (arg.rfind(prefix, 0) == 0) {
                *out = arg.substr(prefix.size());
            } else if (i + 1 < arguments.size()) {
                *out = arguments[++i];
            } else {
                *error = std::string(name) + " needs a value";
                return false;
            }
            if (out->empty()) {
                *error = std::string(name) + " needs a non-empty value";
                return false;
            }
            return true;
        };
        auto is = [&](const char* name) { return arg == name || arg.rfind(std::string(name) + "=", 0) == 0; };
        if (arg == "--help" || arg == "-h") {
            options->help = true;
        } else if (is("--config")) {
            if (!value("--config", &options->configPath)) return false;
        } else if (is("--state")) {
            if (!value("--state", &options->stateDir)) return false;
        } else if (is("--socket")) {
            if (!value("--socket", &options->socketPath)) return false;
        } else if (is("--seed")) {
            std::string text;
            if (!value("--seed", &text)) return false;
            char* end = nullptr;
            options->seed = std::strtoull(text.c_str(), &end, 0);
            if (*end != '\0' || text[0] == '-') {
                *error = "--seed needs a non-negative integer, not '" + text + "'";
                return false;
            }
        } else {
            *error = "unknown argument '" + arg + "'";
            return false;
        }
    }
    return true;
}

}  // namespace kmdf::host
