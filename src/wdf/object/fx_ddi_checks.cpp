#include "wdf/object/fx_ddi_checks.h"

#include <string>

namespace wdf {

bool fxCheckIrql(FxDriverGlobals* globals, KIRQL maximum, const char* ddiName) {
    KIRQL irql = KeGetCurrentIrql();
    if (irql <= maximum) return true;
    globals->verifierLog(std::string(ddiName) + ": called at IRQL " + std::to_string(irql) +
                         ", above the documented maximum " + std::to_string(maximum));
    return false;
}

}  // namespace wdf
