// ntos::TargetNotifications: target-device-change notification, the part of
// IoRegisterPlugPlayNotification(EventCategoryTargetDeviceChange) that tells whoever
// holds a file object on a device stack that the device is about to go
// (GUID_TARGET_DEVICE_QUERY_REMOVE: release the handle, or fail to veto), stays
// (GUID_TARGET_DEVICE_REMOVE_CANCELLED) or went (GUID_TARGET_DEVICE_REMOVE_COMPLETE,
// also after a surprise removal). The PnP manager sends them from removeDevice and
// surpriseRemoveDevice, before it counts the open handles.
#pragma once

#include <ntddk.h>

#include <memory>
#include <vector>

#include "ntos/platform/platform.h"

namespace ntos {

enum class TargetDeviceEvent { QueryRemove, RemoveCancelled, RemoveComplete };

// Called at PASSIVE_LEVEL on the thread doing the PnP operation. The return value counts
// for QueryRemove only (a failure vetoes the removal).
using TargetDeviceCallback = NTSTATUS (*)(TargetDeviceEvent event, void* context);

class TargetNotifications {
public:
    // Registers `callback` for the device stack `file` was opened on (its PDO).
    // *handle identifies the registration. Thread: PASSIVE_LEVEL.
    NTSTATUS registerFor(PFILE_OBJECT file, TargetDeviceCallback callback, void* context, void** handle);
    // After this returns the callback is not called again (it may be running now on the
    // thread calling unregister: that call returns at once). Thread: PASSIVE_LEVEL.
    void unregister(void* handle);

    // Sends QueryRemove to the registrations on `pdo`'s stack; when one fails,
    // RemoveCancelled goes to those that succeeded and its status is returned.
    NTSTATUS queryRemove(PDEVICE_OBJECT pdo);
    void notify(PDEVICE_OBJECT pdo, TargetDeviceEvent event);

private:
    struct Registration {
        PDEVICE_OBJECT pdo;
        TargetDeviceCallback callback;
        void* context;
        bool active = true;
    };
    std::vector<std::shared_ptr<Registration>> on(PDEVICE_OBJECT pdo) const;
    bool deliver(const std::shared_ptr<Registration>& registration, TargetDeviceEvent event, NTSTATUS* status);

    mutable platform::Mutex lock_;
    std::vector<std::shared_ptr<Registration>> registrations_;
};

}  // namespace ntos
