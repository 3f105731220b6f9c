#include "ntos/po/system_power.h"

#include "ntos/io/io_manager.h"
#include "ntos/io/nt_string.h"
#include "ntos/io/synchronous_irp.h"
#include "ntos/pnp/pnp_manager.h"
#include "ntos/system.h"

namespace ntos {
namespace {

const char* stateName(SYSTEM_POWER_STATE state) {
    switch (state) {
        case PowerSystemWorking: return "S0";
        case PowerSystemSleeping1: return "S1";
        case PowerSystemSleeping2: return "S2";
        case PowerSystemSleeping3: return "S3";
        case PowerSystemHibernate: return "S4";
        case PowerSystemShutdown: return "S5";
        default: return "S?";
    }
}

}  // namespace

SystemPower::SystemPower(System& system, PnpManager& pnp) : system_(system), pnp_(pnp) {}

SYSTEM_POWER_STATE SystemPower::state() const {
    platform::LockGuard guard(lock_);
    return state_;
}

std::vector<std::string> SystemPower::history() const {
    platform::LockGuard guard(lock_);
    return history_;
}

NTSTATUS SystemPower::send(const std::u16string& instancePath, PDEVICE_OBJECT pdo, UCHAR minor,
                           SYSTEM_POWER_STATE state, POWER_ACTION action) {
    {
        platform::LockGuard guard(lock_);
        history_.push_back(std::string(minor == IRP_MN_QUERY_POWER ? "QUERY " : "SET ") + stateName(state) + " " +
                           narrow(instancePath));
    }
    PDEVICE_OBJECT top = IoGetAttachedDeviceReference(pdo);
    PIRP irp = IoAllocateIrp(top->StackSize, FALSE);
    if (irp == nullptr) {
        dereferenceDevice(top);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    irp->RequestorMode = KernelMode;
    irp->IoStatus.Status = STATUS_NOT_SUPPORTED;
    PIO_STACK_LOCATION stack = IoGetNextIrpStackLocation(irp);
    stack->MajorFunction = IRP_MJ_POWER;
    stack->MinorFunction = minor;
    stack->Parameters.Power.Type = SystemPowerState;
    stack->Parameters.Power.State.SystemState = state;
    stack->Parameters.Power.ShutdownType = action;
    IO_STATUS_BLOCK result{};
    const NTSTATUS status = callDriverAndWait(top, irp, &result);
    dereferenceDevice(top);
    return status;
}

NTSTATUS SystemPower::sleep(SYSTEM_POWER_STATE target) {
    if (target != PowerSystemSleeping3 && target != PowerSystemHibernate) return STATUS_INVALID_PARAMETER;
    if (state() != PowerSystemWorking) return STATUS_INVALID_DEVICE_STATE;
    const POWER_ACTION action = target == PowerSystemHibernate ? PowerActionHibernate : PowerActionSleep;
    return pnp_.withStartedDevices([&](const std::vector<PnpManager::StartedDevice>& devices) {
        // Children first: the list is parents first.
        std::vector<const PnpManager::StartedDevice*> queried;
        for (auto it = devices.rbegin(); it != devices.rend(); ++it) {
            const NTSTATUS status = send(it->instancePath, it->pdo, IRP_MN_QUERY_POWER, target, action);
            queried.push_back(&*it);
            if (!NT_SUCCESS(status)) {
                system_.log("po: " + narrow(it->instancePath) + " vetoed " + stateName(target) +
                            " (IRP_MN_QUERY_POWER failed); the system stays in S0");
                for (const PnpManager::StartedDevice* device : queried) {
                    send(device->instancePath, device->pdo, IRP_MN_SET_POWER, PowerSystemWorking, PowerActionNone);
                }
                return status;
            }
        }
        for (auto it = devices.rbegin(); it != devices.rend(); ++it) {
            send(it->instancePath, it->pdo, IRP_MN_SET_POWER, target, action);
        }
        {
            platform::LockGuard guard(lock_);
            state_ = target;
        }
        system_.log(std::string("po: the system is in ") + stateName(target));
        return STATUS_SUCCESS;
    });
}

NTSTATUS SystemPower::wake() {
    if (state() == PowerSystemWorking) return STATUS_INVALID_DEVICE_STATE;
    return pnp_.withStartedDevices([&](const std::vector<PnpManager::StartedDevice>& devices) {
        for (const PnpManager::StartedDevice& device : devices) {
            send(device.instancePath, device.pdo, IRP_MN_SET_POWER, PowerSystemWorking, PowerActionNone);
        }
        {
            platform::LockGuard guard(lock_);
            state_ = PowerSystemWorking;
        }
        system_.log("po: the system is in S0");
        return STATUS_SUCCESS;
    });
}

}  // namespace ntos
