#include "wdf/pnp/fx_pnp_machine.h"

#include "wdf/core/fx_device.h"
#include "wdf/pnp/fx_idle_policy.h"
#include "wdf/pnp/fx_resource_list.h"

namespace wdf {
namespace {

using S = PnpState;
using E = PnpEvent;

constexpr PnpTransition kTransitions[] = {
    {S::Added, E::StartDevice, S::Starting},
    {S::Added, E::QueryRemove, S::Added},
    {S::Added, E::CancelRemove, S::Added},
    {S::Added, E::RemoveDevice, S::Removed},
    {S::Added, E::SurpriseRemoval, S::SurpriseRemoved},
    {S::Starting, E::StartSucceeded, S::Started},
    {S::Starting, E::StartFailed, S::StartFailed},
    {S::Started, E::QueryRemove, S::QueryRemovePending},
    {S::Started, E::RemoveDevice, S::Removing},
    {S::Started, E::SurpriseRemoval, S::SurpriseRemoved},
    {S::QueryRemovePending, E::CancelRemove, S::Started},
    {S::QueryRemovePending, E::RemoveDevice, S::Removing},
    {S::QueryRemovePending, E::SurpriseRemoval, S::SurpriseRemoved},
    {S::StartFailed, E::QueryRemove, S::StartFailed},
    {S::StartFailed, E::CancelRemove, S::StartFailed},
    {S::StartFailed, E::SurpriseRemoval, S::SurpriseRemoved},
    {S::StartFailed, E::RemoveDevice, S::Removed},
    {S::SurpriseRemoved, E::RemoveDevice, S::Removed},
    {S::Removing, E::TeardownDone, S::Removed},
    {S::Started, E::PowerDown, S::PoweredDown},
    {S::PoweredDown, E::PowerUp, S::PoweringUp},
    {S::PoweringUp, E::PowerUpDone, S::Started},
    {S::PoweringUp, E::StartFailed, S::StartFailed},
    {S::PoweredDown, E::QueryRemove, S::QueryRemovePending},
    {S::PoweredDown, E::RemoveDevice, S::Removing},
    {S::PoweredDown, E::SurpriseRemoval, S::SurpriseRemoved},
    {S::Started, E::QueryStop, S::QueryStopPending},
    {S::QueryStopPending, E::CancelStop, S::Started},
    {S::QueryStopPending, E::StopDevice, S::Stopped},
    {S::QueryStopPending, E::SurpriseRemoval, S::SurpriseRemoved},
    {S::Stopped, E::StartDevice, S::Starting},
    {S::Removed, E::StartDevice, S::Starting},  // a PDO kept after its removal, enabled again
    {S::Stopped, E::QueryRemove, S::QueryRemovePending},
    {S::Stopped, E::RemoveDevice, S::Removing},
    {S::Stopped, E::SurpriseRemoval, S::SurpriseRemoved},
};

struct StateInfo {
    const char* name;
    PnpEvent (FxPnpMachine::*entry)();
};

}  // namespace

std::span<const PnpTransition> pnpTransitionTable() { return kTransitions; }

const char* pnpStateName(PnpState state) {
    switch (state) {
        case S::Added: return "Added";
        case S::Starting: return "Starting";
        case S::Started: return "Started";
        case S::StartFailed: return "StartFailed";
        case S::QueryRemovePending: return "QueryRemovePending";
        case S::SurpriseRemoved: return "SurpriseRemoved";
        case S::Removing: return "Removing";
        case S::Removed: return "Removed";
        case S::PoweredDown: return "PoweredDown";
        case S::PoweringUp: return "PoweringUp";
        case S::QueryStopPending: return "QueryStopPending";
        case S::Stopped: return "Stopped";
        case S::Count: break;
    }
    return "?";
}

const char* pnpEventName(PnpEvent event) {
    switch (event) {
        case E::StartDevice: return "StartDevice";
        case E::StartSucceeded: return "StartSucceeded";
        case E::StartFailed: return "StartFailed";
        case E::QueryRemove: return "QueryRemove";
        case E::CancelRemove: return "CancelRemove";
        case E::SurpriseRemoval: return "SurpriseRemoval";
        case E::RemoveDevice: return "RemoveDevice";
        case E::TeardownDone: return "TeardownDone";
        case E::PowerDown: return "PowerDown";
        case E::PowerUp: return "PowerUp";
        case E::PowerUpDone: return "PowerUpDone";
        case E::QueryStop: return "QueryStop";
        case E::CancelStop: return "CancelStop";
        case E::StopDevice: return "StopDevice";
        case E::None: return "None";
        case E::Count: break;
    }
    return "?";
}

FxPnpMachine::FxPnpMachine(FxDevice& device) : device_(device), wake_(device), policy_(device, *this) {
    KeInitializeMutex(&powerLock_, 0);
}

NTSTATUS FxPnpMachine::processEvent(PnpEvent event) {
    // The entry action of each state; states without one just wait for the next event.
    static constexpr StateInfo kStates[static_cast<size_t>(S::Count)] = {
        /* Added */ {"Added", nullptr},
        /* Starting */ {"Starting", &FxPnpMachine::enterStarting},
        /* Started */ {"Started", &FxPnpMachine::enterStarted},
        /* StartFailed */ {"StartFailed", nullptr},
        /* QueryRemovePending */ {"QueryRemovePending", nullptr},
        /* SurpriseRemoved */ {"SurpriseRemoved", &FxPnpMachine::enterSurpriseRemoved},
        /* Removing */ {"Removing", &FxPnpMachine::enterRemoving},
        /* Removed */ {"Removed", &FxPnpMachine::enterRemoved},
        /* PoweredDown */ {"PoweredDown", &FxPnpMachine::enterPoweredDown},
        /* PoweringUp */ {"PoweringUp", &FxPnpMachine::enterPoweringUp},
        /* QueryStopPending */ {"QueryStopPending", nullptr},
        /* Stopped */ {"Stopped", &FxPnpMachine::enterStopped},
    };
    lastStatus_ = STATUS_SUCCESS;
    while (event != E::None) {
        const PnpTransition* transition = nullptr;
        for (const PnpTransition& t : kTransitions) {
            if (t.from == state_ && t.event == event) {
                transition = &t;
                break;
            }
        }
        if (transition == nullptr) {
            device_.globals()->verifierLog(std::string("PnP event ") + pnpEventName(event) +
                                           " ignored in state " + pnpStateName(state_));
            return STATUS_INVALID_DEVICE_STATE;
        }
        PnpState from = state_;
        const FxFrameworkStates before = mapStates();
        state_ = transition->to;
        const FxFrameworkStates after = mapStates();
        record(from, event, state_);
        const FxStateNotifications& notifications = device_.stateNotifications();
        WDFDEVICE handle = device_.handleAs<WDFDEVICE>();
        if (before != after) {
            notifications.notify(handle, StateNotificationLeaveState, before, after);
            publishedPnp_ = after.pnp;
            publishedPower_ = after.power;
            publishedPolicy_ = after.policy;
            notifications.notify(handle, StateNotificationEnterState, before, after);
        }
        event = E::None;
        if (from != state_ || transition->event == E::StartDevice) {
            auto entry = kStates[static_cast<size_t>(state_)].entry;
            if (entry != nullptr) event = (this->*entry)();
        }
        if (before != after) notifications.notify(handle, StateNotificationPostProcessState, before, after);
    }
    return lastStatus_;
}

FxFrameworkStates FxPnpMachine::frameworkStates() const {
    FxFrameworkStates states;
    states.pnp = static_cast<WDF_DEVICE_PNP_STATE>(publishedPnp_.load());
    states.power = static_cast<WDF_DEVICE_POWER_STATE>(publishedPower_.load());
    states.policy = static_cast<WDF_DEVICE_POWER_POLICY_STATE>(publishedPolicy_.load());
    return states;
}

// Each state of this machine as the documented state naming the same condition.
FxFrameworkStates FxPnpMachine::mapStates() const {
    const bool armed = wake_.arming() != FxWakePolicy::Arming::None;
    FxFrameworkStates states;
    switch (state_) {
        case PnpState::Added:
            states = {WdfDevStatePnpInit, WdfDevStatePowerObjectCreated, WdfDevStatePwrPolObjectCreated};
            break;
        case PnpState::Starting:
            states = {WdfDevStatePnpInitStarting, WdfDevStatePowerD0Starting, WdfDevStatePwrPolStarting};
            break;
        case PnpState::Started:
            states = {WdfDevStatePnpStarted, WdfDevStatePowerD0, WdfDevStatePwrPolStarted};
            break;
        case PnpState::QueryRemovePending:
            states = {WdfDevStatePnpQueryRemovePending, WdfDevStatePowerD0, WdfDevStatePwrPolStarted};
            break;
        case PnpState::QueryStopPending:
            states = {WdfDevStatePnpQueryStopPending, WdfDevStatePowerD0, WdfDevStatePwrPolStarted};
            break;
        case PnpState::PoweredDown: {
            WDF_DEVICE_POWER_POLICY_STATE policy;
            if (policy_.idle()) {
                policy = armed ? WdfDevStatePwrPolWaitingArmed : WdfDevStatePwrPolWaitingUnarmed;
            } else {
                policy = armed ? WdfDevStatePwrPolSystemAsleepWakeArmed : WdfDevStatePwrPolSystemAsleepNoWake;
            }
            states = {WdfDevStatePnpStarted, armed ? WdfDevStatePowerDxArmedForWake : WdfDevStatePowerDx, policy};
            break;
        }
        case PnpState::PoweringUp:
            states = {WdfDevStatePnpStarted, WdfDevStatePowerWaking, WdfDevStatePwrPolStarted};
            break;
        case PnpState::StartFailed:
            states = {WdfDevStatePnpFailed, WdfDevStatePowerStopped, WdfDevStatePwrPolStopped};
            break;
        case PnpState::Stopped:
            states = {WdfDevStatePnpStopped, WdfDevStatePowerStopped, WdfDevStatePwrPolStopped};
            break;
        case PnpState::SurpriseRemoved:
            states = {WdfDevStatePnpSurpriseRemove, WdfDevStatePowerStopped, WdfDevStatePwrPolStopped};
            break;
        case PnpState::Removing:
            states = {WdfDevStatePnpRemovingDisableInterfaces, WdfDevStatePowerStopped, WdfDevStatePwrPolStopped};
            break;
        case PnpState::Removed:
        case PnpState::Count:
            states = {WdfDevStatePnpRemoved, WdfDevStatePowerStopped, WdfDevStatePwrPolRemoved};
            break;
    }
    return states;
}

void FxPnpMachine::record(PnpState from, PnpEvent event, PnpState to) {
    history_[historyCount_ % kHistorySize] = PnpHistoryEntry{from, event, to};
    ++historyCount_;
}

std::vector<PnpHistoryEntry> FxPnpMachine::history() const {
    std::vector<PnpHistoryEntry> out;
    size_t first = historyCount_ > kHistorySize ? historyCount_ - kHistorySize : 0;
    for (size_t i = first; i < historyCount_; ++i) out.push_back(history_[i % kHistorySize]);
    return out;
}

// Power-Up Sequence for a Function or Filter Driver: prepare hardware, D0 entry,
// power-managed queues start, self-managed I/O; a failure runs the undo calls of the
// steps that succeeded, in reverse order.
PnpEvent FxPnpMachine::enterStarting() {
    const WDF_PNPPOWER_EVENT_CALLBACKS& cb = device_.pnpPowerCallbacks();
    WDFDEVICE handle = device_.handleAs<WDFDEVICE>();
    FxDriverGlobals* globals = device_.globals();
    policy_.processEvent(PolicyEvent::Start);
    flushed_ = false;
    notPowerManagedPurged_ = false;
    if (selfManagedIoCleanedUp_) {
        // A PDO removed (its self-managed I/O cleaned up) and started again: the start
        // is a first start again (EvtDeviceSelfManagedIoInit, queues reopened).
        selfManagedIoInitialized_ = false;
        device_.setAcceptingIo(true);
        device_.reopenQueuesAfterRemoval();
    }
    selfManagedIoCleanedUp_ = false;

    if (resourcesRaw_ == nullptr) {
        FxCmResList* raw = nullptr;
        FxCmResList* translated = nullptr;
        NTSTATUS status = fxCreate(globals, nullptr, &device_, &raw);
        if (NT_SUCCESS(status)) status = fxCreate(globals, nullptr, &device_, &translated);
        if (!NT_SUCCESS(status)) {
            if (raw != nullptr) raw->deleteObject();
            lastStatus_ = status;
            return E::StartFailed;
        }
        resourcesRaw_ = raw;
        resourcesTranslated_ = translated;
    }
    // The resources of this start, as assigned (EvtDeviceRemoveAddedResources changed
    // only the copy the lower drivers saw).
    static_cast<FxCmResList*>(resourcesRaw_)->load(startRaw_);
    static_cast<FxCmResList*>(resourcesTranslated_)->load(startTranslated_);

    // EvtDeviceReleaseHardware follows a failed EvtDevicePrepareHardware too (its page):
    // the driver may have acquired part of the hardware.
    hardwarePrepared_ = true;
    if (cb.EvtDevicePrepareHardware != nullptr) {
        NTSTATUS status = cb.EvtDevicePrepareHardware(handle, resourcesRaw_->handleAs<WDFCMRESLIST>(),
                                                      resourcesTranslated_->handleAs<WDFCMRESLIST>());
        if (!NT_SUCCESS(status)) {
            releaseHardware();
            lastStatus_ = status;
            return E::StartFailed;
        }
    }

    if (cb.EvtDeviceD0Entry != nullptr) {
        NTSTATUS status = cb.EvtDeviceD0Entry(handle, WdfPowerDeviceD3Final);
        if (!NT_SUCCESS(status)) {
            releaseHardware();
            lastStatus_ = status;
            return E::StartFailed;
        }
    }
    inD0_ = true;
    if (cb.EvtDeviceD0EntryPostInterruptsEnabled != nullptr) {
        NTSTATUS status = cb.EvtDeviceD0EntryPostInterruptsEnabled(handle, WdfPowerDeviceD3Final);
        if (!NT_SUCCESS(status)) {
            powerDown();
            releaseHardware();
            lastStatus_ = status;
            return E::StartFailed;
        }
    }
    device_.powerUpQueues();

    if (!selfManagedIoInitialized_) {
        // A failed EvtDeviceSelfManagedIoInit is followed by EvtDeviceSelfManagedIoFlush
        // and EvtDeviceSelfManagedIoCleanup (its page), after the power-down and release.
        selfManagedIoInitialized_ = true;
        if (cb.EvtDeviceSelfManagedIoInit != nullptr) {
            NTSTATUS status = cb.EvtDeviceSelfManagedIoInit(handle);
            if (!NT_SUCCESS(status)) {
                powerDown();
                releaseHardware();
                flushAndPurge();
                cleanupSelfManagedIo();
                lastStatus_ = status;
                return E::StartFailed;
            }
        }
    } else if (cb.EvtDeviceSelfManagedIoRestart != nullptr) {
        NTSTATUS status = cb.EvtDeviceSelfManagedIoRestart(handle);
        if (!NT_SUCCESS(status)) {
            powerDown();
            releaseHardware();
            lastStatus_ = status;
            return E::StartFailed;
        }
    }
    selfManagedIoActive_ = true;
    return E::StartSucceeded;
}

PnpEvent FxPnpMachine::enterStarted() {
    device_.setAllInterfacesState(true);
    if (FxIdlePolicy* idle = device_.idlePolicy()) idle->deviceWorking();
    return E::None;
}

// Surprise-Removal Sequence: EvtDeviceSurpriseRemoval first, then the power-down and
// release calls (at once, since the hardware is gone); the remove IRP finishes the rest.
// WdfDeviceCreateSymbolicLink: "If the device is removed unexpectedly (surprise-removed),
// the framework removes the symbolic link to the device" (a new instance may reuse it).
PnpEvent FxPnpMachine::enterSurpriseRemoved() {
    const WDF_PNPPOWER_EVENT_CALLBACKS& cb = device_.pnpPowerCallbacks();
    device_.setAllInterfacesState(false);
    device_.deleteSymbolicLinks();
    if (cb.EvtDeviceSurpriseRemoval != nullptr) cb.EvtDeviceSurpriseRemoval(device_.handleAs<WDFDEVICE>());
    powerDown();
    releaseHardware();
    flushAndPurge(/*alsoNotPowerManaged=*/false);  // they serve open handles until the remove IRP
    return E::None;
}

// Power-Down and Removal Sequence ("WDM IRPs and KMDF Event Callback Functions",
// IRP_MN_REMOVE_DEVICE): the power-down calls, EvtDeviceReleaseHardware, the queues
// purged (EvtIoStop with the purge action), EvtDeviceSelfManagedIoFlush, then
// EvtDeviceSelfManagedIoCleanup.
PnpEvent FxPnpMachine::enterRemoving() {
    device_.setAllInterfacesState(false);
    powerDown();
    releaseHardware();
    flushAndPurge();
    cleanupSelfManagedIo();
    return E::TeardownDone;
}

PnpEvent FxPnpMachine::enterRemoved() {
    device_.setAllInterfacesState(false);
    powerDown();
    releaseHardware();
    flushAndPurge();
    cleanupSelfManagedIo();
    device_.setAcceptingIo(false);
    return E::None;
}

// Power-Down Sequence: self-managed I/O suspended, power-managed queues stopped (EvtIoStop
// for the requests the driver holds), EvtDeviceD0ExitPreInterruptsDisabled, then
// EvtDeviceD0Exit with the state the device is going to.
void FxPnpMachine::powerDownTo(WDF_POWER_DEVICE_STATE target) {
    const WDF_PNPPOWER_EVENT_CALLBACKS& cb = device_.pnpPowerCallbacks();
    WDFDEVICE handle = device_.handleAs<WDFDEVICE>();
    if (FxIdlePolicy* idle = device_.idlePolicy()) idle->deviceNotWorking();
    if (target == WdfPowerDeviceD3Final) {
        wake_.cancelWithoutCallbacks();  // removal: no wake to wait for
        policy_.processEvent(PolicyEvent::Stop);
    }
    if (selfManagedIoActive_) {
        selfManagedIoActive_ = false;
        if (cb.EvtDeviceSelfManagedIoSuspend != nullptr) {
            NTSTATUS status = cb.EvtDeviceSelfManagedIoSuspend(handle);
            if (!NT_SUCCESS(status)) device_.globals()->verifierLog("EvtDeviceSelfManagedIoSuspend failed");
        }
    }
    if (inD0_) {
        inD0_ = false;
        device_.powerDownQueues();
        if (target != WdfPowerDeviceD3Final) wake_.armInPowerDown();
        if (cb.EvtDeviceD0ExitPreInterruptsDisabled != nullptr) {
            NTSTATUS status = cb.EvtDeviceD0ExitPreInterruptsDisabled(handle, target);
            if (!NT_SUCCESS(status)) device_.globals()->verifierLog("EvtDeviceD0ExitPreInterruptsDisabled failed");
        }
        if (cb.EvtDeviceD0Exit != nullptr) {
            NTSTATUS status = cb.EvtDeviceD0Exit(handle, target);
            if (!NT_SUCCESS(status)) device_.globals()->verifierLog("EvtDeviceD0Exit failed");
        }
    }
}

// IRP_MN_STOP_DEVICE ("WDM IRPs and KMDF Event Callback Functions"): the power-down
// sequence to D3Final (driver-owned requests of power-managed queues get
// EvtIoStop(Suspend) and stay with the driver) and EvtDeviceReleaseHardware; the next
// IRP_MN_START_DEVICE runs the start sequence again, with EvtDeviceSelfManagedIoRestart.
PnpEvent FxPnpMachine::enterStopped() {
    powerDown();
    releaseHardware();
    return E::None;
}

PnpEvent FxPnpMachine::enterPoweredDown() {
    powerDownTo(powerTarget_);
    lowPowerState_ = powerTarget_;
    return E::None;
}

// Power-Up Sequence from a low-power state: EvtDeviceD0Entry with the state the device
// was in, EvtDeviceD0EntryPostInterruptsEnabled, power-managed queues restarted,
// EvtDeviceSelfManagedIoRestart. A failure reports the device failed.
PnpEvent FxPnpMachine::enterPoweringUp() {
    const WDF_PNPPOWER_EVENT_CALLBACKS& cb = device_.pnpPowerCallbacks();
    WDFDEVICE handle = device_.handleAs<WDFDEVICE>();
    if (cb.EvtDeviceD0Entry != nullptr) {
        NTSTATUS status = cb.EvtDeviceD0Entry(handle, lowPowerState_);
        if (!NT_SUCCESS(status)) {
            wake_.cancelWithoutCallbacks();
            lastStatus_ = status;
            return E::StartFailed;
        }
    }
    inD0_ = true;
    if (cb.EvtDeviceD0EntryPostInterruptsEnabled != nullptr) {
        NTSTATUS status = cb.EvtDeviceD0EntryPostInterruptsEnabled(handle, lowPowerState_);
        if (!NT_SUCCESS(status)) {
            wake_.cancelWithoutCallbacks();
            powerDownTo(lowPowerState_);
            lastStatus_ = status;
            return E::StartFailed;
        }
    }
    // Back in D0: a wait-wake IRP still held is cancelled; Triggered (a signalled wake)
    // and Disarm run before the queues restart ("A Device Returns to Its Working State").
    wake_.disarmInPowerUp();
    device_.powerUpQueues();
    if (cb.EvtDeviceSelfManagedIoRestart != nullptr) {
        NTSTATUS status = cb.EvtDeviceSelfManagedIoRestart(handle);
        if (!NT_SUCCESS(status)) {
            powerDownTo(lowPowerState_);
            lastStatus_ = status;
            return E::StartFailed;
        }
    }
    selfManagedIoActive_ = true;
    return E::PowerUpDone;
}

void FxPnpMachine::flushAndPurge(bool alsoNotPowerManaged) {
    if (!flushed_) {
        flushed_ = true;
        device_.purgeQueuesForRemoval(FxDevice::QueuePurge::PowerManaged);
        const WDF_PNPPOWER_EVENT_CALLBACKS& cb = device_.pnpPowerCallbacks();
        if (selfManagedIoInitialized_ && cb.EvtDeviceSelfManagedIoFlush != nullptr) {
            cb.EvtDeviceSelfManagedIoFlush(device_.handleAs<WDFDEVICE>());
        }
    }
    if (alsoNotPowerManaged && !notPowerManagedPurged_) {
        notPowerManagedPurged_ = true;
        device_.purgeQueuesForRemoval(FxDevice::QueuePurge::NotPowerManaged);
    }
}

void FxPnpMachine::releaseHardware() {
    if (!hardwarePrepared_) return;
    hardwarePrepared_ = false;
    const WDF_PNPPOWER_EVENT_CALLBACKS& cb = device_.pnpPowerCallbacks();
    if (cb.EvtDeviceReleaseHardware != nullptr) {
        NTSTATUS status = cb.EvtDeviceReleaseHardware(device_.handleAs<WDFDEVICE>(),
                                                      resourcesTranslated_->handleAs<WDFCMRESLIST>());
        if (!NT_SUCCESS(status)) device_.globals()->verifierLog("EvtDeviceReleaseHardware failed");
    }
}

void FxPnpMachine::cleanupSelfManagedIo() {
    if (selfManagedIoCleanedUp_ || !selfManagedIoInitialized_) return;
    selfManagedIoCleanedUp_ = true;
    const WDF_PNPPOWER_EVENT_CALLBACKS& cb = device_.pnpPowerCallbacks();
    if (cb.EvtDeviceSelfManagedIoCleanup != nullptr) {
        cb.EvtDeviceSelfManagedIoCleanup(device_.handleAs<WDFDEVICE>());
    }
}

namespace {

NTSTATUS signalOnCompletion(PDEVICE_OBJECT, PIRP, PVOID context) {
    KeSetEvent(static_cast<PKEVENT>(context), IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

}  // namespace

NTSTATUS FxPnpMachine::forwardAndWait(PIRP irp) {
    PDEVICE_OBJECT lower = device_.attachedDevice();
    if (lower == nullptr) return irp->IoStatus.Status;
    KEVENT event;
    KeInitializeEvent(&event, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(irp);
    IoSetCompletionRoutine(irp, signalOnCompletion, &event, TRUE, TRUE, TRUE);
    NTSTATUS status = IoCallDriver(lower, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, nullptr);
    }
    return irp->IoStatus.Status;
}

NTSTATUS FxPnpMachine::forwardAndForget(PIRP irp) {
    PDEVICE_OBJECT lower = device_.attachedDevice();
    if (lower == nullptr) {
        NTSTATUS status = irp->IoStatus.Status;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        return status;
    }
    IoSkipCurrentIrpStackLocation(irp);
    return IoCallDriver(lower, irp);
}

NTSTATUS FxPnpMachine::complete(PIRP irp, NTSTATUS status) {
    irp->IoStatus.Status = status;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return status;
}

// IRP_MN_QUERY_STOP_DEVICE: EvtDeviceQueryStop may veto a started device's stop.
NTSTATUS FxPnpMachine::queryStop() {
    if (state_ != PnpState::Started && state_ != PnpState::PoweredDown) return STATUS_SUCCESS;
    if (device_.stopRemoveVetoed()) return STATUS_UNSUCCESSFUL;  // WdfDeviceSetStaticStopRemove(FALSE)
    const WDF_PNPPOWER_EVENT_CALLBACKS& cb = device_.pnpPowerCallbacks();
    if (cb.EvtDeviceQueryStop != nullptr) {
        NTSTATUS status = cb.EvtDeviceQueryStop(device_.handleAs<WDFDEVICE>());
        if (!NT_SUCCESS(status)) return status;
    }
    if (state_ == PnpState::Started) processEvent(E::QueryStop);
    return STATUS_SUCCESS;
}

NTSTATUS FxPnpMachine::dispatch(PIRP irp) {
    FxPowerLockGuard guard(&powerLock_);
    if (device_.role() == FxDeviceInit::Role::Pdo) return dispatchAsPdo(irp);
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    const WDF_PNPPOWER_EVENT_CALLBACKS& cb = device_.pnpPowerCallbacks();
    switch (stack->MinorFunction) {
        case IRP_MN_QUERY_DEVICE_RELATIONS:
            // EvtDeviceRelationsQuery: the driver may change the relations it reports
            // (WdfDeviceWdmGetPhysicalDevice, child lists) before the framework answers.
            if (cb.EvtDeviceRelationsQuery != nullptr) {
                cb.EvtDeviceRelationsQuery(device_.handleAs<WDFDEVICE>(), stack->Parameters.QueryDeviceRelations.Type);
            }
            // A bus FDO adds its static children on the way down.
            if (stack->Parameters.QueryDeviceRelations.Type == BusRelations) {
                NTSTATUS status = device_.addStaticChildrenToRelations(irp);
                if (!NT_SUCCESS(status)) return complete(irp, status);
            }
            return forwardAndForget(irp);
        case IRP_MN_START_DEVICE: {
            // The lower drivers start first (the bus below must be ready), with the
            // resources EvtDeviceRemoveAddedResources left them.
            startRaw_ = stack->Parameters.StartDevice.AllocatedResources;
            startTranslated_ = stack->Parameters.StartDevice.AllocatedResourcesTranslated;
            NTSTATUS status = forwardStartWithoutAddedResources(irp);
            if (NT_SUCCESS(status)) status = processEvent(E::StartDevice);
            startRaw_ = nullptr;
            startTranslated_ = nullptr;
            return complete(irp, status);
        }
        case IRP_MN_FILTER_RESOURCE_REQUIREMENTS:
            return complete(irp, filterResourceRequirements(irp));
        case IRP_MN_QUERY_REMOVE_DEVICE: {
            // "A User Unplugs a Device": no orderly removal while the driver says the device
            // cannot be stopped or removed (WdfDeviceSetStaticStopRemove).
            if (device_.stopRemoveVetoed()) return complete(irp, STATUS_UNSUCCESSFUL);
            if (cb.EvtDeviceQueryRemove != nullptr && isStarted()) {
                NTSTATUS status = cb.EvtDeviceQueryRemove(device_.handleAs<WDFDEVICE>());
                if (!NT_SUCCESS(status)) return complete(irp, status);
            }
            processEvent(E::QueryRemove);
            irp->IoStatus.Status = STATUS_SUCCESS;
            return forwardAndForget(irp);
        }
        case IRP_MN_CANCEL_REMOVE_DEVICE: {
            NTSTATUS status = forwardAndWait(irp);
            processEvent(E::CancelRemove);
            return complete(irp, NT_SUCCESS(status) || status == STATUS_NOT_SUPPORTED ? STATUS_SUCCESS : status);
        }
        case IRP_MN_SURPRISE_REMOVAL: {
            processEvent(E::SurpriseRemoval);
            irp->IoStatus.Status = STATUS_SUCCESS;
            return forwardAndForget(irp);
        }
        case IRP_MN_REMOVE_DEVICE: {
            processEvent(E::RemoveDevice);
            irp->IoStatus.Status = STATUS_SUCCESS;
            NTSTATUS status = forwardAndForget(irp);
            guard.release();                   // the machine goes with its device:
            device_.removeAfterLowerDriver();  // deletes this machine's device
            return status;
        }
        case IRP_MN_QUERY_CAPABILITIES: {
            // The bus answers first; the driver's WdfDeviceSetPnp/PowerCapabilities go over it.
            NTSTATUS status = forwardAndWait(irp);
            PDEVICE_CAPABILITIES caps = stack->Parameters.DeviceCapabilities.Capabilities;
            if (NT_SUCCESS(status) && caps != nullptr) device_.applyCapabilities(*caps);
            return complete(irp, status);
        }
        case IRP_MN_DEVICE_USAGE_NOTIFICATION: {
            NTSTATUS status = device_.usageNotification(stack, [&] { return forwardAndWait(irp); });
            return complete(irp, status);
        }
        case IRP_MN_QUERY_PNP_DEVICE_STATE: {
            // The lower drivers answer first; this device adds its own state.
            NTSTATUS status = forwardAndWait(irp);
            if (status == STATUS_NOT_SUPPORTED) {
                status = STATUS_SUCCESS;
                irp->IoStatus.Information = 0;
            }
            if (NT_SUCCESS(status)) irp->IoStatus.Information |= device_.pnpDeviceStateBits();
            return complete(irp, status);
        }
        case IRP_MN_QUERY_STOP_DEVICE: {
            NTSTATUS status = queryStop();
            if (!NT_SUCCESS(status)) return complete(irp, status);
            irp->IoStatus.Status = STATUS_SUCCESS;
            return forwardAndForget(irp);
        }
        case IRP_MN_CANCEL_STOP_DEVICE: {
            NTSTATUS status = forwardAndWait(irp);
            if (state_ == PnpState::QueryStopPending) processEvent(E::CancelStop);
            return complete(irp, NT_SUCCESS(status) || status == STATUS_NOT_SUPPORTED ? STATUS_SUCCESS : status);
        }
        case IRP_MN_STOP_DEVICE:
            if (state_ == PnpState::QueryStopPending) processEvent(E::StopDevice);
            irp->IoStatus.Status = STATUS_SUCCESS;
            return forwardAndForget(irp);
        default:
            return forwardAndForget(irp);
    }
}

}  // namespace wdf
