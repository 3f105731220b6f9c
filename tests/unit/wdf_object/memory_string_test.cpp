// WDFMEMORY and WDFSTRING.
#include "wdf_object_fixture.h"

#include "wdf/support/fx_memory.h"

#include <array>
#include <cstring>

TEST_F(WdfObjectTest, MemoryCreateGivesAZeroedBufferOfTheRequestedSize) {
    WDFMEMORY memory = nullptr;
    PVOID buffer = nullptr;
    ASSERT_EQ(WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPoolNx, 'tseT', 64, &memory, &buffer), STATUS_SUCCESS);
    size_t size = 0;
    EXPECT_EQ(WdfMemoryGetBuffer(memory, &size), buffer);
    EXPECT_EQ(size, 64u);
    std::array<unsigned char, 64> zeros{};
    EXPECT_EQ(std::memcmp(buffer, zeros.data(), 64), 0);
    EXPECT_EQ(static_cast<wdf::FxMemory*>(object(memory))->poolTag(), ULONG('tseT'));
    WdfObjectDelete(memory);
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}

TEST_F(WdfObjectTest, MemoryCreateWithZeroSizeFails) {
    WDFMEMORY memory = reinterpret_cast<WDFMEMORY>(0x1);
    EXPECT_EQ(WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPoolNx, 0, 0, &memory, nullptr),
              STATUS_INVALID_PARAMETER);
    EXPECT_EQ(memory, nullptr);
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}

TEST_F(WdfObjectTest, MemoryCopiesAreBoundsCheckedAndCopyNothingOnFailure) {
    WDFMEMORY memory = nullptr;
    ASSERT_EQ(WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPoolNx, 0, 16, &memory, nullptr), STATUS_SUCCESS);
    unsigned char pattern[16];
    for (int i = 0; i < 16; ++i) pattern[i] = static_cast<unsigned char>(i + 1);
    ASSERT_EQ(WdfMemoryCopyFromBuffer(memory, 0, pattern, 16), STATUS_SUCCESS);

    unsigned char out[16];
    std::memset(out, 0xAA, sizeof out);
    EXPECT_EQ(WdfMemoryCopyToBuffer(memory, 8, out, 9), STATUS_INVALID_BUFFER_SIZE);
    EXPECT_EQ(WdfMemoryCopyToBuffer(memory, 17, out, 1), STATUS_INVALID_BUFFER_SIZE);
    for (unsigned char b : out) EXPECT_EQ(b, 0xAA);
    EXPECT_EQ(WdfMemoryCopyToBuffer(memory, 8, out, 8), STATUS_SUCCESS);
    EXPECT_EQ(std::memcmp(out, pattern + 8, 8), 0);
    EXPECT_EQ(out[8], 0xAA);

    unsigned char junk[16];
    std::memset(junk, 0xEE, sizeof junk);
    EXPECT_EQ(WdfMemoryCopyFromBuffer(memory, 17, junk, 1), STATUS_INVALID_BUFFER_SIZE);
    EXPECT_EQ(WdfMemoryCopyFromBuffer(memory, 8, junk, 9), STATUS_BUFFER_TOO_SMALL);
    size_t size = 0;
    EXPECT_EQ(std::memcmp(WdfMemoryGetBuffer(memory, &size), pattern, 16), 0);
    WdfObjectDelete(memory);
}

TEST_F(WdfObjectTest, PreallocatedMemoryUsesTheDriversBufferAndCanBeReassigned) {
    char first[8] = "abcdefg";
    char second[4] = {1, 2, 3, 4};
    WDFMEMORY memory = nullptr;
    ASSERT_EQ(WdfMemoryCreatePreallocated(WDF_NO_OBJECT_ATTRIBUTES, first, sizeof first, &memory), STATUS_SUCCESS);
    size_t size = 0;
    EXPECT_EQ(WdfMemoryGetBuffer(memory, &size), first);
    EXPECT_EQ(size, 8u);
    EXPECT_EQ(WdfMemoryAssignBuffer(memory, second, sizeof second), STATUS_SUCCESS);
    EXPECT_EQ(WdfMemoryGetBuffer(memory, &size), second);
    EXPECT_EQ(size, 4u);
    EXPECT_EQ(WdfMemoryAssignBuffer(memory, nullptr, 4), STATUS_INVALID_PARAMETER);
    WdfObjectDelete(memory);
    EXPECT_STREQ(first, "abcdefg");  // not freed, not touched

    WDFMEMORY owned = nullptr;
    ASSERT_EQ(WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPoolNx, 0, 8, &owned, nullptr), STATUS_SUCCESS);
    EXPECT_EQ(WdfMemoryAssignBuffer(owned, second, sizeof second), STATUS_INVALID_PARAMETER);
    WdfObjectDelete(owned);
}

TEST_F(WdfObjectTest, ReadOnlyFrameworkMemoryRefusesWrites) {
    char input[4] = {9, 9, 9, 9};
    wdf::FxMemory* memory = nullptr;
    ASSERT_EQ(wdf::fxCreate(&globals, nullptr, nullptr, &memory, static_cast<void*>(input), sizeof input,
                            wdf::FxMemoryAccess::ReadOnly, false, false),
              STATUS_SUCCESS);
    char data[2] = {1, 2};
    EXPECT_EQ(WdfMemoryCopyFromBuffer(memory->handleAs<WDFMEMORY>(), 0, data, 2), STATUS_ACCESS_VIOLATION);
    EXPECT_EQ(input[0], 9);
    char out[4] = {};
    EXPECT_EQ(WdfMemoryCopyToBuffer(memory->handleAs<WDFMEMORY>(), 0, out, 4), STATUS_SUCCESS);
    EXPECT_EQ(out[3], 9);
    memory->deleteObject();
}

TEST_F(WdfObjectTest, StringCopiesTheUnicodeStringItWasCreatedWith) {
    WCHAR text[] = L"hello";
    UNICODE_STRING source;
    source.Buffer = text;
    source.Length = 5 * sizeof(WCHAR);
    source.MaximumLength = sizeof text;
    WDFSTRING string = nullptr;
    ASSERT_EQ(WdfStringCreate(&source, WDF_NO_OBJECT_ATTRIBUTES, &string), STATUS_SUCCESS);
    text[0] = L'J';
    UNICODE_STRING result{};
    WdfStringGetUnicodeString(string, &result);
    ASSERT_EQ(result.Length, 10);
    EXPECT_NE(result.Buffer, text);
    const char16_t expected[] = u"hello";
    EXPECT_EQ(std::memcmp(result.Buffer, expected, 10), 0);
    WdfObjectDelete(string);

    WDFSTRING empty = nullptr;
    ASSERT_EQ(WdfStringCreate(nullptr, WDF_NO_OBJECT_ATTRIBUTES, &empty), STATUS_SUCCESS);
    WdfStringGetUnicodeString(empty, &result);
    EXPECT_EQ(result.Length, 0);
    WdfObjectDelete(empty);
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}

TEST_F(WdfObjectTest, StringCreateRejectsAMalformedUnicodeString) {
    WCHAR text[] = L"abc";
    UNICODE_STRING bad;
    bad.Buffer = text;
    bad.Length = 3;  // odd
    bad.MaximumLength = sizeof text;
    WDFSTRING string = nullptr;
    EXPECT_EQ(WdfStringCreate(&bad, WDF_NO_OBJECT_ATTRIBUTES, &string), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(string, nullptr);
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}

TEST_F(WdfObjectTest, LookasideMemoryUsesTheListsAttributesAndReturnsItsBuffer) {
    WDF_OBJECT_ATTRIBUTES memoryAttributes;
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&memoryAttributes, NAMED_CONTEXT);
    memoryAttributes.EvtCleanupCallback = recordCleanup;
    WDFLOOKASIDE lookaside = nullptr;
    ASSERT_EQ(WdfLookasideListCreate(WDF_NO_OBJECT_ATTRIBUTES, 48, NonPagedPoolNx, &memoryAttributes, 'kooL',
                                     &lookaside),
              STATUS_SUCCESS);
    WDFMEMORY memory = nullptr;
    ASSERT_EQ(WdfMemoryCreateFromLookaside(lookaside, &memory), STATUS_SUCCESS);
    size_t size = 0;
    PVOID buffer = WdfMemoryGetBuffer(memory, &size);
    EXPECT_EQ(size, 48u);
    ASSERT_NE(WdfObjectGet_NAMED_CONTEXT(memory), nullptr);
    std::strcpy(WdfObjectGet_NAMED_CONTEXT(memory)->name, "M1");
    std::memset(buffer, 0x77, 48);
    WdfObjectDelete(memory);
    EXPECT_EQ(events(), (std::vector<std::string>{"cleanup:M1"}));

    // The next memory object reuses the cached buffer, zeroed again.
    WDFMEMORY again = nullptr;
    ASSERT_EQ(WdfMemoryCreateFromLookaside(lookaside, &again), STATUS_SUCCESS);
    EXPECT_EQ(WdfMemoryGetBuffer(again, nullptr), buffer);
    std::array<unsigned char, 48> zeros{};
    EXPECT_EQ(std::memcmp(buffer, zeros.data(), 48), 0);
    // Deleting the list takes its outstanding memory objects with it.
    WdfObjectDelete(lookaside);
    EXPECT_EQ(globals.liveObjectCount(), 0u);
}
