// FxIdlePolicy: S0 idle power-down for a power policy owner ("Supporting Idle
// Power-Down", WdfDeviceAssignS0IdleSettings). While the system is working and the
// device has been idle for IdleTimeout (no request in or delivered from its
// power-managed queues, no WdfDeviceStopIdle reference), the device goes to DxState; a
// request arriving at a power-managed queue, or WdfDeviceStopIdle, brings it back to D0.
// The timer runs a DPC that hands the transition to a system worker (power transitions
// wait for drivers).
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include <atomic>

namespace wdf {

class FxDevice;

class FxIdlePolicy {
public:
    explicit FxIdlePolicy(FxDevice& device);
    ~FxIdlePolicy();
    FxIdlePolicy(const FxIdlePolicy&) = delete;
    FxIdlePolicy& operator=(const FxIdlePolicy&) = delete;

    // WdfDeviceAssignS0IdleSettings (validated: see the .cpp). IRQL <= DISPATCH_LEVEL.
    NTSTATUS assign(const WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS& settings, const char* ddiName);

    bool enabled() const { return enabled_.load(); }
    // IdleCanWakeFromS0: the device is armed for wake before it idles in Dx.
    bool canWakeFromS0() const { return canWakeFromS0_.load(); }
    // The device signalled wake while idle in Dx: it returns to D0 (on a worker).
    // IRQL <= DISPATCH_LEVEL, any thread.
    void wakeSignalled() { queuePowerUp(); }
    DEVICE_POWER_STATE dxState() const { return dxState_; }
    bool powerUpOnSystemWake() const { return powerUpOnSystemWake_; }

    // The device is in D0 and working: the idle timer starts over. IRQL <= DISPATCH_LEVEL.
    void deviceWorking();
    // The device leaves D0 or is removed: no idle transition until deviceWorking().
    // IRQL <= DISPATCH_LEVEL.
    void deviceNotWorking();
    // A request reached a power-managed queue: it counts as activity, and a device idle
    // in Dx is brought back to D0. IRQL <= DISPATCH_LEVEL, any thread.
    void ioArrived();
    // WdfDeviceStopIdle / WdfDeviceResumeIdle. stopIdle: STATUS_SUCCESS when the device is
    // in D0 on return, STATUS_PENDING when it is on its way (waitForD0 FALSE).
    // waitForD0: PASSIVE_LEVEL; else <= DISPATCH_LEVEL.
    NTSTATUS stopIdle(bool waitForD0);
    void resumeIdle();
    // `kmdfctl idle`: powers the device down now if it could idle (as timerExpired, without
    // waiting for the timeout). STATUS_INVALID_DEVICE_REQUEST: idle is not enabled;
    // STATUS_DEVICE_BUSY: a request or a stop-idle reference keeps it in D0;
    // STATUS_INVALID_DEVICE_STATE: the device is not working in D0. IRQL PASSIVE_LEVEL.
    NTSTATUS idleNow();
    // References taken by WdfDeviceStopIdle and not yet given back. Any IRQL.
    LONG stopIdleCount() const { return stopIdleCount_.load(); }

private:
    static VOID NTAPI onTimer(PKDPC dpc, PVOID context, PVOID, PVOID);
    void arm();
    // On a system worker: powers the device down if it is still idle, else re-arms.
    void timerExpired();
    // On a system worker: powers an idle device back up.
    void powerUp();
    void queuePowerUp();

    FxDevice& device_;
    std::atomic<bool> enabled_{false};
    std::atomic<bool> canWakeFromS0_{false};
    DEVICE_POWER_STATE dxState_ = PowerDeviceD3;
    LONGLONG timeout100ns_ = 5 * 10'000'000LL;
    bool powerUpOnSystemWake_ = false;
    std::atomic<bool> working_{false};         // in D0 and started
    std::atomic<LONG> stopIdleCount_{0};
    std::atomic<bool> powerUpQueued_{false};
    std::atomic<LONGLONG> lastActivity_{0};   // interrupt time of the last request
    KTIMER timer_;
    KDPC dpc_;
    KEVENT inD0_;                             // signalled while the device is in D0
};

}  // namespace wdf
