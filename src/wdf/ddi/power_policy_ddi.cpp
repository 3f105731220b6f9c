// Power-policy and device-state DDIs of wdfdevice.h: S0 idle settings, the idle
// references (WdfDeviceStopIdle / WdfDeviceResumeIdle, tracked and untracked forms),
// WdfDeviceSetFailed and WdfDeviceSet/GetDeviceState.
#include <string>

#include "wdf/core/driver_enum.h"
#include "wdf/core/fx_device.h"
#include "wdf/core/fx_device_init.h"
#include "wdf/ddi/ddi_families.h"
#include "wdf/ddi/ddi_support.h"
#include "wdf/object/fx_ddi_checks.h"
#include "wdf/pnp/fx_idle_policy.h"
#include "wdf/pnp/fx_pnp_machine.h"
#include "wdf/pnp/fx_wake_policy.h"

using namespace wdf;

namespace {

NTSTATUS stopIdle(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device, BOOLEAN WaitForD0, const char* ddi) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    // Waiting for D0 needs PASSIVE_LEVEL (documented); the reference alone does not.
    fxCheckIrql(globals, WaitForD0 ? PASSIVE_LEVEL : DISPATCH_LEVEL, ddi);
    if (!device->powerPolicyOwner()) {
        globals->verifierLog(std::string(ddi) + ": the driver is not the device's power policy owner");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    return device->ensureIdlePolicy().stopIdle(WaitForD0 != FALSE);
}

// The WdfDeviceGetDevice*State getters. IRQL <= DISPATCH_LEVEL.
FxFrameworkStates frameworkStates(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device, const char* ddi) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    return device->pnp().frameworkStates();
}

void resumeIdle(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device, const char* ddi) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    FxIdlePolicy* idle = device->idlePolicy();
    if (idle == nullptr || idle->stopIdleCount() == 0) {
        wdfViolation(globals, kFxVerifierFatalError, reinterpret_cast<ULONG_PTR>(Device), 0, 0,
                     std::string(ddi) + " without a matching WdfDeviceStopIdle");
    }
    idle->resumeIdle();
}

}  // namespace

extern "C" {

// IRQL <= DISPATCH_LEVEL.
NTSTATUS NTAPI imp_WdfDeviceAssignS0IdleSettings(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device,
                                                 PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Settings) {
    const char* ddi = "WdfDeviceAssignS0IdleSettings";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    if (Settings == nullptr) fxRequiredParameterNull(globals, "Settings", ddi);
    if (Settings->Size != sizeof(WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS)) {
        return fxBadStructSize(globals, ddi, "WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS", Settings->Size,
                               sizeof(WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS));
    }
    if (!device->powerPolicyOwner()) {
        globals->verifierLog(std::string(ddi) + ": the driver is not the device's power policy owner");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    return device->ensureIdlePolicy().assign(*Settings, ddi);
}

// IRQL <= DISPATCH_LEVEL (PASSIVE_LEVEL the first time: the bus's capabilities are
// queried).
NTSTATUS NTAPI imp_WdfDeviceAssignSxWakeSettings(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device,
                                                 PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS Settings) {
    const char* ddi = "WdfDeviceAssignSxWakeSettings";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    if (Settings == nullptr) fxRequiredParameterNull(globals, "Settings", ddi);
    if (Settings->Size != sizeof(WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS)) {
        return fxBadStructSize(globals, ddi, "WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS", Settings->Size,
                               sizeof(WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS));
    }
    return device->pnp().wake().assignSx(*Settings, ddi);
}

// IRQL PASSIVE_LEVEL, EvtDriverDeviceAdd (before WdfDeviceCreate).
VOID NTAPI imp_WdfDeviceInitSetPowerPolicyEventCallbacks(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                                         PWDF_POWER_POLICY_EVENT_CALLBACKS PowerPolicyEventCallbacks) {
    const char* ddi = "WdfDeviceInitSetPowerPolicyEventCallbacks";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, ddi);
    if (PowerPolicyEventCallbacks == nullptr) fxRequiredParameterNull(globals, "PowerPolicyEventCallbacks", ddi);
    if (PowerPolicyEventCallbacks->Size != sizeof(WDF_POWER_POLICY_EVENT_CALLBACKS)) {
        fxBadStructSize(globals, ddi, "WDF_POWER_POLICY_EVENT_CALLBACKS", PowerPolicyEventCallbacks->Size,
                        sizeof(WDF_POWER_POLICY_EVENT_CALLBACKS));
        return;
    }
    init->powerPolicyCallbacks = *PowerPolicyEventCallbacks;
}

// IRQL <= DISPATCH_LEVEL.
VOID NTAPI imp_WdfDeviceSetStaticStopRemove(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device, BOOLEAN Stoppable) {
    const char* ddi = "WdfDeviceSetStaticStopRemove";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    device->setStaticStopRemove(Stoppable != FALSE);
}

// IRQL <= DISPATCH_LEVEL.
VOID NTAPI imp_WdfDeviceSetPnpCapabilities(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device,
                                           PWDF_DEVICE_PNP_CAPABILITIES PnpCapabilities) {
    const char* ddi = "WdfDeviceSetPnpCapabilities";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    if (PnpCapabilities == nullptr) fxRequiredParameterNull(globals, "PnpCapabilities", ddi);
    if (PnpCapabilities->Size != sizeof(WDF_DEVICE_PNP_CAPABILITIES)) {
        fxBadStructSize(globals, ddi, "WDF_DEVICE_PNP_CAPABILITIES", PnpCapabilities->Size,
                        sizeof(WDF_DEVICE_PNP_CAPABILITIES));
        return;
    }
    device->setPnpCapabilities(*PnpCapabilities);
}

// IRQL <= DISPATCH_LEVEL.
VOID NTAPI imp_WdfDeviceSetPowerCapabilities(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device,
                                             PWDF_DEVICE_POWER_CAPABILITIES PowerCapabilities) {
    const char* ddi = "WdfDeviceSetPowerCapabilities";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    if (PowerCapabilities == nullptr) fxRequiredParameterNull(globals, "PowerCapabilities", ddi);
    if (PowerCapabilities->Size != sizeof(WDF_DEVICE_POWER_CAPABILITIES)) {
        fxBadStructSize(globals, ddi, "WDF_DEVICE_POWER_CAPABILITIES", PowerCapabilities->Size,
                        sizeof(WDF_DEVICE_POWER_CAPABILITIES));
        return;
    }
    device->setPowerCapabilities(*PowerCapabilities);
    device->pnp().wake().forgetCapabilities();
}

// IRQL <= DISPATCH_LEVEL.
VOID NTAPI imp_WdfDeviceSetSpecialFileSupport(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device,
                                              WDF_SPECIAL_FILE_TYPE FileType, BOOLEAN FileTypeIsSupported) {
    const char* ddi = "WdfDeviceSetSpecialFileSupport";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    const int type = driverEnumValue(FileType);
    if (type <= WdfSpecialFileUndefined || type >= WdfSpecialFileMax) {
        globals->verifierLog(std::string(ddi) + ": FileType " + std::to_string(type) +
                             " is not a WDF_SPECIAL_FILE_TYPE value");
        return;
    }
    device->setSpecialFileSupport(static_cast<WDF_SPECIAL_FILE_TYPE>(type), FileTypeIsSupported != FALSE);
}

// IRQL PASSIVE_LEVEL, EvtDriverDeviceAdd (before WdfDeviceCreate).
NTSTATUS NTAPI imp_WdfDeviceInitRegisterPnpStateChangeCallback(
    PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit, WDF_DEVICE_PNP_STATE PnpState,
    PFN_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION EvtDevicePnpStateChange, ULONG CallbackTypes) {
    const char* ddi = "WdfDeviceInitRegisterPnpStateChangeCallback";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, ddi);
    return init->stateNotifications.registerPnp(globals, PnpState, EvtDevicePnpStateChange, CallbackTypes);
}

NTSTATUS NTAPI imp_WdfDeviceInitRegisterPowerStateChangeCallback(
    PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit, WDF_DEVICE_POWER_STATE PowerState,
    PFN_WDF_DEVICE_POWER_STATE_CHANGE_NOTIFICATION EvtDevicePowerStateChange, ULONG CallbackTypes) {
    const char* ddi = "WdfDeviceInitRegisterPowerStateChangeCallback";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, ddi);
    return init->stateNotifications.registerPower(globals, PowerState, EvtDevicePowerStateChange, CallbackTypes);
}

NTSTATUS NTAPI imp_WdfDeviceInitRegisterPowerPolicyStateChangeCallback(
    PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit, WDF_DEVICE_POWER_POLICY_STATE PowerPolicyState,
    PFN_WDF_DEVICE_POWER_POLICY_STATE_CHANGE_NOTIFICATION EvtDevicePowerPolicyStateChange, ULONG CallbackTypes) {
    const char* ddi = "WdfDeviceInitRegisterPowerPolicyStateChangeCallback";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, ddi);
    return init->stateNotifications.registerPowerPolicy(globals, PowerPolicyState, EvtDevicePowerPolicyStateChange,
                                                        CallbackTypes);
}

// IRQL <= DISPATCH_LEVEL.
WDF_DEVICE_PNP_STATE NTAPI imp_WdfDeviceGetDevicePnpState(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device) {
    return frameworkStates(DriverGlobals, Device, "WdfDeviceGetDevicePnpState").pnp;
}

WDF_DEVICE_POWER_STATE NTAPI imp_WdfDeviceGetDevicePowerState(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device) {
    return frameworkStates(DriverGlobals, Device, "WdfDeviceGetDevicePowerState").power;
}

WDF_DEVICE_POWER_POLICY_STATE NTAPI imp_WdfDeviceGetDevicePowerPolicyState(PWDF_DRIVER_GLOBALS DriverGlobals,
                                                                           WDFDEVICE Device) {
    return frameworkStates(DriverGlobals, Device, "WdfDeviceGetDevicePowerPolicyState").policy;
}

NTSTATUS NTAPI imp_WdfDeviceStopIdleActual(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device, BOOLEAN WaitForD0,
                                           PVOID Tag, LONG Line, const CHAR* File) {
    (void)Tag;
    (void)Line;
    (void)File;
    return stopIdle(DriverGlobals, Device, WaitForD0, "WdfDeviceStopIdle");
}

NTSTATUS NTAPI imp_WdfDeviceStopIdleNoTrack(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device, BOOLEAN WaitForD0) {
    return stopIdle(DriverGlobals, Device, WaitForD0, "WdfDeviceStopIdleNoTrack");
}

VOID NTAPI imp_WdfDeviceResumeIdleActual(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device, PVOID Tag, LONG Line,
                                         const CHAR* File) {
    (void)Tag;
    (void)Line;
    (void)File;
    resumeIdle(DriverGlobals, Device, "WdfDeviceResumeIdle");
}

VOID NTAPI imp_WdfDeviceResumeIdleNoTrack(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device) {
    resumeIdle(DriverGlobals, Device, "WdfDeviceResumeIdleNoTrack");
}

// IRQL <= DISPATCH_LEVEL. WdfDeviceFailedAttemptRestart also removes the device as
// failed: re-enumeration (the reenumerate-self interface) is not implemented yet.
VOID NTAPI imp_WdfDeviceSetFailed(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device,
                                  WDF_DEVICE_FAILED_ACTION FailedAction) {
    const char* ddi = "WdfDeviceSetFailed";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    const int action = driverEnumValue(FailedAction);
    if (action != WdfDeviceFailedAttemptRestart && action != WdfDeviceFailedNoRestart) {
        wdfViolation(globals, kFxVerifierFatalError, static_cast<ULONG_PTR>(action), 0, 0,
                     std::string(ddi) + ": FailedAction " + std::to_string(action) +
                         " is not WdfDeviceFailedAttemptRestart or WdfDeviceFailedNoRestart");
    }
    device->setFailed(FailedAction);
}

// IRQL <= DISPATCH_LEVEL.
VOID NTAPI imp_WdfDeviceSetDeviceState(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device,
                                       PWDF_DEVICE_STATE DeviceState) {
    const char* ddi = "WdfDeviceSetDeviceState";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    if (DeviceState == nullptr) fxRequiredParameterNull(globals, "DeviceState", ddi);
    if (DeviceState->Size != sizeof(WDF_DEVICE_STATE)) {
        wdfViolation(globals, kFxVerifierFatalError, DeviceState->Size, sizeof(WDF_DEVICE_STATE), 0,
                     std::string(ddi) + ": WDF_DEVICE_STATE.Size is " + std::to_string(DeviceState->Size));
    }
    device->setDeviceState(*DeviceState);
}

// IRQL <= DISPATCH_LEVEL.
VOID NTAPI imp_WdfDeviceGetDeviceState(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device,
                                       PWDF_DEVICE_STATE DeviceState) {
    const char* ddi = "WdfDeviceGetDeviceState";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    if (DeviceState == nullptr) fxRequiredParameterNull(globals, "DeviceState", ddi);
    if (DeviceState->Size != sizeof(WDF_DEVICE_STATE)) {
        wdfViolation(globals, kFxVerifierFatalError, DeviceState->Size, sizeof(WDF_DEVICE_STATE), 0,
                     std::string(ddi) + ": WDF_DEVICE_STATE.Size is " + std::to_string(DeviceState->Size));
    }
    device->deviceState(DeviceState);
}

}  // extern "C"

FX_DDI_SIGNATURE(WdfDeviceAssignS0IdleSettings, PFN_WDFDEVICEASSIGNS0IDLESETTINGS);
FX_DDI_SIGNATURE(WdfDeviceAssignSxWakeSettings, PFN_WDFDEVICEASSIGNSXWAKESETTINGS);
FX_DDI_SIGNATURE(WdfDeviceInitSetPowerPolicyEventCallbacks, PFN_WDFDEVICEINITSETPOWERPOLICYEVENTCALLBACKS);
FX_DDI_SIGNATURE(WdfDeviceSetStaticStopRemove, PFN_WDFDEVICESETSTATICSTOPREMOVE);
FX_DDI_SIGNATURE(WdfDeviceSetSpecialFileSupport, PFN_WDFDEVICESETSPECIALFILESUPPORT);
FX_DDI_SIGNATURE(WdfDeviceSetPnpCapabilities, PFN_WDFDEVICESETPNPCAPABILITIES);
FX_DDI_SIGNATURE(WdfDeviceSetPowerCapabilities, PFN_WDFDEVICESETPOWERCAPABILITIES);
FX_DDI_SIGNATURE(WdfDeviceInitRegisterPnpStateChangeCallback, PFN_WDFDEVICEINITREGISTERPNPSTATECHANGECALLBACK);
FX_DDI_SIGNATURE(WdfDeviceInitRegisterPowerStateChangeCallback, PFN_WDFDEVICEINITREGISTERPOWERSTATECHANGECALLBACK);
FX_DDI_SIGNATURE(WdfDeviceInitRegisterPowerPolicyStateChangeCallback,
                 PFN_WDFDEVICEINITREGISTERPOWERPOLICYSTATECHANGECALLBACK);
FX_DDI_SIGNATURE(WdfDeviceGetDevicePnpState, PFN_WDFDEVICEGETDEVICEPNPSTATE);
FX_DDI_SIGNATURE(WdfDeviceGetDevicePowerState, PFN_WDFDEVICEGETDEVICEPOWERSTATE);
FX_DDI_SIGNATURE(WdfDeviceGetDevicePowerPolicyState, PFN_WDFDEVICEGETDEVICEPOWERPOLICYSTATE);
FX_DDI_SIGNATURE(WdfDeviceSetFailed, PFN_WDFDEVICESETFAILED);
FX_DDI_SIGNATURE(WdfDeviceSetDeviceState, PFN_WDFDEVICESETDEVICESTATE);
FX_DDI_SIGNATURE(WdfDeviceGetDeviceState, PFN_WDFDEVICEGETDEVICESTATE);
FX_DDI_SIGNATURE(WdfDeviceStopIdleActual, PFN_WDFDEVICESTOPIDLEACTUAL);
FX_DDI_SIGNATURE(WdfDeviceStopIdleNoTrack, PFN_WDFDEVICESTOPIDLENOTRACK);
FX_DDI_SIGNATURE(WdfDeviceResumeIdleActual, PFN_WDFDEVICERESUMEIDLEACTUAL);
FX_DDI_SIGNATURE(WdfDeviceResumeIdleNoTrack, PFN_WDFDEVICERESUMEIDLENOTRACK);

namespace wdf {

std::span<const DdiEntry> powerPolicyDdis() {
    static const DdiEntry kEntries[] = {
        ddiEntry(WdfDeviceAssignS0IdleSettingsTableIndex, imp_WdfDeviceAssignS0IdleSettings),
        ddiEntry(WdfDeviceStopIdleActualTableIndex, imp_WdfDeviceStopIdleActual),
        ddiEntry(WdfDeviceStopIdleNoTrackTableIndex, imp_WdfDeviceStopIdleNoTrack),
        ddiEntry(WdfDeviceResumeIdleActualTableIndex, imp_WdfDeviceResumeIdleActual),
        ddiEntry(WdfDeviceResumeIdleNoTrackTableIndex, imp_WdfDeviceResumeIdleNoTrack),
        ddiEntry(WdfDeviceAssignSxWakeSettingsTableIndex, imp_WdfDeviceAssignSxWakeSettings),
        ddiEntry(WdfDeviceInitSetPowerPolicyEventCallbacksTableIndex, imp_WdfDeviceInitSetPowerPolicyEventCallbacks),
        ddiEntry(WdfDeviceSetStaticStopRemoveTableIndex, imp_WdfDeviceSetStaticStopRemove),
        ddiEntry(WdfDeviceSetSpecialFileSupportTableIndex, imp_WdfDeviceSetSpecialFileSupport),
        ddiEntry(WdfDeviceSetPnpCapabilitiesTableIndex, imp_WdfDeviceSetPnpCapabilities),
        ddiEntry(WdfDeviceSetPowerCapabilitiesTableIndex, imp_WdfDeviceSetPowerCapabilities),
        ddiEntry(WdfDeviceInitRegisterPnpStateChangeCallbackTableIndex, imp_WdfDeviceInitRegisterPnpStateChangeCallback),
        ddiEntry(WdfDeviceInitRegisterPowerStateChangeCallbackTableIndex,
                 imp_WdfDeviceInitRegisterPowerStateChangeCallback),
        ddiEntry(WdfDeviceInitRegisterPowerPolicyStateChangeCallbackTableIndex,
                 imp_WdfDeviceInitRegisterPowerPolicyStateChangeCallback),
        ddiEntry(WdfDeviceGetDevicePnpStateTableIndex, imp_WdfDeviceGetDevicePnpState),
        ddiEntry(WdfDeviceGetDevicePowerStateTableIndex, imp_WdfDeviceGetDevicePowerState),
        ddiEntry(WdfDeviceGetDevicePowerPolicyStateTableIndex, imp_WdfDeviceGetDevicePowerPolicyState),
        ddiEntry(WdfDeviceSetFailedTableIndex, imp_WdfDeviceSetFailed),
        ddiEntry(WdfDeviceSetDeviceStateTableIndex, imp_WdfDeviceSetDeviceState),
        ddiEntry(WdfDeviceGetDeviceStateTableIndex, imp_WdfDeviceGetDeviceState),
    };
    return kEntries;
}

}  // namespace wdf
