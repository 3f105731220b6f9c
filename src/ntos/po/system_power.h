// ntos::SystemPower: the system power state of one System and the transitions between
// them ("System Power States", "Handling System Power State Requests"). Going to sleep
// (S3) or hibernating (S4), the power manager first asks every started device stack
// (IRP_MN_QUERY_POWER, children before parents); any failure vetoes the transition, and
// the stacks already asked get IRP_MN_SET_POWER(S0) to say the system stays working.
// Then IRP_MN_SET_POWER(Sx) goes to each stack, children before parents. Waking sends
// IRP_MN_SET_POWER(S0), parents before children. The power policy owner of each stack
// turns the system IRP into device power IRPs (PoRequestPowerIrp); the power manager
// only sends system IRPs.
#pragma once

#include <ntddk.h>

#include <string>
#include <vector>

#include "ntos/platform/platform.h"

namespace ntos {

class PnpManager;
class System;

class SystemPower {
public:
    SystemPower(System& system, PnpManager& pnp);

    // PowerSystemWorking unless a sleep state was entered. Any thread.
    SYSTEM_POWER_STATE state() const;
    // PowerSystemSleeping3 or PowerSystemHibernate from S0. STATUS_INVALID_PARAMETER for
    // another target, STATUS_INVALID_DEVICE_STATE when not in S0, else the status of the
    // first stack that failed the query (the system stays in S0). Thread: PASSIVE_LEVEL,
    // not a System thread (it waits for drivers).
    NTSTATUS sleep(SYSTEM_POWER_STATE target);
    // Back to S0. STATUS_INVALID_DEVICE_STATE when already working. Thread: as sleep().
    NTSTATUS wake();

    // Each system power IRP sent, as "QUERY S3 ROOT\ECHO\0000" / "SET S0 ...", in order
    // (for tests and `kmdfctl status`). Any thread.
    std::vector<std::string> history() const;

private:
    NTSTATUS send(const std::u16string& instancePath, PDEVICE_OBJECT pdo, UCHAR minor, SYSTEM_POWER_STATE state,
                  POWER_ACTION action);

    System& system_;
    PnpManager& pnp_;
    mutable platform::Mutex lock_;  // guards state_ and history_
    SYSTEM_POWER_STATE state_ = PowerSystemWorking;
    std::vector<std::string> history_;
};

}  // namespace ntos
