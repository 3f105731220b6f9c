// Where kmdfhost listens: one rule for the host, the client library and kmdfctl.
#pragma once

#include <string>

namespace kmdf {

// $KMDF_SOCKET, else $XDG_RUNTIME_DIR/kmdf.sock, else /tmp/kmdf-$UID.sock.
std::string defaultSocketPath();

}  // namespace kmdf
