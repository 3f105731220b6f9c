// Handles are checked: stale and garbage handles and handles of the wrong type are bug
// checks (WDF_VIOLATION 0x10D) naming the DDI, never undefined behaviour.
#include "wdf_object_fixture.h"

#include <cstdint>

TEST_F(WdfObjectTest, HandlesAreOpaqueAndAStaleHandleStaysInvalidAfterSlotReuse) {
    WDFOBJECT first = createNamed("A");
    wdf::FxObject* firstObject = object(first);
    ASSERT_NE(firstObject, nullptr);
    EXPECT_NE(static_cast<void*>(first), static_cast<void*>(firstObject));
    EXPECT_EQ(reinterpret_cast<uintptr_t>(first) & 1, 1u);
    WdfObjectDelete(first);
    EXPECT_EQ(object(first), nullptr);

    WDFOBJECT second = createNamed("B");
    EXPECT_NE(second, first);
    EXPECT_EQ(object(first), nullptr);
    EXPECT_NE(object(second), nullptr);
    WdfObjectDelete(second);
}

TEST_F(WdfObjectTest, AnotherDriversHandleIsNotValidHere) {
    wdf::FxDriverGlobals other(nullptr, "other");
    wdf::FxGenericObject* foreign = nullptr;
    ASSERT_EQ(wdf::fxCreate(&other, nullptr, nullptr, &foreign), STATUS_SUCCESS);
    EXPECT_EQ(object(foreign->handle()), nullptr);
    foreign->deleteObject();
}

TEST_F(WdfObjectTest, DriverGlobalsCarryTheNameAndTheDefaultPoolTag) {
    EXPECT_STREQ(globals.publicGlobals.DriverName, "objtest");
    EXPECT_EQ(globals.publicGlobals.DriverTag, ULONG('o') | ULONG('b') << 8 | ULONG('j') << 16 | ULONG('t') << 24);
    wdf::FxDriverGlobals wdfPrefixed(nullptr, "WdfSample");
    EXPECT_EQ(wdfPrefixed.publicGlobals.DriverTag, ULONG('S') | ULONG('a') << 8 | ULONG('m') << 16 | ULONG('p') << 24);
    wdf::FxDriverGlobals shortName(nullptr, "ab");
    EXPECT_EQ(shortName.publicGlobals.DriverTag, ULONG('F') | ULONG('x') << 8 | ULONG('D') << 16 | ULONG('r') << 24);
    EXPECT_EQ(wdf::FxDriverGlobals::from(globals.publicView()), &globals);
}

using WdfObjectDeathTest = WdfObjectTest;

TEST_F(WdfObjectDeathTest, UsingAStaleHandleIsAWdfViolationNamingTheDdi) {
    WDFOBJECT o = createNamed("O");
    WdfObjectDelete(o);
    EXPECT_DEATH(WdfObjectGetTypedContextWorker(o, WDF_GET_CONTEXT_TYPE_INFO(NAMED_CONTEXT)),
                 "WDF_VIOLATION \\(0x10D\\) subcode 0x5 in driver 'objtest': WdfObjectGetTypedContextWorker: handle");
    EXPECT_DEATH(WdfObjectDelete(o), "WDF_VIOLATION.*subcode 0x5.*WdfObjectDelete: handle");
}

TEST_F(WdfObjectDeathTest, UsingAGarbageHandleIsAWdfViolation) {
    EXPECT_DEATH(WdfObjectReference(reinterpret_cast<WDFOBJECT>(0x7fff12345677)),
                 "WDF_VIOLATION.*subcode 0x5.*WdfObjectReferenceActual: handle");
    EXPECT_DEATH(WdfObjectDelete(reinterpret_cast<WDFOBJECT>(0x1000)), "WDF_VIOLATION.*subcode 0x5.*WdfObjectDelete");
}

TEST_F(WdfObjectDeathTest, NullHandleIsARequiredParameterViolation) {
    EXPECT_DEATH(WdfObjectDelete(nullptr), "WDF_VIOLATION.*subcode 0x4.*WdfObjectDelete: required parameter handle is NULL");
}

TEST_F(WdfObjectDeathTest, WrongTypeHandleIsAWdfViolationNamingBothTypes) {
    WDFOBJECT o = createNamed("O");
    EXPECT_DEATH(WdfMemoryGetBuffer(reinterpret_cast<WDFMEMORY>(o), nullptr),
                 "WDF_VIOLATION.*subcode 0x5.*WdfMemoryGetBuffer: handle .* is a WDFOBJECT, but a WDFMEMORY was expected");
    WdfObjectDelete(o);
}

TEST_F(WdfObjectDeathTest, GarbageDriverGlobalsIsAWdfViolation) {
    alignas(64) static WDF_DRIVER_GLOBALS fake[4] = {};
    EXPECT_DEATH(wdf::FxDriverGlobals::from(fake), "WDF_VIOLATION.*DriverGlobals");
}
