// The object namespace on its own: names, collisions, links, aliases, prefixes.
#include "ntos/io/object_namespace.h"
#include "ntos/io/user_io_impl.h"

#include <gtest/gtest.h>

namespace {

TEST(ObjectNamespace, ResolvesLinksAliasesAndRemainders) {
    ntos::ObjectNamespace names;
    int deviceStorage = 0;
    auto device = reinterpret_cast<PDEVICE_OBJECT>(&deviceStorage);
    ASSERT_EQ(names.insertObject(u"\\Device\\Echo", ntos::NamedObjectKind::Device, device), STATUS_SUCCESS);
    EXPECT_EQ(names.insertObject(u"\\device\\ECHO", ntos::NamedObjectKind::Device, device),
              STATUS_OBJECT_NAME_COLLISION);
    ASSERT_EQ(names.insertSymbolicLink(u"\\DosDevices\\Echo", u"\\Device\\Echo"), STATUS_SUCCESS);
    EXPECT_EQ(names.insertSymbolicLink(u"\\??\\echo", u"\\Device\\Echo"), STATUS_OBJECT_NAME_COLLISION);

    PDEVICE_OBJECT found = nullptr;
    std::u16string remainder;
    ASSERT_EQ(names.resolveDevice(u"\\GLOBAL??\\Echo\\a\\b", &found, &remainder), STATUS_SUCCESS);
    EXPECT_EQ(found, device);
    EXPECT_TRUE(remainder == u"\\a\\b");
    ASSERT_EQ(names.resolveDevice(u"\\??\\ECHO", &found, &remainder), STATUS_SUCCESS);
    EXPECT_TRUE(remainder.empty());
    EXPECT_EQ(names.resolveDevice(u"\\GLOBAL??\\Echo2", &found, &remainder), STATUS_OBJECT_NAME_NOT_FOUND);

    ASSERT_EQ(names.insertSymbolicLink(u"\\??\\Loop", u"\\??\\Loop"), STATUS_SUCCESS);
    EXPECT_FALSE(NT_SUCCESS(names.resolveDevice(u"\\??\\Loop", &found, &remainder)));

    EXPECT_EQ(names.remove(u"\\GLOBAL??\\ECHO", ntos::NamedObjectKind::SymbolicLink), STATUS_SUCCESS);
    EXPECT_EQ(names.resolveDevice(u"\\??\\Echo", &found, &remainder), STATUS_OBJECT_NAME_NOT_FOUND);
    EXPECT_EQ(names.remove(u"\\Device\\Echo", ntos::NamedObjectKind::SymbolicLink), STATUS_OBJECT_NAME_NOT_FOUND);
}

TEST(UserIoPaths, Win32PathsMapToGlobalLinks) {
    EXPECT_TRUE(ntos::UserIoImpl::ntPathOf(u"\\\\.\\Echo") == u"\\GLOBAL??\\Echo");
    EXPECT_TRUE(ntos::UserIoImpl::ntPathOf(u"\\\\?\\ROOT#ECHO#0000#{x}") == u"\\GLOBAL??\\ROOT#ECHO#0000#{x}");
    EXPECT_TRUE(ntos::UserIoImpl::ntPathOf(u"\\Device\\Echo") == u"\\Device\\Echo");
}

}  // namespace
