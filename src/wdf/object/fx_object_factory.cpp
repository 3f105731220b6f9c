// Creating framework objects: attribute validation, the single allocation, handle
// registration, parent link; and tearing down an object whose creation failed.
#include "wdf/object/fx_object.h"

#include <cstdio>
#include <cstring>

namespace wdf {

namespace {

size_t alignUp16(size_t n) { return (n + 15) & ~size_t{15}; }

NTSTATUS invalid(FxDriverGlobals* globals, const char* ddiName, const std::string& why,
                 NTSTATUS status = STATUS_INVALID_PARAMETER) {
    globals->verifierLog(std::string(ddiName) + ": " + why);
    return status;
}

}  // namespace

NTSTATUS fxValidateAttributes(FxDriverGlobals* globals, PWDF_OBJECT_ATTRIBUTES attributes, const char* ddiName,
                              FxObject** parent) {
    *parent = nullptr;
    if (attributes == nullptr) return STATUS_SUCCESS;
    if (attributes->Size != sizeof(WDF_OBJECT_ATTRIBUTES)) {
        return invalid(globals, ddiName,
                       "WDF_OBJECT_ATTRIBUTES.Size is " + std::to_string(attributes->Size) + ", expected " +
                           std::to_string(sizeof(WDF_OBJECT_ATTRIBUTES)) + " (use WDF_OBJECT_ATTRIBUTES_INIT)");
    }
    // Read as integers: a driver's garbage is not a valid enumerator.
    int executionLevel, synchronizationScope;
    std::memcpy(&executionLevel, &attributes->ExecutionLevel, sizeof executionLevel);
    std::memcpy(&synchronizationScope, &attributes->SynchronizationScope, sizeof synchronizationScope);
    if (executionLevel <= WdfExecutionLevelInvalid || executionLevel > WdfExecutionLevelDispatch) {
        return invalid(globals, ddiName,
                       "WDF_OBJECT_ATTRIBUTES.ExecutionLevel " + std::to_string(executionLevel) +
                           " is not a valid WDF_EXECUTION_LEVEL");
    }
    if (synchronizationScope <= WdfSynchronizationScopeInvalid || synchronizationScope > WdfSynchronizationScopeNone) {
        return invalid(globals, ddiName,
                       "WDF_OBJECT_ATTRIBUTES.SynchronizationScope " + std::to_string(synchronizationScope) +
                           " is not a valid WDF_SYNCHRONIZATION_SCOPE");
    }
    if (PCWDF_OBJECT_CONTEXT_TYPE_INFO info = attributes->ContextTypeInfo) {
        if (info->Size != sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO)) {
            return invalid(globals, ddiName,
                           "ContextTypeInfo->Size is " + std::to_string(info->Size) +
                               " (declare the context with WDF_DECLARE_CONTEXT_TYPE)",
                           STATUS_OBJECT_NAME_INVALID);
        }
        if (attributes->ContextSizeOverride != 0 && attributes->ContextSizeOverride < info->ContextSize) {
            return invalid(globals, ddiName,
                           "ContextSizeOverride " + std::to_string(attributes->ContextSizeOverride) +
                               " is smaller than the ContextSize " + std::to_string(info->ContextSize) + " of " +
                               (info->ContextName != nullptr ? info->ContextName : "the context type"));
        }
        if (attributes->ContextSizeOverride == 0 && info->ContextSize == 0) {
            return invalid(globals, ddiName, "context type has ContextSize 0");
        }
    } else if (attributes->ContextSizeOverride != 0) {
        return invalid(globals, ddiName, "ContextSizeOverride is set but ContextTypeInfo is NULL");
    }
    if (attributes->ParentObject != nullptr) {
        FxObject* p = tryResolve(globals, attributes->ParentObject);
        if (p == nullptr) {
            char text[64];
            std::snprintf(text, sizeof text, "%p", static_cast<void*>(attributes->ParentObject));
            return invalid(globals, ddiName, std::string("ParentObject ") + text + " is not a valid handle");
        }
        if (p->isDeleting()) {
            return invalid(globals, ddiName, std::string("ParentObject (") + fxObjectTypeName(p->type()) +
                                                 ") is being deleted", STATUS_DELETE_PENDING);
        }
        *parent = p;
    }
    return STATUS_SUCCESS;
}

size_t fxPrimaryContextSize(PWDF_OBJECT_ATTRIBUTES attributes) {
    if (attributes == nullptr || attributes->ContextTypeInfo == nullptr) return 0;
    return attributes->ContextSizeOverride != 0 ? attributes->ContextSizeOverride
                                                : attributes->ContextTypeInfo->ContextSize;
}

void* FxObjectFactory::allocateBlock(size_t objectSize, size_t contextSize, size_t* contextOffset) {
    if (contextSize > kMaxContextSize) return nullptr;  // a driver's absurd ContextSizeOverride
    size_t objectArea = alignUp16(objectSize);
    size_t contextArea = contextSize == 0 ? 0 : sizeof(FxContextHeader) + alignUp16(contextSize);
    void* block = ::operator new(objectArea + contextArea, std::align_val_t{16}, std::nothrow);
    if (block == nullptr) return nullptr;
    if (contextArea != 0) std::memset(static_cast<char*>(block) + objectArea, 0, contextArea);
    *contextOffset = contextArea == 0 ? 0 : objectArea;
    return block;
}

void FxObjectFactory::freeBlock(void* block) { ::operator delete(block, std::align_val_t{16}); }

NTSTATUS FxObjectFactory::attach(FxObject* object, void* block, size_t contextOffset,
                                 PWDF_OBJECT_ATTRIBUTES attributes) {
    object->block_ = block;
    if (attributes != nullptr) {
        object->evtCleanup_ = attributes->EvtCleanupCallback;
        object->evtDestroy_ = attributes->EvtDestroyCallback;
        object->executionLevel_ = static_cast<uint8_t>(attributes->ExecutionLevel);
        object->synchronizationScope_ = static_cast<uint8_t>(attributes->SynchronizationScope);
        if (contextOffset != 0) {
            auto* header = new (static_cast<char*>(block) + contextOffset) FxContextHeader();
            header->object = object;
            header->declaredInfo = attributes->ContextTypeInfo;
            header->typeInfo = fxUniqueContextType(attributes->ContextTypeInfo);
            header->size = fxPrimaryContextSize(attributes);
            object->firstContext_ = header;
        }
    }
    object->handle_ = object->globals_->handles.insert(object);
    if (object->handle_ == nullptr) {
        object->globals_->verifierLog("framework: the driver's handle table is full");
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return STATUS_SUCCESS;
}

NTSTATUS FxObjectFactory::publish(FxObject* object, FxObject* parent) {
    if (parent != nullptr) {
        FxSpinGuard guard(parent->lock_);
        if (parent->isDeleting()) return STATUS_DELETE_PENDING;
        parent->children_.push_back(object);
        parent->refs_.fetch_add(1, std::memory_order_acq_rel);
        object->parent_ = parent;
    }
    object->globals_->trackObject(object);
    return STATUS_SUCCESS;
}

void FxObjectFactory::discard(FxObject* object) {
    object->discarded_ = true;
    object->state_.store(FxObject::State::Deleting, std::memory_order_release);
    // Children the object created for itself in initialize() are framework objects: they
    // are deleted normally. They hold references on the object, so it goes away with the
    // last of them.
    std::vector<FxObject*> children;
    {
        FxSpinGuard guard(object->lock_);
        children = object->children_;
    }
    for (auto it = children.rbegin(); it != children.rend(); ++it) (*it)->deleteObject();
    object->release();
}

// --- handle resolution -------------------------------------------------------------------

FxObject* tryResolve(FxDriverGlobals* globals, const void* handle) {
    if (handle == nullptr) return nullptr;
    return globals->handles.lookup(handle);
}

FxObject* resolveAny(FxDriverGlobals* globals, const void* handle, const char* ddiName) {
    if (handle == nullptr) fxRequiredParameterNull(globals, "handle", ddiName);
    FxObject* object = globals->handles.lookup(handle);
    if (object == nullptr) {
        char text[160];
        std::snprintf(text, sizeof text,
                      "%s: handle %p is not a valid framework object handle of this driver "
                      "(the object was deleted, or the value is garbage)",
                      ddiName, handle);
        wdfViolation(globals, kFxInvalidHandle, reinterpret_cast<ULONG_PTR>(handle), 0, 0, text);
    }
    return object;
}

void fxWrongHandleType(FxDriverGlobals* globals, FxObject* object, FxObjectType expected, const char* ddiName) {
    char text[200];
    std::snprintf(text, sizeof text, "%s: handle %p is a %s, but a %s was expected", ddiName,
                  static_cast<void*>(object->handle()), fxObjectTypeName(object->type()), fxObjectTypeName(expected));
    wdfViolation(globals, kFxInvalidHandle, reinterpret_cast<ULONG_PTR>(object->handle()), 0, 0, text);
}

void fxRequiredParameterNull(FxDriverGlobals* globals, const char* parameter, const char* ddiName) {
    wdfViolation(globals, kFxRequiredParameterIsNull, 0, reinterpret_cast<ULONG_PTR>(__builtin_return_address(0)), 0,
                 std::string(ddiName) + ": required parameter " + parameter + " is NULL");
}

}  // namespace wdf
