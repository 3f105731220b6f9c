// Conversions between NT counted strings (UNICODE_STRING, 16-bit WCHAR) and the
// std::u16string the I/O and PnP managers keep internally, plus case folding for
// object names (NT object names are case-insensitive).
#pragma once

#include <ntddk.h>

#include "ntos/rtl/text.h"  // toU16

#include <string>
#include <string_view>

namespace ntos {

static_assert(sizeof(WCHAR) == sizeof(char16_t), "WCHAR must be 16-bit (-fshort-wchar)");

// A UNICODE_STRING viewing `s` (no copy; `s` must outlive it).
UNICODE_STRING viewOf(const std::u16string& s);

// Allocates a zero-terminated copy from paged pool, as routines whose result the
// caller frees with RtlFreeUnicodeString do. Thread: PASSIVE_LEVEL.
NTSTATUS allocateUnicodeString(const std::u16string& s, PUNICODE_STRING out);

// ASCII-only upper-casing, enough for object names and device IDs.
std::u16string upcase(std::u16string_view s);

// For logs: UTF-16 -> UTF-8 (BMP only; others become '?').
std::string narrow(std::u16string_view s);
std::u16string widen(std::string_view ascii);

// "{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}" in lowercase hex.
std::u16string guidText(const GUID& guid);

}  // namespace ntos
