#include "ntos/rtl/format.h"

#include "ntos/rtl/text.h"

#include <cstdio>
#include <cstring>

namespace ntos {
namespace {

enum class Size { Default, Char, Short, Long, LongLong, Pointer, Int32, Wide, LongDouble };

struct Spec {
    bool left = false, plus = false, space = false, zero = false, alternate = false;
    int width = 0;
    int precision = -1;
    Size size = Size::Default;
    char conversion = 0;
};

template <class Out>
void appendNarrowText(std::basic_string<Out>& out, std::string_view text) {
    if constexpr (sizeof(Out) == 1) {
        out.append(text.begin(), text.end());
    } else {
        out += fromUtf8(text);
    }
}

template <class Out>
void appendWideText(std::basic_string<Out>& out, std::u16string_view text) {
    if constexpr (sizeof(Out) == 1) {
        out += toUtf8(text);
    } else {
        out += text;
    }
}

template <class Out>
void pad(std::basic_string<Out>& out, int count, Out c) {
    for (int i = 0; i < count; ++i) out += c;
}

// Appends `body` (already converted, counted in output characters) with width padding.
template <class Out>
void appendPadded(std::basic_string<Out>& out, const std::basic_string<Out>& body, const Spec& spec) {
    const int fill = spec.width - static_cast<int>(body.size());
    if (!spec.left) pad(out, fill, static_cast<Out>(' '));
    out += body;
    if (spec.left) pad(out, fill, static_cast<Out>(' '));
}

template <class Out>
void appendInteger(std::basic_string<Out>& out, const Spec& spec, unsigned long long magnitude, bool negative) {
    const char c = spec.conversion;
    const unsigned base = (c == 'x' || c == 'X' || c == 'p') ? 16 : (c == 'o') ? 8 : 10;
    const char* digitsSet = (c == 'X' || c == 'p') ? "0123456789ABCDEF" : "0123456789abcdef";
    std::string digits;
    for (unsigned long long v = magnitude; v != 0; v /= base) digits.insert(digits.begin(), digitsSet[v % base]);
    if (spec.precision >= 0) {
        if (static_cast<int>(digits.size()) < spec.precision) digits.insert(0, spec.precision - digits.size(), '0');
    } else if (digits.empty()) {
        digits = "0";
    }
    std::string prefix;
    if (c == 'd' || c == 'i') {
        if (negative) prefix = "-";
        else if (spec.plus) prefix = "+";
        else if (spec.space) prefix = " ";
    } else if (spec.alternate && magnitude != 0) {
        if (c == 'x') prefix = "0x";
        if (c == 'X') prefix = "0X";
        if (c == 'o' && digits[0] != '0') prefix = "0";
    }
    if (spec.zero && !spec.left && spec.precision < 0) {
        const int fill = spec.width - static_cast<int>(prefix.size() + digits.size());
        if (fill > 0) digits.insert(0, static_cast<size_t>(fill), '0');
    }
    std::basic_string<Out> body;
    appendNarrowText(body, prefix + digits);
    appendPadded(out, body, spec);
}

template <class In>
int parseNumber(const In*& p) {
    int value = 0;
    while (*p >= '0' && *p <= '9') value = value * 10 + (*p++ - '0');
    return value;
}

template <class In>
Size parseSize(const In*& p) {
    switch (*p) {
    case 'h':
        ++p;
        if (*p == 'h') {
            ++p;
            return Size::Char;
        }
        return Size::Short;
    case 'l':
        ++p;
        if (*p == 'l') {
            ++p;
            return Size::LongLong;
        }
        return Size::Long;
    case 'w': ++p; return Size::Wide;
    case 'L': ++p; return Size::LongDouble;
    case 'z':
    case 't':
    case 'j': ++p; return Size::Pointer;
    case 'I':
        if (p[1] == '6' && p[2] == '4') {
            p += 3;
            return Size::LongLong;
        }
        if (p[1] == '3' && p[2] == '2') {
            p += 3;
            return Size::Int32;
        }
        ++p;
        return Size::Pointer;
    default: return Size::Default;
    }
}

template <class Out>
void appendString(std::basic_string<Out>& out, const Spec& spec, bool wide, const void* text) {
    std::basic_string<Out> body;
    if (text == nullptr) {
        appendNarrowText(body, "(null)");
    } else if (wide) {
        std::u16string_view view(static_cast<const char16_t*>(text), wideLength(static_cast<const WCHAR*>(text)));
        if (spec.precision >= 0 && static_cast<size_t>(spec.precision) < view.size()) view = view.substr(0, spec.precision);
        appendWideText(body, view);
    } else {
        std::string_view view(static_cast<const char*>(text));
        if (spec.precision >= 0 && static_cast<size_t>(spec.precision) < view.size()) view = view.substr(0, spec.precision);
        appendNarrowText(body, view);
    }
    appendPadded(out, body, spec);
}

template <class Out>
void appendCounted(std::basic_string<Out>& out, const Spec& spec, bool wide, const void* string) {
    std::basic_string<Out> body;
    if (string == nullptr) {
        appendNarrowText(body, "(null)");
    } else if (wide) {
        auto* u = static_cast<const UNICODE_STRING*>(string);
        if (u->Buffer == nullptr) {
            appendNarrowText(body, "(null)");
        } else {
            std::u16string_view view(reinterpret_cast<const char16_t*>(u->Buffer), u->Length / sizeof(WCHAR));
            if (spec.precision >= 0 && static_cast<size_t>(spec.precision) < view.size()) view = view.substr(0, spec.precision);
            appendWideText(body, view);
        }
    } else {
        auto* a = static_cast<const ANSI_STRING*>(string);
        if (a->Buffer == nullptr) {
            appendNarrowText(body, "(null)");
        } else {
            std::string_view view(a->Buffer, a->Length);
            if (spec.precision >= 0 && static_cast<size_t>(spec.precision) < view.size()) view = view.substr(0, spec.precision);
            appendNarrowText(body, view);
        }
    }
    appendPadded(out, body, spec);
}

template <class Out>
void appendFloating(std::basic_string<Out>& out, const Spec& spec, va_list& args) {
    std::string fmt = "%";
    if (spec.left) fmt += '-';
    if (spec.plus) fmt += '+';
    if (spec.space) fmt += ' ';
    if (spec.zero) fmt += '0';
    if (spec.alternate) fmt += '#';
    fmt += std::to_string(spec.width);
    if (spec.precision >= 0) fmt += "." + std::to_string(spec.precision);
    fmt += spec.conversion;
    const double value = va_arg(args, double);
    char buffer[512];
    std::snprintf(buffer, sizeof buffer, fmt.c_str(), value);
    appendNarrowText(out, buffer);
}

template <class Out, class In>
std::basic_string<Out> format(const In* p, va_list original) {
    va_list args;
    va_copy(args, original);
    constexpr bool wideOutput = sizeof(Out) == 2;
    std::basic_string<Out> out;
    while (*p != 0) {
        if (*p != '%') {
            out += static_cast<Out>(*p++);
            continue;
        }
        const In* start = p++;
        Spec spec;
        for (bool flags = true; flags;) {
            switch (*p) {
            case '-': spec.left = true; ++p; break;
            case '+': spec.plus = true; ++p; break;
            case ' ': spec.space = true; ++p; break;
            case '0': spec.zero = true; ++p; break;
            case '#': spec.alternate = true; ++p; break;
            default: flags = false;
            }
        }
        if (*p == '*') {
            spec.width = va_arg(args, int);
            if (spec.width < 0) {
                spec.left = true;
                spec.width = -spec.width;
            }
            ++p;
        } else {
            spec.width = parseNumber(p);
        }
        if (*p == '.') {
            ++p;
            if (*p == '*') {
                spec.precision = va_arg(args, int);
                if (spec.precision < 0) spec.precision = -1;  // a negative '*' precision means none
                ++p;
            } else {
                spec.precision = parseNumber(p);
            }
        }
        spec.size = parseSize(p);
        spec.conversion = static_cast<char>(*p);
        if (*p != 0) ++p;
        switch (spec.conversion) {
        case '%': out += static_cast<Out>('%'); break;
        case 'd':
        case 'i': {
            long long v;
            switch (spec.size) {
            case Size::LongLong:
            case Size::Pointer: v = va_arg(args, long long); break;
            case Size::Short: v = static_cast<short>(va_arg(args, int)); break;
            case Size::Char: v = static_cast<signed char>(va_arg(args, int)); break;
            default: v = va_arg(args, int); break;  // includes 'l': LONG is 32 bit
            }
            const unsigned long long magnitude = v < 0 ? 0ull - static_cast<unsigned long long>(v) : v;
            appendInteger(out, spec, magnitude, v < 0);
            break;
        }
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
            unsigned long long v;
            switch (spec.size) {
            case Size::LongLong:
            case Size::Pointer: v = va_arg(args, unsigned long long); break;
            case Size::Short: v = static_cast<unsigned short>(va_arg(args, unsigned)); break;
            case Size::Char: v = static_cast<unsigned char>(va_arg(args, unsigned)); break;
            default: v = va_arg(args, unsigned); break;
            }
            appendInteger(out, spec, v, false);
            break;
        }
        case 'p': {
            Spec pointer = spec;
            pointer.precision = 16;
            appendInteger(out, pointer, reinterpret_cast<uintptr_t>(va_arg(args, void*)), false);
            break;
        }
        case 'c':
        case 'C': {
            bool wide = spec.conversion == 'c' ? wideOutput : !wideOutput;
            if (spec.size == Size::Long || spec.size == Size::Wide) wide = true;
            if (spec.size == Size::Short) wide = false;
            const unsigned value = va_arg(args, unsigned);
            std::basic_string<Out> body;
            if (wide) {
                const char16_t c = static_cast<char16_t>(value);
                appendWideText(body, std::u16string_view(&c, 1));
            } else {
                const char c = static_cast<char>(value);
                if constexpr (wideOutput) {
                    body += static_cast<Out>(static_cast<unsigned char>(c));
                } else {
                    body += c;
                }
            }
            appendPadded(out, body, spec);
            break;
        }
        case 's':
        case 'S': {
            bool wide = spec.conversion == 's' ? wideOutput : !wideOutput;
            if (spec.size == Size::Long || spec.size == Size::Wide) wide = true;
            if (spec.size == Size::Short) wide = false;
            appendString(out, spec, wide, va_arg(args, const void*));
            break;
        }
        case 'Z': {
            const bool wide = spec.size == Size::Wide || spec.size == Size::Long;
            appendCounted(out, spec, wide, va_arg(args, const void*));
            break;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case 'a':
        case 'A': appendFloating(out, spec, args); break;
        case 'n': (void)va_arg(args, void*); break;  // never write through %n
        default:
            // Unknown conversion: emit it literally, as the CRT does.
            for (const In* q = start; q < p; ++q) out += static_cast<Out>(*q);
            break;
        }
    }
    va_end(args);
    return out;
}

}  // namespace

std::string formatNarrow(const char* format, va_list args) { return ntos::format<char>(format, args); }

std::u16string formatWide(const char16_t* format, va_list args) { return ntos::format<char16_t>(format, args); }

}  // namespace ntos
