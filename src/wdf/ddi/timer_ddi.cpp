// WDFTIMER DDIs (wdftimer.h).
#include "support/fx_timer.h"
#include "wdf/ddi/ddi_families.h"
#include "wdf/ddi/ddi_support.h"

using namespace wdf;

extern "C" {

// IRQL <= DISPATCH_LEVEL.
NTSTATUS imp_WdfTimerCreate(PWDF_DRIVER_GLOBALS DriverGlobals, PWDF_TIMER_CONFIG Config,
                            PWDF_OBJECT_ATTRIBUTES Attributes, WDFTIMER* Timer) {
    const char* ddi = "WdfTimerCreate";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    if (Config == nullptr) fxRequiredParameterNull(globals, "Config", ddi);
    if (Attributes == nullptr) fxRequiredParameterNull(globals, "Attributes", ddi);
    if (Timer == nullptr) fxRequiredParameterNull(globals, "Timer", ddi);
    if (Config->Size != sizeof(WDF_TIMER_CONFIG)) {
        return fxBadStructSize(globals, ddi, "WDF_TIMER_CONFIG", Config->Size, sizeof(WDF_TIMER_CONFIG));
    }
    if (Config->EvtTimerFunc == nullptr) fxRequiredParameterNull(globals, "Config->EvtTimerFunc", ddi);
    // The parent must be a device or queue, or an object whose ancestors include a device.
    FxObject* parent = Attributes->ParentObject != nullptr ? tryResolve(globals, Attributes->ParentObject) : nullptr;
    bool underDevice = false;
    for (FxObject* o = parent; o != nullptr; o = o->parent()) {
        if (o->type() == FxObjectType::Device || o->type() == FxObjectType::Queue) {
            underDevice = true;
            break;
        }
    }
    if (!underDevice) {
        globals->verifierLog("WdfTimerCreate: ParentObject must be a device or queue (or a descendant of a device)");
        return STATUS_INVALID_PARAMETER;
    }
    if (Config->Period > 0 && Config->TolerableDelay != 0 && Config->UseHighResolutionTimer) {
        globals->verifierLog("WdfTimerCreate: a high-resolution timer cannot have a tolerable delay");
        return STATUS_INVALID_PARAMETER;
    }
    FxTimer* timer = nullptr;
    NTSTATUS status = fxCreateNamed(ddi, globals, Attributes, nullptr, &timer, *Config);
    if (!NT_SUCCESS(status)) return status;
    *Timer = timer->handleAs<WDFTIMER>();
    return STATUS_SUCCESS;
}

// IRQL <= DISPATCH_LEVEL.
BOOLEAN imp_WdfTimerStart(PWDF_DRIVER_GLOBALS DriverGlobals, WDFTIMER Timer, LONGLONG DueTime) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxTimer>(globals, Timer, "WdfTimerStart")->start(DueTime);
}

// IRQL <= DISPATCH_LEVEL; PASSIVE_LEVEL when Wait is TRUE.
BOOLEAN imp_WdfTimerStop(PWDF_DRIVER_GLOBALS DriverGlobals, WDFTIMER Timer, BOOLEAN Wait) {
    const char* ddi = "WdfTimerStop";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxTimer* timer = resolve<FxTimer>(globals, Timer, ddi);
    if (Wait && KeGetCurrentIrql() != PASSIVE_LEVEL) {
        ntos::bugCheck(0x10D, kFxIrqlMismatch, reinterpret_cast<ULONG_PTR>(Timer), KeGetCurrentIrql(), PASSIVE_LEVEL,
                       "WdfTimerStop with Wait=TRUE must be called at PASSIVE_LEVEL");
    }
    return timer->stop(Wait != FALSE);
}

// IRQL <= DISPATCH_LEVEL.
WDFOBJECT imp_WdfTimerGetParentObject(PWDF_DRIVER_GLOBALS DriverGlobals, WDFTIMER Timer) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxTimer>(globals, Timer, "WdfTimerGetParentObject")->parentHandle();
}

}  // extern "C"

FX_DDI_SIGNATURE(WdfTimerCreate, PFN_WDFTIMERCREATE);
FX_DDI_SIGNATURE(WdfTimerStart, PFN_WDFTIMERSTART);
FX_DDI_SIGNATURE(WdfTimerStop, PFN_WDFTIMERSTOP);
FX_DDI_SIGNATURE(WdfTimerGetParentObject, PFN_WDFTIMERGETPARENTOBJECT);

namespace wdf {

std::span<const DdiEntry> timerDdis() {
    static const DdiEntry kEntries[] = {
        ddiEntry(WdfTimerCreateTableIndex, imp_WdfTimerCreate),
        ddiEntry(WdfTimerStartTableIndex, imp_WdfTimerStart),
        ddiEntry(WdfTimerStopTableIndex, imp_WdfTimerStop),
        ddiEntry(WdfTimerGetParentObjectTableIndex, imp_WdfTimerGetParentObject),
    };
    return kEntries;
}

}  // namespace wdf
