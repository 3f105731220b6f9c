// Deletion order and reference counting ("Framework Object Life Cycle",
// EVT_WDF_OBJECT_CONTEXT_CLEANUP / _DESTROY): cleanup children before parents, destroy
// when the last reference goes, memory freed after destroy.
#include "wdf_object_fixture.h"

#include "ntos/platform/platform.h"

#include <atomic>

using Events = std::vector<std::string>;

TEST_F(WdfObjectTest, DeleteCleansUpChildrenBeforeParentThenDestroysInTheSameOrder) {
    WDFOBJECT root = createNamed("R");
    WDFOBJECT a = createNamed("A", root);
    createNamed("B", root);
    createNamed("A1", a);
    createNamed("A2", a);
    ASSERT_EQ(globals.liveObjectCount(), 5u);

    WdfObjectDelete(root);

    // Depth first, most recently created sibling first; every cleanup before any destroy
    // (each child holds a reference on its parent until it is destroyed).
    EXPECT_EQ(events(), (Events{"cleanup:B", "cleanup:A2", "cleanup:A1", "cleanup:A", "cleanup:R",
                                "destroy:B", "destroy:A2", "destroy:A1", "destroy:A", "destroy:R"}));
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}

TEST_F(WdfObjectTest, DeletingAChildLeavesTheParentAlive) {
    WDFOBJECT root = createNamed("R");
    WDFOBJECT child = createNamed("C", root);
    WdfObjectDelete(child);
    EXPECT_EQ(events(), (Events{"cleanup:C", "destroy:C"}));
    EXPECT_EQ(globals.liveObjectCount(), 1u);
    WdfObjectDelete(root);
    EXPECT_EQ(events(), (Events{"cleanup:C", "destroy:C", "cleanup:R", "destroy:R"}));
}

TEST_F(WdfObjectTest, ExtraReferenceDelaysDestroyUntilTheLastDereference) {
    WDFOBJECT o = createNamed("O");
    WdfObjectReference(o);
    WdfObjectDelete(o);
    EXPECT_EQ(events(), (Events{"cleanup:O"}));
    EXPECT_EQ(globals.liveObjectCount(), 1u);
    // The handle stays valid until the count reaches zero.
    EXPECT_STREQ(WdfObjectGet_NAMED_CONTEXT(o)->name, "O");

    WdfObjectDereference(o);
    EXPECT_EQ(events(), (Events{"cleanup:O", "destroy:O"}));
    EXPECT_EQ(globals.liveObjectCount(), 0u);
    EXPECT_EQ(object(o), nullptr);
}

TEST_F(WdfObjectTest, ChildWithExtraReferenceKeepsItsParentUntilItIsDestroyed) {
    WDFOBJECT root = createNamed("R");
    WDFOBJECT child = createNamed("C", root);
    WdfObjectReference(child);
    WdfObjectDelete(root);
    EXPECT_EQ(events(), (Events{"cleanup:C", "cleanup:R"}));
    WdfObjectDereference(child);
    EXPECT_EQ(events(), (Events{"cleanup:C", "cleanup:R", "destroy:C", "destroy:R"}));
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}

static void destroyReadsContext(WDFOBJECT object) {
    NAMED_CONTEXT* context = WdfObjectGet_NAMED_CONTEXT(object);
    events().push_back("destroy:" + std::string(context->name) + " magic=" + std::to_string(context->magic));
    // Scribble over the context: it is still ours until the callback returns.
    context->magic = 0;
}

TEST_F(WdfObjectTest, DestroyCallbackCanStillReadTheContextMemoryIsFreedAfterIt) {
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, NAMED_CONTEXT);
    attributes.EvtDestroyCallback = destroyReadsContext;
    WDFOBJECT o = nullptr;
    ASSERT_EQ(WdfObjectCreate(&attributes, &o), STATUS_SUCCESS);
    std::strcpy(WdfObjectGet_NAMED_CONTEXT(o)->name, "O");
    WdfObjectGet_NAMED_CONTEXT(o)->magic = 4660;
    WdfObjectDelete(o);
    EXPECT_EQ(events(), (Events{"destroy:O magic=4660"}));
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}

TEST_F(WdfObjectTest, FailedCreationRunsNoCallbackAndLeavesNothingLive) {
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, NAMED_CONTEXT);
    attributes.EvtCleanupCallback = recordCleanup;
    attributes.EvtDestroyCallback = recordDestroy;
    WDFOBJECT o = reinterpret_cast<WDFOBJECT>(0x1);

    WDF_OBJECT_ATTRIBUTES badSize = attributes;
    badSize.Size = sizeof(WDF_OBJECT_ATTRIBUTES) - 8;
    EXPECT_EQ(WdfObjectCreate(&badSize, &o), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(o, nullptr);

    WDF_OBJECT_ATTRIBUTES badLevel = attributes;
    badLevel.ExecutionLevel = static_cast<WDF_EXECUTION_LEVEL>(7);
    EXPECT_EQ(WdfObjectCreate(&badLevel, &o), STATUS_INVALID_PARAMETER);
    badLevel.ExecutionLevel = WdfExecutionLevelInvalid;
    EXPECT_EQ(WdfObjectCreate(&badLevel, &o), STATUS_INVALID_PARAMETER);

    WDF_OBJECT_ATTRIBUTES badScope = attributes;
    badScope.SynchronizationScope = static_cast<WDF_SYNCHRONIZATION_SCOPE>(42);
    EXPECT_EQ(WdfObjectCreate(&badScope, &o), STATUS_INVALID_PARAMETER);

    WDF_OBJECT_ATTRIBUTES smallOverride = attributes;
    smallOverride.ContextSizeOverride = sizeof(NAMED_CONTEXT) - 1;
    EXPECT_EQ(WdfObjectCreate(&smallOverride, &o), STATUS_INVALID_PARAMETER);

    WDF_OBJECT_ATTRIBUTES badParent = attributes;
    badParent.ParentObject = reinterpret_cast<WDFOBJECT>(0x12345);
    EXPECT_EQ(WdfObjectCreate(&badParent, &o), STATUS_INVALID_PARAMETER);

    EXPECT_TRUE(events().empty());
    EXPECT_EQ(globals.liveObjectCount(), 0u);
    EXPECT_EQ(globals.handles.liveCount(), 0u);
    auto messages = globals.verifierMessages();
    ASSERT_EQ(messages.size(), 6u);
    EXPECT_NE(messages[0].find("WdfObjectCreate: WDF_OBJECT_ATTRIBUTES.Size"), std::string::npos) << messages[0];
    EXPECT_NE(messages[4].find("ContextSizeOverride"), std::string::npos) << messages[4];
    EXPECT_NE(messages[5].find("ParentObject"), std::string::npos) << messages[5];
}

TEST_F(WdfObjectTest, CreateUnderAParentThatIsBeingDeletedFails) {
    WDFOBJECT root = createNamed("R");
    WdfObjectReference(root);
    WdfObjectDelete(root);
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = root;
    WDFOBJECT o = nullptr;
    EXPECT_EQ(WdfObjectCreate(&attributes, &o), STATUS_DELETE_PENDING);
    WdfObjectDereference(root);
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}

namespace {

// A framework object whose second construction phase fails, with a child it made first.
class FailingInit : public wdf::FxObject {
public:
    static constexpr wdf::FxObjectType kObjectType = wdf::FxObjectType::Object;
    explicit FailingInit(wdf::FxDriverGlobals* g) : FxObject(g, kObjectType) {}
    NTSTATUS initialize() {
        wdf::FxGenericObject* child = nullptr;
        NTSTATUS status = wdf::fxCreate(globals(), nullptr, this, &child);
        EXPECT_EQ(status, STATUS_SUCCESS);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
};

}  // namespace

TEST_F(WdfObjectTest, FailedInitializeDiscardsTheObjectAndItsChildrenWithoutDriverCallbacks) {
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, NAMED_CONTEXT);
    attributes.EvtCleanupCallback = recordCleanup;
    attributes.EvtDestroyCallback = recordDestroy;
    FailingInit* o = nullptr;
    EXPECT_EQ(wdf::fxCreate(&globals, &attributes, nullptr, &o), STATUS_INSUFFICIENT_RESOURCES);
    EXPECT_EQ(o, nullptr);
    EXPECT_TRUE(events().empty());
    EXPECT_EQ(globals.liveObjectCount(), 0u);
    EXPECT_EQ(globals.handles.liveCount(), 0u);
}

TEST_F(WdfObjectTest, LeakReportListsLiveObjectsWithTypeHandleAndContext) {
    WDFOBJECT root = createNamed("R");
    WDFMEMORY memory = nullptr;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, SECOND_CONTEXT);
    attributes.ParentObject = root;
    ASSERT_EQ(WdfMemoryCreate(&attributes, NonPagedPoolNx, 0, 32, &memory, nullptr), STATUS_SUCCESS);

    auto report = globals.liveObjectsReport();
    ASSERT_EQ(report.size(), 2u);
    char handleText[32];
    std::snprintf(handleText, sizeof handleText, "0x%016llx",
                  static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(memory)));
    EXPECT_EQ(report[0].rfind("WDFOBJECT ", 0), 0u) << report[0];
    EXPECT_NE(report[0].find("context=NAMED_CONTEXT"), std::string::npos) << report[0];
    EXPECT_EQ(report[1].rfind(std::string("WDFMEMORY ") + handleText, 0), 0u) << report[1];
    EXPECT_NE(report[1].find("context=SECOND_CONTEXT"), std::string::npos) << report[1];
    EXPECT_NE(report[1].find("parent=WDFOBJECT"), std::string::npos) << report[1];
    WdfObjectDelete(root);
    EXPECT_TRUE(globals.liveObjectsReport().empty());
}

TEST_F(WdfObjectTest, TaggedReferencesAreRecordedUntilReleased) {
    WDFOBJECT o = createNamed("O");
    int tagA = 0, tagB = 0;
    WdfObjectReferenceWithTag(o, &tagA);
    WdfObjectReferenceWithTag(o, &tagB);
    auto refs = object(o)->taggedReferences();
    ASSERT_EQ(refs.size(), 2u);
    EXPECT_EQ(refs[0].tag, &tagA);
    EXPECT_EQ(refs[1].tag, &tagB);
    EXPECT_NE(std::string(refs[0].file).find("object_lifecycle_test.cpp"), std::string::npos);
    EXPECT_EQ(object(o)->referenceCount(), 3);
    WdfObjectDereferenceWithTag(o, &tagA);
    refs = object(o)->taggedReferences();
    ASSERT_EQ(refs.size(), 1u);
    EXPECT_EQ(refs[0].tag, &tagB);
    WdfObjectDereferenceWithTag(o, &tagB);
    WdfObjectDelete(o);
    EXPECT_EQ(events(), (Events{"cleanup:O", "destroy:O"}));
}

using WdfObjectDeathTest = WdfObjectTest;

TEST_F(WdfObjectDeathTest, DereferencingTheCreationReferenceIsAWdfViolation) {
    WDFOBJECT o = createNamed("O");
    EXPECT_DEATH(WdfObjectDereference(o), "WDF_VIOLATION.*subcode 0x7.*WdfObjectDereference instead of WdfObjectDelete");
    WdfObjectDelete(o);
}

namespace {

class Undeletable : public wdf::FxObject {
public:
    static constexpr wdf::FxObjectType kObjectType = wdf::FxObjectType::FileObject;
    explicit Undeletable(wdf::FxDriverGlobals* g) : FxObject(g, kObjectType) {}
    bool driverMayDelete() const override { return false; }
};

}  // namespace

TEST_F(WdfObjectDeathTest, WdfObjectDeleteOnAFrameworkOwnedObjectIsAWdfViolation) {
    Undeletable* o = nullptr;
    ASSERT_EQ(wdf::fxCreate(&globals, nullptr, nullptr, &o), STATUS_SUCCESS);
    EXPECT_DEATH(WdfObjectDelete(o->handle()), "WDF_VIOLATION.*WdfObjectDelete: drivers cannot delete a WDFFILEOBJECT");
    o->deleteObject();
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}

TEST_F(WdfObjectTest, ObjectsWithoutAParentGoUnderTheDriverObject) {
    // Stand-in for the WDFDRIVER: the framework finds it through WdfDriverGlobals->Driver.
    WDFOBJECT driver = createNamed("DRIVER");
    globals.publicGlobals.Driver = reinterpret_cast<WDFDRIVER>(driver);
    WDFOBJECT o = createNamed("O");
    WDFMEMORY memory = nullptr;
    ASSERT_EQ(WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPoolNx, 0, 8, &memory, nullptr), STATUS_SUCCESS);
    EXPECT_EQ(object(o)->parent(), object(driver));
    EXPECT_EQ(object(memory)->parent(), object(driver));
    globals.publicGlobals.Driver = nullptr;
    WdfObjectDelete(driver);
    EXPECT_EQ(events(), (Events{"cleanup:O", "cleanup:DRIVER", "destroy:O", "destroy:DRIVER"}));
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}

TEST_F(WdfObjectTest, ConcurrentCreateReferenceAndDeleteUnderOneParentLeavesNothingBehind) {
    WDFOBJECT parent = nullptr;
    ASSERT_EQ(WdfObjectCreate(WDF_NO_OBJECT_ATTRIBUTES, &parent), STATUS_SUCCESS);
    constexpr int kThreads = 4;
    constexpr int kRounds = 300;
    std::atomic<int> failures{0};
    {
        std::vector<ntos::platform::Thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back("worker" + std::to_string(t), [&] {
                ntos::Kernel::ThreadScope threadScope(kernel);
                std::vector<WDFOBJECT> kept;
                for (int i = 0; i < kRounds; ++i) {
                    WDF_OBJECT_ATTRIBUTES attributes;
                    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, SECOND_CONTEXT);
                    attributes.ParentObject = parent;
                    WDFOBJECT child = nullptr;
                    if (WdfObjectCreate(&attributes, &child) != STATUS_SUCCESS) {
                        ++failures;
                        continue;
                    }
                    WdfObjectReference(parent);
                    WdfObjectReference(child);
                    if (i % 3 == 0) {
                        kept.push_back(child);  // left for the parent's deletion
                    } else {
                        WdfObjectDelete(child);
                    }
                    WdfObjectDereference(child);
                    WdfObjectDereference(parent);
                }
            });
        }
    }
    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(globals.liveObjectCount(), 1u + kThreads * ((kRounds + 2) / 3));
    WdfObjectDelete(parent);
    EXPECT_EQ(globals.liveObjectCount(), 0u);
    EXPECT_EQ(globals.handles.liveCount(), 0u);
}
