// Collection object DDIs (wdfcollection.h).
#include <ntddk.h>
#include <wdf.h>

#include "wdf/ddi/ddi_families.h"
#include "wdf/object/fx_ddi_checks.h"
#include "wdf/support/fx_collection.h"

#include <string>
#include <type_traits>

using namespace wdf;

extern "C" {

// IRQL <= DISPATCH_LEVEL. Default parent: the WDFDRIVER.
NTSTATUS NTAPI imp_WdfCollectionCreate(PWDF_DRIVER_GLOBALS DriverGlobals, PWDF_OBJECT_ATTRIBUTES CollectionAttributes,
                                       WDFCOLLECTION* Collection) {
    const char* ddi = "WdfCollectionCreate";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    fxRequire(globals, Collection, "Collection", ddi);
    *Collection = nullptr;
    if (!fxCheckIrql(globals, DISPATCH_LEVEL, ddi)) return STATUS_INVALID_DEVICE_REQUEST;
    FxCollection* collection = nullptr;
    NTSTATUS status = fxCreateNamed(ddi, globals, CollectionAttributes, globals->defaultParent(), &collection);
    if (NT_SUCCESS(status)) *Collection = collection->handleAs<WDFCOLLECTION>();
    return status;
}

// IRQL <= DISPATCH_LEVEL.
ULONG NTAPI imp_WdfCollectionGetCount(PWDF_DRIVER_GLOBALS DriverGlobals, WDFCOLLECTION Collection) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxCollection>(globals, Collection, "WdfCollectionGetCount")->count();
}

// IRQL <= DISPATCH_LEVEL. The collection references the object until it is removed.
NTSTATUS NTAPI imp_WdfCollectionAdd(PWDF_DRIVER_GLOBALS DriverGlobals, WDFCOLLECTION Collection, WDFOBJECT Object) {
    const char* ddi = "WdfCollectionAdd";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxCollection* collection = resolve<FxCollection>(globals, Collection, ddi);
    FxObject* item = resolveAny(globals, Object, ddi);
    if (!fxCheckIrql(globals, DISPATCH_LEVEL, ddi)) return STATUS_INVALID_DEVICE_REQUEST;
    return collection->add(item);
}

// IRQL <= DISPATCH_LEVEL.
VOID NTAPI imp_WdfCollectionRemove(PWDF_DRIVER_GLOBALS DriverGlobals, WDFCOLLECTION Collection, WDFOBJECT Item) {
    const char* ddi = "WdfCollectionRemove";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxCollection* collection = resolve<FxCollection>(globals, Collection, ddi);
    FxObject* item = resolveAny(globals, Item, ddi);
    if (!collection->remove(item)) {
        globals->verifierLog(std::string(ddi) + ": the object is not in the collection");
    }
}

// IRQL <= DISPATCH_LEVEL.
VOID NTAPI imp_WdfCollectionRemoveItem(PWDF_DRIVER_GLOBALS DriverGlobals, WDFCOLLECTION Collection, ULONG Index) {
    const char* ddi = "WdfCollectionRemoveItem";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxCollection* collection = resolve<FxCollection>(globals, Collection, ddi);
    if (!collection->removeAt(Index)) {
        globals->verifierLog(std::string(ddi) + ": index " + std::to_string(Index) + " is out of range (count " +
                             std::to_string(collection->count()) + ")");
    }
}

// IRQL <= DISPATCH_LEVEL. NULL when Index is out of range.
WDFOBJECT NTAPI imp_WdfCollectionGetItem(PWDF_DRIVER_GLOBALS DriverGlobals, WDFCOLLECTION Collection, ULONG Index) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxObject* item = resolve<FxCollection>(globals, Collection, "WdfCollectionGetItem")->item(Index);
    return item != nullptr ? item->handle() : nullptr;
}

// IRQL <= DISPATCH_LEVEL. NULL when empty.
WDFOBJECT NTAPI imp_WdfCollectionGetFirstItem(PWDF_DRIVER_GLOBALS DriverGlobals, WDFCOLLECTION Collection) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxObject* item = resolve<FxCollection>(globals, Collection, "WdfCollectionGetFirstItem")->first();
    return item != nullptr ? item->handle() : nullptr;
}

// IRQL <= DISPATCH_LEVEL. NULL when empty.
WDFOBJECT NTAPI imp_WdfCollectionGetLastItem(PWDF_DRIVER_GLOBALS DriverGlobals, WDFCOLLECTION Collection) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxObject* item = resolve<FxCollection>(globals, Collection, "WdfCollectionGetLastItem")->last();
    return item != nullptr ? item->handle() : nullptr;
}

}  // extern "C"

static_assert(std::is_same_v<decltype(&imp_WdfCollectionCreate), PFN_WDFCOLLECTIONCREATE>);
static_assert(std::is_same_v<decltype(&imp_WdfCollectionGetCount), PFN_WDFCOLLECTIONGETCOUNT>);
static_assert(std::is_same_v<decltype(&imp_WdfCollectionAdd), PFN_WDFCOLLECTIONADD>);
static_assert(std::is_same_v<decltype(&imp_WdfCollectionRemove), PFN_WDFCOLLECTIONREMOVE>);
static_assert(std::is_same_v<decltype(&imp_WdfCollectionRemoveItem), PFN_WDFCOLLECTIONREMOVEITEM>);
static_assert(std::is_same_v<decltype(&imp_WdfCollectionGetItem), PFN_WDFCOLLECTIONGETITEM>);
static_assert(std::is_same_v<decltype(&imp_WdfCollectionGetFirstItem), PFN_WDFCOLLECTIONGETFIRSTITEM>);
static_assert(std::is_same_v<decltype(&imp_WdfCollectionGetLastItem), PFN_WDFCOLLECTIONGETLASTITEM>);

namespace wdf {

std::span<const DdiEntry> collectionDdis() {
    static const DdiEntry kEntries[] = {
        ddiEntry(WdfCollectionCreateTableIndex, &imp_WdfCollectionCreate),
        ddiEntry(WdfCollectionGetCountTableIndex, &imp_WdfCollectionGetCount),
        ddiEntry(WdfCollectionAddTableIndex, &imp_WdfCollectionAdd),
        ddiEntry(WdfCollectionRemoveTableIndex, &imp_WdfCollectionRemove),
        ddiEntry(WdfCollectionRemoveItemTableIndex, &imp_WdfCollectionRemoveItem),
        ddiEntry(WdfCollectionGetItemTableIndex, &imp_WdfCollectionGetItem),
        ddiEntry(WdfCollectionGetFirstItemTableIndex, &imp_WdfCollectionGetFirstItem),
        ddiEntry(WdfCollectionGetLastItemTableIndex, &imp_WdfCollectionGetLastItem),
    };
    return kEntries;
}

}  // namespace wdf
