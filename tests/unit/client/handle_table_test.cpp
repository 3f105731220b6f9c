#include "client/handle_table.h"

#include <gtest/gtest.h>

using namespace kmdf::client;

namespace {
struct Thing : KernelObject {
    int value = 0;
};
struct Other : KernelObject {};
}  // namespace

TEST(HandleTable, ValuesAreSmallMultiplesOfFourNeverZeroAndNotReused) {
    HandleTable table;
    auto a = table.insert(std::make_shared<Thing>());
    auto b = table.insert(std::make_shared<Thing>());
    EXPECT_NE(a, 0u);
    EXPECT_EQ(a % 4, 0u);
    EXPECT_EQ(b, a + 4);
    EXPECT_NE(table.remove(a), nullptr);
    auto c = table.insert(std::make_shared<Thing>());
    EXPECT_NE(c, a);
    EXPECT_EQ(table.size(), 2u);
}

TEST(HandleTable, LookupIsTypedAndRemoveInvalidates) {
    HandleTable table;
    auto thing = std::make_shared<Thing>();
    thing->value = 42;
    auto h = table.insert(thing);
    ASSERT_NE(table.lookupAs<Thing>(h), nullptr);
    EXPECT_EQ(table.lookupAs<Thing>(h)->value, 42);
    EXPECT_EQ(table.lookupAs<Other>(h), nullptr);
    EXPECT_EQ(table.lookup(h + 4), nullptr);
    EXPECT_EQ(table.lookup(0), nullptr);
    EXPECT_EQ(table.remove(h), thing);
    EXPECT_EQ(table.lookup(h), nullptr);
    EXPECT_EQ(table.remove(h), nullptr);
}
