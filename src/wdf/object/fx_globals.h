// FxDriverGlobals: everything the framework keeps per client driver. Drivers see only
// `publicGlobals` (their PWDF_DRIVER_GLOBALS, the first argument of every DDI); the
// framework recovers the whole structure with FxDriverGlobals::from(), which checks a
// magic value and bug-checks on garbage.
//
// It owns the driver's handle table and the live-object tracker (for the leak report at
// driver unload). Tests construct one directly, without a driver.
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include "wdf/object/fx_handle.h"
#include "wdf/support/fx_spin_mutex.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wdf {

class FxDriver;
class FxObject;

struct FxDriverGlobals {
    // Must stay the first member: drivers hold &publicGlobals as PWDF_DRIVER_GLOBALS.
    WDF_DRIVER_GLOBALS publicGlobals;

private:
    // Right after publicGlobals, so from() reads only a few bytes past a bogus pointer.
    static constexpr uint64_t kMagic = 0x4b4d4446474c4f42ull;  // "KMDFGLOB"
    uint64_t magic_ = kMagic;

public:

    FxDriverGlobals(PDRIVER_OBJECT driverObject, std::string_view driverName);
    ~FxDriverGlobals();
    FxDriverGlobals(const FxDriverGlobals&) = delete;
    FxDriverGlobals& operator=(const FxDriverGlobals&) = delete;

    // The FxDriverGlobals behind a driver's PWDF_DRIVER_GLOBALS. Bug-checks WDF_VIOLATION
    // (required parameter NULL / invalid handle) when `globals` is NULL or not ours.
    // Any thread, any IRQL.
    static FxDriverGlobals* from(PWDF_DRIVER_GLOBALS globals);

    PWDF_DRIVER_GLOBALS publicView() { return &publicGlobals; }

    // --- identity, set by the lead's driver/loader code ------------------------------
    PDRIVER_OBJECT driverObject = nullptr;
    void* system = nullptr;       // ntos::System* of the driver's machine
    FxDriver* driver = nullptr;   // the WDFDRIVER object, once WdfDriverCreate ran (setDriver)
    FxObject* driverAsObject = nullptr;  // the same object as an FxObject (default parent)

    // Records the WDFDRIVER (D = FxDriver, complete at the caller). Objects the driver
    // creates without a ParentObject are then parented to it, as documented.
    template <class D>
    void setDriver(D* fxDriver) {
        driver = fxDriver;
        driverAsObject = fxDriver;
        publicGlobals.Driver = fxDriver != nullptr ? fxDriver->template handleAs<WDFDRIVER>() : nullptr;
    }
    // The default parent of driver-created objects: the WDFDRIVER (set with setDriver(),
    // or found through publicGlobals.Driver), or null (no driver yet, e.g. in unit tests).
    // Any thread, any IRQL.
    FxObject* defaultParent() const;
    std::string driverName;       // e.g. "echo"

    // Framework verifier for this driver: checks that only log when off, and records
    // tagged references (WdfObjectReferenceWithTag) for the debug list. Default on.
    bool verifierEnabled = true;

    FxHandleTable handles;

    // --- live-object tracker -----------------------------------------------------------
    // Called by FxObject when it becomes visible (handle registered) / is freed.
    // IRQL <= DISPATCH_LEVEL, any thread.
    void trackObject(FxObject* object);
    void untrackObject(FxObject* object);
    // Objects not yet destroyed. Any thread, IRQL <= DISPATCH_LEVEL.
    size_t liveObjectCount() const;
    // One line per live object, in creation order: type name, handle, context type
    // names, parent, state, e.g.
    //   "WDFMEMORY 0x0000000100000003 context=DEVICE_CONTEXT parent=WDFDRIVER 0x...1 (alive)"
    // PASSIVE_LEVEL (allocates), any thread.
    std::vector<std::string> liveObjectsReport() const;

    // --- verifier log ------------------------------------------------------------------
    // A non-fatal framework verifier message ("WdfObjectCreate: ContextSizeOverride 4 is
    // smaller than ContextSize 8"). Printed through the current kernel's log (or stderr)
    // prefixed with the driver name, and kept for tests. Any thread, IRQL <= DISPATCH_LEVEL.
    void verifierLog(std::string_view message);
    std::vector<std::string> verifierMessages() const;

private:
    mutable FxSpinMutex trackerLock_;
    FxObject* liveHead_ = nullptr;  // intrusive list through FxObject::trackPrev_/trackNext_
    FxObject* liveTail_ = nullptr;
    size_t liveCount_ = 0;

    mutable FxSpinMutex logLock_;
    std::vector<std::string> verifierMessages_;
};

}  // namespace wdf
