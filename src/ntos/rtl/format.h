// The printf engine shared by DbgPrint and the Rtl*Printf routines: the kernel's
// format language (%d %i %u %o %x %X %p %c %C %s %S %ws %hs %wZ %Z %%, the size
// prefixes h hh l ll w I I32 I64 z t j, flags "-+ 0#", width/precision with '*',
// and %e %f %g %a). As on Windows, 'l' is 32 bit (LONG); in wide output %s and %c take
// WCHAR and %S / %C take char, in narrow output the other way round.
#pragma once

#include <ntddk.h>

#include <cstdarg>
#include <string>

namespace ntos {

// Thread: any, any IRQL (allocates from the host heap, not from pool).
std::string formatNarrow(const char* format, va_list args);
std::u16string formatWide(const char16_t* format, va_list args);

}  // namespace ntos
