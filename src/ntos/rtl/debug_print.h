// Debug output: the sink of DbgPrint/KdPrint, for C++ code that wants to print exactly
// as a driver's DbgPrint does.
#pragma once

#include <string_view>

namespace ntos {

// Writes UTF-8 text to the current kernel's log (stderr without one): one log line per
// text line, a single trailing newline dropped. Thread: any, any IRQL.
void debugOutput(std::string_view text);

}  // namespace ntos
