// Integer <-> string conversions (RtlUnicodeStringToInteger, RtlIntegerToUnicodeString, ...).
#include "ntos/rtl/text.h"

#include <cstring>
#include <string>

namespace {

bool validBase(ULONG base) { return base == 2 || base == 8 || base == 10 || base == 16; }

int digitValue(char16_t c) {
    if (c >= u'0' && c <= u'9') return c - u'0';
    if (c >= u'a' && c <= u'z') return c - u'a' + 10;
    if (c >= u'A' && c <= u'Z') return c - u'A' + 10;
    return 99;
}

// The documented parse: skip white space, optional sign, optional 0x/0o/0b prefix when
// base is 0, then digits up to the first character that is not one.
NTSTATUS parse(std::u16string_view text, ULONG base, PULONG value) {
    if (base != 0 && !validBase(base)) return STATUS_INVALID_PARAMETER;
    if (text.empty()) return STATUS_INVALID_PARAMETER;
    size_t i = 0;
    while (i < text.size() && text[i] <= u' ') ++i;
    bool negative = false;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+')) negative = text[i++] == u'-';
    if (base == 0) {
        base = 10;
        if (i + 1 < text.size() && text[i] == u'0') {
            switch (text[i + 1]) {
            case u'x': base = 16; i += 2; break;
            case u'o': base = 8; i += 2; break;
            case u'b': base = 2; i += 2; break;
            default: break;
            }
        }
    }
    ULONG result = 0;
    for (; i < text.size(); ++i) {
        const int digit = digitValue(text[i]);
        if (digit >= static_cast<int>(base)) break;
        result = result * base + static_cast<ULONG>(digit);
    }
    *value = negative ? 0u - result : result;
    return STATUS_SUCCESS;
}

std::string digits(ULONGLONG value, ULONG base) {
    std::string text;
    do {
        text.insert(text.begin(), "0123456789ABCDEF"[value % base]);
        value /= base;
    } while (value != 0);
    return text;
}

NTSTATUS toUnicode(ULONGLONG value, ULONG base, PUNICODE_STRING string) {
    if (base == 0) base = 10;
    if (!validBase(base)) return STATUS_INVALID_PARAMETER;
    const std::string text = digits(value, base);
    if (text.size() * sizeof(WCHAR) > string->MaximumLength) return STATUS_BUFFER_OVERFLOW;
    for (size_t i = 0; i < text.size(); ++i) string->Buffer[i] = static_cast<WCHAR>(text[i]);
    string->Length = static_cast<USHORT>(text.size() * sizeof(WCHAR));
    if (string->Length + sizeof(WCHAR) <= string->MaximumLength) string->Buffer[text.size()] = UNICODE_NULL;
    return STATUS_SUCCESS;
}

}  // namespace

extern "C" {

NTSTATUS NTAPI RtlUnicodeStringToInteger(PCUNICODE_STRING String, ULONG Base, PULONG Value) {
    return parse(ntos::toU16(String), Base, Value);
}

NTSTATUS NTAPI RtlCharToInteger(PCSZ String, ULONG Base, PULONG Value) {
    if (String == nullptr) return STATUS_INVALID_PARAMETER;
    std::u16string text;
    for (const char* p = String; *p != 0; ++p) text += static_cast<char16_t>(static_cast<unsigned char>(*p));
    return parse(text, Base, Value);
}

NTSTATUS NTAPI RtlIntegerToUnicodeString(ULONG Value, ULONG Base, PUNICODE_STRING String) {
    return toUnicode(Value, Base, String);
}

NTSTATUS NTAPI RtlInt64ToUnicodeString(ULONGLONG Value, ULONG Base, PUNICODE_STRING String) {
    return toUnicode(Value, Base, String);
}

}  // extern "C"
