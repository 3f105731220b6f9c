#include "wdf/core/fx_leak_report.h"

#include "ntos/ke/kernel.h"
#include "ntos/system.h"
#include "object/fx_globals.h"

namespace wdf {

void reportFrameworkLeaks(FxDriverGlobals* globals) {
    std::vector<std::string> details = globals->liveObjectsReport();
    if (ntos::Kernel* kernel = ntos::Kernel::current()) {
        for (const std::string& line : details) kernel->log("wdf: " + globals->driverName + ": leaked " + line);
    }
    ntos::reportFrameworkLeaks(globals->driverObject, details.size(), details);
}

}  // namespace wdf
