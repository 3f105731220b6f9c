// Reference counts of the objects the I/O manager hands out (device objects, file
// objects), kept beside the objects and keyed by address, so ObReferenceObject and
// ObDereferenceObject work on plain DEVICE_OBJECT/FILE_OBJECT pointers.
#pragma once

#include <ntddk.h>

#include "ntos/platform/platform.h"

#include <functional>
#include <unordered_map>

namespace ntos {

class ObjectReferences {
public:
    using LastReferenceAction = std::function<void()>;

    // Starts tracking `object` with one reference; `onLast` runs (outside the lock)
    // when the count drops to zero, after which the object is forgotten.
    void track(void* object, LastReferenceAction onLast);

    // Thread: any, IRQL <= DISPATCH_LEVEL. false when the object is not tracked.
    bool reference(void* object);
    bool dereference(void* object);

    bool isTracked(void* object) const;
    LONG_PTR count(void* object) const;  // 0 when not tracked
    size_t size() const;

private:
    struct Entry {
        LONG_PTR count = 0;
        LastReferenceAction onLast;
    };
    mutable platform::Mutex lock_;
    std::unordered_map<void*, Entry> entries_;
};

}  // namespace ntos
