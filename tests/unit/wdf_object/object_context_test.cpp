// Typed context space ("Framework Object Context Space", WdfObjectAllocateContext,
// WdfObjectContextGetObject).
#include "wdf_object_fixture.h"

#include <cstdint>

using Events = std::vector<std::string>;

namespace {

bool allZero(const void* p, size_t n) {
    const auto* bytes = static_cast<const unsigned char*>(p);
    for (size_t i = 0; i < n; ++i) {
        if (bytes[i] != 0) return false;
    }
    return true;
}

}  // namespace

TEST_F(WdfObjectTest, PrimaryContextIsZeroedAlignedAndSizedByTheOverride) {
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, NAMED_CONTEXT);
    attributes.ContextSizeOverride = 1000;
    WDFOBJECT o = nullptr;
    ASSERT_EQ(WdfObjectCreate(&attributes, &o), STATUS_SUCCESS);
    NAMED_CONTEXT* context = WdfObjectGet_NAMED_CONTEXT(o);
    ASSERT_NE(context, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(context) % 16, 0u);
    EXPECT_TRUE(allZero(context, 1000));
    std::memset(context, 0x5A, 1000);  // the whole override is ours to write
    EXPECT_EQ(WdfObjectGetTypedContext(o, NAMED_CONTEXT), context);
    // No SECOND_CONTEXT on this object.
    EXPECT_EQ(WdfObjectGet_SECOND_CONTEXT(o), nullptr);
    WdfObjectDelete(o);
}

TEST_F(WdfObjectTest, ObjectWithoutAttributesHasNoContext) {
    WDFOBJECT o = nullptr;
    ASSERT_EQ(WdfObjectCreate(WDF_NO_OBJECT_ATTRIBUTES, &o), STATUS_SUCCESS);
    EXPECT_EQ(WdfObjectGet_NAMED_CONTEXT(o), nullptr);
    WdfObjectDelete(o);
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}

static void secondCleanup(WDFOBJECT object) {
    events().push_back("cleanup2:" + std::to_string(WdfObjectGet_SECOND_CONTEXT(object)->values[0]));
}
static void secondDestroy(WDFOBJECT object) {
    events().push_back("destroy2:" + std::to_string(WdfObjectGet_SECOND_CONTEXT(object)->values[0]));
}

TEST_F(WdfObjectTest, AllocateContextAddsASecondZeroedContextEachTypeOnce) {
    WDFOBJECT o = createNamed("O");
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, SECOND_CONTEXT);
    attributes.EvtCleanupCallback = secondCleanup;
    attributes.EvtDestroyCallback = secondDestroy;
    PVOID second = nullptr;
    ASSERT_EQ(WdfObjectAllocateContext(o, &attributes, &second), STATUS_SUCCESS);
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(second) % 16, 0u);
    EXPECT_TRUE(allZero(second, sizeof(SECOND_CONTEXT)));
    EXPECT_EQ(WdfObjectGet_SECOND_CONTEXT(o), second);
    EXPECT_NE(static_cast<void*>(WdfObjectGet_NAMED_CONTEXT(o)), second);
    static_cast<SECOND_CONTEXT*>(second)->values[0] = 77;

    // The same type again: STATUS_OBJECT_NAME_EXISTS and the existing context.
    PVOID again = nullptr;
    EXPECT_EQ(WdfObjectAllocateContext(o, &attributes, &again), STATUS_OBJECT_NAME_EXISTS);
    EXPECT_EQ(again, second);
    // The primary context's type as well.
    WDF_OBJECT_ATTRIBUTES primary;
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&primary, NAMED_CONTEXT);
    PVOID existing = nullptr;
    EXPECT_EQ(WdfObjectAllocateContext(o, &primary, &existing), STATUS_OBJECT_NAME_EXISTS);
    EXPECT_EQ(existing, WdfObjectGet_NAMED_CONTEXT(o));

    // Each context's callbacks run, in allocation order, per phase.
    WdfObjectDelete(o);
    EXPECT_EQ(events(), (Events{"cleanup:O", "cleanup2:77", "destroy:O", "destroy2:77"}));
}

TEST_F(WdfObjectTest, AllocateContextRejectsBadAttributesAndDeletingObjects) {
    WDFOBJECT o = createNamed("O");
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    PVOID context = reinterpret_cast<PVOID>(0x1);
    EXPECT_EQ(WdfObjectAllocateContext(o, &attributes, &context), STATUS_OBJECT_NAME_INVALID);
    EXPECT_EQ(context, nullptr);

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, SECOND_CONTEXT);
    attributes.ParentObject = o;
    EXPECT_EQ(WdfObjectAllocateContext(o, &attributes, &context), STATUS_INVALID_PARAMETER);
    attributes.ParentObject = nullptr;
    attributes.ContextSizeOverride = 3;
    EXPECT_EQ(WdfObjectAllocateContext(o, &attributes, &context), STATUS_INVALID_PARAMETER);

    attributes.ContextSizeOverride = 0;
    WdfObjectReference(o);
    WdfObjectDelete(o);
    EXPECT_EQ(WdfObjectAllocateContext(o, &attributes, &context), STATUS_DELETE_PENDING);
    WdfObjectDereference(o);
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}

TEST_F(WdfObjectTest, ContextGetObjectRoundTripsForEveryContext) {
    WDFOBJECT o = createNamed("O");
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, SECOND_CONTEXT);
    PVOID second = nullptr;
    ASSERT_EQ(WdfObjectAllocateContext(o, &attributes, &second), STATUS_SUCCESS);
    EXPECT_EQ(WdfObjectContextGetObject(WdfObjectGet_NAMED_CONTEXT(o)), o);
    EXPECT_EQ(WdfObjectContextGetObject(second), o);
    WdfObjectDelete(o);
}

// A shared context type: the accessor's info names a getter returning the unique info.
extern "C" const WDF_OBJECT_CONTEXT_TYPE_INFO kUniqueShared;
extern "C" PCWDF_OBJECT_CONTEXT_TYPE_INFO getUniqueShared(void) { return &kUniqueShared; }
extern "C" const WDF_OBJECT_CONTEXT_TYPE_INFO kUniqueShared = {sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO),
                                                               (PCHAR) "SHARED", 24, &kUniqueShared, nullptr};
static const WDF_OBJECT_CONTEXT_TYPE_INFO kOtherModuleView = {sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO), (PCHAR) "SHARED",
                                                             24, &kOtherModuleView, getUniqueShared};

TEST_F(WdfObjectTest, ContextTypesAreMatchedThroughTheUniqueTypeGetter) {
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ContextTypeInfo = &kUniqueShared;
    WDFOBJECT o = nullptr;
    ASSERT_EQ(WdfObjectCreate(&attributes, &o), STATUS_SUCCESS);
    void* viaUnique = WdfObjectGetTypedContextWorker(o, &kUniqueShared);
    ASSERT_NE(viaUnique, nullptr);
    EXPECT_EQ(WdfObjectGetTypedContextWorker(o, &kOtherModuleView), viaUnique);
    WdfObjectDelete(o);
}

using WdfObjectDeathTest = WdfObjectTest;

TEST_F(WdfObjectDeathTest, ContextGetObjectOnAForeignPointerIsAWdfViolation) {
    alignas(16) static unsigned char notAContext[256] = {};
    EXPECT_DEATH(WdfObjectContextGetObject(notAContext + 128), "WDF_VIOLATION.*WdfObjectContextGetObject");
}

TEST_F(WdfObjectTest, AbsurdContextSizeOverrideFailsCleanly) {
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, NAMED_CONTEXT);
    attributes.ContextSizeOverride = ~size_t{0} - 4;
    WDFOBJECT o = nullptr;
    EXPECT_EQ(WdfObjectCreate(&attributes, &o), STATUS_INSUFFICIENT_RESOURCES);
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}
