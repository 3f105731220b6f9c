#include "wdf/object/fx_violation.h"

#include "ntos/ke/kernel.h"
#include "wdf/object/fx_globals.h"

#include <string>

namespace wdf {

void wdfViolation(FxDriverGlobals* globals, ULONG subcode, ULONG_PTR p2, ULONG_PTR p3, ULONG_PTR p4,
                  std::string_view text) {
    std::string report = "WDF_VIOLATION (0x10D) subcode 0x";
    static const char kHex[] = "0123456789ABCDEF";
    std::string hex;
    for (ULONG v = subcode; v != 0 || hex.empty(); v >>= 4) hex.insert(hex.begin(), kHex[v & 0xF]);
    report += hex;
    report += " in driver '";
    report += globals != nullptr ? globals->driverName : std::string("?");
    report += "': ";
    report += text;
    ntos::bugCheck(kWdfViolation, subcode, p2, p3, p4, report);
}

}  // namespace wdf
