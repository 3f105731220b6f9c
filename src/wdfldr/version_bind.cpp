// WdfVersionBind/WdfVersionUnbind: binds each driver module to the framework library of
// the major version it was built for. A driver built for a newer minor version than the
// library is refused with a message naming both versions; an older minor version runs,
// since the function table of a minor version is a prefix of the next one's.
#include "wdfldr/stub/wdf_bind_info.h"

#include <string>

#include "ntos/ke/kernel.h"
#include "wdf/core/fx_library.h"
#include "wdf/ddi/function_table.h"

namespace {

void loaderLog(const std::string& line) {
    if (ntos::Kernel* kernel = ntos::Kernel::current()) {
        kernel->log("wdfldr: " + line);
    }
}

std::string driverName(PDRIVER_OBJECT driverObject) {
    std::string name;
    if (driverObject != nullptr && driverObject->DriverName.Buffer != nullptr) {
        for (USHORT i = 0; i < driverObject->DriverName.Length / sizeof(WCHAR); ++i) {
            WCHAR c = driverObject->DriverName.Buffer[i];
            name.push_back(c < 0x80 ? static_cast<char>(c) : '?');
        }
    }
    return name.empty() ? "(unnamed driver)" : name;
}

std::string versionText(ULONG major, ULONG minor) {
    return std::to_string(major) + "." + std::to_string(minor);
}

}  // namespace

extern "C" NTSTATUS WdfVersionBind(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath,
                                   PWDF_BIND_INFO BindInfo, PWDF_DRIVER_GLOBALS* DriverGlobals) {
    if (DriverObject == nullptr || BindInfo == nullptr || DriverGlobals == nullptr ||
        BindInfo->FuncTable == nullptr) {
        loaderLog("WdfVersionBind called with a NULL argument");
        return STATUS_INVALID_PARAMETER;
    }
    if (BindInfo->Size != sizeof(WDF_BIND_INFO)) {
        loaderLog(driverName(DriverObject) + ": bind information of unknown size " +
                  std::to_string(BindInfo->Size));
        return STATUS_INVALID_PARAMETER;
    }
    const wdf::LibraryVersion library = wdf::libraryVersion();
    if (BindInfo->Version.Major != library.major) {
        loaderLog(driverName(DriverObject) + " was built for KMDF " +
                  versionText(BindInfo->Version.Major, BindInfo->Version.Minor) +
                  ", but no framework library of major version " +
                  std::to_string(BindInfo->Version.Major) + " is installed (installed: KMDF " +
                  versionText(library.major, library.minor) + ")");
        return STATUS_OBJECT_TYPE_MISMATCH;
    }
    if (BindInfo->Version.Minor > library.minor) {
        loaderLog(driverName(DriverObject) + " was built for KMDF " +
                  versionText(BindInfo->Version.Major, BindInfo->Version.Minor) +
                  ", newer than the installed framework library KMDF " +
                  versionText(library.major, library.minor) + "; the driver is not loaded");
        return STATUS_REVISION_MISMATCH;
    }
    if (BindInfo->FuncCount > wdf::functionTableSize()) {
        loaderLog(driverName(DriverObject) + " expects " + std::to_string(BindInfo->FuncCount) +
                  " framework functions; the library has " +
                  std::to_string(wdf::functionTableSize()));
        return STATUS_REVISION_MISMATCH;
    }

    NTSTATUS status = wdf::bindDriver(DriverObject, RegistryPath, BindInfo->FuncCount, DriverGlobals);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    *BindInfo->FuncTable = wdf::functionTable();
    loaderLog(driverName(DriverObject) + " bound to KMDF " +
              versionText(library.major, library.minor) + " (built for " +
              versionText(BindInfo->Version.Major, BindInfo->Version.Minor) + ")");
    return STATUS_SUCCESS;
}

extern "C" NTSTATUS WdfVersionUnbind(PUNICODE_STRING RegistryPath, PWDF_BIND_INFO BindInfo,
                                     PWDF_DRIVER_GLOBALS DriverGlobals) {
    (void)RegistryPath;
    if (BindInfo == nullptr || DriverGlobals == nullptr) {
        return STATUS_INVALID_PARAMETER;
    }
    wdf::unbindDriver(DriverGlobals);
    *BindInfo->FuncTable = nullptr;
    return STATUS_SUCCESS;
}
