// GUID <-> "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}" (upper-case hex, as Windows writes it).
#include "ntos/rtl/text.h"

#include <cstdio>

extern "C" {

NTSTATUS NTAPI RtlStringFromGUID(REFGUID Guid, PUNICODE_STRING GuidString) {
    char text[40];
    std::snprintf(text, sizeof text, "{%08X-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}",
                  static_cast<unsigned>(Guid.Data1), Guid.Data2, Guid.Data3, Guid.Data4[0], Guid.Data4[1],
                  Guid.Data4[2], Guid.Data4[3], Guid.Data4[4], Guid.Data4[5], Guid.Data4[6], Guid.Data4[7]);
    constexpr size_t kChars = 38;
    auto* buffer = static_cast<PWCH>(
        ntos::allocateStringBuffer("RtlStringFromGUID", (kChars + 1) * sizeof(WCHAR), __builtin_return_address(0)));
    if (buffer == nullptr) return STATUS_NO_MEMORY;
    for (size_t i = 0; i <= kChars; ++i) buffer[i] = static_cast<WCHAR>(text[i]);
    GuidString->Buffer = buffer;
    GuidString->Length = kChars * sizeof(WCHAR);
    GuidString->MaximumLength = (kChars + 1) * sizeof(WCHAR);
    return STATUS_SUCCESS;
}

NTSTATUS NTAPI RtlGUIDFromString(PCUNICODE_STRING GuidString, GUID* Guid) {
    const std::u16string text = ntos::toU16(GuidString);
    if (text.size() != 38 || text[0] != u'{' || text[37] != u'}') return STATUS_INVALID_PARAMETER;
    unsigned char bytes[16];
    // Hex digit pairs of the 16 bytes, in text order, skipping the dashes.
    static constexpr int kOffsets[16] = {1, 3, 5, 7, 10, 12, 15, 17, 20, 22, 25, 27, 29, 31, 33, 35};
    for (int dash : {9, 14, 19, 24}) {
        if (text[dash] != u'-') return STATUS_INVALID_PARAMETER;
    }
    for (int i = 0; i < 16; ++i) {
        int value = 0;
        for (int k = 0; k < 2; ++k) {
            const char16_t c = text[kOffsets[i] + k];
            int digit;
            if (c >= u'0' && c <= u'9') digit = c - u'0';
            else if (c >= u'a' && c <= u'f') digit = c - u'a' + 10;
            else if (c >= u'A' && c <= u'F') digit = c - u'A' + 10;
            else return STATUS_INVALID_PARAMETER;
            value = value * 16 + digit;
        }
        bytes[i] = static_cast<unsigned char>(value);
    }
    Guid->Data1 = (static_cast<uint32_t>(bytes[0]) << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3];
    Guid->Data2 = static_cast<unsigned short>((bytes[4] << 8) | bytes[5]);
    Guid->Data3 = static_cast<unsigned short>((bytes[6] << 8) | bytes[7]);
    for (int i = 0; i < 8; ++i) Guid->Data4[i] = bytes[8 + i];
    return STATUS_SUCCESS;
}

}  // extern "C"
