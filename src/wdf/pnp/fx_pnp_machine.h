// FxPnpMachine: a device's Plug and Play state machine, as a table of states (each with
// an entry action) and event transitions, with a history of the transitions taken. The
// entry actions call the driver's PnP/power callbacks in the documented order
// (docs/sequences/): the start path (EvtDevicePrepareHardware, EvtDeviceD0Entry,
// power-managed queues, EvtDeviceSelfManagedIoInit, device interfaces) and its reverse
// at removal. The power and power-policy machines of issue 5 join this one later.
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "wdf/pnp/fx_power_policy_machine.h"
#include "wdf/pnp/fx_state_notifications.h"
#include "wdf/pnp/fx_wake_policy.h"

namespace wdf {

class FxDevice;
class FxObject;

enum class PnpState : uint8_t {
    Added,               // WdfDeviceCreate done; not started
    Starting,            // running the start sequence
    Started,             // in D0, I/O flowing
    StartFailed,         // a start callback failed; the undo calls ran
    QueryRemovePending,  // IRP_MN_QUERY_REMOVE_DEVICE succeeded
    SurpriseRemoved,     // IRP_MN_SURPRISE_REMOVAL: torn down, waiting for the remove
    Removing,            // running the removal sequence
    Removed,             // removed; the device object is deleted after this
    PoweredDown,         // started, in a low-power state (Dx) after a device power-down
    PoweringUp,          // running the power-up sequence back to D0
    QueryStopPending,    // IRP_MN_QUERY_STOP_DEVICE succeeded (rebalance)
    Stopped,             // IRP_MN_STOP_DEVICE: powered down, hardware released; restarts
    Count
};

enum class PnpEvent : uint8_t {
    StartDevice,
    StartSucceeded,
    StartFailed,
    QueryRemove,
    CancelRemove,
    SurpriseRemoval,
    RemoveDevice,
    TeardownDone,
    PowerDown,     // IRP_MN_SET_POWER for a device state below D0
    PowerUp,       // IRP_MN_SET_POWER(D0)
    PowerUpDone,
    QueryStop,
    CancelStop,
    StopDevice,
    None,  // an entry action with no follow-up event
    Count
};

// Holds a device's power lock (a KMUTEX, which its owner may take again) for a scope;
// release() lets it go early. IRQL PASSIVE_LEVEL.
class FxPowerLockGuard {
public:
    explicit FxPowerLockGuard(PKMUTEX mutex) : mutex_(mutex) {
        KeWaitForSingleObject(mutex_, Executive, KernelMode, FALSE, nullptr);
    }
    ~FxPowerLockGuard() { release(); }
    void release() {
        if (mutex_ != nullptr) KeReleaseMutex(mutex_, FALSE);
        mutex_ = nullptr;
    }
    FxPowerLockGuard(const FxPowerLockGuard&) = delete;
    FxPowerLockGuard& operator=(const FxPowerLockGuard&) = delete;

private:
    PKMUTEX mutex_;
};

const char* pnpStateName(PnpState state);
const char* pnpEventName(PnpEvent event);

struct PnpTransition {
    PnpState from;
    PnpEvent event;
    PnpState to;
};

// The transition table (for tests and the generated diagram).
std::span<const PnpTransition> pnpTransitionTable();

struct PnpHistoryEntry {
    PnpState from;
    PnpEvent event;
    PnpState to;
};

class FxPnpMachine {
public:
    explicit FxPnpMachine(FxDevice& device);

    // IRP_MJ_PNP for the device. IRQL PASSIVE_LEVEL, PnP manager thread.
    NTSTATUS dispatch(PIRP irp);
    // IRP_MJ_POWER (fx_power_dispatch.cpp): the power policy owner turns system power
    // IRPs into device power IRPs for its stack (PoRequestPowerIrp); every KMDF device
    // of the stack runs its power-down sequence before passing a Dx IRP down and its
    // power-up sequence after the lower drivers are back in D0. IRQL PASSIVE_LEVEL
    // (the power manager's thread).
    NTSTATUS dispatchPower(PIRP irp);
    // Started but in a low-power state (after a device power-down).
    bool poweredDown() const { return state_ == PnpState::PoweredDown; }
    // S0 idle (FxIdlePolicy, on a system worker): the power policy owner takes its stack
    // to `dx` while the system works / back to D0. No-ops unless the device is started
    // in D0 (down) or idle in Dx while the system works (up). IRQL PASSIVE_LEVEL.
    void idlePowerDown(DEVICE_POWER_STATE dx);
    void idlePowerUp();
    // Wake arming of this device (its power policy owner's wait-wake IRP and callbacks).
    FxWakePolicy& wake() { return wake_; }
    // The power policy owner's decisions (fx_power_policy_machine.cpp).
    FxPowerPolicyMachine& policy() { return policy_; }
    // "power policy Working, last transitions: ..." for `kmdfctl status`. Takes the power
    // lock. IRQL PASSIVE_LEVEL.
    std::string describePolicy();
    // PoRequestPowerIrp(SET_POWER, state) for the device's stack, waited for.
    // IRQL PASSIVE_LEVEL, the power lock held.
    NTSTATUS requestDevicePower(DEVICE_POWER_STATE state);


    // Feeds one event (and the follow-ups the entry actions produce). Returns the status
    // of the last entry action (start failure status, for example).
    // IRQL PASSIVE_LEVEL; PnP callbacks of one device are serialized by the PnP manager.
    NTSTATUS processEvent(PnpEvent event);

    PnpState state() const { return state_; }
    // The device's states as WdfDeviceGetDevicePnpState / PowerState / PowerPolicyState
    // report them (published at each transition). IRQL <= DISPATCH_LEVEL, any thread.
    FxFrameworkStates frameworkStates() const;
    bool isStarted() const {
        return state_ == PnpState::Started || state_ == PnpState::QueryRemovePending ||
               state_ == PnpState::PoweredDown || state_ == PnpState::QueryStopPending;
    }
    std::vector<PnpHistoryEntry> history() const;

private:
    // Entry actions.
    PnpEvent enterStarting();
    PnpEvent enterStarted();
    PnpEvent enterSurpriseRemoved();
    PnpEvent enterRemoving();
    PnpEvent enterRemoved();
    PnpEvent enterPoweredDown();
    PnpEvent enterPoweringUp();
    PnpEvent enterStopped();

    // The undo steps, each done at most once per start. powerDown(): to D3Final
    // (removal); powerDownTo: to a sleeping state the device returns from.
    void powerDown() { powerDownTo(WdfPowerDeviceD3Final); }
    void powerDownTo(WDF_POWER_DEVICE_STATE target);
    // Is this device the power policy owner of its stack (WdfDeviceInitSetPowerPolicyOwnership,
    // else the function driver; a PDO only when raw)?
    bool ownsPowerPolicy() const;
    // IRP_MN_QUERY_STOP_DEVICE: the driver's EvtDeviceQueryStop, then QueryStopPending.
    NTSTATUS queryStop();
    // Removal ("WDM IRPs and KMDF Event Callback Functions", IRP_MN_REMOVE_DEVICE): the
    // power-managed queues purged, EvtDeviceSelfManagedIoFlush, then the queues that are
    // not power-managed purged. A surprise removal does the first two only: a queue that
    // is not power-managed delivers whatever the device's state ("Power Management for
    // I/O Queues"), so it serves open handles until IRP_MN_REMOVE_DEVICE.
    void flushAndPurge(bool alsoNotPowerManaged = true);
    void releaseHardware();
    void cleanupSelfManagedIo();

    // IRP_MJ_PNP for a PDO (fx_pdo_dispatch.cpp): the framework is the bus driver of the
    // device, so it answers the IRPs a bus driver owns (IDs, capabilities, the target
    // relation) and completes the others. IRQL PASSIVE_LEVEL.
    NTSTATUS dispatchAsPdo(PIRP irp);

    // Resource requirements and assignment (fx_resource_filter.cpp, "Modifying a Resource
    // Requirements List", "Modifying a Resource List"): IRP_MN_FILTER_RESOURCE_REQUIREMENTS
    // with EvtDeviceFilterRemoveResourceRequirements on the way down and
    // EvtDeviceFilterAddResourceRequirements on the way up; IRP_MN_START_DEVICE passed down
    // with the lists EvtDeviceRemoveAddedResources trimmed. IRQL PASSIVE_LEVEL.
    NTSTATUS filterResourceRequirements(PIRP irp);
    NTSTATUS forwardStartWithoutAddedResources(PIRP irp);

    // Sends the IRP to the lower driver and waits for it. IRQL PASSIVE_LEVEL.
    NTSTATUS forwardAndWait(PIRP irp);
    NTSTATUS forwardAndForget(PIRP irp);
    NTSTATUS complete(PIRP irp, NTSTATUS status);

    void record(PnpState from, PnpEvent event, PnpState to);
    // This machine's state (with the idle and wake state) in the documented vocabulary.
    FxFrameworkStates mapStates() const;

    FxDevice& device_;
    FxWakePolicy wake_;
    FxPowerPolicyMachine policy_;
    PnpState state_ = PnpState::Added;
    NTSTATUS lastStatus_ = STATUS_SUCCESS;

    bool hardwarePrepared_ = false;
    bool inD0_ = false;
    bool selfManagedIoInitialized_ = false;
    bool selfManagedIoActive_ = false;
    bool flushed_ = false;
    bool notPowerManagedPurged_ = false;
    bool selfManagedIoCleanedUp_ = false;
    WDF_POWER_DEVICE_STATE powerTarget_ = WdfPowerDeviceD3;  // of the pending PowerDown
    // Serializes the PnP and power IRPs of this device with the idle transitions of its
    // policy (a KMUTEX: a system IRP's handler sends the device IRP it waits for through
    // the same device, on the same thread).
    KMUTEX powerLock_;
    std::atomic<uint32_t> publishedPnp_{WdfDevStatePnpInit};  // frameworkStates()
    std::atomic<uint32_t> publishedPower_{WdfDevStatePowerObjectCreated};
    std::atomic<uint32_t> publishedPolicy_{WdfDevStatePwrPolObjectCreated};
    WDF_POWER_DEVICE_STATE lowPowerState_ = WdfPowerDeviceD3; // the state PowerUp leaves
    // The CM_RESOURCE_LISTs of the IRP_MN_START_DEVICE being handled (enterStarting loads them).
    PCM_RESOURCE_LIST startRaw_ = nullptr;
    PCM_RESOURCE_LIST startTranslated_ = nullptr;
    FxObject* resourcesRaw_ = nullptr;
    FxObject* resourcesTranslated_ = nullptr;

    static constexpr size_t kHistorySize = 32;
    std::array<PnpHistoryEntry, kHistorySize> history_{};
    size_t historyCount_ = 0;
};

}  // namespace wdf
