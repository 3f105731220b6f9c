// Conversions between UNICODE_STRING and std::u16string for framework bookkeeping.
// Any thread, any IRQL (the u16string conversions allocate: IRQL <= DISPATCH_LEVEL).
#pragma once

#include <ntddk.h>

#include <string>

namespace wdf {

inline std::u16string fxToU16(PCUNICODE_STRING s) {
    if (s == nullptr || s->Buffer == nullptr) return {};
    return std::u16string(reinterpret_cast<const char16_t*>(s->Buffer), s->Length / sizeof(WCHAR));
}

// A counted view of `s` (not owning; valid while `s` is unchanged).
inline UNICODE_STRING fxUnicodeView(const std::u16string& s) {
    UNICODE_STRING u;
    u.Buffer = reinterpret_cast<PWCH>(const_cast<char16_t*>(s.data()));
    u.Length = static_cast<USHORT>(s.size() * sizeof(WCHAR));
    u.MaximumLength = u.Length;
    return u;
}

inline std::string fxToUtf8Lossy(const std::u16string& s) {
    std::string out;
    for (char16_t c : s) out.push_back(c < 0x80 ? static_cast<char>(c) : '?');
    return out;
}

}  // namespace wdf
