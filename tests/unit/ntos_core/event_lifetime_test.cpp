// KeSetEvent must not touch the event once its signal is visible: a waiter that sees the
// signal may return and free the event (the usual KEVENT on the waiter's stack).
#include "kernel_fixture.h"

using namespace ntos_test;

namespace {

class EventLifetimeTest : public KernelTest {};

// The waiter leaves the event's "waiters may exist" mark set (a wait that timed out), then
// hands the event to a setter thread and frees it as soon as its wait returns.
TEST_F(EventLifetimeTest, AnEventFreedRightAfterItsWaitReturnsIsNotTouchedByTheSetter) {
    std::atomic<KEVENT*> handoff{nullptr};
    std::atomic<bool> stop{false};
    ntos::platform::Thread setter("setter", [&] {
        while (!stop.load()) {
            if (KEVENT* event = handoff.exchange(nullptr)) KeSetEvent(event, 0, FALSE);
        }
    });
    for (int i = 0; i < 20000; ++i) {
        auto* event = new KEVENT;
        KeInitializeEvent(event, (i & 1) ? SynchronizationEvent : NotificationEvent, FALSE);
        LARGE_INTEGER tick;
        tick.QuadPart = -1;  // 100 ns: times out after registering as a waiter
        ASSERT_EQ(KeWaitForSingleObject(event, Executive, KernelMode, FALSE, &tick), STATUS_TIMEOUT);
        handoff.store(event);
        ASSERT_EQ(KeWaitForSingleObject(event, Executive, KernelMode, FALSE, nullptr), STATUS_SUCCESS);
        delete event;
    }
    stop = true;
    setter.join();
}

}  // namespace
