#include "ntos/pnp/device_interfaces.h"

#include "ntos/io/device_header.h"
#include "ntos/io/io_manager.h"
#include "ntos/io/nt_string.h"

#include <cstring>

namespace ntos {

DeviceInterfaces::DeviceInterfaces(IoManager& io) : io_(io) {}

DeviceInterfaces::Interface* DeviceInterfaces::findLocked(const std::u16string& linkName) {
    const auto key = upcase(ObjectNamespace::canonical(linkName));
    for (auto& entry : interfaces_) {
        if (upcase(ObjectNamespace::canonical(entry.linkName)) == key) return &entry;
    }
    return nullptr;
}

NTSTATUS DeviceInterfaces::registerInterface(PDEVICE_OBJECT pdo, const std::u16string& instancePath,
                                             const GUID& interfaceClass, const std::u16string& referenceString,
                                             std::u16string* linkName) {
    if (referenceString.find_first_of(u"\\/") != std::u16string::npos) return STATUS_INVALID_DEVICE_REQUEST;
    DeviceHeader* header = DeviceHeader::of(pdo);
    if (header == nullptr || header->name.empty()) return STATUS_INVALID_DEVICE_REQUEST;
    std::u16string mangled = instancePath;
    for (auto& c : mangled) {
        if (c == u'\\') c = u'#';
    }
    std::u16string name = u"\\??\\" + mangled + u"#" + guidText(interfaceClass);
    std::u16string target = header->name;
    if (!referenceString.empty()) {
        name += u"\\" + referenceString;
        target += u"\\" + referenceString;
    }
    platform::LockGuard guard(lock_);
    if (Interface* existing = findLocked(name)) {
        *linkName = existing->linkName;
        return STATUS_SUCCESS;
    }
    interfaces_.push_back(Interface{interfaceClass, name, target, pdo, false});
    *linkName = name;
    return STATUS_SUCCESS;
}

NTSTATUS DeviceInterfaces::setState(const std::u16string& linkName, bool enable) {
    platform::LockGuard guard(lock_);
    Interface* entry = findLocked(linkName);
    if (entry == nullptr) return STATUS_OBJECT_NAME_NOT_FOUND;
    if (enable) {
        if (entry->enabled) return STATUS_OBJECT_NAME_EXISTS;
        NTSTATUS status = io_.names().insertSymbolicLink(entry->linkName, entry->target);
        if (!NT_SUCCESS(status)) return status;
        entry->enabled = true;
        return STATUS_SUCCESS;
    }
    if (!entry->enabled) return STATUS_OBJECT_NAME_NOT_FOUND;
    io_.names().remove(entry->linkName, NamedObjectKind::SymbolicLink);
    entry->enabled = false;
    return STATUS_SUCCESS;
}

std::vector<std::u16string> DeviceInterfaces::list(const GUID& interfaceClass, bool includeDisabled,
                                                   PDEVICE_OBJECT pdo) const {
    platform::LockGuard guard(lock_);
    std::vector<std::u16string> out;
    for (const auto& entry : interfaces_) {
        if (std::memcmp(&entry.interfaceClass, &interfaceClass, sizeof(GUID)) != 0) continue;
        if (!entry.enabled && !includeDisabled) continue;
        if (pdo != nullptr && entry.pdo != pdo) continue;
        out.push_back(entry.linkName);
    }
    return out;
}

void DeviceInterfaces::removeDevice(PDEVICE_OBJECT pdo) {
    platform::LockGuard guard(lock_);
    for (auto it = interfaces_.begin(); it != interfaces_.end();) {
        if (it->pdo != pdo) {
            ++it;
            continue;
        }
        if (it->enabled) io_.names().remove(it->linkName, NamedObjectKind::SymbolicLink);
        it = interfaces_.erase(it);
    }
}

}  // namespace ntos
