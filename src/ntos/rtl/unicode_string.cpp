// Counted strings: UNICODE_STRING and ANSI_STRING routines. The ANSI code page is
// UTF-8 (code page 65001), so ANSI <-> Unicode conversions are UTF-8 <-> UTF-16.
// Buffers the routines allocate come from pool (tag 'grtS') and are freed with
// RtlFreeUnicodeString / RtlFreeAnsiString.
#include "ntos/ex/pool_registry.h"
#include "ntos/rtl/case_map.h"
#include "ntos/rtl/text.h"

#include <ntifs.h>

#include <algorithm>
#include <cstring>

namespace ntos {
namespace {

constexpr ULONG kStringTag = 'grtS';

std::u16string_view view(PCUNICODE_STRING s) {
    if (s == nullptr || s->Buffer == nullptr) return {};
    return {reinterpret_cast<const char16_t*>(s->Buffer), s->Length / sizeof(WCHAR)};
}

std::string_view view(const STRING* s) {
    if (s == nullptr || s->Buffer == nullptr) return {};
    return {s->Buffer, s->Length};
}

template <class Ch>
LONG compare(std::basic_string_view<Ch> a, std::basic_string_view<Ch> b, bool caseInsensitive) {
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        LONG ca = static_cast<std::make_unsigned_t<Ch>>(a[i]);
        LONG cb = static_cast<std::make_unsigned_t<Ch>>(b[i]);
        if (caseInsensitive) {
            ca = upcase(static_cast<char16_t>(ca));
            cb = upcase(static_cast<char16_t>(cb));
        }
        if (ca != cb) return ca - cb;
    }
    return static_cast<LONG>(a.size()) - static_cast<LONG>(b.size());
}

void terminateIfRoom(PUNICODE_STRING s) {
    if (s->Length + sizeof(WCHAR) <= s->MaximumLength) s->Buffer[s->Length / sizeof(WCHAR)] = UNICODE_NULL;
}

void terminateIfRoom(PSTRING s) {
    if (s->Length < s->MaximumLength) s->Buffer[s->Length] = ANSI_NULL;
}

}  // namespace

// Allocates a pool buffer for an Rtl routine's AllocateDestinationString.
void* allocateStringBuffer(const char* routine, size_t bytes, const void* caller) {
    return poolAllocate(routine, bytes, kStringTag, true, caller);
}

}  // namespace ntos

using namespace ntos;

extern "C" {

VOID NTAPI RtlInitUnicodeString(PUNICODE_STRING DestinationString, PCWSTR SourceString) {
    DestinationString->Buffer = const_cast<PWCH>(SourceString);
    if (SourceString == nullptr) {
        DestinationString->Length = 0;
        DestinationString->MaximumLength = 0;
        return;
    }
    const size_t bytes = std::min<size_t>(wideLength(SourceString) * sizeof(WCHAR), UNICODE_STRING_MAX_BYTES - 2);
    DestinationString->Length = static_cast<USHORT>(bytes);
    DestinationString->MaximumLength = static_cast<USHORT>(bytes + sizeof(WCHAR));
}

NTSTATUS NTAPI RtlInitUnicodeStringEx(PUNICODE_STRING DestinationString, PCWSTR SourceString) {
    if (SourceString != nullptr && wideLength(SourceString) * sizeof(WCHAR) > UNICODE_STRING_MAX_BYTES - 2) {
        return STATUS_NAME_TOO_LONG;
    }
    RtlInitUnicodeString(DestinationString, SourceString);
    return STATUS_SUCCESS;
}

VOID NTAPI RtlInitAnsiString(PANSI_STRING DestinationString, PCSZ SourceString) {
    DestinationString->Buffer = const_cast<PCHAR>(SourceString);
    if (SourceString == nullptr) {
        DestinationString->Length = 0;
        DestinationString->MaximumLength = 0;
        return;
    }
    const size_t bytes = std::min<size_t>(std::strlen(SourceString), 0xFFFE);
    DestinationString->Length = static_cast<USHORT>(bytes);
    DestinationString->MaximumLength = static_cast<USHORT>(bytes + 1);
}

NTSTATUS NTAPI RtlInitAnsiStringEx(PANSI_STRING DestinationString, PCSZ SourceString) {
    if (SourceString != nullptr && std::strlen(SourceString) > 0xFFFE) return STATUS_NAME_TOO_LONG;
    RtlInitAnsiString(DestinationString, SourceString);
    return STATUS_SUCCESS;
}

VOID NTAPI RtlInitString(PSTRING DestinationString, PCSZ SourceString) {
    RtlInitAnsiString(DestinationString, SourceString);
}

VOID NTAPI RtlCopyUnicodeString(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString) {
    if (SourceString == nullptr || SourceString->Buffer == nullptr) {
        DestinationString->Length = 0;
        return;
    }
    const USHORT bytes = std::min(SourceString->Length, DestinationString->MaximumLength);
    std::memmove(DestinationString->Buffer, SourceString->Buffer, bytes & ~1u);
    DestinationString->Length = static_cast<USHORT>(bytes & ~1u);
    terminateIfRoom(DestinationString);
}

VOID NTAPI RtlCopyString(PSTRING DestinationString, const STRING* SourceString) {
    if (SourceString == nullptr || SourceString->Buffer == nullptr) {
        DestinationString->Length = 0;
        return;
    }
    const USHORT bytes = std::min(SourceString->Length, DestinationString->MaximumLength);
    std::memmove(DestinationString->Buffer, SourceString->Buffer, bytes);
    DestinationString->Length = bytes;
    terminateIfRoom(DestinationString);
}

NTSTATUS NTAPI RtlAppendUnicodeStringToString(PUNICODE_STRING Destination, PCUNICODE_STRING Source) {
    if (Source == nullptr || Source->Length == 0) return STATUS_SUCCESS;
    if (static_cast<size_t>(Destination->Length) + Source->Length > Destination->MaximumLength) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    std::memmove(reinterpret_cast<char*>(Destination->Buffer) + Destination->Length, Source->Buffer, Source->Length);
    Destination->Length = static_cast<USHORT>(Destination->Length + Source->Length);
    terminateIfRoom(Destination);
    return STATUS_SUCCESS;
}

NTSTATUS NTAPI RtlAppendUnicodeToString(PUNICODE_STRING Destination, PCWSTR Source) {
    if (Source == nullptr) return STATUS_SUCCESS;
    UNICODE_STRING source;
    RtlInitUnicodeString(&source, Source);
    return RtlAppendUnicodeStringToString(Destination, &source);
}

NTSTATUS NTAPI RtlAppendStringToString(PSTRING Destination, const STRING* Source) {
    if (Source == nullptr || Source->Length == 0) return STATUS_SUCCESS;
    if (static_cast<size_t>(Destination->Length) + Source->Length > Destination->MaximumLength) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    std::memmove(Destination->Buffer + Destination->Length, Source->Buffer, Source->Length);
    Destination->Length = static_cast<USHORT>(Destination->Length + Source->Length);
    return STATUS_SUCCESS;
}

LONG NTAPI RtlCompareUnicodeString(PCUNICODE_STRING String1, PCUNICODE_STRING String2, BOOLEAN CaseInSensitive) {
    return compare(view(String1), view(String2), CaseInSensitive != FALSE);
}

LONG NTAPI RtlCompareUnicodeStrings(PCWCH String1, SIZE_T String1Length, PCWCH String2, SIZE_T String2Length,
                                    BOOLEAN CaseInSensitive) {
    return compare(std::u16string_view(reinterpret_cast<const char16_t*>(String1), String1Length),
                   std::u16string_view(reinterpret_cast<const char16_t*>(String2), String2Length),
                   CaseInSensitive != FALSE);
}

LONG NTAPI RtlCompareString(const STRING* String1, const STRING* String2, BOOLEAN CaseInSensitive) {
    return compare(view(String1), view(String2), CaseInSensitive != FALSE);
}

BOOLEAN NTAPI RtlEqualUnicodeString(PCUNICODE_STRING String1, PCUNICODE_STRING String2, BOOLEAN CaseInSensitive) {
    if (view(String1).size() != view(String2).size()) return FALSE;
    return RtlCompareUnicodeString(String1, String2, CaseInSensitive) == 0 ? TRUE : FALSE;
}

BOOLEAN NTAPI RtlEqualString(const STRING* String1, const STRING* String2, BOOLEAN CaseInSensitive) {
    if (view(String1).size() != view(String2).size()) return FALSE;
    return RtlCompareString(String1, String2, CaseInSensitive) == 0 ? TRUE : FALSE;
}

BOOLEAN NTAPI RtlPrefixUnicodeString(PCUNICODE_STRING String1, PCUNICODE_STRING String2, BOOLEAN CaseInSensitive) {
    auto prefix = view(String1);
    auto whole = view(String2);
    if (prefix.size() > whole.size()) return FALSE;
    return compare(prefix, whole.substr(0, prefix.size()), CaseInSensitive != FALSE) == 0 ? TRUE : FALSE;
}

BOOLEAN NTAPI RtlPrefixString(const STRING* String1, const STRING* String2, BOOLEAN CaseInSensitive) {
    auto prefix = view(String1);
    auto whole = view(String2);
    if (prefix.size() > whole.size()) return FALSE;
    return compare(prefix, whole.substr(0, prefix.size()), CaseInSensitive != FALSE) == 0 ? TRUE : FALSE;
}

WCHAR NTAPI RtlUpcaseUnicodeChar(WCHAR SourceCharacter) { return static_cast<WCHAR>(upcase(SourceCharacter)); }

WCHAR NTAPI RtlDowncaseUnicodeChar(WCHAR SourceCharacter) { return static_cast<WCHAR>(downcase(SourceCharacter)); }

CHAR NTAPI RtlUpperChar(CHAR Character) {
    return (Character >= 'a' && Character <= 'z') ? static_cast<CHAR>(Character - 'a' + 'A') : Character;
}

VOID NTAPI RtlUpperString(PSTRING DestinationString, const STRING* SourceString) {
    const USHORT n = std::min(SourceString->Length, DestinationString->MaximumLength);
    for (USHORT i = 0; i < n; ++i) DestinationString->Buffer[i] = RtlUpperChar(SourceString->Buffer[i]);
    DestinationString->Length = n;
}

NTSTATUS NTAPI RtlUpcaseUnicodeString(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString,
                                      BOOLEAN AllocateDestinationString) {
    const USHORT bytes = SourceString->Length;
    if (AllocateDestinationString) {
        auto* buffer = static_cast<PWCH>(
            allocateStringBuffer("RtlUpcaseUnicodeString", bytes + sizeof(WCHAR), __builtin_return_address(0)));
        if (buffer == nullptr) return STATUS_NO_MEMORY;
        DestinationString->Buffer = buffer;
        DestinationString->MaximumLength = static_cast<USHORT>(bytes);
    } else if (DestinationString->MaximumLength < bytes) {
        return STATUS_BUFFER_OVERFLOW;
    }
    for (USHORT i = 0; i < bytes / sizeof(WCHAR); ++i) {
        DestinationString->Buffer[i] = static_cast<WCHAR>(upcase(SourceString->Buffer[i]));
    }
    DestinationString->Length = bytes;
    return STATUS_SUCCESS;
}

NTSTATUS NTAPI RtlDowncaseUnicodeString(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString,
                                        BOOLEAN AllocateDestinationString) {
    const USHORT bytes = SourceString->Length;
    if (AllocateDestinationString) {
        auto* buffer = static_cast<PWCH>(
            allocateStringBuffer("RtlDowncaseUnicodeString", bytes + sizeof(WCHAR), __builtin_return_address(0)));
        if (buffer == nullptr) return STATUS_NO_MEMORY;
        DestinationString->Buffer = buffer;
        DestinationString->MaximumLength = static_cast<USHORT>(bytes);
    } else if (DestinationString->MaximumLength < bytes) {
        return STATUS_BUFFER_OVERFLOW;
    }
    for (USHORT i = 0; i < bytes / sizeof(WCHAR); ++i) {
        DestinationString->Buffer[i] = static_cast<WCHAR>(downcase(SourceString->Buffer[i]));
    }
    DestinationString->Length = bytes;
    return STATUS_SUCCESS;
}

ULONG NTAPI RtlxUnicodeStringToAnsiSize(PCUNICODE_STRING UnicodeString) {
    return static_cast<ULONG>(toUtf8(view(UnicodeString)).size() + 1);
}

ULONG NTAPI RtlxAnsiStringToUnicodeSize(PCANSI_STRING AnsiString) {
    return static_cast<ULONG>((fromUtf8(view(AnsiString)).size() + 1) * sizeof(WCHAR));
}

NTSTATUS NTAPI RtlUnicodeStringToAnsiString(PANSI_STRING DestinationString, PCUNICODE_STRING SourceString,
                                            BOOLEAN AllocateDestinationString) {
    const std::string text = toUtf8(view(SourceString));
    if (text.size() > 0xFFFE) return STATUS_INVALID_PARAMETER_2;
    if (AllocateDestinationString) {
        auto* buffer = static_cast<PCHAR>(
            allocateStringBuffer("RtlUnicodeStringToAnsiString", text.size() + 1, __builtin_return_address(0)));
        if (buffer == nullptr) return STATUS_NO_MEMORY;
        DestinationString->Buffer = buffer;
        DestinationString->MaximumLength = static_cast<USHORT>(text.size() + 1);
    }
    NTSTATUS status = STATUS_SUCCESS;
    size_t bytes = text.size();
    if (bytes + 1 > DestinationString->MaximumLength) {
        status = STATUS_BUFFER_OVERFLOW;
        if (DestinationString->MaximumLength == 0) return status;
        bytes = DestinationString->MaximumLength - 1u;
    }
    std::memcpy(DestinationString->Buffer, text.data(), bytes);
    DestinationString->Buffer[bytes] = ANSI_NULL;
    DestinationString->Length = static_cast<USHORT>(bytes);
    return status;
}

NTSTATUS NTAPI RtlAnsiStringToUnicodeString(PUNICODE_STRING DestinationString, PCANSI_STRING SourceString,
                                            BOOLEAN AllocateDestinationString) {
    const std::u16string text = fromUtf8(view(SourceString));
    const size_t bytes = text.size() * sizeof(WCHAR);
    if (bytes > UNICODE_STRING_MAX_BYTES - 2) return STATUS_INVALID_PARAMETER_2;
    if (AllocateDestinationString) {
        auto* buffer = static_cast<PWCH>(
            allocateStringBuffer("RtlAnsiStringToUnicodeString", bytes + sizeof(WCHAR), __builtin_return_address(0)));
        if (buffer == nullptr) return STATUS_NO_MEMORY;
        DestinationString->Buffer = buffer;
        DestinationString->MaximumLength = static_cast<USHORT>(bytes + sizeof(WCHAR));
    } else if (bytes > DestinationString->MaximumLength) {
        return STATUS_BUFFER_OVERFLOW;
    }
    std::memcpy(DestinationString->Buffer, text.data(), bytes);
    DestinationString->Length = static_cast<USHORT>(bytes);
    terminateIfRoom(DestinationString);
    return STATUS_SUCCESS;
}

NTSTATUS NTAPI RtlDuplicateUnicodeString(ULONG Flags, PCUNICODE_STRING StringIn, PUNICODE_STRING StringOut) {
    constexpr ULONG kValid =
        RTL_DUPLICATE_UNICODE_STRING_NULL_TERMINATE | RTL_DUPLICATE_UNICODE_STRING_ALLOCATE_NULL_STRING;
    if ((Flags & ~kValid) != 0 || StringIn == nullptr || StringOut == nullptr ||
        (StringIn->Length % 2) != 0 || StringIn->Length > StringIn->MaximumLength ||
        (StringIn->Buffer == nullptr && StringIn->Length != 0)) {
        return STATUS_INVALID_PARAMETER;
    }
    const bool terminate = (Flags & RTL_DUPLICATE_UNICODE_STRING_NULL_TERMINATE) != 0;
    if (StringIn->Length == 0 && (Flags & RTL_DUPLICATE_UNICODE_STRING_ALLOCATE_NULL_STRING) == 0) {
        StringOut->Length = 0;
        StringOut->MaximumLength = 0;
        StringOut->Buffer = nullptr;
        return STATUS_SUCCESS;
    }
    const size_t bytes = StringIn->Length + (terminate || StringIn->Length == 0 ? sizeof(WCHAR) : 0);
    if (bytes > UNICODE_STRING_MAX_BYTES) return STATUS_NAME_TOO_LONG;
    auto* buffer = static_cast<PWCH>(
        allocateStringBuffer("RtlDuplicateUnicodeString", bytes, __builtin_return_address(0)));
    if (buffer == nullptr) return STATUS_NO_MEMORY;
    std::memcpy(buffer, StringIn->Buffer, StringIn->Length);
    StringOut->Buffer = buffer;
    StringOut->Length = StringIn->Length;
    StringOut->MaximumLength = static_cast<USHORT>(bytes);
    return STATUS_SUCCESS;
}

VOID NTAPI RtlFreeUnicodeString(PUNICODE_STRING UnicodeString) {
    if (UnicodeString->Buffer != nullptr) poolFree("RtlFreeUnicodeString", UnicodeString->Buffer, 0, false);
    UnicodeString->Buffer = nullptr;
    UnicodeString->Length = 0;
    UnicodeString->MaximumLength = 0;
}

VOID NTAPI RtlFreeAnsiString(PANSI_STRING AnsiString) {
    if (AnsiString->Buffer != nullptr) poolFree("RtlFreeAnsiString", AnsiString->Buffer, 0, false);
    AnsiString->Buffer = nullptr;
    AnsiString->Length = 0;
    AnsiString->MaximumLength = 0;
}

NTSTATUS NTAPI RtlHashUnicodeString(PCUNICODE_STRING String, BOOLEAN CaseInSensitive, ULONG HashAlgorithm,
                                    PULONG HashValue) {
    if (String == nullptr || HashValue == nullptr || HashAlgorithm > 1 /* HASH_STRING_ALGORITHM_X65599 */) {
        return STATUS_INVALID_PARAMETER;
    }
    ULONG hash = 0;
    for (char16_t c : view(String)) hash = hash * 65599u + (CaseInSensitive ? upcase(c) : c);
    *HashValue = hash;
    return STATUS_SUCCESS;
}

SIZE_T NTAPI RtlCompareMemory(const VOID* Source1, const VOID* Source2, SIZE_T Length) {
    auto* a = static_cast<const unsigned char*>(Source1);
    auto* b = static_cast<const unsigned char*>(Source2);
    SIZE_T i = 0;
    while (i < Length && a[i] == b[i]) ++i;
    return i;
}

}  // extern "C"
