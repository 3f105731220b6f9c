// Conversions between NT counted strings, UTF-16 and UTF-8 for the C++ layers above.
#pragma once

#include <ntddk.h>

#include <string>
#include <string_view>

namespace ntos {

// All helpers here: thread any, any IRQL.

// The characters of a UNICODE_STRING (Length bytes; no terminator needed). nullptr -> "".
std::u16string toU16(PCUNICODE_STRING string);
// The characters of a null-terminated WCHAR string. nullptr -> "".
std::u16string toU16(PCWSTR string);
// UTF-16 -> UTF-8 (unpaired surrogates become U+FFFD).
std::string toUtf8(std::u16string_view text);
std::string toUtf8(PCUNICODE_STRING string);
// UTF-8 -> UTF-16 (invalid bytes become U+FFFD).
std::u16string fromUtf8(std::string_view text);

// A zeroed pool buffer (tag 'grtS') for an Rtl routine's AllocateDestinationString;
// `caller` is the return address of the exported routine. Thread: any, IRQL <= DISPATCH_LEVEL.
void* allocateStringBuffer(const char* routine, size_t bytes, const void* caller);

// Length in WCHARs of a null-terminated WCHAR string (never wcslen: WCHAR is 16 bit).
size_t wideLength(const WCHAR* string);

// A UNICODE_STRING that owns its buffer (null-terminated, not from pool), for passing a
// C++ string to routines that take PUNICODE_STRING / PCUNICODE_STRING.
class UnicodeStringBuffer {
public:
    UnicodeStringBuffer() : UnicodeStringBuffer(std::u16string_view{}) {}
    explicit UnicodeStringBuffer(std::u16string_view text);
    UnicodeStringBuffer(const UnicodeStringBuffer& other) : UnicodeStringBuffer(other.view()) {}
    UnicodeStringBuffer& operator=(const UnicodeStringBuffer& other);

    PUNICODE_STRING get() { return &string_; }
    PCUNICODE_STRING get() const { return &string_; }
    operator PUNICODE_STRING() { return &string_; }
    operator PCUNICODE_STRING() const { return &string_; }
    std::u16string_view view() const { return std::u16string_view(text_.data(), string_.Length / sizeof(WCHAR)); }

private:
    std::u16string text_;
    UNICODE_STRING string_{};
};

}  // namespace ntos
