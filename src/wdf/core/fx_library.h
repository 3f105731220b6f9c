// The framework library's face to the loader (src/wdfldr): its version, its function
// table, and the per-driver binding (FxDriverGlobals) made at bind and torn down at
// unbind.
#pragma once

#include <ntddk.h>
#include <wdf.h>

namespace wdf {

struct LibraryVersion {
    ULONG major;
    ULONG minor;
    ULONG build;
};

LibraryVersion libraryVersion();

// Creates the driver's framework globals. IRQL PASSIVE_LEVEL, from FxDriverEntry.
NTSTATUS bindDriver(PDRIVER_OBJECT driverObject, PCUNICODE_STRING registryPath,
                    ULONG driverFunctionCount, PWDF_DRIVER_GLOBALS* globals);

// Reports the driver's leaked framework objects to the kernel's unload report and frees
// its globals. IRQL PASSIVE_LEVEL, from the driver's unload path.
void unbindDriver(PWDF_DRIVER_GLOBALS globals);

}  // namespace wdf
