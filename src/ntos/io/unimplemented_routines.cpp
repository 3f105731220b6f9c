// I/O routines declared in nt/io.h that OpenKMDF does not implement yet: each
// bug-checks naming itself (never a silent success).
#include "ntos/ke/bug_check.h"

#include <ntddk.h>

extern "C" {

PIRP IoMakeAssociatedIrp(PIRP, CCHAR) { ntos::notImplemented("IoMakeAssociatedIrp"); }
VOID IoStartPacket(PDEVICE_OBJECT, PIRP, PULONG, PDRIVER_CANCEL) { ntos::notImplemented("IoStartPacket"); }
VOID IoStartNextPacket(PDEVICE_OBJECT, BOOLEAN) { ntos::notImplemented("IoStartNextPacket"); }
VOID IoStartNextPacketByKey(PDEVICE_OBJECT, BOOLEAN, ULONG) { ntos::notImplemented("IoStartNextPacketByKey"); }
VOID IoSetStartIoAttributes(PDEVICE_OBJECT, BOOLEAN, BOOLEAN) { ntos::notImplemented("IoSetStartIoAttributes"); }
NTSTATUS IoOpenDeviceInterfaceRegistryKey(PUNICODE_STRING, ACCESS_MASK, PHANDLE) {
    ntos::notImplemented("IoOpenDeviceInterfaceRegistryKey");
}
NTSTATUS IoOpenDeviceRegistryKey(PDEVICE_OBJECT, ULONG, ACCESS_MASK, PHANDLE) {
    ntos::notImplemented("IoOpenDeviceRegistryKey");
}
NTSTATUS IoOpenDriverRegistryKey(PDRIVER_OBJECT, DRIVER_REGKEY_TYPE, ACCESS_MASK, ULONG, PHANDLE) {
    ntos::notImplemented("IoOpenDriverRegistryKey");
}
VOID IoRequestDeviceEject(PDEVICE_OBJECT) { ntos::notImplemented("IoRequestDeviceEject"); }
PDMA_ADAPTER IoGetDmaAdapter(PDEVICE_OBJECT, PDEVICE_DESCRIPTION, PULONG) {
    ntos::notImplemented("IoGetDmaAdapter");
}
VOID IoRegisterDriverReinitialization(PDRIVER_OBJECT, PDRIVER_REINITIALIZE, PVOID) {
    ntos::notImplemented("IoRegisterDriverReinitialization");
}

}  // extern "C"
