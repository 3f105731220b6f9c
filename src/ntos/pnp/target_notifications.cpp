#include "ntos/pnp/target_notifications.h"

#include <algorithm>

namespace ntos {

// Thread: PASSIVE_LEVEL.
NTSTATUS TargetNotifications::registerFor(PFILE_OBJECT file, TargetDeviceCallback callback, void* context,
                                          void** handle) {
    *handle = nullptr;
    if (file == nullptr || file->DeviceObject == nullptr || callback == nullptr) return STATUS_INVALID_PARAMETER;
    PDEVICE_OBJECT base = IoGetDeviceAttachmentBaseRef(file->DeviceObject);
    ObDereferenceObject(base);
    auto registration = std::make_shared<Registration>(Registration{base, callback, context});
    platform::LockGuard guard(lock_);
    registrations_.push_back(registration);
    *handle = registration.get();
    return STATUS_SUCCESS;
}

// Thread: PASSIVE_LEVEL.
void TargetNotifications::unregister(void* handle) {
    platform::LockGuard guard(lock_);
    auto it = std::find_if(registrations_.begin(), registrations_.end(),
                           [&](const std::shared_ptr<Registration>& r) { return r.get() == handle; });
    if (it == registrations_.end()) return;
    (*it)->active = false;
    registrations_.erase(it);
}

std::vector<std::shared_ptr<TargetNotifications::Registration>> TargetNotifications::on(PDEVICE_OBJECT pdo) const {
    std::vector<std::shared_ptr<Registration>> found;
    platform::LockGuard guard(lock_);
    for (const auto& registration : registrations_) {
        if (registration->pdo == pdo) found.push_back(registration);
    }
    return found;
}

bool TargetNotifications::deliver(const std::shared_ptr<Registration>& registration, TargetDeviceEvent event,
                                  NTSTATUS* status) {
    {
        platform::LockGuard guard(lock_);
        if (!registration->active) return false;
    }
    *status = registration->callback(event, registration->context);
    return true;
}

NTSTATUS TargetNotifications::queryRemove(PDEVICE_OBJECT pdo) {
    auto registrations = on(pdo);
    for (size_t i = 0; i < registrations.size(); ++i) {
        NTSTATUS status = STATUS_SUCCESS;
        if (!deliver(registrations[i], TargetDeviceEvent::QueryRemove, &status) || NT_SUCCESS(status)) continue;
        for (size_t j = 0; j < i; ++j) {
            NTSTATUS ignored;
            deliver(registrations[j], TargetDeviceEvent::RemoveCancelled, &ignored);
        }
        return status;
    }
    return STATUS_SUCCESS;
}

void TargetNotifications::notify(PDEVICE_OBJECT pdo, TargetDeviceEvent event) {
    for (const auto& registration : on(pdo)) {
        NTSTATUS ignored;
        deliver(registration, event, &ignored);
    }
}

}  // namespace ntos
