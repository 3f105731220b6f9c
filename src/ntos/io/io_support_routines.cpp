// Small I/O-manager services: the current process identity, WMI registration (recorded;
// WMI IRPs are not sent yet), error-log entries (written to the System log) and
// shutdown notification (IRP_MJ_SHUTDOWN at System shutdown).
#include "ntos/io/io_manager.h"
#include "ntos/system.h"

#include <cstdio>
#include <cstdlib>

extern "C" {

// IRQL <= DISPATCH_LEVEL, any thread. One simulated process per System.
PEPROCESS IoGetCurrentProcess(VOID) {
    return reinterpret_cast<PEPROCESS>(ntos::IoManager::current("IoGetCurrentProcess").processIdentity());
}

// IRQL == PASSIVE_LEVEL, any thread.
NTSTATUS IoWMIRegistrationControl(PDEVICE_OBJECT DeviceObject, ULONG Action) {
    ntos::IoManager& io = ntos::IoManager::current("IoWMIRegistrationControl");
    char line[128];
    std::snprintf(line, sizeof(line), "wmi: device %p registration action %lu recorded (WMI IRPs are not sent yet)",
                  static_cast<void*>(DeviceObject), static_cast<unsigned long>(Action));
    io.system().log(line);
    return STATUS_SUCCESS;
}

// IRQL <= DISPATCH_LEVEL, any thread.
PVOID IoAllocateErrorLogEntry(PVOID IoObject, UCHAR EntrySize) {
    (void)IoObject;
    return std::calloc(1, EntrySize == 0 ? 1 : EntrySize);
}

// IRQL <= DISPATCH_LEVEL, any thread.
VOID IoFreeErrorLogEntry(PVOID ElEntry) { std::free(ElEntry); }

// IRQL <= DISPATCH_LEVEL, any thread. The entry is logged and freed.
VOID IoWriteErrorLogEntry(PVOID ElEntry) {
    ntos::IoManager& io = ntos::IoManager::current("IoWriteErrorLogEntry");
    char line[96];
    std::snprintf(line, sizeof(line), "error log entry written (%p)", ElEntry);
    io.system().log(line);
    std::free(ElEntry);
}

// IRQL == PASSIVE_LEVEL, any thread.
NTSTATUS IoRegisterShutdownNotification(PDEVICE_OBJECT DeviceObject) {
    ntos::IoManager::current("IoRegisterShutdownNotification").registerShutdownNotification(DeviceObject);
    DeviceObject->Flags |= DO_SHUTDOWN_REGISTERED;
    return STATUS_SUCCESS;
}

// IRQL == PASSIVE_LEVEL, any thread.
NTSTATUS IoRegisterLastChanceShutdownNotification(PDEVICE_OBJECT DeviceObject) {
    return IoRegisterShutdownNotification(DeviceObject);
}

// IRQL == PASSIVE_LEVEL, any thread.
VOID IoUnregisterShutdownNotification(PDEVICE_OBJECT DeviceObject) {
    ntos::IoManager::current("IoUnregisterShutdownNotification").unregisterShutdownNotification(DeviceObject);
    DeviceObject->Flags &= ~DO_SHUTDOWN_REGISTERED;
}

}  // extern "C"
