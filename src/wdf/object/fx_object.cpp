// FxObject life cycle: references, delete (cleanup, children first), destroy, free.
#include "wdf/object/fx_object.h"

#include <algorithm>
#include <cstdio>

namespace wdf {

namespace {

std::string hexValue(const void* value) {
    char text[32];
    std::snprintf(text, sizeof text, "0x%016llx",
                  static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(value)));
    return text;
}

}  // namespace

FxObject::FxObject(FxDriverGlobals* globals, FxObjectType type) : globals_(globals), type_(type) {}

FxObject::~FxObject() = default;

// --- references ----------------------------------------------------------------------

void FxObject::addRef(const void* tag, LONG line, const char* file) {
    LONG previous = refs_.fetch_add(1, std::memory_order_acq_rel);
    if (previous <= 0) {
        wdfViolation(globals_, kFxObjectError, reinterpret_cast<ULONG_PTR>(handle_), 0, 0,
                     std::string(fxObjectTypeName(type_)) + " " + hexValue(handle_) +
                         " referenced after its reference count reached zero (it is being destroyed)");
    }
    if (file != nullptr && globals_->verifierEnabled) {
        FxSpinGuard guard(lock_);
        if (!references_) references_ = std::make_unique<std::vector<FxReferenceRecord>>();
        references_->push_back(FxReferenceRecord{tag, line, file});
    }
}

void FxObject::release(const void* tag, LONG line, const char* file) {
    if (file != nullptr && globals_->verifierEnabled) {
        bool found = false;
        {
            FxSpinGuard guard(lock_);
            if (references_) {
                for (auto it = references_->rbegin(); it != references_->rend(); ++it) {
                    if (it->tag == tag) {
                        references_->erase(std::next(it).base());
                        found = true;
                        break;
                    }
                }
            }
        }
        if (!found) {
            globals_->verifierLog(std::string("WdfObjectDereference: ") + fxObjectTypeName(type_) + " " +
                                  hexValue(handle_) + " dereferenced with tag " + hexValue(tag) + " at " +
                                  file + ":" + std::to_string(line) +
                                  " but no outstanding reference carries that tag");
        }
    }
    LONG now = refs_.fetch_sub(1, std::memory_order_acq_rel) - 1;
    if (now > 0) return;
    if (now < 0) {
        wdfViolation(globals_, kFxObjectError, reinterpret_cast<ULONG_PTR>(handle_), 0, 0,
                     std::string(fxObjectTypeName(type_)) + " " + hexValue(handle_) +
                         ": reference count dropped below zero (more dereferences than references)");
    }
    if (state_.load(std::memory_order_acquire) == State::Alive) {
        wdfViolation(globals_, kFxObjectError, reinterpret_cast<ULONG_PTR>(handle_), 0, 0,
                     std::string(fxObjectTypeName(type_)) + " " + hexValue(handle_) +
                         ": the driver deleted the object by calling WdfObjectDereference instead of "
                         "WdfObjectDelete (reference count reached zero on a live object)");
    }
    destroy();
}

std::vector<FxReferenceRecord> FxObject::taggedReferences() const {
    FxSpinGuard guard(lock_);
    return references_ ? *references_ : std::vector<FxReferenceRecord>{};
}

// --- deletion --------------------------------------------------------------------------

void FxObject::deleteFromDriver(const char* ddiName) {
    if (!driverMayDelete()) {
        wdfViolation(globals_, kFxObjectError, reinterpret_cast<ULONG_PTR>(handle_), 0, 0,
                     std::string(ddiName) + ": drivers cannot delete a " + fxObjectTypeName(type_) + " (" +
                         hexValue(handle_) + "); the framework always handles its deletion");
    }
    if (isDeleting()) {
        globals_->verifierLog(std::string(ddiName) + ": " + fxObjectTypeName(type_) + " " + hexValue(handle_) +
                              " is already being deleted");
        return;
    }
    deleteObject();
}

void FxObject::deleteObject() {
    State expected = State::Alive;
    if (!state_.compare_exchange_strong(expected, State::Deleting, std::memory_order_acq_rel)) return;
    detachFromParentList();
    bool leaf;
    {
        // No child can be added any more (publish() refuses a deleting parent).
        FxSpinGuard guard(lock_);
        leaf = children_.empty();
    }
    if (leaf) {
        // The common case (every request): no subtree to order, and the creation
        // reference alone keeps the object alive through its cleanup.
        runCleanup();
        release();
        return;
    }
    addRef();  // held through the cleanup phase: destroy waits until the subtree is cleaned up
    std::vector<FxObject*> order;
    cleanupSubtree(order);
    // Creation reference and cleanup-phase reference, children before parents.
    for (FxObject* object : order) {
        object->release();
        object->release();
    }
}

// Precondition: this object is Deleting and its caller holds a reference on it.
void FxObject::cleanupSubtree(std::vector<FxObject*>& order) {
    std::vector<FxObject*> claimed;
    {
        FxSpinGuard guard(lock_);
        // Most recently created child first.
        for (auto it = children_.rbegin(); it != children_.rend(); ++it) {
            FxObject* child = *it;
            State alive = State::Alive;
            if (child->state_.compare_exchange_strong(alive, State::Deleting, std::memory_order_acq_rel)) {
                child->refs_.fetch_add(1, std::memory_order_acq_rel);
                claimed.push_back(child);
            }
        }
        // Children deleting on their own leave the list themselves (detachFromParentList).
        children_.erase(std::remove_if(children_.begin(), children_.end(),
                                       [&](FxObject* c) {
                                           return std::find(claimed.begin(), claimed.end(), c) != claimed.end();
                                       }),
                        children_.end());
    }
    for (FxObject* child : claimed) child->cleanupSubtree(order);
    runCleanup();
    order.push_back(this);
}

void FxObject::runCleanup() {
    onCleanup();
    if (discarded_) return;
    WDFOBJECT self = handle();
    if (evtCleanup_ != nullptr) evtCleanup_(self);
    forEachContext([&](FxContextHeader* c) {
        if (c->evtCleanup != nullptr) c->evtCleanup(self);
    });
}

void FxObject::detachFromParentList() {
    if (parent_ == nullptr) return;
    FxSpinGuard guard(parent_->lock_);
    auto& siblings = parent_->children_;
    auto it = std::find(siblings.begin(), siblings.end(), this);
    if (it != siblings.end()) siblings.erase(it);
}

void FxObject::destroy() {
    state_.store(State::Destroying, std::memory_order_release);
    if (!discarded_) {
        onDestroy();
        WDFOBJECT self = handle();
        if (evtDestroy_ != nullptr) evtDestroy_(self);
        forEachContext([&](FxContextHeader* c) {
            if (c->evtDestroy != nullptr) c->evtDestroy(self);
        });
    }
    if (handle_ != nullptr) globals_->handles.remove(handle_);
    globals_->untrackObject(this);
    detachFromParentList();
    FxObject* parent = parent_;
    freeMemory();
    if (parent != nullptr) parent->release();
}

void FxObject::freeMemory() {
    void* block = block_;
    FxContextHeader* extra = extraContexts_.load(std::memory_order_acquire);
    this->~FxObject();
    while (extra != nullptr) {
        FxContextHeader* next = extra->next.load(std::memory_order_relaxed);
        extra->~FxContextHeader();
        ::operator delete(static_cast<void*>(extra), std::align_val_t{alignof(FxContextHeader)});
        extra = next;
    }
    FxObjectFactory::freeBlock(block);
}

// --- reports ---------------------------------------------------------------------------

std::string FxObject::contextTypeNames() const {
    std::string names;
    forEachContext([&](FxContextHeader* c) {
        const char* name = c->declaredInfo != nullptr && c->declaredInfo->ContextName != nullptr
                               ? c->declaredInfo->ContextName
                               : "?";
        if (!names.empty()) names += ",";
        names += name;
    });
    return names;
}

std::string FxObject::describe() const {
    std::string line = std::string(fxObjectTypeName(type_)) + " " + hexValue(handle_);
    std::string contexts = contextTypeNames();
    if (!contexts.empty()) line += " context=" + contexts;
    if (parent_ != nullptr) line += std::string(" parent=") + fxObjectTypeName(parent_->type_) + " " + hexValue(parent_->handle_);
    line += " refs=" + std::to_string(referenceCount());
    line += isDeleting() ? " (deleted, waiting for references)" : " (alive)";
    return line;
}

}  // namespace wdf
