// FxCollection: WDFCOLLECTION, an ordered list of framework objects. The collection holds
// a reference on each item while it is in the list ("WdfCollectionAdd" remarks), so an
// item deleted by the driver stays valid (cleaned up, not destroyed) until it is removed
// or the collection is deleted; deleting the collection (its cleanup) removes all items.
#pragma once

#include "wdf/object/fx_object.h"

#include <vector>

namespace wdf {

class FxCollection : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::Collection;

    explicit FxCollection(FxDriverGlobals* globals);
    ~FxCollection() override;

    // All IRQL <= DISPATCH_LEVEL, any thread.
    ULONG count() const;
    // Appends `item` and references it. STATUS_UNSUCCESSFUL if it cannot be added.
    NTSTATUS add(FxObject* item);
    // Removes the item at `index` (dereferencing it); false if out of range.
    bool removeAt(ULONG index);
    // Removes the first occurrence of `item`; false if not present.
    bool remove(FxObject* item);
    // nullptr when out of range / empty.
    FxObject* item(ULONG index) const;
    FxObject* first() const;
    FxObject* last() const;

protected:
    void onCleanup() override;

private:
    mutable FxSpinMutex itemsLock_;
    std::vector<FxObject*> items_;
};

}  // namespace wdf
