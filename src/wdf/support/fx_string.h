// FxString: WDFSTRING, a UNICODE_STRING whose buffer the object owns (pool, freed when
// the object is destroyed). The framework fills it for DDIs that return strings
// (e.g. WdfDeviceRetrieveDeviceName) with assign().
#pragma once

#include "wdf/object/fx_object.h"

#include <string_view>

namespace wdf {

class FxString : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::String;

    // `initial` (may be NULL) is copied by initialize(), which fxCreate calls.
    explicit FxString(FxDriverGlobals* globals, PCUNICODE_STRING initial = nullptr);
    ~FxString() override;
    NTSTATUS initialize() { return assign(initial_); }

    // Replaces the contents with a copy of `value` (NULL or empty: empty string).
    // STATUS_INSUFFICIENT_RESOURCES, STATUS_INVALID_PARAMETER for a malformed
    // UNICODE_STRING (odd Length, Length > MaximumLength, NULL Buffer with Length > 0).
    // IRQL <= DISPATCH_LEVEL (PASSIVE_LEVEL for WdfStringCreate callers), any thread.
    NTSTATUS assign(PCUNICODE_STRING value);
    NTSTATUS assign(std::u16string_view value);

    // The string; Buffer stays valid until the next assign() or destruction.
    const UNICODE_STRING& unicodeString() const { return string_; }

private:
    UNICODE_STRING string_{};
    PCUNICODE_STRING initial_ = nullptr;
};

}  // namespace wdf
