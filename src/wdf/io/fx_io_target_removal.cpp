// FxIoTarget: removal of a remote target's device ("Controlling a General I/O Target's
// State", EVT_WDF_IO_TARGET_QUERY_REMOVE / _REMOVE_CANCELED / _REMOVE_COMPLETE). A target
// opened by name hears the kernel's target-device-change notification for the device
// stack it opened: on query-remove the driver's EvtIoTargetQueryRemove decides (it calls
// WdfIoTargetCloseForQueryRemove and succeeds, or fails to veto), by default the target
// is closed for query-remove; on cancel, EvtIoTargetRemoveCanceled (it reopens the target)
// or by default the target is reopened; on completion, EvtIoTargetRemoveComplete (it
// closes the target) or by default the target is closed.
#include "ntos/pnp/pnp_manager.h"
#include "wdf/io/fx_io_target.h"

namespace wdf {

// IRQL PASSIVE_LEVEL.
void FxIoTarget::registerForRemoval(PFILE_OBJECT file) {
    if (removalNotification_ != nullptr) return;  // kept through a close for query-remove
    ntos::TargetNotifications& notifications = ntos::PnpManager::current("WdfIoTargetOpen").targetNotifications();
    ntos::TargetDeviceCallback callback = [](ntos::TargetDeviceEvent event, void* context) {
        return onTargetDeviceEvent(static_cast<int>(event), context);
    };
    void* handle = nullptr;
    if (NT_SUCCESS(notifications.registerFor(file, callback, this, &handle))) {
        removalNotification_ = handle;
        removalRegistry_ = &notifications;
    }
}

// Any thread (also the destructor of a target deleted above PASSIVE_LEVEL).
void FxIoTarget::unregisterForRemoval() {
    void* handle = removalNotification_;
    if (handle == nullptr) return;
    removalNotification_ = nullptr;
    static_cast<ntos::TargetNotifications*>(removalRegistry_)->unregister(handle);
}

// IRQL PASSIVE_LEVEL, on the thread doing the PnP operation.
NTSTATUS FxIoTarget::onTargetDeviceEvent(int event, void* context) {
    auto* target = static_cast<FxIoTarget*>(context);
    WDFIOTARGET handle = target->handleAs<WDFIOTARGET>();
    switch (static_cast<ntos::TargetDeviceEvent>(event)) {
    case ntos::TargetDeviceEvent::QueryRemove:
        if (target->evtQueryRemove_ != nullptr) return target->evtQueryRemove_(handle);
        target->close(WdfIoTargetClosedForQueryRemove);
        return STATUS_SUCCESS;
    case ntos::TargetDeviceEvent::RemoveCancelled:
        if (target->evtRemoveCanceled_ != nullptr) {
            target->evtRemoveCanceled_(handle);
        } else if (target->state() == WdfIoTargetClosedForQueryRemove) {
            WDF_IO_TARGET_OPEN_PARAMS params;
            WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN(&params);
            target->open(params);
        }
        return STATUS_SUCCESS;
    case ntos::TargetDeviceEvent::RemoveComplete:
        if (target->evtRemoveComplete_ != nullptr) {
            target->evtRemoveComplete_(handle);
        } else {
            target->close(WdfIoTargetClosed);
        }
        return STATUS_SUCCESS;
    }
    return STATUS_SUCCESS;
}

}  // namespace wdf
