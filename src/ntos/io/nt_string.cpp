#include "ntos/io/nt_string.h"

#include <cstdio>
#include <cstring>

namespace ntos {

UNICODE_STRING viewOf(const std::u16string& s) {
    UNICODE_STRING u;
    u.Length = static_cast<USHORT>(s.size() * sizeof(WCHAR));
    u.MaximumLength = static_cast<USHORT>((s.size() + 1) * sizeof(WCHAR));
    u.Buffer = const_cast<PWCH>(reinterpret_cast<const WCHAR*>(s.c_str()));
    return u;
}

NTSTATUS allocateUnicodeString(const std::u16string& s, PUNICODE_STRING out) {
    const size_t bytes = (s.size() + 1) * sizeof(WCHAR);
    if (bytes > 0xFFFE) return STATUS_NAME_TOO_LONG;
    auto* buffer = static_cast<WCHAR*>(ExAllocatePool2(POOL_FLAG_PAGED, bytes, 'rtSI'));
    if (buffer == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
    std::memcpy(buffer, s.c_str(), bytes);
    out->Buffer = buffer;
    out->Length = static_cast<USHORT>(s.size() * sizeof(WCHAR));
    out->MaximumLength = static_cast<USHORT>(bytes);
    return STATUS_SUCCESS;
}

std::u16string upcase(std::u16string_view s) {
    std::u16string out(s);
    for (auto& c : out) {
        if (c >= u'a' && c <= u'z') c = static_cast<char16_t>(c - u'a' + u'A');
    }
    return out;
}

std::string narrow(std::u16string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char16_t c : s) {
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
        } else if (c < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (c >> 6)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            out.push_back('?');
        } else {
            out.push_back(static_cast<char>(0xE0 | (c >> 12)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    return out;
}

std::u16string widen(std::string_view ascii) {
    std::u16string out;
    out.reserve(ascii.size());
    for (char c : ascii) out.push_back(static_cast<char16_t>(static_cast<unsigned char>(c)));
    return out;
}

std::u16string guidText(const GUID& g) {
    char text[40];
    std::snprintf(text, sizeof(text), "{%08x-%04x-%04x-%02x%02x-%02x%02x%02x%02x%02x%02x}",
                  static_cast<unsigned>(g.Data1), g.Data2, g.Data3, g.Data4[0], g.Data4[1],
                  g.Data4[2], g.Data4[3], g.Data4[4], g.Data4[5], g.Data4[6], g.Data4[7]);
    return widen(text);
}

}  // namespace ntos
