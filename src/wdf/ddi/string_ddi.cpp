// String object DDIs (wdfstring.h).
#include <ntddk.h>
#include <wdf.h>

#include "wdf/ddi/ddi_families.h"
#include "wdf/object/fx_ddi_checks.h"
#include "wdf/support/fx_string.h"

#include <type_traits>

using namespace wdf;

extern "C" {

// PASSIVE_LEVEL. Default parent: the WDFDRIVER.
NTSTATUS NTAPI imp_WdfStringCreate(PWDF_DRIVER_GLOBALS DriverGlobals, PCUNICODE_STRING UnicodeString,
                                   PWDF_OBJECT_ATTRIBUTES StringAttributes, WDFSTRING* String) {
    const char* ddi = "WdfStringCreate";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    fxRequire(globals, String, "String", ddi);
    *String = nullptr;
    if (!fxCheckIrql(globals, PASSIVE_LEVEL, ddi)) return STATUS_INVALID_DEVICE_REQUEST;
    FxString* string = nullptr;
    NTSTATUS status = fxCreateNamed(ddi, globals, StringAttributes, globals->defaultParent(), &string, UnicodeString);
    if (NT_SUCCESS(status)) *String = string->handleAs<WDFSTRING>();
    return status;
}

// PASSIVE_LEVEL. The returned Buffer belongs to the string object.
VOID NTAPI imp_WdfStringGetUnicodeString(PWDF_DRIVER_GLOBALS DriverGlobals, WDFSTRING String,
                                         PUNICODE_STRING UnicodeString) {
    const char* ddi = "WdfStringGetUnicodeString";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxString* string = resolve<FxString>(globals, String, ddi);
    fxRequire(globals, UnicodeString, "UnicodeString", ddi);
    fxCheckIrql(globals, PASSIVE_LEVEL, ddi);
    *UnicodeString = string->unicodeString();
}

}  // extern "C"

static_assert(std::is_same_v<decltype(&imp_WdfStringCreate), PFN_WDFSTRINGCREATE>);
static_assert(std::is_same_v<decltype(&imp_WdfStringGetUnicodeString), PFN_WDFSTRINGGETUNICODESTRING>);

namespace wdf {

std::span<const DdiEntry> stringDdis() {
    static const DdiEntry kEntries[] = {
        ddiEntry(WdfStringCreateTableIndex, &imp_WdfStringCreate),
        ddiEntry(WdfStringGetUnicodeStringTableIndex, &imp_WdfStringGetUnicodeString),
    };
    return kEntries;
}

}  // namespace wdf
