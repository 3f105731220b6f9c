// ntstrsafe: bounded string copy/cat/length/printf for WCHAR and char buffers and for
// UNICODE_STRING destinations. Truncation returns STATUS_BUFFER_OVERFLOW with the
// truncated result (null-terminated for character buffers); bad sizes and invalid
// UNICODE_STRINGs return STATUS_INVALID_PARAMETER.
#include "ntos/rtl/format.h"
#include "ntos/rtl/text.h"

#include <ntstrsafe.h>

#include <algorithm>
#include <cstdarg>
#include <cstring>

namespace {

constexpr size_t kMaxCch = 2147483647;          // NTSTRSAFE_MAX_CCH
constexpr size_t kUnicodeStringMaxCch = 32767;  // NTSTRSAFE_UNICODE_STRING_MAX_CCH
constexpr size_t kUnbounded = static_cast<size_t>(-1);

template <class Ch>
const Ch* orEmpty(const Ch* s) {
    static const Ch empty[1] = {0};
    return s != nullptr ? s : empty;
}

// Copies at most maxSrc characters of src (stopping at its null) into dst[0..cch).
template <class Ch>
NTSTATUS copyInto(Ch* dst, size_t cch, const Ch* src, size_t maxSrc) {
    if (cch == 0 || cch > kMaxCch || dst == nullptr) return STATUS_INVALID_PARAMETER;
    src = orEmpty(src);
    size_t i = 0;
    while (i < cch - 1 && i < maxSrc && src[i] != 0) {
        dst[i] = src[i];
        ++i;
    }
    dst[i] = 0;
    if (i == cch - 1 && i < maxSrc && src[i] != 0) return STATUS_BUFFER_OVERFLOW;
    return STATUS_SUCCESS;
}

template <class Ch>
NTSTATUS lengthOf(const Ch* s, size_t cchMax, size_t* length) {
    if (s == nullptr || cchMax == 0 || cchMax > kMaxCch) {
        if (length != nullptr) *length = 0;
        return STATUS_INVALID_PARAMETER;
    }
    size_t n = 0;
    while (n < cchMax && s[n] != 0) ++n;
    if (n == cchMax) {
        if (length != nullptr) *length = 0;
        return STATUS_INVALID_PARAMETER;
    }
    if (length != nullptr) *length = n;
    return STATUS_SUCCESS;
}

template <class Ch>
NTSTATUS catInto(Ch* dst, size_t cch, const Ch* src, size_t maxSrc) {
    if (cch == 0 || cch > kMaxCch || dst == nullptr) return STATUS_INVALID_PARAMETER;
    size_t used = 0;
    NTSTATUS status = lengthOf(dst, cch, &used);
    if (!NT_SUCCESS(status)) return status;
    return copyInto(dst + used, cch - used, src, maxSrc);
}

template <class Ch>
NTSTATUS printInto(Ch* dst, size_t cch, const std::basic_string<Ch>& text) {
    if (cch == 0 || cch > kMaxCch || dst == nullptr) return STATUS_INVALID_PARAMETER;
    const size_t n = std::min(text.size(), cch - 1);
    std::copy_n(text.data(), n, dst);
    dst[n] = 0;
    return n < text.size() ? STATUS_BUFFER_OVERFLOW : STATUS_SUCCESS;
}

constexpr ULONG kValidExFlags = 0x000000FF | STRSAFE_IGNORE_NULLS | STRSAFE_FILL_BEHIND_NULL |
                                STRSAFE_FILL_ON_FAILURE | STRSAFE_NULL_ON_FAILURE | STRSAFE_NO_TRUNCATION;

// The documented post-processing of the ...Ex routines: fill behind the null, fill or
// empty the buffer on failure, and report the end of the string and the room left.
template <class Ch>
NTSTATUS finishEx(Ch* dst, size_t cch, NTSTATUS status, ULONG flags, Ch** end, size_t* remaining) {
    const unsigned char fill = static_cast<unsigned char>(flags & 0xFF);
    if (dst != nullptr && cch != 0 && cch <= kMaxCch && status != STATUS_INVALID_PARAMETER) {
        if (!NT_SUCCESS(status) || status == STATUS_BUFFER_OVERFLOW) {
            if ((flags & STRSAFE_FILL_ON_FAILURE) != 0) {
                std::memset(dst, fill, cch * sizeof(Ch));
                dst[cch - 1] = 0;
            }
            if ((flags & (STRSAFE_NULL_ON_FAILURE | STRSAFE_NO_TRUNCATION)) != 0) dst[0] = 0;
        }
        size_t length = 0;
        while (length < cch && dst[length] != 0) ++length;
        if (status == STATUS_SUCCESS && (flags & STRSAFE_FILL_BEHIND_NULL) != 0 && length + 1 < cch) {
            std::memset(dst + length + 1, fill, (cch - length - 1) * sizeof(Ch));
        }
        if (end != nullptr) *end = dst + length;
        if (remaining != nullptr) *remaining = cch - length;
    }
    return status;
}

char16_t* u16(PWSTR s) { return reinterpret_cast<char16_t*>(s); }
const char16_t* u16(PCWSTR s) { return reinterpret_cast<const char16_t*>(s); }

std::u16string formatW(PCWSTR format, va_list args) { return ntos::formatWide(u16(format), args); }

bool validUnicodeString(PCUNICODE_STRING s) {
    if (s == nullptr) return false;
    if ((s->Length % 2) != 0 || (s->MaximumLength % 2) != 0 || s->Length > s->MaximumLength) return false;
    if (s->MaximumLength > kUnicodeStringMaxCch * sizeof(WCHAR)) return false;
    if (s->Buffer == nullptr && s->MaximumLength != 0) return false;
    return true;
}

// Writes text at character offset `at` of dest; truncates to MaximumLength.
NTSTATUS storeUnicode(PUNICODE_STRING dest, size_t at, std::u16string_view text) {
    const size_t capacity = dest->MaximumLength / sizeof(WCHAR);
    const size_t n = std::min(text.size(), capacity - at);
    std::copy_n(text.data(), n, reinterpret_cast<char16_t*>(dest->Buffer) + at);
    dest->Length = static_cast<USHORT>((at + n) * sizeof(WCHAR));
    return n < text.size() ? STATUS_BUFFER_OVERFLOW : STATUS_SUCCESS;
}

std::u16string_view viewOf(PCUNICODE_STRING s) {
    if (s->Buffer == nullptr) return {};
    return {reinterpret_cast<const char16_t*>(s->Buffer), s->Length / sizeof(WCHAR)};
}

std::u16string_view viewOf(PCWSTR s, size_t maxChars) {
    if (s == nullptr) return {};
    size_t n = 0;
    while (n < maxChars && s[n] != 0) ++n;
    return {u16(s), n};
}

}  // namespace

extern "C" {

// ---- copy

NTSTATUS NTAPI RtlStringCchCopyW(PWSTR pszDest, size_t cchDest, PCWSTR pszSrc) {
    return copyInto(u16(pszDest), cchDest, u16(pszSrc), kUnbounded);
}
NTSTATUS NTAPI RtlStringCchCopyA(PSTR pszDest, size_t cchDest, PCSTR pszSrc) {
    return copyInto(pszDest, cchDest, pszSrc, kUnbounded);
}
NTSTATUS NTAPI RtlStringCbCopyW(PWSTR pszDest, size_t cbDest, PCWSTR pszSrc) {
    return copyInto(u16(pszDest), cbDest / sizeof(WCHAR), u16(pszSrc), kUnbounded);
}
NTSTATUS NTAPI RtlStringCbCopyA(PSTR pszDest, size_t cbDest, PCSTR pszSrc) {
    return copyInto(pszDest, cbDest, pszSrc, kUnbounded);
}
NTSTATUS NTAPI RtlStringCchCopyNW(PWSTR pszDest, size_t cchDest, PCWSTR pszSrc, size_t cchToCopy) {
    if (cchToCopy > kMaxCch) return STATUS_INVALID_PARAMETER;
    return copyInto(u16(pszDest), cchDest, u16(pszSrc), cchToCopy);
}
NTSTATUS NTAPI RtlStringCchCopyNA(PSTR pszDest, size_t cchDest, PCSTR pszSrc, size_t cchToCopy) {
    if (cchToCopy > kMaxCch) return STATUS_INVALID_PARAMETER;
    return copyInto(pszDest, cchDest, pszSrc, cchToCopy);
}
NTSTATUS NTAPI RtlStringCbCopyNW(PWSTR pszDest, size_t cbDest, PCWSTR pszSrc, size_t cbToCopy) {
    return RtlStringCchCopyNW(pszDest, cbDest / sizeof(WCHAR), pszSrc, cbToCopy / sizeof(WCHAR));
}
NTSTATUS NTAPI RtlStringCbCopyNA(PSTR pszDest, size_t cbDest, PCSTR pszSrc, size_t cbToCopy) {
    return RtlStringCchCopyNA(pszDest, cbDest, pszSrc, cbToCopy);
}

NTSTATUS NTAPI RtlStringCchCopyExW(PWSTR pszDest, size_t cchDest, PCWSTR pszSrc, PWSTR* ppszDestEnd,
                                   size_t* pcchRemaining, ULONG dwFlags) {
    if ((dwFlags & ~kValidExFlags) != 0) return STATUS_INVALID_PARAMETER;
    NTSTATUS status = copyInto(u16(pszDest), cchDest, u16(pszSrc), kUnbounded);
    return finishEx(u16(pszDest), cchDest, status, dwFlags, reinterpret_cast<char16_t**>(ppszDestEnd), pcchRemaining);
}

NTSTATUS NTAPI RtlStringCbCopyExW(PWSTR pszDest, size_t cbDest, PCWSTR pszSrc, PWSTR* ppszDestEnd,
                                  size_t* pcbRemaining, ULONG dwFlags) {
    size_t remaining = 0;
    NTSTATUS status = RtlStringCchCopyExW(pszDest, cbDest / sizeof(WCHAR), pszSrc, ppszDestEnd, &remaining, dwFlags);
    if (pcbRemaining != nullptr && status != STATUS_INVALID_PARAMETER) {
        *pcbRemaining = remaining * sizeof(WCHAR) + cbDest % sizeof(WCHAR);
    }
    return status;
}

NTSTATUS NTAPI RtlStringCchCopyUnicodeString(PWSTR pszDest, size_t cchDest, PCUNICODE_STRING SourceString) {
    if (!validUnicodeString(SourceString)) {
        if (pszDest != nullptr && cchDest != 0 && cchDest <= kMaxCch) pszDest[0] = 0;
        return STATUS_INVALID_PARAMETER;
    }
    return copyInto(u16(pszDest), cchDest, viewOf(SourceString).data(), viewOf(SourceString).size());
}

NTSTATUS NTAPI RtlStringCbCopyUnicodeString(PWSTR pszDest, size_t cbDest, PCUNICODE_STRING SourceString) {
    return RtlStringCchCopyUnicodeString(pszDest, cbDest / sizeof(WCHAR), SourceString);
}

// ---- cat

NTSTATUS NTAPI RtlStringCchCatW(PWSTR pszDest, size_t cchDest, PCWSTR pszSrc) {
    return catInto(u16(pszDest), cchDest, u16(pszSrc), kUnbounded);
}
NTSTATUS NTAPI RtlStringCchCatA(PSTR pszDest, size_t cchDest, PCSTR pszSrc) {
    return catInto(pszDest, cchDest, pszSrc, kUnbounded);
}
NTSTATUS NTAPI RtlStringCbCatW(PWSTR pszDest, size_t cbDest, PCWSTR pszSrc) {
    return catInto(u16(pszDest), cbDest / sizeof(WCHAR), u16(pszSrc), kUnbounded);
}
NTSTATUS NTAPI RtlStringCbCatA(PSTR pszDest, size_t cbDest, PCSTR pszSrc) {
    return catInto(pszDest, cbDest, pszSrc, kUnbounded);
}
NTSTATUS NTAPI RtlStringCchCatNW(PWSTR pszDest, size_t cchDest, PCWSTR pszSrc, size_t cchToAppend) {
    if (cchToAppend > kMaxCch) return STATUS_INVALID_PARAMETER;
    return catInto(u16(pszDest), cchDest, u16(pszSrc), cchToAppend);
}
NTSTATUS NTAPI RtlStringCchCatNA(PSTR pszDest, size_t cchDest, PCSTR pszSrc, size_t cchToAppend) {
    if (cchToAppend > kMaxCch) return STATUS_INVALID_PARAMETER;
    return catInto(pszDest, cchDest, pszSrc, cchToAppend);
}
NTSTATUS NTAPI RtlStringCbCatNW(PWSTR pszDest, size_t cbDest, PCWSTR pszSrc, size_t cbToAppend) {
    return RtlStringCchCatNW(pszDest, cbDest / sizeof(WCHAR), pszSrc, cbToAppend / sizeof(WCHAR));
}
NTSTATUS NTAPI RtlStringCbCatNA(PSTR pszDest, size_t cbDest, PCSTR pszSrc, size_t cbToAppend) {
    return RtlStringCchCatNA(pszDest, cbDest, pszSrc, cbToAppend);
}

// ---- length

NTSTATUS NTAPI RtlStringCchLengthW(PCWSTR psz, size_t cchMax, size_t* pcchLength) {
    return lengthOf(u16(psz), cchMax, pcchLength);
}
NTSTATUS NTAPI RtlStringCchLengthA(PCSTR psz, size_t cchMax, size_t* pcchLength) {
    return lengthOf(psz, cchMax, pcchLength);
}
NTSTATUS NTAPI RtlStringCbLengthW(PCWSTR psz, size_t cbMax, size_t* pcbLength) {
    size_t cch = 0;
    NTSTATUS status = lengthOf(u16(psz), cbMax / sizeof(WCHAR), &cch);
    if (pcbLength != nullptr) *pcbLength = cch * sizeof(WCHAR);
    return status;
}
NTSTATUS NTAPI RtlStringCbLengthA(PCSTR psz, size_t cbMax, size_t* pcbLength) {
    return lengthOf(psz, cbMax, pcbLength);
}

// ---- printf

NTSTATUS NTAPI RtlStringCchVPrintfW(PWSTR pszDest, size_t cchDest, PCWSTR pszFormat, va_list argList) {
    if (cchDest == 0 || cchDest > kMaxCch || pszDest == nullptr) return STATUS_INVALID_PARAMETER;
    return printInto(u16(pszDest), cchDest, formatW(pszFormat, argList));
}
NTSTATUS NTAPI RtlStringCchVPrintfA(PSTR pszDest, size_t cchDest, PCSTR pszFormat, va_list argList) {
    if (cchDest == 0 || cchDest > kMaxCch || pszDest == nullptr) return STATUS_INVALID_PARAMETER;
    return printInto(pszDest, cchDest, ntos::formatNarrow(pszFormat, argList));
}
NTSTATUS NTAPI RtlStringCbVPrintfW(PWSTR pszDest, size_t cbDest, PCWSTR pszFormat, va_list argList) {
    return RtlStringCchVPrintfW(pszDest, cbDest / sizeof(WCHAR), pszFormat, argList);
}
NTSTATUS NTAPI RtlStringCbVPrintfA(PSTR pszDest, size_t cbDest, PCSTR pszFormat, va_list argList) {
    return RtlStringCchVPrintfA(pszDest, cbDest, pszFormat, argList);
}
NTSTATUS RtlStringCchPrintfW(PWSTR pszDest, size_t cchDest, PCWSTR pszFormat, ...) {
    va_list args;
    va_start(args, pszFormat);
    NTSTATUS status = RtlStringCchVPrintfW(pszDest, cchDest, pszFormat, args);
    va_end(args);
    return status;
}
NTSTATUS RtlStringCchPrintfA(PSTR pszDest, size_t cchDest, PCSTR pszFormat, ...) {
    va_list args;
    va_start(args, pszFormat);
    NTSTATUS status = RtlStringCchVPrintfA(pszDest, cchDest, pszFormat, args);
    va_end(args);
    return status;
}
NTSTATUS RtlStringCbPrintfW(PWSTR pszDest, size_t cbDest, PCWSTR pszFormat, ...) {
    va_list args;
    va_start(args, pszFormat);
    NTSTATUS status = RtlStringCchVPrintfW(pszDest, cbDest / sizeof(WCHAR), pszFormat, args);
    va_end(args);
    return status;
}
NTSTATUS RtlStringCbPrintfA(PSTR pszDest, size_t cbDest, PCSTR pszFormat, ...) {
    va_list args;
    va_start(args, pszFormat);
    NTSTATUS status = RtlStringCchVPrintfA(pszDest, cbDest, pszFormat, args);
    va_end(args);
    return status;
}

NTSTATUS RtlStringCchPrintfExW(PWSTR pszDest, size_t cchDest, PWSTR* ppszDestEnd, size_t* pcchRemaining,
                               ULONG dwFlags, PCWSTR pszFormat, ...) {
    if ((dwFlags & ~kValidExFlags) != 0) return STATUS_INVALID_PARAMETER;
    va_list args;
    va_start(args, pszFormat);
    NTSTATUS status = RtlStringCchVPrintfW(pszDest, cchDest, pszFormat, args);
    va_end(args);
    return finishEx(u16(pszDest), cchDest, status, dwFlags, reinterpret_cast<char16_t**>(ppszDestEnd), pcchRemaining);
}

// ---- UNICODE_STRING destinations

NTSTATUS NTAPI RtlUnicodeStringInit(PUNICODE_STRING DestinationString, PCWSTR pszSrc) {
    if (DestinationString == nullptr) return STATUS_INVALID_PARAMETER;
    DestinationString->Buffer = const_cast<PWSTR>(pszSrc);
    DestinationString->Length = 0;
    DestinationString->MaximumLength = 0;
    if (pszSrc == nullptr) return STATUS_SUCCESS;
    size_t n = 0;
    if (!NT_SUCCESS(lengthOf(u16(pszSrc), kUnicodeStringMaxCch, &n))) {
        DestinationString->Buffer = nullptr;
        return STATUS_INVALID_PARAMETER;
    }
    DestinationString->Length = static_cast<USHORT>(n * sizeof(WCHAR));
    DestinationString->MaximumLength = static_cast<USHORT>((n + 1) * sizeof(WCHAR));
    return STATUS_SUCCESS;
}

NTSTATUS NTAPI RtlUnicodeStringInitEx(PUNICODE_STRING DestinationString, PCWSTR pszSrc, ULONG dwFlags) {
    if ((dwFlags & ~(STRSAFE_IGNORE_NULLS | STRSAFE_NULL_ON_FAILURE | STRSAFE_NO_TRUNCATION)) != 0) {
        return STATUS_INVALID_PARAMETER;
    }
    return RtlUnicodeStringInit(DestinationString, pszSrc);
}

NTSTATUS NTAPI RtlUnicodeStringValidate(PCUNICODE_STRING SourceString) {
    return validUnicodeString(SourceString) ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
}

NTSTATUS NTAPI RtlUnicodeStringCopy(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString) {
    if (!validUnicodeString(DestinationString) || !validUnicodeString(SourceString)) return STATUS_INVALID_PARAMETER;
    return storeUnicode(DestinationString, 0, std::u16string(viewOf(SourceString)));
}

NTSTATUS NTAPI RtlUnicodeStringCopyString(PUNICODE_STRING DestinationString, PCWSTR pszSrc) {
    if (!validUnicodeString(DestinationString)) return STATUS_INVALID_PARAMETER;
    return storeUnicode(DestinationString, 0, std::u16string(viewOf(pszSrc, kUnicodeStringMaxCch)));
}

NTSTATUS NTAPI RtlUnicodeStringCat(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString) {
    if (!validUnicodeString(DestinationString) || !validUnicodeString(SourceString)) return STATUS_INVALID_PARAMETER;
    return storeUnicode(DestinationString, DestinationString->Length / sizeof(WCHAR),
                        std::u16string(viewOf(SourceString)));
}

NTSTATUS NTAPI RtlUnicodeStringCatString(PUNICODE_STRING DestinationString, PCWSTR pszSrc) {
    if (!validUnicodeString(DestinationString)) return STATUS_INVALID_PARAMETER;
    return storeUnicode(DestinationString, DestinationString->Length / sizeof(WCHAR),
                        std::u16string(viewOf(pszSrc, kUnicodeStringMaxCch)));
}

NTSTATUS NTAPI RtlUnicodeStringCbCopyStringN(PUNICODE_STRING DestinationString, PCWSTR pszSrc, size_t cbToCopy) {
    if (!validUnicodeString(DestinationString) || cbToCopy > kUnicodeStringMaxCch * sizeof(WCHAR)) {
        return STATUS_INVALID_PARAMETER;
    }
    return storeUnicode(DestinationString, 0, std::u16string(viewOf(pszSrc, cbToCopy / sizeof(WCHAR))));
}

NTSTATUS NTAPI RtlUnicodeStringCchCopyStringN(PUNICODE_STRING DestinationString, PCWSTR pszSrc, size_t cchToCopy) {
    if (!validUnicodeString(DestinationString) || cchToCopy > kUnicodeStringMaxCch) return STATUS_INVALID_PARAMETER;
    return storeUnicode(DestinationString, 0, std::u16string(viewOf(pszSrc, cchToCopy)));
}

NTSTATUS NTAPI RtlUnicodeStringCbCatStringN(PUNICODE_STRING DestinationString, PCWSTR pszSrc, size_t cbToAppend) {
    if (!validUnicodeString(DestinationString) || cbToAppend > kUnicodeStringMaxCch * sizeof(WCHAR)) {
        return STATUS_INVALID_PARAMETER;
    }
    return storeUnicode(DestinationString, DestinationString->Length / sizeof(WCHAR),
                        std::u16string(viewOf(pszSrc, cbToAppend / sizeof(WCHAR))));
}

NTSTATUS NTAPI RtlUnicodeStringCchCatStringN(PUNICODE_STRING DestinationString, PCWSTR pszSrc, size_t cchToAppend) {
    if (!validUnicodeString(DestinationString) || cchToAppend > kUnicodeStringMaxCch) return STATUS_INVALID_PARAMETER;
    return storeUnicode(DestinationString, DestinationString->Length / sizeof(WCHAR),
                        std::u16string(viewOf(pszSrc, cchToAppend)));
}

NTSTATUS NTAPI RtlUnicodeStringVPrintf(PUNICODE_STRING DestinationString, PCWSTR pszFormat, va_list argList) {
    if (!validUnicodeString(DestinationString) || pszFormat == nullptr) return STATUS_INVALID_PARAMETER;
    return storeUnicode(DestinationString, 0, formatW(pszFormat, argList));
}

NTSTATUS RtlUnicodeStringPrintf(PUNICODE_STRING DestinationString, PCWSTR pszFormat, ...) {
    va_list args;
    va_start(args, pszFormat);
    NTSTATUS status = RtlUnicodeStringVPrintf(DestinationString, pszFormat, args);
    va_end(args);
    return status;
}

}  // extern "C"
