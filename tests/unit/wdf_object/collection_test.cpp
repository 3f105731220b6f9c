// WDFCOLLECTION: order, indices, and the reference the collection holds on each item.
#include "wdf_object_fixture.h"

using Events = std::vector<std::string>;

TEST_F(WdfObjectTest, CollectionKeepsItemsInOrder) {
    WDFCOLLECTION collection = nullptr;
    ASSERT_EQ(WdfCollectionCreate(WDF_NO_OBJECT_ATTRIBUTES, &collection), STATUS_SUCCESS);
    WDFOBJECT a = createNamed("A"), b = createNamed("B"), c = createNamed("C");
    EXPECT_EQ(WdfCollectionGetFirstItem(collection), nullptr);
    EXPECT_EQ(WdfCollectionGetLastItem(collection), nullptr);
    ASSERT_EQ(WdfCollectionAdd(collection, a), STATUS_SUCCESS);
    ASSERT_EQ(WdfCollectionAdd(collection, b), STATUS_SUCCESS);
    ASSERT_EQ(WdfCollectionAdd(collection, c), STATUS_SUCCESS);
    EXPECT_EQ(WdfCollectionGetCount(collection), 3u);
    EXPECT_EQ(WdfCollectionGetFirstItem(collection), a);
    EXPECT_EQ(WdfCollectionGetLastItem(collection), c);
    EXPECT_EQ(WdfCollectionGetItem(collection, 1), b);
    EXPECT_EQ(WdfCollectionGetItem(collection, 3), nullptr);
    WdfCollectionRemoveItem(collection, 1);
    EXPECT_EQ(WdfCollectionGetItem(collection, 1), c);
    WdfCollectionRemove(collection, a);
    EXPECT_EQ(WdfCollectionGetCount(collection), 1u);
    EXPECT_EQ(WdfCollectionGetFirstItem(collection), c);
    WdfObjectDelete(collection);
    WdfObjectDelete(a);
    WdfObjectDelete(b);
    WdfObjectDelete(c);
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}

TEST_F(WdfObjectTest, CollectionReferenceKeepsADeletedItemUntilRemoved) {
    WDFCOLLECTION collection = nullptr;
    ASSERT_EQ(WdfCollectionCreate(WDF_NO_OBJECT_ATTRIBUTES, &collection), STATUS_SUCCESS);
    WDFOBJECT item = createNamed("I");
    ASSERT_EQ(object(item)->referenceCount(), 1);
    ASSERT_EQ(WdfCollectionAdd(collection, item), STATUS_SUCCESS);
    EXPECT_EQ(object(item)->referenceCount(), 2);

    WdfObjectDelete(item);
    EXPECT_EQ(events(), (Events{"cleanup:I"}));
    EXPECT_EQ(WdfCollectionGetItem(collection, 0), item);  // still a valid handle

    WdfCollectionRemove(collection, item);
    EXPECT_EQ(events(), (Events{"cleanup:I", "destroy:I"}));
    EXPECT_EQ(WdfCollectionGetCount(collection), 0u);
    WdfObjectDelete(collection);
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}

TEST_F(WdfObjectTest, DeletingTheCollectionReleasesItsItems) {
    WDFCOLLECTION collection = nullptr;
    ASSERT_EQ(WdfCollectionCreate(WDF_NO_OBJECT_ATTRIBUTES, &collection), STATUS_SUCCESS);
    WDFOBJECT item = createNamed("I");
    ASSERT_EQ(WdfCollectionAdd(collection, item), STATUS_SUCCESS);
    WdfObjectDelete(item);
    EXPECT_EQ(events(), (Events{"cleanup:I"}));
    WdfObjectDelete(collection);
    EXPECT_EQ(events(), (Events{"cleanup:I", "destroy:I"}));
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}

TEST_F(WdfObjectTest, ItemsParentedToTheCollectionGoWithIt) {
    WDFCOLLECTION collection = nullptr;
    ASSERT_EQ(WdfCollectionCreate(WDF_NO_OBJECT_ATTRIBUTES, &collection), STATUS_SUCCESS);
    WDFOBJECT item = createNamed("I", collection);
    ASSERT_EQ(WdfCollectionAdd(collection, item), STATUS_SUCCESS);
    WdfObjectDelete(collection);
    EXPECT_EQ(events(), (Events{"cleanup:I", "destroy:I"}));
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}
