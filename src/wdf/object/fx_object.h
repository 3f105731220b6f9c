// FxObject: the base of every framework object (Principle 5).
//
// Memory: one block holds the object (the FxObject subclass), then, 16-byte aligned,
// the primary context (WDF_OBJECT_ATTRIBUTES.ContextTypeInfo / ContextSizeOverride)
// preceded by a small FxContextHeader, zero-filled. WdfObjectAllocateContext adds more
// contexts, each separately allocated with its own header and linked to the object.
// Contexts are typed by the address of their WDF_OBJECT_CONTEXT_TYPE_INFO (after the
// UniqueType / EvtDriverGetUniqueContextType indirection); each type at most once.
//
// Lifetime (documented order, "Framework Object Life Cycle", EvtCleanupCallback and
// EvtDestroyCallback pages):
//   * creation sets the reference count to 1 (the creation reference); each child holds
//     a reference on its parent until the child is destroyed;
//   * delete (WdfObjectDelete, or deletion of the parent) marks the object deleting, then
//     runs cleanup depth first: the children's subtrees first, then the object itself
//     (framework hook onCleanup(), then the driver's EvtCleanupCallback of each context
//     in allocation order); after the whole subtree is cleaned up, the creation
//     references are dropped, children before parents;
//   * when the count reaches zero: onDestroy(), then EvtDestroyCallback of each context
//     (the handle still resolves and contexts are readable), then the handle is
//     invalidated, the object untracked, destructed and its memory (contexts too) freed,
//     and finally the reference on the parent is dropped.
//   So for parent P with child C: cleanup(C), cleanup(P), destroy(C), destroy(P).
//   Reaching zero without a delete is the documented error "deleted by dereference"
//   (WDF_VIOLATION 0x7).
//
// Framework hooks run before the driver's callbacks of the same phase: the framework
// stops its own activity (e.g. a timer is stopped) before the driver's EvtCleanupCallback
// releases what that activity used.
//
// Thread safety: reference counts are atomic; parent/child lists and context lists are
// guarded by an FxSpinMutex. All of it is usable from any thread at IRQL <=
// DISPATCH_LEVEL. Driver callbacks run on the thread that dropped the last reference /
// called delete, at its IRQL. Objects that must be disposed at PASSIVE_LEVEL (e.g.
// WDFDEVICE, WDFTIMER with passive execution level) are the subclass's concern for now:
// a subclass can override deleteObject() to defer the work to a PASSIVE_LEVEL work item
// and call FxObject::deleteObject() from there (note only; nothing here defers).
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include "wdf/object/fx_globals.h"
#include "wdf/object/fx_object_type.h"
#include "wdf/object/fx_violation.h"
#include "wdf/support/fx_spin_mutex.h"

#include <atomic>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace wdf {

class FxObject;

// The identity of a context type: the WDF_OBJECT_CONTEXT_TYPE_INFO a driver's accessor
// passes, after following EvtDriverGetUniqueContextType / UniqueType. NULL for NULL.
// Any thread, any IRQL.
PCWDF_OBJECT_CONTEXT_TYPE_INFO fxUniqueContextType(PCWDF_OBJECT_CONTEXT_TYPE_INFO info);

// Larger contexts are refused (STATUS_INSUFFICIENT_RESOURCES) rather than overflowing the
// size arithmetic.
inline constexpr size_t kMaxContextSize = size_t{1} << 40;

// Sits immediately before every context area (so WdfObjectContextGetObject works from
// the context pointer). sizeof is a multiple of 16, so the context stays 16-aligned.
struct alignas(16) FxContextHeader {
    static constexpr uint32_t kMagic = 0x43545846;  // "FXTC"
    uint32_t magic = kMagic;
    uint32_t external = 0;  // 1: allocated by WdfObjectAllocateContext (freed separately)
    FxObject* object = nullptr;
    PCWDF_OBJECT_CONTEXT_TYPE_INFO typeInfo = nullptr;  // unique type (identity)
    PCWDF_OBJECT_CONTEXT_TYPE_INFO declaredInfo = nullptr;  // as the driver passed it (name)
    PFN_WDF_OBJECT_CONTEXT_CLEANUP evtCleanup = nullptr;
    PFN_WDF_OBJECT_CONTEXT_DESTROY evtDestroy = nullptr;
    std::atomic<FxContextHeader*> next{nullptr};
    size_t size = 0;

    void* context() { return reinterpret_cast<char*>(this) + sizeof(FxContextHeader); }
    static FxContextHeader* fromContext(void* context) {
        return reinterpret_cast<FxContextHeader*>(static_cast<char*>(context) - sizeof(FxContextHeader));
    }
};

// One outstanding tagged reference (WdfObjectReferenceWithTag/Actual), kept while the
// driver's verifier is enabled.
struct FxReferenceRecord {
    const void* tag = nullptr;
    LONG line = 0;
    const char* file = nullptr;
};

class FxObject {
public:
    FxObject(const FxObject&) = delete;
    FxObject& operator=(const FxObject&) = delete;

    // --- identity ----------------------------------------------------------------------
    FxObjectType type() const { return type_; }
    FxDriverGlobals* globals() const { return globals_; }
    // The handle drivers see (typed as the caller wishes, e.g. handleAs<WDFMEMORY>()).
    WDFOBJECT handle() const { return static_cast<WDFOBJECT>(handle_); }
    template <class H>
    H handleAs() const { return static_cast<H>(handle_); }
    FxObject* parent() const { return parent_; }

    // --- contexts ----------------------------------------------------------------------
    // The context of the given type (unique-type lookup), or nullptr. Lock-free.
    // Any thread, any IRQL.
    void* context(PCWDF_OBJECT_CONTEXT_TYPE_INFO typeInfo) const;
    // Adds a context as WdfObjectAllocateContext documents: STATUS_OBJECT_NAME_EXISTS (and
    // *context = the existing one) if the type is present, STATUS_DELETE_PENDING while
    // deleting, STATUS_OBJECT_NAME_INVALID / STATUS_INVALID_PARAMETER for bad attributes,
    // STATUS_INSUFFICIENT_RESOURCES. IRQL <= DISPATCH_LEVEL, any thread.
    NTSTATUS allocateContext(const WDF_OBJECT_ATTRIBUTES& attributes, void** context);
    // The object owning a context pointer (WdfObjectContextGetObject), or nullptr when the
    // pointer is not a framework context. Any thread, any IRQL.
    static FxObject* fromContext(void* context);
    // The context type names, comma-separated ("" if none), for reports.
    std::string contextTypeNames() const;

    // --- references --------------------------------------------------------------------
    // IRQL <= DISPATCH_LEVEL, any thread.
    void addRef(const void* tag = nullptr, LONG line = 0, const char* file = nullptr);
    // Drops one reference; at zero the object is destroyed (see the file comment) before
    // this returns. IRQL <= DISPATCH_LEVEL, any thread.
    void release(const void* tag = nullptr, LONG line = 0, const char* file = nullptr);
    LONG referenceCount() const { return refs_.load(std::memory_order_acquire); }
    // Outstanding tagged references (verifier on). PASSIVE_LEVEL, any thread.
    std::vector<FxReferenceRecord> taggedReferences() const;

    // --- deletion ----------------------------------------------------------------------
    // Deletes the object and its children (cleanup now, destroy when the last reference
    // goes). A second call while deleting does nothing. This is the framework's internal
    // delete; it does not check driverMayDelete(). IRQL <= DISPATCH_LEVEL, any thread.
    virtual void deleteObject();
    // WdfObjectDelete: bug-checks WDF_VIOLATION if the driver may not delete this type,
    // then deleteObject(). IRQL <= DISPATCH_LEVEL, any thread.
    void deleteFromDriver(const char* ddiName);
    bool isDeleting() const { return state_.load(std::memory_order_acquire) != State::Alive; }

    // --- hooks for subclasses ----------------------------------------------------------
    // Whether WdfObjectDelete may be called on this object (false for WDFDRIVER, a PnP
    // WDFDEVICE, framework-owned WDFQUEUE/WDFREQUEST, WDFFILEOBJECT...). Default true.
    virtual bool driverMayDelete() const { return true; }

    // Report line for the leak report ("WDFMEMORY 0x... context=X parent=WDFDRIVER 0x...").
    std::string describe() const;

protected:
    FxObject(FxDriverGlobals* globals, FxObjectType type);
    // Resources owned by the subclass are released here (RAII); runs last, also for an
    // object whose creation failed.
    virtual ~FxObject();

    // Framework cleanup, before the driver's EvtCleanupCallback; the children are already
    // cleaned up. Same thread/IRQL as the delete.
    virtual void onCleanup() {}
    // Framework destroy, before the driver's EvtDestroyCallback (reference count is 0).
    // Same thread/IRQL as the last release.
    virtual void onDestroy() {}

private:
    friend struct FxDriverGlobals;
    friend class FxObjectFactory;

    enum class State : uint8_t { Alive, Deleting, Destroying };

    void cleanupSubtree(std::vector<FxObject*>& order);
    void runCleanup();
    template <class F>
    void forEachContext(F&& f) const;
    void destroy();
    void freeMemory();
    void detachFromParentList();

    // Small fields first, so they pack into one word (every request is an FxObject: its
    // size is per-request memory, bench/ "memory/per_request_queued").
    FxDriverGlobals* const globals_;
    const FxObjectType type_;
    std::atomic<State> state_{State::Alive};
    bool discarded_ = false;  // creation failed: run no driver callback
    mutable FxSpinMutex lock_;  // guards children_, contexts insertion, references_
    // WDF_EXECUTION_LEVEL and WDF_SYNCHRONIZATION_SCOPE values (validated, all < 256).
    uint8_t executionLevel_ = WdfExecutionLevelInheritFromParent;
    uint8_t synchronizationScope_ = WdfSynchronizationScopeInheritFromParent;
    std::atomic<LONG> refs_{1};
    void* handle_ = nullptr;
    void* block_ = nullptr;  // start of the one allocation (object + primary context)
    FxObject* parent_ = nullptr;
    std::vector<FxObject*> children_;
    PFN_WDF_OBJECT_CONTEXT_CLEANUP evtCleanup_ = nullptr;  // from the creation attributes
    PFN_WDF_OBJECT_CONTEXT_DESTROY evtDestroy_ = nullptr;
    FxContextHeader* firstContext_ = nullptr;           // primary (inside the block) or null
    std::atomic<FxContextHeader*> extraContexts_{nullptr};  // WdfObjectAllocateContext list
    // Tagged references, recorded only while the verifier is on: allocated on first use.
    std::unique_ptr<std::vector<FxReferenceRecord>> references_;
    // live-object tracker list (FxDriverGlobals)
    FxObject* trackPrev_ = nullptr;
    FxObject* trackNext_ = nullptr;
public:
    WDF_EXECUTION_LEVEL executionLevel() const { return static_cast<WDF_EXECUTION_LEVEL>(executionLevel_); }
    WDF_SYNCHRONIZATION_SCOPE synchronizationScope() const {
        return static_cast<WDF_SYNCHRONIZATION_SCOPE>(synchronizationScope_);
    }
};

template <class F>
void FxObject::forEachContext(F&& f) const {
    if (firstContext_ != nullptr) f(firstContext_);
    for (FxContextHeader* c = extraContexts_.load(std::memory_order_acquire); c != nullptr;
         c = c->next.load(std::memory_order_acquire)) {
        f(c);
    }
}

// A plain WDFOBJECT (WdfObjectCreate): only contexts, callbacks and a parent.
class FxGenericObject : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::Object;
    explicit FxGenericObject(FxDriverGlobals* globals) : FxObject(globals, kObjectType) {}
};

// --- attribute validation and creation ------------------------------------------------

// Checks a driver's WDF_OBJECT_ATTRIBUTES (NULL is valid: no attributes). Size must be
// sizeof(WDF_OBJECT_ATTRIBUTES); ContextSizeOverride (if not 0) >= ContextTypeInfo's
// ContextSize; a ContextTypeInfo with ContextSize 0 or a bad Size is invalid;
// ExecutionLevel and SynchronizationScope must be values of their enums; ParentObject,
// if given, must be a live handle of this driver. Failures log a verifier message naming
// `ddiName` and return STATUS_INVALID_PARAMETER (STATUS_OBJECT_NAME_INVALID for a bad
// ContextTypeInfo). On success *parent is the resolved ParentObject or nullptr.
// IRQL <= DISPATCH_LEVEL, any thread.
NTSTATUS fxValidateAttributes(FxDriverGlobals* globals, PWDF_OBJECT_ATTRIBUTES attributes,
                              const char* ddiName, FxObject** parent);

// Size in bytes of the primary context the attributes ask for (0 if none).
size_t fxPrimaryContextSize(PWDF_OBJECT_ATTRIBUTES attributes);

// Internal pieces of fxCreate (not for direct use).
class FxObjectFactory {
public:
    static void* allocateBlock(size_t objectSize, size_t contextSize, size_t* contextOffset);
    static void freeBlock(void* block);
    // Wires a constructed object: block, primary context, callbacks, levels, handle.
    static NTSTATUS attach(FxObject* object, void* block, size_t contextOffset,
                           PWDF_OBJECT_ATTRIBUTES attributes);
    // Makes the object visible: parent link (+reference on the parent), tracker.
    static NTSTATUS publish(FxObject* object, FxObject* parent);
    // Tears down an object whose creation failed: deletes any children it created (normally),
    // runs neither its driver callbacks nor its onCleanup/onDestroy hooks (its destructor
    // releases what it holds), invalidates its handle, destructs and frees it.
    static void discard(FxObject* object);
};

// Creates a T (T derives from FxObject, has `static constexpr FxObjectType kObjectType`
// and a constructor T(FxDriverGlobals*, A...)): validates `attributes` (driver input;
// may be NULL), allocates one block for T and the primary context, constructs T, assigns
// a handle, calls `NTSTATUS T::initialize()` if T has one, then links it under
// attributes->ParentObject or else `defaultParent` (may be null: no parent) and tracks
// it. On any failure nothing of the driver's runs, nothing stays live, *out = nullptr.
// The returned object holds its creation reference. `ddiName` names the calling DDI in
// verifier messages. IRQL <= DISPATCH_LEVEL, any thread.
template <class T, class... A>
NTSTATUS fxCreate(FxDriverGlobals* globals, PWDF_OBJECT_ATTRIBUTES attributes, FxObject* defaultParent,
                  T** out, A&&... ctorArgs);

// Same, with the DDI name for messages (fxCreate uses "framework").
template <class T, class... A>
NTSTATUS fxCreateNamed(const char* ddiName, FxDriverGlobals* globals, PWDF_OBJECT_ATTRIBUTES attributes,
                       FxObject* defaultParent, T** out, A&&... ctorArgs);

// --- handle resolution ------------------------------------------------------------------

// The object a driver's handle names. Bug-checks WDF_VIOLATION: subcode 0x4 (required
// parameter NULL) for NULL, 0x5 (invalid handle, p2 = the handle) for a garbage or stale
// handle; the text names `ddiName` and the driver. Any thread, any IRQL.
FxObject* resolveAny(FxDriverGlobals* globals, const void* handle, const char* ddiName);

// Bug-checks WDF_VIOLATION 0x5 for a handle of the wrong type. Any thread, any IRQL.
[[noreturn]] void fxWrongHandleType(FxDriverGlobals* globals, FxObject* object, FxObjectType expected,
                                    const char* ddiName);

// Whether an object of `type` is a T: T::kObjectType, or T's own
// `static bool acceptsType(FxObjectType)` for a class that stands for several types.
template <class T>
constexpr bool fxIsA(FxObjectType type) {
    if constexpr (requires { { T::acceptsType(type) } -> std::same_as<bool>; }) {
        return T::acceptsType(type);
    } else {
        return type == T::kObjectType;
    }
}

// As resolveAny, and the object must be a T (fxIsA<T>); otherwise WDF_VIOLATION 0x5
// "handle ... is a WDFQUEUE, but a WDFMEMORY was expected". Any thread, any IRQL.
template <class T>
T* resolve(FxDriverGlobals* globals, const void* handle, const char* ddiName) {
    FxObject* object = resolveAny(globals, handle, ddiName);
    if (!fxIsA<T>(object->type())) fxWrongHandleType(globals, object, T::kObjectType, ddiName);
    return static_cast<T*>(object);
}

// Lookup without bug check (nullptr if invalid). Any thread, any IRQL.
FxObject* tryResolve(FxDriverGlobals* globals, const void* handle);

// Bug-checks WDF_VIOLATION 0x4 (required parameter is NULL) naming the parameter and DDI.
[[noreturn]] void fxRequiredParameterNull(FxDriverGlobals* globals, const char* parameter,
                                          const char* ddiName);

// ---------------------------------------------------------------------------------------

template <class T, class... A>
NTSTATUS fxCreateNamed(const char* ddiName, FxDriverGlobals* globals, PWDF_OBJECT_ATTRIBUTES attributes,
                       FxObject* defaultParent, T** out, A&&... ctorArgs) {
    static_assert(std::is_base_of_v<FxObject, T>, "fxCreate makes framework objects");
    *out = nullptr;
    FxObject* parent = nullptr;
    NTSTATUS status = fxValidateAttributes(globals, attributes, ddiName, &parent);
    if (!NT_SUCCESS(status)) return status;
    if (parent == nullptr) parent = defaultParent;

    size_t contextOffset = 0;
    void* block = FxObjectFactory::allocateBlock(sizeof(T), fxPrimaryContextSize(attributes), &contextOffset);
    if (block == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
    T* object = new (block) T(globals, std::forward<A>(ctorArgs)...);
    status = FxObjectFactory::attach(object, block, contextOffset, attributes);
    if (NT_SUCCESS(status)) {
        if constexpr (requires(T& t) { { t.initialize() } -> std::same_as<NTSTATUS>; }) {
            status = object->initialize();
        }
    }
    if (NT_SUCCESS(status)) status = FxObjectFactory::publish(object, parent);
    if (!NT_SUCCESS(status)) {
        FxObjectFactory::discard(object);
        return status;
    }
    *out = object;
    return STATUS_SUCCESS;
}

template <class T, class... A>
NTSTATUS fxCreate(FxDriverGlobals* globals, PWDF_OBJECT_ATTRIBUTES attributes, FxObject* defaultParent,
                  T** out, A&&... ctorArgs) {
    return fxCreateNamed<T>("framework", globals, attributes, defaultParent, out,
                            std::forward<A>(ctorArgs)...);
}

}  // namespace wdf
