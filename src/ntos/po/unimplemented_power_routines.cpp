// Power-manager routines declared in nt/pnp.h that are not modelled yet (device idle
// detection, system power state requests): each bug-checks naming itself.
#include "ntos/ke/bug_check.h"

#include <ntddk.h>

extern "C" {

PULONG PoRegisterDeviceForIdleDetection(PDEVICE_OBJECT, ULONG, ULONG, DEVICE_POWER_STATE) {
    ntos::notImplemented("PoRegisterDeviceForIdleDetection");
}
VOID PoSetDeviceBusyEx(PULONG) { ntos::notImplemented("PoSetDeviceBusyEx"); }
VOID PoStartDeviceBusy(PULONG) { ntos::notImplemented("PoStartDeviceBusy"); }
VOID PoEndDeviceBusy(PULONG) { ntos::notImplemented("PoEndDeviceBusy"); }
VOID PoSetSystemState(EXECUTION_STATE) { ntos::notImplemented("PoSetSystemState"); }
PVOID PoRegisterSystemState(PVOID, EXECUTION_STATE) { ntos::notImplemented("PoRegisterSystemState"); }
VOID PoUnregisterSystemState(PVOID) { ntos::notImplemented("PoUnregisterSystemState"); }
VOID PoSetSystemWake(PIRP) { ntos::notImplemented("PoSetSystemWake"); }
BOOLEAN PoGetSystemWake(PIRP) { ntos::notImplemented("PoGetSystemWake"); }

}  // extern "C"
