#include "wdf/support/fx_string.h"

#include <cstring>

namespace wdf {

FxString::FxString(FxDriverGlobals* globals, PCUNICODE_STRING initial)
    : FxObject(globals, kObjectType), initial_(initial) {}

FxString::~FxString() {
    if (string_.Buffer != nullptr) ExFreePoolWithTag(string_.Buffer, globals()->publicGlobals.DriverTag);
}

NTSTATUS FxString::assign(std::u16string_view value) {
    size_t bytes = value.size() * sizeof(WCHAR);
    if (bytes > 0xFFFC) return STATUS_INVALID_PARAMETER;  // UNICODE_STRING lengths are USHORT
    PWCH fresh = nullptr;
    if (bytes != 0) {
        fresh = static_cast<PWCH>(ExAllocatePoolWithTag(NonPagedPoolNx, bytes + sizeof(WCHAR),
                                                         globals()->publicGlobals.DriverTag));
        if (fresh == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
        std::memcpy(fresh, value.data(), bytes);
        fresh[value.size()] = 0;
    }
    if (string_.Buffer != nullptr) ExFreePoolWithTag(string_.Buffer, globals()->publicGlobals.DriverTag);
    string_.Buffer = fresh;
    string_.Length = static_cast<USHORT>(bytes);
    string_.MaximumLength = static_cast<USHORT>(bytes == 0 ? 0 : bytes + sizeof(WCHAR));
    return STATUS_SUCCESS;
}

NTSTATUS FxString::assign(PCUNICODE_STRING value) {
    initial_ = nullptr;
    if (value == nullptr) return assign(std::u16string_view());
    if ((value->Length % sizeof(WCHAR)) != 0 || value->Length > value->MaximumLength ||
        (value->Buffer == nullptr && value->Length != 0)) {
        return STATUS_INVALID_PARAMETER;
    }
    return assign(std::u16string_view(reinterpret_cast<const char16_t*>(value->Buffer), value->Length / sizeof(WCHAR)));
}

}  // namespace wdf
