// FxDeviceInit: what PWDFDEVICE_INIT points to. The driver fills it with
// WdfDeviceInitXxx / WdfFdoInitXxx calls in EvtDriverDeviceAdd; WdfDeviceCreate consumes
// it. It lives on the framework's stack frame around EvtDriverDeviceAdd (PnP devices), or
// on the heap from WdfControlDeviceInitAllocate until WdfDeviceCreate succeeds or the
// driver calls WdfDeviceInitFree (control devices).
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "object/fx_globals.h"
#include "wdf/core/fx_pdo_identity.h"
#include "wdf/pnp/fx_state_notifications.h"

namespace wdf {

class FxDevice;

// WdfDeviceInitAssignWdmIrpPreprocessCallback for one major function.
struct FxIrpPreprocess {
    PFN_WDFDEVICE_WDM_IRP_PREPROCESS callback = nullptr;
    std::vector<UCHAR> minorFunctions;  // empty: every minor function of the major
};
using FxIrpPreprocessTable = std::array<FxIrpPreprocess, IRP_MJ_MAXIMUM_FUNCTION + 1>;

// WdfDeviceConfigureWdmIrpDispatchCallback for one major function.
struct FxIrpDispatch {
    PFN_WDFDEVICE_WDM_IRP_DISPATCH callback = nullptr;
    WDFCONTEXT driverContext = nullptr;
};

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
    FxDevice* parent = nullptr;               // the bus FDO (PDO role, WdfPdoInitAllocate)
    FxPdoIdentity pdo;                        // PDO role

    WDF_PNPPOWER_EVENT_CALLBACKS pnpPowerCallbacks{};
    WDF_POWER_POLICY_EVENT_CALLBACKS powerPolicyCallbacks{};
    WDF_FDO_EVENT_CALLBACKS fdoCallbacks{};  // WdfFdoInitSetEventCallbacks
    FxStateNotifications stateNotifications;  // WdfDeviceInitRegister*StateChangeCallback
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
    bool allowSelfIoTarget = false;  // WdfDeviceInitAllowSelfIoTarget
    bool powerPageable = true;
    std::u16string deviceName;  // WdfDeviceInitAssignName (empty: unnamed)
    bool powerPolicyOwnerSet = false;
    bool powerPolicyOwner = true;
    // WdfControlDeviceInitAllocate / WdfDeviceInitAssignSDDLString: stored, not enforced
    // (access checks are issue 7).
    std::u16string sddl;
    bool hasSddl = false;
    // WdfControlDeviceInitSetShutdownNotification.
    PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION shutdownNotification = nullptr;
    UCHAR shutdownFlags = 0;
    FxIrpPreprocessTable irpPreprocess{};
    // Allocated by WdfControlDeviceInitAllocate / WdfPdoInitAllocate: the driver owns it until WdfDeviceCreate
    // succeeds (which frees it) or it calls WdfDeviceInitFree.
    bool heapAllocated = false;

    // Set by WdfDeviceCreate; the framework finishes or discards it after
    // EvtDriverDeviceAdd returns.
    FxDevice* createdDevice = nullptr;
};

}  // namespace wdf
