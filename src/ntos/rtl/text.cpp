#include "ntos/rtl/text.h"

namespace ntos {

size_t wideLength(const WCHAR* string) {
    size_t n = 0;
    while (string[n] != 0) ++n;
    return n;
}

std::u16string toU16(PCUNICODE_STRING string) {
    if (string == nullptr || string->Buffer == nullptr) return {};
    return std::u16string(reinterpret_cast<const char16_t*>(string->Buffer), string->Length / sizeof(WCHAR));
}

std::u16string toU16(PCWSTR string) {
    if (string == nullptr) return {};
    return std::u16string(reinterpret_cast<const char16_t*>(string), wideLength(string));
}

std::string toUtf8(std::u16string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        char32_t c = text[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
            ++i;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            c = 0xFFFD;
        }
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

std::string toUtf8(PCUNICODE_STRING string) { return toUtf8(toU16(string)); }

std::u16string fromUtf8(std::string_view text) {
    std::u16string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        char32_t c = 0xFFFD;
        size_t extra = 0;
        if (b < 0x80) {
            c = b;
        } else if ((b & 0xE0) == 0xC0) {
            c = b & 0x1F;
            extra = 1;
        } else if ((b & 0xF0) == 0xE0) {
            c = b & 0x0F;
            extra = 2;
        } else if ((b & 0xF8) == 0xF0) {
            c = b & 0x07;
            extra = 3;
        }
        size_t j = 1;
        bool valid = b < 0x80 || extra > 0;
        for (; valid && j <= extra; ++j) {
            if (i + j >= text.size() || (static_cast<unsigned char>(text[i + j]) & 0xC0) != 0x80) {
                valid = false;
                break;
            }
            c = (c << 6) | (static_cast<unsigned char>(text[i + j]) & 0x3F);
        }
        if (!valid) {
            out += u'\uFFFD';
            i += (j > 1 ? j : 1);
            continue;
        }
        i += 1 + extra;
        if (c >= 0x10000 && c <= 0x10FFFF) {
            c -= 0x10000;
            out += static_cast<char16_t>(0xD800 + (c >> 10));
            out += static_cast<char16_t>(0xDC00 + (c & 0x3FF));
        } else if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
            out += u'\uFFFD';
        } else {
            out += static_cast<char16_t>(c);
        }
    }
    return out;
}

UnicodeStringBuffer::UnicodeStringBuffer(std::u16string_view text) : text_(text) {
    string_.Buffer = reinterpret_cast<PWCH>(text_.data());
    string_.Length = static_cast<USHORT>(text_.size() * sizeof(WCHAR));
    string_.MaximumLength = static_cast<USHORT>(string_.Length + sizeof(WCHAR));
}

UnicodeStringBuffer& UnicodeStringBuffer::operator=(const UnicodeStringBuffer& other) {
    if (this != &other) {
        text_ = std::u16string(other.view());
        string_.Buffer = reinterpret_cast<PWCH>(text_.data());
        string_.Length = static_cast<USHORT>(text_.size() * sizeof(WCHAR));
        string_.MaximumLength = static_cast<USHORT>(string_.Length + sizeof(WCHAR));
    }
    return *this;
}

}  // namespace ntos
