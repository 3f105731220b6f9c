/* KMDF 1.33: object presentation lock, wait locks and spin locks. */
#pragma once

WDF_EXTERN_C_START

//
// WDF Function: WdfObjectAcquireLock
//
typedef
VOID
(NTAPI *PFN_WDFOBJECTACQUIRELOCK)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFOBJECT Object
    );

FORCEINLINE
VOID
WdfObjectAcquireLock(
    _In_ WDFOBJECT Object
    )
{
    ((PFN_WDFOBJECTACQUIRELOCK) WdfFunctions[WdfObjectAcquireLockTableIndex])(WdfDriverGlobals, Object);
}

//
// WDF Function: WdfObjectReleaseLock
//
typedef
VOID
(NTAPI *PFN_WDFOBJECTRELEASELOCK)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFOBJECT Object
    );

FORCEINLINE
VOID
WdfObjectReleaseLock(
    _In_ WDFOBJECT Object
    )
{
    ((PFN_WDFOBJECTRELEASELOCK) WdfFunctions[WdfObjectReleaseLockTableIndex])(WdfDriverGlobals, Object);
}

//
// WDF Function: WdfWaitLockCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFWAITLOCKCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES LockAttributes,
    _Out_ WDFWAITLOCK* Lock
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfWaitLockCreate(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES LockAttributes,
    _Out_ WDFWAITLOCK* Lock
    )
{
    return ((PFN_WDFWAITLOCKCREATE) WdfFunctions[WdfWaitLockCreateTableIndex])(WdfDriverGlobals, LockAttributes, Lock);
}

//
// WDF Function: WdfWaitLockAcquire
//
typedef
NTSTATUS
(NTAPI *PFN_WDFWAITLOCKACQUIRE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFWAITLOCK Lock,
    _In_opt_ PLONGLONG Timeout
    );

FORCEINLINE
NTSTATUS
WdfWaitLockAcquire(
    _In_ WDFWAITLOCK Lock,
    _In_opt_ PLONGLONG Timeout
    )
{
    return ((PFN_WDFWAITLOCKACQUIRE) WdfFunctions[WdfWaitLockAcquireTableIndex])(WdfDriverGlobals, Lock, Timeout);
}

//
// WDF Function: WdfWaitLockRelease
//
typedef
VOID
(NTAPI *PFN_WDFWAITLOCKRELEASE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFWAITLOCK Lock
    );

FORCEINLINE
VOID
WdfWaitLockRelease(
    _In_ WDFWAITLOCK Lock
    )
{
    ((PFN_WDFWAITLOCKRELEASE) WdfFunctions[WdfWaitLockReleaseTableIndex])(WdfDriverGlobals, Lock);
}

//
// WDF Function: WdfSpinLockCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFSPINLOCKCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES SpinLockAttributes,
    _Out_ WDFSPINLOCK* SpinLock
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfSpinLockCreate(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES SpinLockAttributes,
    _Out_ WDFSPINLOCK* SpinLock
    )
{
    return ((PFN_WDFSPINLOCKCREATE) WdfFunctions[WdfSpinLockCreateTableIndex])(WdfDriverGlobals, SpinLockAttributes, SpinLock);
}

//
// WDF Function: WdfSpinLockAcquire
//
typedef
VOID
(NTAPI *PFN_WDFSPINLOCKACQUIRE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFSPINLOCK SpinLock
    );

FORCEINLINE
VOID
WdfSpinLockAcquire(
    _In_ WDFSPINLOCK SpinLock
    )
{
    ((PFN_WDFSPINLOCKACQUIRE) WdfFunctions[WdfSpinLockAcquireTableIndex])(WdfDriverGlobals, SpinLock);
}

//
// WDF Function: WdfSpinLockRelease
//
typedef
VOID
(NTAPI *PFN_WDFSPINLOCKRELEASE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFSPINLOCK SpinLock
    );

FORCEINLINE
VOID
WdfSpinLockRelease(
    _In_ WDFSPINLOCK SpinLock
    )
{
    ((PFN_WDFSPINLOCKRELEASE) WdfFunctions[WdfSpinLockReleaseTableIndex])(WdfDriverGlobals, SpinLock);
}

WDF_EXTERN_C_END
