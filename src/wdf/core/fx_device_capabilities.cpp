// A device's PnP and power capabilities as its driver states them
// (WdfDeviceSetPnpCapabilities, WdfDeviceSetPowerCapabilities): written over the
// DEVICE_CAPABILITIES of IRP_MN_QUERY_CAPABILITIES once the lower drivers answered (an
// FDO or filter) or the framework did (a PDO). Members left at their _INIT value
// (WdfUseDefault, PowerDeviceMaximum, PowerSystemMaximum, -1) do not change the answer.
#include "wdf/core/fx_device.h"

#include "wdf/core/driver_enum.h"

namespace wdf {
namespace {

void mergeTriState(WDF_TRI_STATE& into, const WDF_TRI_STATE& from) {
    const int value = driverEnumValue(from);
    if (value == WdfTrue || value == WdfFalse) into = static_cast<WDF_TRI_STATE>(value);
}

void applyTriState(ULONG& bit, WDF_TRI_STATE value) {
    if (value == WdfTrue) bit = 1;
    if (value == WdfFalse) bit = 0;
}

}  // namespace

void FxDevice::setPnpCapabilities(const WDF_DEVICE_PNP_CAPABILITIES& caps) {
    FxSpinGuard guard(stateLock_);
    if (!capabilitiesInitialized_) {
        WDF_DEVICE_PNP_CAPABILITIES_INIT(&pnpCaps_);
        WDF_DEVICE_POWER_CAPABILITIES_INIT(&powerCaps_);
        capabilitiesInitialized_ = true;
    }
    mergeTriState(pnpCaps_.LockSupported, caps.LockSupported);
    mergeTriState(pnpCaps_.EjectSupported, caps.EjectSupported);
    mergeTriState(pnpCaps_.Removable, caps.Removable);
    mergeTriState(pnpCaps_.DockDevice, caps.DockDevice);
    mergeTriState(pnpCaps_.UniqueID, caps.UniqueID);
    mergeTriState(pnpCaps_.SilentInstall, caps.SilentInstall);
    mergeTriState(pnpCaps_.SurpriseRemovalOK, caps.SurpriseRemovalOK);
    mergeTriState(pnpCaps_.HardwareDisabled, caps.HardwareDisabled);
    mergeTriState(pnpCaps_.NoDisplayInUI, caps.NoDisplayInUI);
    if (caps.Address != static_cast<ULONG>(-1)) pnpCaps_.Address = caps.Address;
    if (caps.UINumber != static_cast<ULONG>(-1)) pnpCaps_.UINumber = caps.UINumber;
}

void FxDevice::setPowerCapabilities(const WDF_DEVICE_POWER_CAPABILITIES& caps) {
    FxSpinGuard guard(stateLock_);
    if (!capabilitiesInitialized_) {
        WDF_DEVICE_PNP_CAPABILITIES_INIT(&pnpCaps_);
        WDF_DEVICE_POWER_CAPABILITIES_INIT(&powerCaps_);
        capabilitiesInitialized_ = true;
    }
    mergeTriState(powerCaps_.DeviceD1, caps.DeviceD1);
    mergeTriState(powerCaps_.DeviceD2, caps.DeviceD2);
    mergeTriState(powerCaps_.WakeFromD0, caps.WakeFromD0);
    mergeTriState(powerCaps_.WakeFromD1, caps.WakeFromD1);
    mergeTriState(powerCaps_.WakeFromD2, caps.WakeFromD2);
    mergeTriState(powerCaps_.WakeFromD3, caps.WakeFromD3);
    for (size_t s = 0; s < PowerSystemMaximum; ++s) {
        const int state = driverEnumValue(caps.DeviceState[s]);
        if (state >= PowerDeviceD0 && state < PowerDeviceMaximum) {
            powerCaps_.DeviceState[s] = static_cast<DEVICE_POWER_STATE>(state);
        }
    }
    const int deviceWake = driverEnumValue(caps.DeviceWake);
    if (deviceWake >= PowerDeviceUnspecified && deviceWake < PowerDeviceMaximum) {
        powerCaps_.DeviceWake = static_cast<DEVICE_POWER_STATE>(deviceWake);
    }
    const int systemWake = driverEnumValue(caps.SystemWake);
    if (systemWake >= PowerSystemUnspecified && systemWake < PowerSystemMaximum) {
        powerCaps_.SystemWake = static_cast<SYSTEM_POWER_STATE>(systemWake);
    }
    if (caps.D1Latency != static_cast<ULONG>(-1)) powerCaps_.D1Latency = caps.D1Latency;
    if (caps.D2Latency != static_cast<ULONG>(-1)) powerCaps_.D2Latency = caps.D2Latency;
    if (caps.D3Latency != static_cast<ULONG>(-1)) powerCaps_.D3Latency = caps.D3Latency;
    const int ideal = driverEnumValue(caps.IdealDxStateForSx);
    if (ideal > PowerDeviceD0 && ideal < PowerDeviceMaximum) {
        powerCaps_.IdealDxStateForSx = static_cast<DEVICE_POWER_STATE>(ideal);
    }
}

void FxDevice::applyCapabilities(DEVICE_CAPABILITIES& caps) const {
    FxSpinGuard guard(stateLock_);
    if (!capabilitiesInitialized_) return;
    ULONG bit = 0;
    auto apply = [&bit](WDF_TRI_STATE value, auto get, auto set) {
        bit = get();
        applyTriState(bit, value);
        set(bit);
    };
    // DEVICE_CAPABILITIES members are bit fields: read, change, write back.
    apply(pnpCaps_.LockSupported, [&] { return caps.LockSupported; }, [&](ULONG v) { caps.LockSupported = v; });
    apply(pnpCaps_.EjectSupported, [&] { return caps.EjectSupported; }, [&](ULONG v) { caps.EjectSupported = v; });
    apply(pnpCaps_.Removable, [&] { return caps.Removable; }, [&](ULONG v) { caps.Removable = v; });
    apply(pnpCaps_.DockDevice, [&] { return caps.DockDevice; }, [&](ULONG v) { caps.DockDevice = v; });
    apply(pnpCaps_.UniqueID, [&] { return caps.UniqueID; }, [&](ULONG v) { caps.UniqueID = v; });
    apply(pnpCaps_.SilentInstall, [&] { return caps.SilentInstall; }, [&](ULONG v) { caps.SilentInstall = v; });
    apply(pnpCaps_.SurpriseRemovalOK, [&] { return caps.SurpriseRemovalOK; },
          [&](ULONG v) { caps.SurpriseRemovalOK = v; });
    apply(pnpCaps_.HardwareDisabled, [&] { return caps.HardwareDisabled; },
          [&](ULONG v) { caps.HardwareDisabled = v; });
    apply(pnpCaps_.NoDisplayInUI, [&] { return caps.NoDisplayInUI; }, [&](ULONG v) { caps.NoDisplayInUI = v; });
    if (pnpCaps_.Address != static_cast<ULONG>(-1)) caps.Address = pnpCaps_.Address;
    if (pnpCaps_.UINumber != static_cast<ULONG>(-1)) caps.UINumber = pnpCaps_.UINumber;

    apply(powerCaps_.DeviceD1, [&] { return caps.DeviceD1; }, [&](ULONG v) { caps.DeviceD1 = v; });
    apply(powerCaps_.DeviceD2, [&] { return caps.DeviceD2; }, [&](ULONG v) { caps.DeviceD2 = v; });
    apply(powerCaps_.WakeFromD0, [&] { return caps.WakeFromD0; }, [&](ULONG v) { caps.WakeFromD0 = v; });
    apply(powerCaps_.WakeFromD1, [&] { return caps.WakeFromD1; }, [&](ULONG v) { caps.WakeFromD1 = v; });
    apply(powerCaps_.WakeFromD2, [&] { return caps.WakeFromD2; }, [&](ULONG v) { caps.WakeFromD2 = v; });
    apply(powerCaps_.WakeFromD3, [&] { return caps.WakeFromD3; }, [&](ULONG v) { caps.WakeFromD3 = v; });
    for (size_t s = 0; s < PowerSystemMaximum; ++s) {
        if (powerCaps_.DeviceState[s] != PowerDeviceMaximum) caps.DeviceState[s] = powerCaps_.DeviceState[s];
    }
    if (powerCaps_.DeviceWake != PowerDeviceMaximum) caps.DeviceWake = powerCaps_.DeviceWake;
    if (powerCaps_.SystemWake != PowerSystemMaximum) caps.SystemWake = powerCaps_.SystemWake;
    if (powerCaps_.D1Latency != static_cast<ULONG>(-1)) caps.D1Latency = powerCaps_.D1Latency;
    if (powerCaps_.D2Latency != static_cast<ULONG>(-1)) caps.D2Latency = powerCaps_.D2Latency;
    if (powerCaps_.D3Latency != static_cast<ULONG>(-1)) caps.D3Latency = powerCaps_.D3Latency;
}

}  // namespace wdf
