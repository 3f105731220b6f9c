// ObReferenceObject / ObDereferenceObject for the objects the I/O manager tracks
// (device and file objects).
#include "ntos/io/io_manager.h"
#include "ntos/ke/bug_check.h"

namespace {

[[noreturn]] void unknownObject(const char* routine, PVOID object) {
    ntos::bugCheck(ntos::bugcode::DriverVerifierDetectedViolation, reinterpret_cast<ULONG_PTR>(object), 0, 0, 0,
                   std::string(routine) +
                       ": not a device or file object known to the object manager (freed, or a type "
                       "OpenKMDF does not reference-count yet)");
}

}  // namespace

extern "C" {

// IRQL <= DISPATCH_LEVEL, any thread.
LONG_PTR ObfReferenceObject(PVOID Object) {
    ntos::IoManager& io = ntos::IoManager::current("ObReferenceObject");
    if (!io.references().reference(Object)) unknownObject("ObReferenceObject", Object);
    return io.references().count(Object);
}

// IRQL <= DISPATCH_LEVEL, any thread.
LONG_PTR ObfDereferenceObject(PVOID Object) {
    ntos::IoManager& io = ntos::IoManager::current("ObDereferenceObject");
    const LONG_PTR before = io.references().count(Object);
    if (!io.references().dereference(Object)) unknownObject("ObDereferenceObject", Object);
    return before - 1;
}

// IRQL <= DISPATCH_LEVEL, any thread.
LONG_PTR ObfReferenceObjectWithTag(PVOID Object, ULONG Tag) {
    (void)Tag;
    return ObfReferenceObject(Object);
}

// IRQL <= DISPATCH_LEVEL, any thread.
LONG_PTR ObfDereferenceObjectWithTag(PVOID Object, ULONG Tag) {
    (void)Tag;
    return ObfDereferenceObject(Object);
}

}  // extern "C"
