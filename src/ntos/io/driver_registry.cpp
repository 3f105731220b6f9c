#include "ntos/io/driver_registry.h"

#include "ntos/io/device_header.h"
#include "ntos/io/io_manager.h"
#include "ntos/io/nt_string.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace ntos {
namespace {

// A LoadedDriver's DRIVER_OBJECT, DRIVER_EXTENSION and the strings they point to.
struct DriverObjectBlock {
    DRIVER_OBJECT object{};
    DRIVER_EXTENSION extension{};
    UNICODE_STRING hardwareDatabase{};
    UNICODE_STRING registryPath{};
};

constexpr int64_t kDeviceWaitStep100ns = 10 * 10'000;  // 10 ms
constexpr int kDeviceWaitSteps = 500;                  // 5 s

std::string tagText(ULONG tag) {
    std::string text;
    for (int i = 0; i < 4; ++i) {
        const char c = static_cast<char>((tag >> (8 * i)) & 0xFF);
        text.push_back(c >= 0x20 && c < 0x7F ? c : '.');
    }
    return text;
}

DriverObjectBlock* blockOf(LoadedDriver& driver) {
    return reinterpret_cast<DriverObjectBlock*>(driver.object);
}

}  // namespace

NTSTATUS invalidDeviceRequest(PDEVICE_OBJECT, PIRP irp) {
    irp->IoStatus.Status = STATUS_INVALID_DEVICE_REQUEST;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return STATUS_INVALID_DEVICE_REQUEST;
}

DriverRegistry::DriverRegistry(IoManager& io) : io_(io) {}

DriverRegistry::~DriverRegistry() {
    platform::LockGuard guard(lock_);
    for (auto& driver : drivers_) {
        for (auto& extension : driver->extensions) std::free(extension.block);
        delete blockOf(*driver);
    }
    drivers_.clear();
}

std::unique_ptr<LoadedDriver> DriverRegistry::makeDriverObject(const std::u16string& serviceName,
                                                               const std::u16string& driverName) {
    auto driver = std::make_unique<LoadedDriver>();
    driver->serviceName = serviceName;
    driver->driverName = driverName;
    driver->registryPath = u"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\" + serviceName;
    driver->hardwareDatabase = u"\\Registry\\Machine\\Hardware\\Description\\System";
    auto* block = new DriverObjectBlock();
    block->object.Type = IO_TYPE_DRIVER;
    block->object.Size = sizeof(DRIVER_OBJECT);
    block->object.DriverExtension = &block->extension;
    block->object.DriverName = viewOf(driver->driverName);
    block->hardwareDatabase = viewOf(driver->hardwareDatabase);
    block->object.HardwareDatabase = &block->hardwareDatabase;
    block->registryPath = viewOf(driver->registryPath);
    block->extension.DriverObject = &block->object;
    block->extension.ServiceKeyName = viewOf(driver->serviceName);
    for (auto& dispatch : block->object.MajorFunction) dispatch = invalidDeviceRequest;
    driver->object = &block->object;
    return driver;
}

NTSTATUS DriverRegistry::load(const std::u16string& serviceName, const std::string& imagePath,
                              PDRIVER_OBJECT* out) {
    if (PDRIVER_OBJECT existing = find(serviceName)) {
        *out = existing;
        return STATUS_SUCCESS;
    }
    auto driver = makeDriverObject(serviceName, u"\\Driver\\" + serviceName);
    driver->imagePath = imagePath;
    std::string error;
    if (!driver->image.open(imagePath, &error)) {
        io_.system().log("driver " + narrow(serviceName) + ": cannot load " + imagePath + ": " + error);
        delete blockOf(*driver);
        return STATUS_DRIVER_UNABLE_TO_LOAD;
    }
    auto entry = reinterpret_cast<PDRIVER_INITIALIZE>(driver->image.symbol("FxDriverEntry"));
    if (entry == nullptr) entry = reinterpret_cast<PDRIVER_INITIALIZE>(driver->image.symbol("DriverEntry"));
    if (entry == nullptr) {
        io_.system().log("driver " + narrow(serviceName) + ": " + imagePath +
                         " exports neither FxDriverEntry nor DriverEntry");
        delete blockOf(*driver);
        return STATUS_PROCEDURE_NOT_FOUND;
    }
    PDRIVER_OBJECT object = driver->object;
    object->DriverStart = reinterpret_cast<PVOID>(driver->image.begin());
    object->DriverSize = static_cast<ULONG>(driver->image.end() - driver->image.begin());
    object->DriverInit = entry;
    NTSTATUS status = io_.names().insertObject(driver->driverName, NamedObjectKind::Driver, object);
    if (!NT_SUCCESS(status)) {
        delete blockOf(*driver);
        return status;
    }
    PUNICODE_STRING registryPath = &blockOf(*driver)->registryPath;
    {
        platform::LockGuard guard(lock_);
        drivers_.push_back(std::move(driver));
    }
    status = entry(object, registryPath);
    if (!NT_SUCCESS(status)) {
        char text[32];
        std::snprintf(text, sizeof(text), "0x%08X", static_cast<unsigned>(status));
        io_.system().log("driver " + narrow(serviceName) + ": DriverEntry failed with " + text +
                         "; unloading");
        std::unique_ptr<LoadedDriver> failed;
        {
            platform::LockGuard guard(lock_);
            for (auto it = drivers_.begin(); it != drivers_.end(); ++it) {
                if ((*it)->object == object) {
                    failed = std::move(*it);
                    drivers_.erase(it);
                    break;
                }
            }
        }
        if (object->DeviceObject != nullptr) {
            // Devices it created still point into the image: keep it mapped.
            io_.system().log("driver " + narrow(serviceName) +
                             ": DriverEntry failed but left device objects; image kept mapped");
            platform::LockGuard guard(lock_);
            drivers_.push_back(std::move(failed));
            return status;
        }
        io_.names().remove(failed->driverName, NamedObjectKind::Driver);
        freeDriver(std::move(failed));
        return status;
    }
    // Devices created in DriverEntry are ready once it returns (the I/O manager clears
    // DO_DEVICE_INITIALIZING for them; AddDevice routines clear it themselves).
    {
        platform::LockGuard guard(io_.deviceTreeLock());
        for (PDEVICE_OBJECT device = object->DeviceObject; device != nullptr; device = device->NextDevice) {
            device->Flags &= ~DO_DEVICE_INITIALIZING;
        }
    }
    *out = object;
    return STATUS_SUCCESS;
}

PDRIVER_OBJECT DriverRegistry::createBuiltin(const std::u16string& name, PDRIVER_INITIALIZE initialize) {
    auto driver = makeDriverObject(name.substr(name.rfind(u'\\') + 1), name);
    PDRIVER_OBJECT object = driver->object;
    io_.names().insertObject(driver->driverName, NamedObjectKind::Driver, object);
    PUNICODE_STRING registryPath = &blockOf(*driver)->registryPath;
    {
        platform::LockGuard guard(lock_);
        drivers_.push_back(std::move(driver));
    }
    initialize(object, registryPath);
    return object;
}

PDRIVER_OBJECT DriverRegistry::find(const std::u16string& serviceName) const {
    platform::LockGuard guard(lock_);
    const auto key = upcase(serviceName);
    for (const auto& driver : drivers_) {
        if (!driver->imagePath.empty() && upcase(driver->serviceName) == key) return driver->object;
    }
    return nullptr;
}

LoadedDriver* DriverRegistry::record(PDRIVER_OBJECT object) const {
    platform::LockGuard guard(lock_);
    for (const auto& driver : drivers_) {
        if (driver->object == object) return driver.get();
    }
    return nullptr;
}

std::vector<PDRIVER_OBJECT> DriverRegistry::all() const {
    platform::LockGuard guard(lock_);
    std::vector<PDRIVER_OBJECT> out;
    for (const auto& driver : drivers_) out.push_back(driver->object);
    return out;
}

void DriverRegistry::freeDriver(std::unique_ptr<LoadedDriver> driver) {
    for (auto& extension : driver->extensions) std::free(extension.block);
    driver->extensions.clear();
    driver->image.close();
    delete blockOf(*driver);
}

bool DriverRegistry::unloadIfUnused(PDRIVER_OBJECT object) { return unload(object, false); }

namespace {

// Deleted-but-referenced devices, and devices that are part of a device stack.
struct RemainingDevices {
    bool deletePending = false;
    bool stacked = false;
};

RemainingDevices remainingDevices(IoManager& io, PDRIVER_OBJECT object) {
    RemainingDevices remaining;
    platform::LockGuard guard(io.deviceTreeLock());
    for (PDEVICE_OBJECT device = object->DeviceObject; device != nullptr; device = device->NextDevice) {
        DeviceHeader* header = DeviceHeader::of(device);
        if (header == nullptr) continue;
        if (header->deletePending) remaining.deletePending = true;
        if (header->attachedTo != nullptr || device->AttachedDevice != nullptr || header->deviceNode != nullptr) {
            remaining.stacked = true;
        }
    }
    return remaining;
}

}  // namespace

bool DriverRegistry::unload(PDRIVER_OBJECT object, bool allowStandaloneDevices) {
    LoadedDriver* driver = record(object);
    if (driver == nullptr) return false;
    if (object->DeviceObject != nullptr) {
        if (!allowStandaloneDevices) return false;
        const RemainingDevices remaining = remainingDevices(io_, object);
        if (remaining.deletePending || remaining.stacked) return false;
    }
    const bool builtin = driver->imagePath.empty();
    if (object->DriverUnload != nullptr) object->DriverUnload(object);
    for (int step = 0; step < kDeviceWaitSteps && remainingDevices(io_, object).deletePending; ++step) {
        platform::sleepFor100ns(kDeviceWaitStep100ns);
    }
    if (object->DeviceObject != nullptr) {
        io_.system().log("driver " + narrow(driver->serviceName) +
                         ": DriverUnload returned with device objects left; image kept mapped");
        return false;
    }
    UnloadReport report;
    report.serviceName = driver->serviceName;
    if (!builtin) {
        for (const auto& leak : io_.system().kernel().pool().outstandingFromRange(driver->image.begin(),
                                                                                   driver->image.end())) {
            ++report.leakedPoolAllocations;
            report.leakedPoolBytes += leak.size;
            char line[160];
            std::snprintf(line, sizeof(line), "pool allocation tag '%s' (0x%08X) %zu bytes at %p",
                          tagText(leak.tag).c_str(), static_cast<unsigned>(leak.tag), leak.size,
                          leak.address);
            report.details.emplace_back(line);
        }
    }
    report.leakedFrameworkObjects = driver->frameworkLeaks;
    for (auto& line : driver->frameworkLeakDetails) report.details.push_back(line);
    std::vector<UnloadObserver> observers;
    {
        platform::LockGuard guard(lock_);
        observers = observers_;
    }
    for (auto& observer : observers) observer(object, report);

    std::unique_ptr<LoadedDriver> owned;
    {
        platform::LockGuard guard(lock_);
        for (auto it = drivers_.begin(); it != drivers_.end(); ++it) {
            if ((*it)->object == object) {
                owned = std::move(*it);
                drivers_.erase(it);
                break;
            }
        }
        if (!builtin) reports_.push_back(report);
    }
    io_.names().remove(owned->driverName, NamedObjectKind::Driver);
    if (!builtin) {
        char line[200];
        std::snprintf(line, sizeof(line),
                      "driver %s unloaded: %zu leaked pool allocations (%zu bytes), %zu leaked framework objects",
                      narrow(report.serviceName).c_str(), report.leakedPoolAllocations,
                      report.leakedPoolBytes, report.leakedFrameworkObjects);
        io_.system().log(line);
        for (const auto& detail : report.details) io_.system().log("  leak: " + detail);
    }
    freeDriver(std::move(owned));
    return true;
}

void DriverRegistry::unloadAll() {
    for (PDRIVER_OBJECT object : all()) {
        LoadedDriver* driver = record(object);
        if (driver == nullptr) continue;
        // Built-in drivers have no image to unmap: a device still referenced keeps them.
        if (driver->imagePath.empty() && object->DeviceObject != nullptr) continue;
        for (int step = 0; step < kDeviceWaitSteps && remainingDevices(io_, object).deletePending; ++step) {
            platform::sleepFor100ns(kDeviceWaitStep100ns);
        }
        if (!unload(object, !driver->imagePath.empty())) {
            io_.system().log("driver " + narrow(driver->serviceName) +
                             " not unloaded: device objects remain");
        }
    }
}

std::vector<UnloadReport> DriverRegistry::reports() const {
    platform::LockGuard guard(lock_);
    return reports_;
}

void DriverRegistry::addUnloadObserver(UnloadObserver observer) {
    platform::LockGuard guard(lock_);
    observers_.push_back(std::move(observer));
}

void DriverRegistry::addFrameworkLeaks(PDRIVER_OBJECT object, size_t count, std::vector<std::string> details) {
    platform::LockGuard guard(lock_);
    for (auto& driver : drivers_) {
        if (driver->object != object) continue;
        driver->frameworkLeaks += count;
        for (auto& line : details) driver->frameworkLeakDetails.push_back(std::move(line));
        return;
    }
}

NTSTATUS DriverRegistry::allocateClientExtension(PDRIVER_OBJECT object, PVOID clientId, ULONG size,
                                                 PVOID* block) {
    *block = nullptr;
    platform::LockGuard guard(lock_);
    for (auto& driver : drivers_) {
        if (driver->object != object) continue;
        for (auto& extension : driver->extensions) {
            if (extension.clientId == clientId) return STATUS_OBJECT_NAME_COLLISION;
        }
        void* memory = std::calloc(1, size == 0 ? 1 : size);
        if (memory == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
        driver->extensions.push_back({clientId, memory});
        *block = memory;
        return STATUS_SUCCESS;
    }
    return STATUS_INVALID_PARAMETER;
}

PVOID DriverRegistry::clientExtension(PDRIVER_OBJECT object, PVOID clientId) const {
    platform::LockGuard guard(lock_);
    for (const auto& driver : drivers_) {
        if (driver->object != object) continue;
        for (const auto& extension : driver->extensions) {
            if (extension.clientId == clientId) return extension.block;
        }
    }
    return nullptr;
}

}  // namespace ntos
