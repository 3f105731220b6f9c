// Special files ("Supporting Special Files", WdfDeviceSetSpecialFileSupport,
// EvtDeviceUsageNotification(Ex)): paging, hibernation, dump and boot files the system
// places on a device, announced by IRP_MN_DEVICE_USAGE_NOTIFICATION. Support is off until
// the driver enables it per type; while a special file is on the device the framework
// refuses to stop or remove it, and a paging file makes its power path non-pageable.
#include "wdf/core/fx_device.h"

#include <string>

#include "wdf/core/driver_enum.h"

namespace wdf {

// IRQL <= DISPATCH_LEVEL.
void FxDevice::setSpecialFileSupport(WDF_SPECIAL_FILE_TYPE type, bool supported) {
    specialFileSupported_[static_cast<size_t>(type)] = supported;
}

NTSTATUS FxDevice::usageNotification(PIO_STACK_LOCATION stack, const std::function<NTSTATUS()>& forwardDown) {
    const int type = driverEnumValue(stack->Parameters.UsageNotification.Type);
    const bool inPath = stack->Parameters.UsageNotification.InPath != FALSE;
    if (type <= WdfSpecialFileUndefined || type >= WdfSpecialFileMax || !specialFileSupported_[type]) {
        return STATUS_NOT_SUPPORTED;  // support for each special file is off by default
    }
    const auto fileType = static_cast<WDF_SPECIAL_FILE_TYPE>(type);
    WDFDEVICE handle = handleAs<WDFDEVICE>();
    const WDF_PNPPOWER_EVENT_CALLBACKS& cb = pnpPowerCallbacks_;
    if (cb.EvtDeviceUsageNotificationEx != nullptr) {
        // "determines whether a device can support a special file type": a failure is the answer.
        NTSTATUS status = cb.EvtDeviceUsageNotificationEx(handle, fileType, inPath ? TRUE : FALSE);
        if (!NT_SUCCESS(status)) return status;
    }
    if (forwardDown) {
        NTSTATUS status = forwardDown();
        if (!NT_SUCCESS(status)) return status;
    }
    LONG& count = specialFileCount_[type];
    if (inPath) {
        ++count;
        ++specialFilesInUse_;
        if (fileType == WdfSpecialFilePaging && count == 1 && deviceObject_ != nullptr) {
            // A paging device must not page in its power path (DO_POWER_PAGABLE off).
            wasPowerPagable_ = (deviceObject_->Flags & DO_POWER_PAGABLE) != 0;
            deviceObject_->Flags &= ~DO_POWER_PAGABLE;
        }
    } else if (count > 0) {
        --count;
        --specialFilesInUse_;
        if (fileType == WdfSpecialFilePaging && count == 0 && deviceObject_ != nullptr && wasPowerPagable_) {
            deviceObject_->Flags |= DO_POWER_PAGABLE;
        }
    }
    if (cb.EvtDeviceUsageNotificationEx == nullptr && cb.EvtDeviceUsageNotification != nullptr) {
        cb.EvtDeviceUsageNotification(handle, fileType, inPath ? TRUE : FALSE);
    }
    return STATUS_SUCCESS;
}

}  // namespace wdf
