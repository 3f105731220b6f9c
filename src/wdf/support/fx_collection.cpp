#include "wdf/support/fx_collection.h"

#include <algorithm>

namespace wdf {

FxCollection::FxCollection(FxDriverGlobals* globals) : FxObject(globals, kObjectType) {}

FxCollection::~FxCollection() = default;

ULONG FxCollection::count() const {
    FxSpinGuard guard(itemsLock_);
    return static_cast<ULONG>(items_.size());
}

NTSTATUS FxCollection::add(FxObject* item) {
    if (item == nullptr || item == this) return STATUS_UNSUCCESSFUL;
    item->addRef();
    {
        FxSpinGuard guard(itemsLock_);
        if (items_.size() < ULONG(~0u)) {
            items_.push_back(item);
            return STATUS_SUCCESS;
        }
    }
    item->release();
    return STATUS_UNSUCCESSFUL;
}

bool FxCollection::removeAt(ULONG index) {
    FxObject* item = nullptr;
    {
        FxSpinGuard guard(itemsLock_);
        if (index >= items_.size()) return false;
        item = items_[index];
        items_.erase(items_.begin() + index);
    }
    item->release();  // may destroy the item: outside the lock
    return true;
}

bool FxCollection::remove(FxObject* item) {
    {
        FxSpinGuard guard(itemsLock_);
        auto it = std::find(items_.begin(), items_.end(), item);
        if (it == items_.end()) return false;
        items_.erase(it);
    }
    item->release();
    return true;
}

FxObject* FxCollection::item(ULONG index) const {
    FxSpinGuard guard(itemsLock_);
    return index < items_.size() ? items_[index] : nullptr;
}

FxObject* FxCollection::first() const {
    FxSpinGuard guard(itemsLock_);
    return items_.empty() ? nullptr : items_.front();
}

FxObject* FxCollection::last() const {
    FxSpinGuard guard(itemsLock_);
    return items_.empty() ? nullptr : items_.back();
}

void FxCollection::onCleanup() {
    std::vector<FxObject*> items;
    {
        FxSpinGuard guard(itemsLock_);
        items.swap(items_);
    }
    for (FxObject* item : items) item->release();
}

}  // namespace wdf
