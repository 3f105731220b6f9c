// Generic object DDIs (wdfobject.h): contexts, references, WdfObjectCreate/Delete.
// WdfObjectQuery is reserved for system use and stays a bug-checking stub.
#include <ntddk.h>
#include <wdf.h>

#include "wdf/ddi/ddi_families.h"
#include "wdf/object/fx_ddi_checks.h"
#include "wdf/object/fx_object.h"

#include <type_traits>

using namespace wdf;

extern "C" {

// Any IRQL.
PVOID NTAPI imp_WdfObjectGetTypedContextWorker(PWDF_DRIVER_GLOBALS DriverGlobals, WDFOBJECT Handle,
                                               PCWDF_OBJECT_CONTEXT_TYPE_INFO TypeInfo) {
    const char* ddi = "WdfObjectGetTypedContextWorker";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxObject* object = resolveAny(globals, Handle, ddi);
    fxRequire(globals, TypeInfo, "TypeInfo", ddi);
    return object->context(TypeInfo);
}

// IRQL <= DISPATCH_LEVEL.
NTSTATUS NTAPI imp_WdfObjectAllocateContext(PWDF_DRIVER_GLOBALS DriverGlobals, WDFOBJECT Handle,
                                            PWDF_OBJECT_ATTRIBUTES ContextAttributes, PVOID* Context) {
    const char* ddi = "WdfObjectAllocateContext";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxObject* object = resolveAny(globals, Handle, ddi);
    fxRequire(globals, ContextAttributes, "ContextAttributes", ddi);
    if (Context != nullptr) *Context = nullptr;
    if (!fxCheckIrql(globals, DISPATCH_LEVEL, ddi)) return STATUS_INVALID_DEVICE_REQUEST;
    return object->allocateContext(*ContextAttributes, Context);
}

// Any IRQL.
WDFOBJECT NTAPI imp_WdfObjectContextGetObject(PWDF_DRIVER_GLOBALS DriverGlobals, PVOID ContextPointer) {
    const char* ddi = "WdfObjectContextGetObject";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    fxRequire(globals, ContextPointer, "ContextPointer", ddi);
    FxObject* object = FxObject::fromContext(ContextPointer);
    if (object == nullptr || object->globals() != globals) {
        wdfViolation(globals, kFxInvalidHandle, reinterpret_cast<ULONG_PTR>(ContextPointer), 0, 0,
                     std::string(ddi) + ": ContextPointer does not point to a context of one of this "
                                        "driver's framework objects");
    }
    return object->handle();
}

// IRQL <= DISPATCH_LEVEL.
VOID NTAPI imp_WdfObjectReferenceActual(PWDF_DRIVER_GLOBALS DriverGlobals, WDFOBJECT Handle, PVOID Tag, LONG Line,
                                        const CHAR* File) {
    const char* ddi = "WdfObjectReferenceActual";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxObject* object = resolveAny(globals, Handle, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    object->addRef(Tag, Line, File != nullptr ? File : "?");
}

// IRQL <= DISPATCH_LEVEL.
VOID NTAPI imp_WdfObjectDereferenceActual(PWDF_DRIVER_GLOBALS DriverGlobals, WDFOBJECT Handle, PVOID Tag, LONG Line,
                                          const CHAR* File) {
    const char* ddi = "WdfObjectDereferenceActual";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxObject* object = resolveAny(globals, Handle, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    object->release(Tag, Line, File != nullptr ? File : "?");
}

// IRQL <= DISPATCH_LEVEL. Default parent: the WDFDRIVER.
NTSTATUS NTAPI imp_WdfObjectCreate(PWDF_DRIVER_GLOBALS DriverGlobals, PWDF_OBJECT_ATTRIBUTES Attributes,
                                   WDFOBJECT* Object) {
    const char* ddi = "WdfObjectCreate";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    fxRequire(globals, Object, "Object", ddi);
    *Object = nullptr;
    if (!fxCheckIrql(globals, DISPATCH_LEVEL, ddi)) return STATUS_INVALID_DEVICE_REQUEST;
    FxGenericObject* object = nullptr;
    NTSTATUS status = fxCreateNamed(ddi, globals, Attributes, globals->defaultParent(), &object);
    if (NT_SUCCESS(status)) *Object = object->handle();
    return status;
}

// IRQL <= DISPATCH_LEVEL.
VOID NTAPI imp_WdfObjectDelete(PWDF_DRIVER_GLOBALS DriverGlobals, WDFOBJECT Object) {
    const char* ddi = "WdfObjectDelete";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxObject* object = resolveAny(globals, Object, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    object->deleteFromDriver(ddi);
}

}  // extern "C"

static_assert(std::is_same_v<decltype(&imp_WdfObjectGetTypedContextWorker), PFN_WDFOBJECTGETTYPEDCONTEXTWORKER>);
static_assert(std::is_same_v<decltype(&imp_WdfObjectAllocateContext), PFN_WDFOBJECTALLOCATECONTEXT>);
static_assert(std::is_same_v<decltype(&imp_WdfObjectContextGetObject), PFN_WDFOBJECTCONTEXTGETOBJECT>);
static_assert(std::is_same_v<decltype(&imp_WdfObjectReferenceActual), PFN_WDFOBJECTREFERENCEACTUAL>);
static_assert(std::is_same_v<decltype(&imp_WdfObjectDereferenceActual), PFN_WDFOBJECTDEREFERENCEACTUAL>);
static_assert(std::is_same_v<decltype(&imp_WdfObjectCreate), PFN_WDFOBJECTCREATE>);
static_assert(std::is_same_v<decltype(&imp_WdfObjectDelete), PFN_WDFOBJECTDELETE>);

namespace wdf {

std::span<const DdiEntry> objectDdis() {
    static const DdiEntry kEntries[] = {
        ddiEntry(WdfObjectGetTypedContextWorkerTableIndex, &imp_WdfObjectGetTypedContextWorker),
        ddiEntry(WdfObjectAllocateContextTableIndex, &imp_WdfObjectAllocateContext),
        ddiEntry(WdfObjectContextGetObjectTableIndex, &imp_WdfObjectContextGetObject),
        ddiEntry(WdfObjectReferenceActualTableIndex, &imp_WdfObjectReferenceActual),
        ddiEntry(WdfObjectDereferenceActualTableIndex, &imp_WdfObjectDereferenceActual),
        ddiEntry(WdfObjectCreateTableIndex, &imp_WdfObjectCreate),
        ddiEntry(WdfObjectDeleteTableIndex, &imp_WdfObjectDelete),
    };
    return kEntries;
}

}  // namespace wdf
