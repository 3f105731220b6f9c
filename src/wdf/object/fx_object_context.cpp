// Typed context areas: lookup by unique type, WdfObjectAllocateContext, context -> object.
#include "wdf/object/fx_object.h"

#include <cstring>

namespace wdf {

namespace {

size_t alignUp16(size_t n) { return (n + 15) & ~size_t{15}; }

}  // namespace

PCWDF_OBJECT_CONTEXT_TYPE_INFO fxUniqueContextType(PCWDF_OBJECT_CONTEXT_TYPE_INFO info) {
    // A few steps at most: a declared info points at the unique one (possibly itself), or
    // names a getter that returns it.
    for (int step = 0; info != nullptr && step < 4; ++step) {
        PCWDF_OBJECT_CONTEXT_TYPE_INFO next = info;
        if (info->EvtDriverGetUniqueContextType != nullptr) {
            PCWDF_OBJECT_CONTEXT_TYPE_INFO fromGetter = info->EvtDriverGetUniqueContextType();
            if (fromGetter != nullptr) next = fromGetter;
        } else if (info->UniqueType != nullptr) {
            next = info->UniqueType;
        }
        if (next == info) break;
        info = next;
    }
    return info;
}

void* FxObject::context(PCWDF_OBJECT_CONTEXT_TYPE_INFO typeInfo) const {
    PCWDF_OBJECT_CONTEXT_TYPE_INFO unique = fxUniqueContextType(typeInfo);
    if (unique == nullptr) return nullptr;
    void* found = nullptr;
    forEachContext([&](FxContextHeader* c) {
        if (found == nullptr && c->typeInfo == unique) found = c->context();
    });
    return found;
}

NTSTATUS FxObject::allocateContext(const WDF_OBJECT_ATTRIBUTES& attributes, void** contextOut) {
    if (contextOut != nullptr) *contextOut = nullptr;
    const char* ddi = "WdfObjectAllocateContext";
    if (attributes.Size != sizeof(WDF_OBJECT_ATTRIBUTES)) {
        globals_->verifierLog(std::string(ddi) + ": WDF_OBJECT_ATTRIBUTES.Size is " + std::to_string(attributes.Size) +
                              ", expected " + std::to_string(sizeof(WDF_OBJECT_ATTRIBUTES)));
        return STATUS_INVALID_PARAMETER;
    }
    if (attributes.ParentObject != nullptr) {
        globals_->verifierLog(std::string(ddi) + ": ParentObject must be NULL when allocating a context");
        return STATUS_INVALID_PARAMETER;
    }
    PCWDF_OBJECT_CONTEXT_TYPE_INFO declared = attributes.ContextTypeInfo;
    if (declared == nullptr || declared->Size != sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO)) {
        globals_->verifierLog(std::string(ddi) + ": ContextTypeInfo is NULL or malformed");
        return STATUS_OBJECT_NAME_INVALID;
    }
    size_t size = declared->ContextSize;
    if (attributes.ContextSizeOverride != 0) {
        if (attributes.ContextSizeOverride < declared->ContextSize) {
            globals_->verifierLog(std::string(ddi) + ": ContextSizeOverride " +
                                  std::to_string(attributes.ContextSizeOverride) + " is smaller than ContextSize " +
                                  std::to_string(declared->ContextSize));
            return STATUS_INVALID_PARAMETER;
        }
        size = attributes.ContextSizeOverride;
    }
    if (size == 0) {
        globals_->verifierLog(std::string(ddi) + ": context size is 0");
        return STATUS_INVALID_PARAMETER;
    }
    if (size > kMaxContextSize) return STATUS_INSUFFICIENT_RESOURCES;
    PCWDF_OBJECT_CONTEXT_TYPE_INFO unique = fxUniqueContextType(declared);

    size_t total = sizeof(FxContextHeader) + alignUp16(size);
    void* memory = ::operator new(total, std::align_val_t{alignof(FxContextHeader)}, std::nothrow);
    if (memory == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
    std::memset(memory, 0, total);
    auto* header = new (memory) FxContextHeader();
    header->external = 1;
    header->object = this;
    header->typeInfo = unique;
    header->declaredInfo = declared;
    header->evtCleanup = attributes.EvtCleanupCallback;
    header->evtDestroy = attributes.EvtDestroyCallback;
    header->size = size;

    FxSpinGuard guard(lock_);
    if (isDeleting()) {
        header->~FxContextHeader();
        ::operator delete(memory, std::align_val_t{alignof(FxContextHeader)});
        return STATUS_DELETE_PENDING;
    }
    void* existing = nullptr;
    forEachContext([&](FxContextHeader* c) {
        if (existing == nullptr && c->typeInfo == unique) existing = c->context();
    });
    if (existing != nullptr) {
        header->~FxContextHeader();
        ::operator delete(memory, std::align_val_t{alignof(FxContextHeader)});
        if (contextOut != nullptr) *contextOut = existing;
        return STATUS_OBJECT_NAME_EXISTS;
    }
    // Appended (allocation order is the callbacks' order); the walk is short, and it keeps
    // a tail pointer out of every object.
    FxContextHeader* last = extraContexts_.load(std::memory_order_relaxed);
    while (last != nullptr && last->next.load(std::memory_order_relaxed) != nullptr) {
        last = last->next.load(std::memory_order_relaxed);
    }
    if (last != nullptr) last->next.store(header, std::memory_order_release);
    else extraContexts_.store(header, std::memory_order_release);
    if (contextOut != nullptr) *contextOut = header->context();
    return STATUS_SUCCESS;
}

FxObject* FxObject::fromContext(void* context) {
    if (context == nullptr || (reinterpret_cast<uintptr_t>(context) % 16) != 0) return nullptr;
    FxContextHeader* header = FxContextHeader::fromContext(context);
    if (header->magic != FxContextHeader::kMagic) return nullptr;
    return header->object;
}

}  // namespace wdf
