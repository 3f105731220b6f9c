// ERESOURCE (reader/writer lock). The ownership state lives in a side table keyed by
// the ERESOURCE address (created by ExInitializeResourceLite, erased by
// ExDeleteResourceLite); one process-wide platform lock and condition variable guard
// and wake all resources, which keeps the code small at the cost of spurious wake-ups.
// ActiveCount and Flag in the ERESOURCE mirror the state for debuggers.
#include "ntos/ke/bug_check.h"
#include "ntos/ke/thread_state.h"
#include "ntos/platform/platform.h"

#include <ntddk.h>

#include <cstring>
#include <map>
#include <string>
#include <unordered_map>

namespace {

constexpr USHORT kOwnedExclusive = 0x80;

struct ResourceState {
    ERESOURCE_THREAD exclusiveOwner = 0;
    ULONG exclusiveCount = 0;
    std::map<ERESOURCE_THREAD, ULONG> shared;
    ULONG exclusiveWaiters = 0;
};

struct Resources {
    ntos::platform::Mutex lock;
    ntos::platform::ConditionVariable released;
    std::unordered_map<const ERESOURCE*, ResourceState> states;
};

Resources& resources() {
    static auto* instance = new Resources;
    return *instance;
}

ERESOURCE_THREAD me() { return reinterpret_cast<ERESOURCE_THREAD>(ntos::currentKThread()); }

void checkIrql(const char* routine) {
    KIRQL irql = ntos::currentThread().irql;
    if (irql > APC_LEVEL) {
        ntos::bugCheck(ntos::bugcode::IrqlNotLessOrEqual, 0, irql, 0, 0,
                       std::string(routine) + " at IRQL " + std::to_string(irql) + "; it requires IRQL <= APC_LEVEL");
    }
}

ResourceState& stateOf(const char* routine, PERESOURCE resource) {
    auto& states = resources().states;
    auto found = states.find(resource);
    if (found == states.end()) {
        ntos::bugCheck(ntos::bugcode::DriverVerifierDetectedViolation, reinterpret_cast<ULONG_PTR>(resource), 0, 0, 0,
                       std::string(routine) + ": the ERESOURCE was not initialized with ExInitializeResourceLite "
                                              "(or was already deleted)");
    }
    return found->second;
}

void mirror(PERESOURCE resource, const ResourceState& state) {
    resource->ActiveCount = static_cast<SHORT>((state.exclusiveOwner != 0 ? 1 : 0) + state.shared.size());
    resource->Flag = state.exclusiveOwner != 0 ? kOwnedExclusive : 0;
    resource->OwnerEntry.OwnerThread = state.exclusiveOwner;
    resource->NumberOfExclusiveWaiters = state.exclusiveWaiters;
}

enum class SharedPolicy { Normal, StarveExclusive, WaitForExclusive };

BOOLEAN acquireShared(const char* routine, PERESOURCE resource, BOOLEAN wait, SharedPolicy policy) {
    checkIrql(routine);
    Resources& r = resources();
    ntos::platform::UniqueLock lock(r.lock);
    ResourceState& state = stateOf(routine, resource);
    const ERESOURCE_THREAD thread = me();
    if (state.exclusiveOwner == thread) {
        ++state.exclusiveCount;
        return TRUE;
    }
    auto grantable = [&] {
        if (state.exclusiveOwner != 0) return false;
        const bool holdsShared = state.shared.count(thread) != 0;
        switch (policy) {
        case SharedPolicy::StarveExclusive: return true;
        case SharedPolicy::Normal: return holdsShared || state.exclusiveWaiters == 0;
        case SharedPolicy::WaitForExclusive: return state.exclusiveWaiters == 0;
        }
        return false;
    };
    if (!grantable()) {
        if (!wait) return FALSE;
        r.released.wait(lock, grantable);
    }
    ++state.shared[thread];
    mirror(resource, state);
    return TRUE;
}

void release(const char* routine, PERESOURCE resource, ERESOURCE_THREAD thread) {
    Resources& r = resources();
    ntos::platform::UniqueLock lock(r.lock);
    ResourceState& state = stateOf(routine, resource);
    if (state.exclusiveOwner == thread) {
        if (--state.exclusiveCount == 0) state.exclusiveOwner = 0;
    } else {
        auto found = state.shared.find(thread);
        if (found == state.shared.end()) {
            lock.unlock();
            ntos::bugCheck(ntos::bugcode::ResourceNotOwned, reinterpret_cast<ULONG_PTR>(resource), thread, 0, 0,
                           std::string(routine) + ": the thread does not own the resource");
        }
        if (--found->second == 0) state.shared.erase(found);
    }
    mirror(resource, state);
    r.released.notifyAll();
}

}  // namespace

extern "C" {

NTSTATUS NTAPI ExInitializeResourceLite(PERESOURCE Resource) {
    std::memset(Resource, 0, sizeof(*Resource));
    InitializeListHead(&Resource->SystemResourcesList);
    Resources& r = resources();
    ntos::platform::LockGuard lock(r.lock);
    r.states[Resource] = ResourceState{};
    return STATUS_SUCCESS;
}

NTSTATUS NTAPI ExReinitializeResourceLite(PERESOURCE Resource) {
    Resources& r = resources();
    ntos::platform::LockGuard lock(r.lock);
    r.states[Resource] = ResourceState{};
    mirror(Resource, r.states[Resource]);
    return STATUS_SUCCESS;
}

NTSTATUS NTAPI ExDeleteResourceLite(PERESOURCE Resource) {
    Resources& r = resources();
    ntos::platform::LockGuard lock(r.lock);
    r.states.erase(Resource);
    return STATUS_SUCCESS;
}

BOOLEAN NTAPI ExAcquireResourceExclusiveLite(PERESOURCE Resource, BOOLEAN Wait) {
    checkIrql("ExAcquireResourceExclusiveLite");
    Resources& r = resources();
    ntos::platform::UniqueLock lock(r.lock);
    ResourceState& state = stateOf("ExAcquireResourceExclusiveLite", Resource);
    const ERESOURCE_THREAD thread = me();
    if (state.exclusiveOwner == thread) {
        ++state.exclusiveCount;
        return TRUE;
    }
    if (state.shared.count(thread) != 0) {
        lock.unlock();
        ntos::bugCheck(ntos::bugcode::DriverVerifierDetectedViolation, reinterpret_cast<ULONG_PTR>(Resource),
                       thread, 0, 0,
                       "ExAcquireResourceExclusiveLite by a thread that holds the resource shared (this deadlocks)");
    }
    auto free = [&] { return state.exclusiveOwner == 0 && state.shared.empty(); };
    if (!free()) {
        if (!Wait) return FALSE;
        ++state.exclusiveWaiters;
        mirror(Resource, state);
        r.released.wait(lock, free);
        --state.exclusiveWaiters;
    }
    state.exclusiveOwner = thread;
    state.exclusiveCount = 1;
    mirror(Resource, state);
    return TRUE;
}

BOOLEAN NTAPI ExAcquireResourceSharedLite(PERESOURCE Resource, BOOLEAN Wait) {
    return acquireShared("ExAcquireResourceSharedLite", Resource, Wait, SharedPolicy::Normal);
}

BOOLEAN NTAPI ExAcquireSharedStarveExclusive(PERESOURCE Resource, BOOLEAN Wait) {
    return acquireShared("ExAcquireSharedStarveExclusive", Resource, Wait, SharedPolicy::StarveExclusive);
}

BOOLEAN NTAPI ExAcquireSharedWaitForExclusive(PERESOURCE Resource, BOOLEAN Wait) {
    return acquireShared("ExAcquireSharedWaitForExclusive", Resource, Wait, SharedPolicy::WaitForExclusive);
}

VOID NTAPI ExReleaseResourceLite(PERESOURCE Resource) { release("ExReleaseResourceLite", Resource, me()); }

VOID NTAPI ExReleaseResourceForThreadLite(PERESOURCE Resource, ERESOURCE_THREAD ResourceThreadId) {
    release("ExReleaseResourceForThreadLite", Resource, ResourceThreadId);
}

BOOLEAN NTAPI ExIsResourceAcquiredExclusiveLite(PERESOURCE Resource) {
    Resources& r = resources();
    ntos::platform::LockGuard lock(r.lock);
    return stateOf("ExIsResourceAcquiredExclusiveLite", Resource).exclusiveOwner == me() ? TRUE : FALSE;
}

ULONG NTAPI ExIsResourceAcquiredSharedLite(PERESOURCE Resource) {
    Resources& r = resources();
    ntos::platform::LockGuard lock(r.lock);
    ResourceState& state = stateOf("ExIsResourceAcquiredSharedLite", Resource);
    const ERESOURCE_THREAD thread = me();
    if (state.exclusiveOwner == thread) return state.exclusiveCount;
    auto found = state.shared.find(thread);
    return found == state.shared.end() ? 0 : found->second;
}

PVOID NTAPI ExEnterCriticalRegionAndAcquireResourceExclusive(PERESOURCE Resource) {
    KeEnterCriticalRegion();
    ExAcquireResourceExclusiveLite(Resource, TRUE);
    return ntos::currentKThread();
}

PVOID NTAPI ExEnterCriticalRegionAndAcquireResourceShared(PERESOURCE Resource) {
    KeEnterCriticalRegion();
    ExAcquireResourceSharedLite(Resource, TRUE);
    return ntos::currentKThread();
}

VOID NTAPI ExReleaseResourceAndLeaveCriticalRegion(PERESOURCE Resource) {
    ExReleaseResourceLite(Resource);
    KeLeaveCriticalRegion();
}

ERESOURCE_THREAD NTAPI ExGetCurrentResourceThread(VOID) { return me(); }

}  // extern "C"
