#include "wdf/core/fx_library.h"

#include <algorithm>
#include <string>
#include <vector>

#include "ntos/ke/kernel.h"
#include "ntos/system.h"
#include "object/fx_globals.h"
#include "support/fx_spin_mutex.h"
#include "wdf/core/fx_driver.h"
#include "wdf/core/fx_leak_report.h"

namespace wdf {
namespace {

// DRIVER_OBJECT -> the framework globals bound to it. The dispatch entry points the
// kernel calls (AddDevice, DriverUnload) receive only the DRIVER_OBJECT.
struct BoundDriver {
    PDRIVER_OBJECT driverObject;
    FxDriverGlobals* globals;
};

FxSpinMutex& boundLock() {
    static FxSpinMutex lock;
    return lock;
}

std::vector<BoundDriver>& boundDrivers() {
    static std::vector<BoundDriver> drivers;
    return drivers;
}

std::string serviceNameOf(PDRIVER_OBJECT driverObject) {
    std::string name;
    if (driverObject != nullptr && driverObject->DriverName.Buffer != nullptr) {
        for (USHORT i = 0; i < driverObject->DriverName.Length / sizeof(WCHAR); ++i) {
            WCHAR c = driverObject->DriverName.Buffer[i];
            name.push_back(c < 0x80 ? static_cast<char>(c) : '?');
        }
    }
    const std::string prefix = "\\Driver\\";
    if (name.rfind(prefix, 0) == 0) name.erase(0, prefix.size());
    return name;
}

}  // namespace

LibraryVersion libraryVersion() { return LibraryVersion{1, 33, 0}; }

NTSTATUS bindDriver(PDRIVER_OBJECT driverObject, PCUNICODE_STRING registryPath, ULONG driverFunctionCount,
                    PWDF_DRIVER_GLOBALS* globals) {
    (void)registryPath;
    (void)driverFunctionCount;
    std::string name = serviceNameOf(driverObject);
    auto* fx = new (std::nothrow) FxDriverGlobals(driverObject, name);
    if (fx == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
    fx->driverObject = driverObject;
    fx->system = ntos::System::current();
    // DriverName in the public globals: the service name, truncated to fit.
    size_t n = std::min(name.size(), sizeof(fx->publicGlobals.DriverName) - 1);
    std::copy_n(name.data(), n, fx->publicGlobals.DriverName);
    fx->publicGlobals.DriverName[n] = '\0';
    {
        FxSpinGuard guard(boundLock());
        boundDrivers().push_back({driverObject, fx});
    }
    *globals = fx->publicView();
    return STATUS_SUCCESS;
}

void unbindDriver(PWDF_DRIVER_GLOBALS publicGlobals) {
    FxDriverGlobals* globals = FxDriverGlobals::from(publicGlobals);
    // A driver whose DriverEntry failed after WdfDriverCreate still has its WDFDRIVER.
    if (globals->driver != nullptr) {
        FxDriver* driver = globals->driver;
        globals->driver = nullptr;
        driver->deleteObject();
    }
    reportFrameworkLeaks(globals);
    {
        FxSpinGuard guard(boundLock());
        auto& drivers = boundDrivers();
        drivers.erase(std::remove_if(drivers.begin(), drivers.end(),
                                     [&](const BoundDriver& b) { return b.globals == globals; }),
                      drivers.end());
    }
    delete globals;
}

FxDriverGlobals* fxGlobalsOfDriverObject(PDRIVER_OBJECT driverObject) {
    FxSpinGuard guard(boundLock());
    for (const BoundDriver& bound : boundDrivers()) {
        if (bound.driverObject == driverObject) return bound.globals;
    }
    return nullptr;
}

}  // namespace wdf
