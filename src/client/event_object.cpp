#include "client/event_object.h"

namespace kmdf::client {

WaitHub& WaitHub::instance() {
    static auto* hub = new WaitHub;  // never destroyed: completions may run during exit
    return *hub;
}

void Event::set() {
    auto& hub = WaitHub::instance();
    std::lock_guard lock(hub.mutex());
    signaled_ = true;
    hub.notifyAll();
}

void Event::reset() {
    std::lock_guard lock(WaitHub::instance().mutex());
    signaled_ = false;
}

WaitOutcome waitForEvents(std::span<Event* const> events, bool waitAll, uint32_t milliseconds,
                          size_t* satisfiedIndex) {
    auto& hub = WaitHub::instance();
    std::unique_lock lock(hub.mutex());
    size_t found = 0;
    auto satisfied = [&] {
        if (waitAll) {
            for (auto* event : events) {
                if (!event->signaledLocked()) return false;
            }
            return true;
        }
        for (size_t i = 0; i < events.size(); ++i) {
            if (events[i]->signaledLocked()) {
                found = i;
                return true;
            }
        }
        return false;
    };
    if (!hub.waitFor(lock, milliseconds, satisfied)) return WaitOutcome::TimedOut;
    if (waitAll) {
        for (auto* event : events) event->acquireLocked();
    } else {
        events[found]->acquireLocked();
    }
    if (satisfiedIndex) *satisfiedIndex = found;
    return WaitOutcome::Satisfied;
}

}  // namespace kmdf::client
