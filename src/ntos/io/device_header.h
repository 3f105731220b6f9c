// The I/O manager's private part of a device object. IoCreateDevice allocates one
// block: [DeviceHeader][DEVICE_OBJECT][device extension][DEVOBJ_EXTENSION], so the
// header is found from a PDEVICE_OBJECT without a lookup.
#pragma once

#include <ntddk.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace ntos {

class IoManager;

struct alignas(16) DeviceHeader {
    static constexpr uint64_t kMagic = 0x4345564544534F4EULL;  // "NOSDEVEC"
    uint64_t magic = kMagic;
    IoManager* io = nullptr;
    std::u16string name;               // "\Device\X", empty when unnamed
    bool deletePending = false;        // IoDeleteDevice was called
    PDEVICE_OBJECT attachedTo = nullptr;  // the device this one is attached on top of
    void* deviceNode = nullptr;        // PnP: the DeviceNode of a PDO
    // PnP: creates to a PDO's stack fail until IRP_MN_START_DEVICE completed, and again
    // once removal began (documented for IoSetDeviceInterfaceState).
    enum class PnpOpenState { NotPnp, NotStarted, Started, Removing };
    PnpOpenState pnpOpenState = PnpOpenState::NotPnp;
    std::atomic<int> openCount{0};     // open file objects (DO_EXCLUSIVE)
    int devicePowerState = 1;          // PoSetPowerState: DEVICE_POWER_STATE (1 = PowerDeviceD0)
    int systemPowerState = 1;          // PoSetPowerState: SYSTEM_POWER_STATE (1 = PowerSystemWorking)
    // What the driver framework that owns the device object says about it for
    // `kmdfctl status` (set by the framework; empty for WDM devices). Called under the
    // PnP manager's operation lock, so the device is not being removed meanwhile.
    std::function<std::string()> describe;
    // `kmdfctl idle`: the framework's power policy owner powers the device down now, as
    // when its idle timeout expires (set by the framework; empty for WDM devices). Called
    // under the PnP manager's operation lock. STATUS_INVALID_DEVICE_REQUEST: no S0 idle
    // settings; STATUS_DEVICE_BUSY: I/O or a stop-idle reference keeps it in D0;
    // STATUS_INVALID_DEVICE_STATE: not in D0 while the system works.
    std::function<NTSTATUS()> idleNow;

    // The header of a device object created by IoCreateDevice, or nullptr.
    static DeviceHeader* of(PDEVICE_OBJECT device);
    PDEVICE_OBJECT device();
};

}  // namespace ntos
