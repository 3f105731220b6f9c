// The device state a KMDF device reports to the PnP manager ("Reporting Device
// Failures", WdfDeviceSetFailed, WdfDeviceSetDeviceState): kept on the device, sent up
// in IRP_MN_QUERY_PNP_DEVICE_STATE, which IoInvalidateDeviceState asks the PnP manager
// to send. A failed device is surprise-removed and stays in the tree as Failed.
// WdfDeviceSetStaticStopRemove: whether the device may be stopped or removed now.
#include "wdf/core/fx_device.h"

#include "wdf/core/driver_enum.h"

namespace wdf {

// IRQL <= DISPATCH_LEVEL.
void FxDevice::setFailed(WDF_DEVICE_FAILED_ACTION action) {
    {
        FxSpinGuard guard(stateLock_);
        failedAction_ = action;
    }
    if (physicalDevice_ != nullptr) IoInvalidateDeviceState(physicalDevice_);
}

// IRQL <= DISPATCH_LEVEL.
void FxDevice::setDeviceState(const WDF_DEVICE_STATE& state) {
    {
        FxSpinGuard guard(stateLock_);
        // WdfUseDefault (or any other value) leaves a value as it was.
        auto merge = [](WDF_TRI_STATE& into, const WDF_TRI_STATE& from) {
            const int value = driverEnumValue(from);
            if (value == WdfTrue || value == WdfFalse) into = static_cast<WDF_TRI_STATE>(value);
        };
        merge(deviceState_.Disabled, state.Disabled);
        merge(deviceState_.DontDisplayInUI, state.DontDisplayInUI);
        merge(deviceState_.Failed, state.Failed);
        merge(deviceState_.NotDisableable, state.NotDisableable);
        merge(deviceState_.Removed, state.Removed);
        merge(deviceState_.ResourcesChanged, state.ResourcesChanged);
    }
    if (physicalDevice_ != nullptr) IoInvalidateDeviceState(physicalDevice_);
}

void FxDevice::deviceState(WDF_DEVICE_STATE* state) const {
    FxSpinGuard guard(stateLock_);
    *state = deviceState_;
    state->Size = sizeof(WDF_DEVICE_STATE);
    if (failedAction_ != WdfDeviceFailedUndefined) state->Failed = WdfTrue;
}

void FxDevice::setStaticStopRemove(bool stoppable) {
    if (!stoppable) {
        ++notStoppable_;
        return;
    }
    LONG count = notStoppable_.load();
    while (count > 0 && !notStoppable_.compare_exchange_weak(count, count - 1)) {
    }
    if (count <= 0) {
        globals()->verifierLog("WdfDeviceSetStaticStopRemove(TRUE) without a matching call with Stoppable FALSE");
    }
}

ULONG FxDevice::pnpDeviceStateBits() const {
    FxSpinGuard guard(stateLock_);
    ULONG bits = 0;
    if (deviceState_.Disabled == WdfTrue) bits |= PNP_DEVICE_DISABLED;
    if (deviceState_.DontDisplayInUI == WdfTrue) bits |= PNP_DEVICE_DONT_DISPLAY_IN_UI;
    if (deviceState_.Failed == WdfTrue || failedAction_ != WdfDeviceFailedUndefined) bits |= PNP_DEVICE_FAILED;
    if (deviceState_.NotDisableable == WdfTrue) bits |= PNP_DEVICE_NOT_DISABLEABLE;
    if (deviceState_.Removed == WdfTrue) bits |= PNP_DEVICE_REMOVED;
    if (deviceState_.ResourcesChanged == WdfTrue) bits |= PNP_DEVICE_RESOURCE_REQUIREMENTS_CHANGED;
    return bits;
}

}  // namespace wdf
