// Executive timers (ExAllocateTimer): a pool block holding a KTIMER and the KDPC that
// calls the driver's callback at DISPATCH_LEVEL. Periods are given in 100 ns and are
// rounded up to the kernel timer's millisecond resolution.
#include "ntos/ex/pool_registry.h"
#include "ntos/ke/bug_check.h"

#include <ntddk.h>

struct _EX_TIMER {
    KTIMER timer;
    KDPC dpc;
    PEXT_CALLBACK callback;
    PVOID context;
};

namespace {

constexpr ULONG kExTimerTag = 'rmTE';

VOID runCallback(PKDPC, PVOID context, PVOID, PVOID) {
    auto* timer = static_cast<PEX_TIMER>(context);
    timer->callback(timer, timer->context);
}

}  // namespace

extern "C" {

PEX_TIMER NTAPI ExAllocateTimer(PEXT_CALLBACK Callback, PVOID CallbackContext, ULONG Attributes) {
    (void)Attributes;  // high resolution and no-wake need no special handling here
    auto* timer = static_cast<PEX_TIMER>(
        ntos::poolAllocate("ExAllocateTimer", sizeof(_EX_TIMER), kExTimerTag, true, __builtin_return_address(0)));
    if (timer == nullptr) return nullptr;
    KeInitializeTimerEx(&timer->timer, NotificationTimer);
    KeInitializeDpc(&timer->dpc, runCallback, timer);
    timer->callback = Callback;
    timer->context = CallbackContext;
    return timer;
}

BOOLEAN NTAPI ExSetTimer(PEX_TIMER Timer, LONGLONG DueTime, LONGLONG Period, PEXT_SET_PARAMETERS Parameters) {
    (void)Parameters;
    LARGE_INTEGER due;
    due.QuadPart = DueTime;
    const LONG periodMs = Period <= 0 ? 0 : static_cast<LONG>((Period + 9'999) / 10'000);
    return KeSetTimerEx(&Timer->timer, due, periodMs, Timer->callback != nullptr ? &Timer->dpc : nullptr);
}

BOOLEAN NTAPI ExCancelTimer(PEX_TIMER Timer, PEXT_CANCEL_PARAMETERS Parameters) {
    (void)Parameters;
    return KeCancelTimer(&Timer->timer);
}

BOOLEAN NTAPI ExDeleteTimer(PEX_TIMER Timer, BOOLEAN Cancel, BOOLEAN Wait, PEXT_DELETE_PARAMETERS Parameters) {
    BOOLEAN cancelled = FALSE;
    if (Cancel) cancelled = KeCancelTimer(&Timer->timer);
    KeRemoveQueueDpc(&Timer->dpc);
    if (Wait) KeFlushQueuedDpcs();
    if (Parameters != nullptr && Parameters->DeleteCallback != nullptr) Parameters->DeleteCallback(Parameters->DeleteContext);
    ntos::poolFree("ExDeleteTimer", Timer, kExTimerTag, true);
    return cancelled;
}

}  // extern "C"
