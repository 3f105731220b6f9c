// IoCreateSymbolicLink / IoDeleteSymbolicLink: links in the System's namespace
// (\DosDevices\X and \??\X are \GLOBAL??\X).
#include "ntos/io/io_manager.h"
#include "ntos/io/nt_string.h"

extern "C" {

// IRQL == PASSIVE_LEVEL, any thread.
NTSTATUS IoCreateSymbolicLink(PUNICODE_STRING SymbolicLinkName, PUNICODE_STRING DeviceName) {
    ntos::IoManager& io = ntos::IoManager::current("IoCreateSymbolicLink");
    return io.names().insertSymbolicLink(ntos::toU16(SymbolicLinkName), ntos::toU16(DeviceName));
}

// IRQL == PASSIVE_LEVEL, any thread.
NTSTATUS IoCreateUnprotectedSymbolicLink(PUNICODE_STRING SymbolicLinkName, PUNICODE_STRING DeviceName) {
    return IoCreateSymbolicLink(SymbolicLinkName, DeviceName);
}

// IRQL == PASSIVE_LEVEL, any thread.
NTSTATUS IoDeleteSymbolicLink(PUNICODE_STRING SymbolicLinkName) {
    ntos::IoManager& io = ntos::IoManager::current("IoDeleteSymbolicLink");
    return io.names().remove(ntos::toU16(SymbolicLinkName), ntos::NamedObjectKind::SymbolicLink);
}

}  // extern "C"
