// Spin-lock and wait-lock object DDIs (wdfsync.h). WdfObjectAcquireLock/ReleaseLock
// belong to the synchronization-scope work (device/queue locks) and are not here.
#include <ntddk.h>
#include <wdf.h>

#include "wdf/ddi/ddi_families.h"
#include "wdf/object/fx_ddi_checks.h"
#include "wdf/sync/fx_spin_lock.h"
#include "wdf/sync/fx_wait_lock.h"

#include <type_traits>

using namespace wdf;

extern "C" {

// IRQL <= DISPATCH_LEVEL. Default parent: the WDFDRIVER.
NTSTATUS NTAPI imp_WdfSpinLockCreate(PWDF_DRIVER_GLOBALS DriverGlobals, PWDF_OBJECT_ATTRIBUTES SpinLockAttributes,
                                     WDFSPINLOCK* SpinLock) {
    const char* ddi = "WdfSpinLockCreate";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    fxRequire(globals, SpinLock, "SpinLock", ddi);
    *SpinLock = nullptr;
    if (!fxCheckIrql(globals, DISPATCH_LEVEL, ddi)) return STATUS_INVALID_DEVICE_REQUEST;
    FxSpinLock* lock = nullptr;
    NTSTATUS status = fxCreateNamed(ddi, globals, SpinLockAttributes, globals->defaultParent(), &lock);
    if (NT_SUCCESS(status)) *SpinLock = lock->handleAs<WDFSPINLOCK>();
    return status;
}

// IRQL <= DISPATCH_LEVEL; returns at DISPATCH_LEVEL.
VOID NTAPI imp_WdfSpinLockAcquire(PWDF_DRIVER_GLOBALS DriverGlobals, WDFSPINLOCK SpinLock) {
    const char* ddi = "WdfSpinLockAcquire";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxSpinLock>(globals, SpinLock, ddi)->acquire(ddi);
}

// IRQL = DISPATCH_LEVEL; restores the caller's IRQL from before the acquire.
VOID NTAPI imp_WdfSpinLockRelease(PWDF_DRIVER_GLOBALS DriverGlobals, WDFSPINLOCK SpinLock) {
    const char* ddi = "WdfSpinLockRelease";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxSpinLock>(globals, SpinLock, ddi)->release(ddi);
}

// IRQL <= DISPATCH_LEVEL. Default parent: the WDFDRIVER.
NTSTATUS NTAPI imp_WdfWaitLockCreate(PWDF_DRIVER_GLOBALS DriverGlobals, PWDF_OBJECT_ATTRIBUTES LockAttributes,
                                     WDFWAITLOCK* Lock) {
    const char* ddi = "WdfWaitLockCreate";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    fxRequire(globals, Lock, "Lock", ddi);
    *Lock = nullptr;
    if (!fxCheckIrql(globals, DISPATCH_LEVEL, ddi)) return STATUS_INVALID_DEVICE_REQUEST;
    FxWaitLock* lock = nullptr;
    NTSTATUS status = fxCreateNamed(ddi, globals, LockAttributes, globals->defaultParent(), &lock);
    if (NT_SUCCESS(status)) *Lock = lock->handleAs<WDFWAITLOCK>();
    return status;
}

// PASSIVE_LEVEL; <= DISPATCH_LEVEL with a zero Timeout. STATUS_SUCCESS or STATUS_TIMEOUT.
NTSTATUS NTAPI imp_WdfWaitLockAcquire(PWDF_DRIVER_GLOBALS DriverGlobals, WDFWAITLOCK Lock, PLONGLONG Timeout) {
    const char* ddi = "WdfWaitLockAcquire";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxWaitLock>(globals, Lock, ddi)->acquire(Timeout, ddi);
}

// IRQL <= DISPATCH_LEVEL.
VOID NTAPI imp_WdfWaitLockRelease(PWDF_DRIVER_GLOBALS DriverGlobals, WDFWAITLOCK Lock) {
    const char* ddi = "WdfWaitLockRelease";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxWaitLock>(globals, Lock, ddi)->release(ddi);
}

}  // extern "C"

static_assert(std::is_same_v<decltype(&imp_WdfSpinLockCreate), PFN_WDFSPINLOCKCREATE>);
static_assert(std::is_same_v<decltype(&imp_WdfSpinLockAcquire), PFN_WDFSPINLOCKACQUIRE>);
static_assert(std::is_same_v<decltype(&imp_WdfSpinLockRelease), PFN_WDFSPINLOCKRELEASE>);
static_assert(std::is_same_v<decltype(&imp_WdfWaitLockCreate), PFN_WDFWAITLOCKCREATE>);
static_assert(std::is_same_v<decltype(&imp_WdfWaitLockAcquire), PFN_WDFWAITLOCKACQUIRE>);
static_assert(std::is_same_v<decltype(&imp_WdfWaitLockRelease), PFN_WDFWAITLOCKRELEASE>);

namespace wdf {

std::span<const DdiEntry> syncDdis() {
    static const DdiEntry kEntries[] = {
        ddiEntry(WdfSpinLockCreateTableIndex, &imp_WdfSpinLockCreate),
        ddiEntry(WdfSpinLockAcquireTableIndex, &imp_WdfSpinLockAcquire),
        ddiEntry(WdfSpinLockReleaseTableIndex, &imp_WdfSpinLockRelease),
        ddiEntry(WdfWaitLockCreateTableIndex, &imp_WdfWaitLockCreate),
        ddiEntry(WdfWaitLockAcquireTableIndex, &imp_WdfWaitLockAcquire),
        ddiEntry(WdfWaitLockReleaseTableIndex, &imp_WdfWaitLockRelease),
    };
    return kEntries;
}

}  // namespace wdf
