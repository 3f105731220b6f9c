// Device interfaces of one System: IoRegisterDeviceInterface gives each (PDO, class,
// reference string) a symbolic link name "\??\ROOT#ECHO#0000#{guid}[\ref]";
// IoSetDeviceInterfaceState creates/deletes that link to the PDO. Interfaces of a
// removed device disappear.
#pragma once

#include <ntddk.h>

#include "ntos/platform/platform.h"

#include <string>
#include <vector>

namespace ntos {

class IoManager;

class DeviceInterfaces {
public:
    explicit DeviceInterfaces(IoManager& io);

    // Thread: PASSIVE_LEVEL.
    NTSTATUS registerInterface(PDEVICE_OBJECT pdo, const std::u16string& instancePath, const GUID& interfaceClass,
                               const std::u16string& referenceString, std::u16string* linkName);
    NTSTATUS setState(const std::u16string& linkName, bool enable);
    // "\??\..." names of the class, enabled only unless includeDisabled; nullptr pdo = all.
    std::vector<std::u16string> list(const GUID& interfaceClass, bool includeDisabled,
                                     PDEVICE_OBJECT pdo = nullptr) const;
    // Disables and forgets the device's interfaces (device removed).
    void removeDevice(PDEVICE_OBJECT pdo);

private:
    struct Interface {
        GUID interfaceClass;
        std::u16string linkName;  // "\??\ROOT#ECHO#0000#{guid}[\ref]"
        std::u16string target;    // PDO name [+ "\ref"]
        PDEVICE_OBJECT pdo;
        bool enabled;
    };
    Interface* findLocked(const std::u16string& linkName);

    IoManager& io_;
    mutable platform::Mutex lock_;
    std::vector<Interface> interfaces_;
};

}  // namespace ntos
