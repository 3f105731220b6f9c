// FxDeviceInit: what PWDFDEVICE_INIT points to. The driver fills it with
// WdfDeviceInitXxx / WdfFdoInitXxx calls in EvtDriverDeviceAdd; WdfDeviceCreate consumes
// it. It lives on the framework's stack frame around EvtDriverDeviceAdd (PnP devices).
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include <cstdint>
#include <string>

#include "object/fx_globals.h"

namespace wdf {

class FxDevice;

struct FxDeviceInit {
    enum class Role : uint8_t { Function, Filter, Pdo, Control };

    FxDeviceInit(FxDriverGlobals* globals, Role role);

    PWDFDEVICE_INIT publicHandle() { return reinterpret_cast<PWDFDEVICE_INIT>(this); }
    // The FxDeviceInit behind a driver's PWDFDEVICE_INIT; bug-checks WDF_VIOLATION for NULL
    // or garbage. Any thread.
    static FxDeviceInit* from(FxDriverGlobals* globals, PWDFDEVICE_INIT init, const char* ddiName);

    static constexpr uint64_t kMagic = 0x54494e4956454446ull;  // "FDEVINIT"
    uint64_t magic = kMagic;
    FxDriverGlobals* globals;
    Role role;

    PDEVICE_OBJECT physicalDevice = nullptr;  // the PDO (function/filter roles)

    WDF_PNPPOWER_EVENT_CALLBACKS pnpPowerCallbacks{};
    WDF_FILEOBJECT_CONFIG fileObjectConfig{};
    bool hasFileObjectConfig = false;
    WDF_OBJECT_ATTRIBUTES fileObjectAttributes{};
    bool hasFileObjectAttributes = false;
    WDF_OBJECT_ATTRIBUTES requestAttributes{};
    bool hasRequestAttributes = false;
    PFN_WDF_IO_IN_CALLER_CONTEXT ioInCallerContext = nullptr;

    WDF_DEVICE_IO_TYPE ioType = WdfDeviceIoBuffered;
    DEVICE_TYPE deviceType = FILE_DEVICE_UNKNOWN;
    ULONG characteristics = FILE_DEVICE_SECURE_OPEN;
    bool exclusive = false;
    bool powerPageable = true;
    std::u16string deviceName;  // WdfDeviceInitAssignName (empty: unnamed)
    bool powerPolicyOwnerSet = false;
    bool powerPolicyOwner = true;

    // Set by WdfDeviceCreate; the framework finishes or discards it after
    // EvtDriverDeviceAdd returns.
    FxDevice* createdDevice = nullptr;
};

}  // namespace wdf
