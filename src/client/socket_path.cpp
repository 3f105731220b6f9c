#include "client/socket_path.h"

#include <cstdlib>
#include <unistd.h>

namespace kmdf {

std::string defaultSocketPath() {
    if (const char* explicitPath = std::getenv("KMDF_SOCKET"); explicitPath && *explicitPath) return explicitPath;
    if (const char* runtimeDir = std::getenv("XDG_RUNTIME_DIR"); runtimeDir && *runtimeDir)
        return std::string(runtimeDir) + "/kmdf.sock";
    return "/tmp/kmdf-" + std::to_string(getuid()) + ".sock";
}

}  // namespace kmdf
