// Driver-object routines: per-client driver-object extensions (the framework keeps its
// driver object there) and version queries.
#include "ntos/io/io_manager.h"

extern "C" {

// IRQL <= DISPATCH_LEVEL, any thread.
NTSTATUS IoAllocateDriverObjectExtension(PDRIVER_OBJECT DriverObject, PVOID ClientIdentificationAddress,
                                         ULONG DriverObjectExtensionSize, PVOID* DriverObjectExtension) {
    ntos::IoManager& io = ntos::IoManager::current("IoAllocateDriverObjectExtension");
    return io.drivers().allocateClientExtension(DriverObject, ClientIdentificationAddress,
                                                DriverObjectExtensionSize, DriverObjectExtension);
}

// IRQL <= DISPATCH_LEVEL, any thread.
PVOID IoGetDriverObjectExtension(PDRIVER_OBJECT DriverObject, PVOID ClientIdentificationAddress) {
    ntos::IoManager& io = ntos::IoManager::current("IoGetDriverObjectExtension");
    return io.drivers().clientExtension(DriverObject, ClientIdentificationAddress);
}

// IRQL: any. OpenKMDF models WDM 6.3 (Windows 8.1 and later).
BOOLEAN IoIsWdmVersionAvailable(UCHAR MajorVersion, UCHAR MinorVersion) {
    return MajorVersion < 6 || (MajorVersion == 6 && MinorVersion <= 0x30);
}

}  // extern "C"
