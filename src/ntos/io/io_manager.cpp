#include "ntos/io/io_manager.h"

#include "ntos/io/synchronous_irp.h"
#include "ntos/ke/bug_check.h"
#include "ntos/system.h"

#include <cstdlib>
#include <string>

namespace ntos {

IoManager::IoManager(System& system) : system_(system), drivers_(*this), files_(*this) {
    KeInitializeSpinLock(&cancelSpinLock_);
}

IoManager::~IoManager() {
    for (void* memory : freedIrps_) std::free(memory);
}

void IoManager::quarantineFreedIrp(void* memory) {
    constexpr size_t kQuarantinedIrps = 256;
    void* oldest = nullptr;
    {
        platform::LockGuard guard(quarantineLock_);
        freedIrps_.push_back(memory);
        if (freedIrps_.size() > kQuarantinedIrps) {
            oldest = freedIrps_.front();
            freedIrps_.pop_front();
        }
    }
    std::free(oldest);
}

IoManager* IoManager::currentOrNull() {
    System* system = System::current();
    return system ? &system->io() : nullptr;
}

IoManager& IoManager::current(const char* routine) {
    if (IoManager* io = currentOrNull()) return *io;
    bugCheck(bugcode::ManuallyInitiatedCrash, 0, 0, 0, 0,
             std::string(routine) + " called on a thread that has no System (hold a System::ThreadScope)");
}

void IoManager::registerShutdownNotification(PDEVICE_OBJECT device) {
    references_.reference(device);
    platform::LockGuard guard(shutdownLock_);
    shutdownNotifications_.push_back(device);
}

void IoManager::unregisterShutdownNotification(PDEVICE_OBJECT device) {
    bool found = false;
    {
        platform::LockGuard guard(shutdownLock_);
        for (auto it = shutdownNotifications_.begin(); it != shutdownNotifications_.end(); ++it) {
            if (*it == device) {
                shutdownNotifications_.erase(it);
                found = true;
                break;
            }
        }
    }
    if (found) references_.dereference(device);
}

void IoManager::sendShutdownNotifications() {
    std::vector<PDEVICE_OBJECT> devices;
    {
        platform::LockGuard guard(shutdownLock_);
        devices.swap(shutdownNotifications_);
    }
    // Last registered, first notified.
    for (auto it = devices.rbegin(); it != devices.rend(); ++it) {
        PIRP irp = IoAllocateIrp((*it)->StackSize, FALSE);
        if (irp != nullptr) {
            irp->RequestorMode = KernelMode;
            IoGetNextIrpStackLocation(irp)->MajorFunction = IRP_MJ_SHUTDOWN;
            IO_STATUS_BLOCK result{};
            callDriverAndWait(*it, irp, &result);
        }
        references_.dereference(*it);
    }
}

void dereferenceDevice(PDEVICE_OBJECT device) {
    if (device == nullptr) return;
    IoManager& io = IoManager::current("ObDereferenceObject");
    if (!io.references().dereference(device)) {
        bugCheck(bugcode::DriverVerifierDetectedViolation, reinterpret_cast<ULONG_PTR>(device), 0, 0, 0,
                 "ObDereferenceObject: device object unknown to the object manager (already freed?)");
    }
}

}  // namespace ntos
