// The object-manager namespace of one System: \Device\X (device objects),
// \GLOBAL??\X (symbolic links; \?? and \DosDevices are aliases), \Driver\X (driver
// objects). Names are case-insensitive. Lookups return raw pointers; the callers take
// references where the documented routine does.
#pragma once

#include <ntddk.h>

#include "ntos/platform/platform.h"

#include <map>
#include <string>
#include <vector>

namespace ntos {

enum class NamedObjectKind { Device, SymbolicLink, Driver };

class ObjectNamespace {
public:
    // STATUS_OBJECT_NAME_COLLISION when the name exists, STATUS_OBJECT_NAME_INVALID for
    // a name that is not absolute. Thread: any, PASSIVE_LEVEL.
    NTSTATUS insertObject(const std::u16string& name, NamedObjectKind kind, void* object);
    NTSTATUS insertSymbolicLink(const std::u16string& name, const std::u16string& target);
    // STATUS_OBJECT_NAME_NOT_FOUND when absent or of another kind.
    NTSTATUS remove(const std::u16string& name, NamedObjectKind kind);

    // Follows symbolic links (also in a prefix: \GLOBAL??\Echo\sub -> \Device\Echo\sub)
    // to a device object. `remainder` receives what follows the device's name ("" or
    // "\sub"). STATUS_OBJECT_NAME_NOT_FOUND / STATUS_OBJECT_PATH_NOT_FOUND otherwise.
    NTSTATUS resolveDevice(const std::u16string& path, PDEVICE_OBJECT* device,
                           std::u16string* remainder) const;

    void* find(const std::u16string& name, NamedObjectKind kind) const;
    bool linkTarget(const std::u16string& name, std::u16string* target) const;
    std::vector<std::u16string> names() const;  // display spelling, sorted

    // \??\X and \DosDevices\X spelled as \GLOBAL??\X.
    static std::u16string canonical(const std::u16string& name);

private:
    struct Entry {
        std::u16string displayName;
        NamedObjectKind kind;
        void* object = nullptr;
        std::u16string target;  // symbolic links
    };
    mutable platform::Mutex lock_;
    std::map<std::u16string, Entry> entries_;  // key: canonical, upper-cased
};

}  // namespace ntos
