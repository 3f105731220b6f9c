#include "wdf/pnp/fx_wake_policy.h"

#include <string>

#include "wdf/core/driver_enum.h"
#include "wdf/core/fx_device.h"
#include "wdf/pnp/fx_idle_policy.h"

namespace wdf {
namespace {

// IRQL <= DISPATCH_LEVEL: the lower driver completed the capabilities query.
NTSTATUS NTAPI signalQueryDone(PDEVICE_OBJECT, PIRP, PVOID context) {
    KeSetEvent(static_cast<PKEVENT>(context), IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

}  // namespace

FxWakePolicy::FxWakePolicy(FxDevice& device) : device_(device) {
    KeInitializeEvent(&irpFinished_, NotificationEvent, TRUE);
}

FxWakePolicy::~FxWakePolicy() { cancelAndWait(); }

const DEVICE_CAPABILITIES& FxWakePolicy::capabilities() {
    if (capabilitiesQueried_) return capabilities_;
    capabilitiesQueried_ = true;
    capabilities_.Size = sizeof(DEVICE_CAPABILITIES);
    capabilities_.Version = 1;
    capabilities_.Address = 0xFFFFFFFF;
    capabilities_.UINumber = 0xFFFFFFFF;
    capabilities_.SystemWake = PowerSystemUnspecified;
    capabilities_.DeviceWake = PowerDeviceUnspecified;
    PDEVICE_OBJECT lower = device_.attachedDevice();
    if (lower == nullptr) return capabilities_;  // a PDO: no bus below to ask
    PIRP irp = IoAllocateIrp(lower->StackSize, FALSE);
    if (irp == nullptr) return capabilities_;
    KEVENT done;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    irp->IoStatus.Status = STATUS_NOT_SUPPORTED;
    PIO_STACK_LOCATION stack = IoGetNextIrpStackLocation(irp);
    stack->MajorFunction = IRP_MJ_PNP;
    stack->MinorFunction = IRP_MN_QUERY_CAPABILITIES;
    stack->Parameters.DeviceCapabilities.Capabilities = &capabilities_;
    IoSetCompletionRoutine(irp, signalQueryDone, &done, TRUE, TRUE, TRUE);
    IoCallDriver(lower, irp);
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, nullptr);
    if (!NT_SUCCESS(irp->IoStatus.Status)) {
        capabilities_.SystemWake = PowerSystemUnspecified;
        capabilities_.DeviceWake = PowerDeviceUnspecified;
    }
    IoFreeIrp(irp);
    device_.applyCapabilities(capabilities_);  // what this device's driver says goes over the bus's answer
    return capabilities_;
}

DEVICE_POWER_STATE FxWakePolicy::wakeStateFor(DEVICE_POWER_STATE dx) {
    return dx == PowerDeviceMaximum ? capabilities().DeviceWake : dx;
}

bool FxWakePolicy::canWakeFrom(DEVICE_POWER_STATE dx) {
    const DEVICE_POWER_STATE deviceWake = capabilities().DeviceWake;
    const DEVICE_POWER_STATE state = wakeStateFor(dx);
    return deviceWake > PowerDeviceD0 && deviceWake < PowerDeviceMaximum && state > PowerDeviceD0 &&
           state <= deviceWake;
}

// Reference page: STATUS_INVALID_DEVICE_REQUEST (not the power policy owner),
// STATUS_INFO_LENGTH_MISMATCH (Size), STATUS_INVALID_PARAMETER (a bad value),
// STATUS_POWER_STATE_INVALID (the bus says the device cannot wake, or a bad DxState).
NTSTATUS FxWakePolicy::assignSx(const WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS& settings, const char* ddiName) {
    FxDriverGlobals* globals = device_.globals();
    auto reject = [&](NTSTATUS status, const std::string& why) {
        globals->verifierLog(std::string(ddiName) + ": " + why);
        return status;
    };
    if (settings.Size != sizeof(WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS)) {
        return reject(STATUS_INFO_LENGTH_MISMATCH, "WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS.Size is " +
                                                       std::to_string(settings.Size));
    }
    if (!device_.powerPolicyOwner()) {
        return reject(STATUS_INVALID_DEVICE_REQUEST, "the driver is not the power policy owner of the device");
    }
    const int userControl = driverEnumValue(settings.UserControlOfWakeSettings);
    if (userControl != WakeDoNotAllowUserControl && userControl != WakeAllowUserControl) {
        return reject(STATUS_INVALID_PARAMETER, "UserControlOfWakeSettings " + std::to_string(userControl) +
                                                    " is not a WDF_POWER_POLICY_SX_WAKE_USER_CONTROL value");
    }
    const int enabled = driverEnumValue(settings.Enabled);
    if (enabled != WdfTrue && enabled != WdfFalse && enabled != WdfUseDefault) {
        return reject(STATUS_INVALID_PARAMETER, "Enabled " + std::to_string(enabled) + " is not a WDF_TRI_STATE value");
    }
    const int dxState = driverEnumValue(settings.DxState);
    if (dxState != PowerDeviceMaximum && (dxState < PowerDeviceD1 || dxState > PowerDeviceD3)) {
        return reject(STATUS_POWER_STATE_INVALID, "DxState " + std::to_string(dxState) + " is not a low-power device state");
    }
    const auto dx = static_cast<DEVICE_POWER_STATE>(dxState);
    if (!canWakeFrom(dx) || capabilities().SystemWake <= PowerSystemWorking ||
        capabilities().SystemWake >= PowerSystemMaximum) {
        return reject(STATUS_POWER_STATE_INVALID, "the bus driver reports that the device cannot wake the system from "
                                                  "that device state");
    }
    sxAssigned_ = true;
    // WdfUseDefault: enabled (no user setting is kept in this registry yet).
    sxEnabled_ = enabled != WdfFalse;
    sxDxState_ = wakeStateFor(dx);
    return STATUS_SUCCESS;
}

bool FxWakePolicy::armsForSystemState(SYSTEM_POWER_STATE sx) {
    return sxAssigned_ && sxEnabled_ && sx > PowerSystemWorking && sx <= capabilities().SystemWake;
}

void FxWakePolicy::sendWaitWake(SYSTEM_POWER_STATE sx) {
    cancelWithoutCallbacks();  // at most one, and none left from an earlier arming
    PDEVICE_OBJECT top = IoGetAttachedDeviceReference(device_.physicalDevice());
    PIRP irp = IoAllocateIrp(top->StackSize, FALSE);
    if (irp == nullptr) {
        ObDereferenceObject(top);
        return;
    }
    irp->IoStatus.Status = STATUS_NOT_SUPPORTED;
    PIO_STACK_LOCATION stack = IoGetNextIrpStackLocation(irp);
    stack->MajorFunction = IRP_MJ_POWER;
    stack->MinorFunction = IRP_MN_WAIT_WAKE;
    stack->Parameters.WaitWake.PowerState = sx;
    IoSetCompletionRoutine(irp, waitWakeCompleted, this, TRUE, TRUE, TRUE);
    {
        FxSpinGuard guard(irpLock_);
        irp_ = irp;
        irpDone_ = false;
        cancelling_ = false;
        irpStatus_ = STATUS_PENDING;
        arming_ = sx == PowerSystemWorking ? Arming::FromS0 : Arming::FromSx;
        armedByDriver_ = false;
    }
    KeClearEvent(&irpFinished_);
    PoCallDriver(top, irp);
    ObDereferenceObject(top);
    bool rejected = false;
    {
        FxSpinGuard guard(irpLock_);
        rejected = irpDone_ && !NT_SUCCESS(irpStatus_);
    }
    if (rejected) {
        device_.globals()->verifierLog("the bus driver did not hold IRP_MN_WAIT_WAKE: the device is not armed for wake");
        cancelWithoutCallbacks();
    }
}

// IRQL <= DISPATCH_LEVEL, the thread that completed the IRP.
NTSTATUS NTAPI FxWakePolicy::waitWakeCompleted(PDEVICE_OBJECT, PIRP irp, PVOID context) {
    auto* self = static_cast<FxWakePolicy*>(context);
    bool freeIt = false;
    Arming arming = Arming::None;
    const NTSTATUS status = irp->IoStatus.Status;
    {
        FxSpinGuard guard(self->irpLock_);
        self->irpDone_ = true;
        self->irpStatus_ = status;
        freeIt = !self->cancelling_;
        arming = self->arming_;
    }
    if (freeIt) IoFreeIrp(irp);
    // A device idle in Dx that signalled wake returns to D0 (a sleeping system is woken
    // by the power manager, and its S0 IRP brings the device back). Queued (no wait) before
    // the event is set: once it is, cancelAndWait() may return and the device go away, so
    // this routine must not touch `self` after KeSetEvent.
    if (status == STATUS_SUCCESS && arming == Arming::FromS0) {
        if (FxIdlePolicy* idle = self->device_.idlePolicy()) idle->wakeSignalled();
    }
    KeSetEvent(&self->irpFinished_, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS FxWakePolicy::cancelAndWait() {
    PIRP irp = nullptr;
    bool cancel = false;
    {
        FxSpinGuard guard(irpLock_);
        if (irp_ == nullptr) return STATUS_CANCELLED;
        irp = irp_;
        cancel = !irpDone_;
        cancelling_ = cancel;
    }
    if (cancel) {
        IoCancelIrp(irp);
        bool freeIt = false;
        {
            FxSpinGuard guard(irpLock_);
            cancelling_ = false;
            freeIt = irpDone_;  // completed during the cancel: its routine left it to us
        }
        if (freeIt) IoFreeIrp(irp);
    }
    KeWaitForSingleObject(&irpFinished_, Executive, KernelMode, FALSE, nullptr);
    FxSpinGuard guard(irpLock_);
    irp_ = nullptr;
    return irpStatus_;
}

void FxWakePolicy::armInPowerDown() {
    if (arming_ == Arming::None) return;
    const WDF_POWER_POLICY_EVENT_CALLBACKS& cb = device_.powerPolicyCallbacks();
    WDFDEVICE handle = device_.handleAs<WDFDEVICE>();
    NTSTATUS status = STATUS_SUCCESS;
    const char* name = "";
    if (arming_ == Arming::FromS0) {
        name = "EvtDeviceArmWakeFromS0";
        if (cb.EvtDeviceArmWakeFromS0 != nullptr) status = cb.EvtDeviceArmWakeFromS0(handle);
    } else if (cb.EvtDeviceArmWakeFromSxWithReason != nullptr) {
        name = "EvtDeviceArmWakeFromSxWithReason";
        status = cb.EvtDeviceArmWakeFromSxWithReason(handle, TRUE, FALSE);
    } else {
        name = "EvtDeviceArmWakeFromSx";
        if (cb.EvtDeviceArmWakeFromSx != nullptr) status = cb.EvtDeviceArmWakeFromSx(handle);
    }
    if (NT_SUCCESS(status)) {
        armedByDriver_ = true;
        return;
    }
    // Documented: no Disarm callback and no device failure; the device is not armed.
    device_.globals()->verifierLog(std::string(name) + " failed: the device powers down without wake armed");
    cancelWithoutCallbacks();
}

void FxWakePolicy::disarmInPowerUp() {
    const Arming arming = arming_;
    if (arming == Arming::None) return;
    const bool calledArm = armedByDriver_;
    const NTSTATUS status = cancelAndWait();
    arming_ = Arming::None;
    armedByDriver_ = false;
    if (!calledArm) return;
    const WDF_POWER_POLICY_EVENT_CALLBACKS& cb = device_.powerPolicyCallbacks();
    WDFDEVICE handle = device_.handleAs<WDFDEVICE>();
    const bool triggered = status == STATUS_SUCCESS;
    if (arming == Arming::FromS0) {
        if (triggered && cb.EvtDeviceWakeFromS0Triggered != nullptr) cb.EvtDeviceWakeFromS0Triggered(handle);
        if (cb.EvtDeviceDisarmWakeFromS0 != nullptr) cb.EvtDeviceDisarmWakeFromS0(handle);
    } else {
        if (triggered && cb.EvtDeviceWakeFromSxTriggered != nullptr) cb.EvtDeviceWakeFromSxTriggered(handle);
        if (cb.EvtDeviceDisarmWakeFromSx != nullptr) cb.EvtDeviceDisarmWakeFromSx(handle);
    }
}

void FxWakePolicy::cancelWithoutCallbacks() {
    cancelAndWait();
    arming_ = Arming::None;
    armedByDriver_ = false;
}

}  // namespace wdf
