#include "kernel_fixture.h"

#include "ntos/rtl/text.h"

#include <cstring>

using namespace ntos_test;

namespace {

class RtlStringTest : public KernelTest {};

std::u16string str(PCUNICODE_STRING s) { return ntos::toU16(s); }

TEST_F(RtlStringTest, InitUnicodeStringCountsBytes) {
    UNICODE_STRING s;
    RtlInitUnicodeString(&s, L"Echo");
    EXPECT_EQ(s.Length, 8);
    EXPECT_EQ(s.MaximumLength, 10);
    RtlInitUnicodeString(&s, nullptr);
    EXPECT_EQ(s.Length, 0);
    EXPECT_EQ(s.MaximumLength, 0);
    EXPECT_EQ(s.Buffer, nullptr);
    ANSI_STRING a;
    RtlInitAnsiString(&a, "abc");
    EXPECT_EQ(a.Length, 3);
    EXPECT_EQ(a.MaximumLength, 4);
}

TEST_F(RtlStringTest, CopyTruncatesToTheDestinationAndAppendRefusesToOverflow) {
    WCHAR buffer[6];
    UNICODE_STRING dest;
    RtlInitEmptyUnicodeString(&dest, buffer, sizeof(buffer));
    UNICODE_STRING src;
    RtlInitUnicodeString(&src, L"abcdefgh");
    RtlCopyUnicodeString(&dest, &src);
    EXPECT_EQ(dest.Length, 12);
    EXPECT_EQ(str(&dest), u"abcdef");

    RtlInitUnicodeString(&src, L"ab");
    RtlCopyUnicodeString(&dest, &src);
    EXPECT_EQ(str(&dest), u"ab");
    EXPECT_EQ(buffer[2], 0) << "terminated when there is room";
    RtlInitUnicodeString(&src, L"cd");
    EXPECT_EQ(RtlAppendUnicodeStringToString(&dest, &src), STATUS_SUCCESS);
    EXPECT_EQ(str(&dest), u"abcd");
    EXPECT_EQ(RtlAppendUnicodeToString(&dest, L"xyz"), STATUS_BUFFER_TOO_SMALL);
    EXPECT_EQ(str(&dest), u"abcd");
    EXPECT_EQ(RtlAppendUnicodeToString(&dest, L"xy"), STATUS_SUCCESS);
    EXPECT_EQ(str(&dest), u"abcdxy");
}

TEST_F(RtlStringTest, CompareEqualAndPrefixHonorCase) {
    UNICODE_STRING a, b, prefix;
    RtlInitUnicodeString(&a, L"Device\\Echo");
    RtlInitUnicodeString(&b, L"DEVICE\\ECHO");
    RtlInitUnicodeString(&prefix, L"device");
    EXPECT_NE(RtlCompareUnicodeString(&a, &b, FALSE), 0);
    EXPECT_GT(RtlCompareUnicodeString(&a, &b, FALSE), 0);  // 'e' > 'E'
    EXPECT_EQ(RtlCompareUnicodeString(&a, &b, TRUE), 0);
    EXPECT_FALSE(RtlEqualUnicodeString(&a, &b, FALSE));
    EXPECT_TRUE(RtlEqualUnicodeString(&a, &b, TRUE));
    EXPECT_FALSE(RtlPrefixUnicodeString(&prefix, &a, FALSE));
    EXPECT_TRUE(RtlPrefixUnicodeString(&prefix, &a, TRUE));
    EXPECT_FALSE(RtlPrefixUnicodeString(&a, &prefix, TRUE));
    EXPECT_LT(RtlCompareUnicodeString(&prefix, &a, TRUE), 0) << "a prefix sorts first";
}

TEST_F(RtlStringTest, UpcaseAllocatesFromPool) {
    UNICODE_STRING src, dest;
    RtlInitUnicodeString(&src, L"echo-\u00e9\u0434");
    ASSERT_EQ(RtlUpcaseUnicodeString(&dest, &src, TRUE), STATUS_SUCCESS);
    EXPECT_EQ(str(&dest), u"ECHO-\u00c9\u0414");
    EXPECT_EQ(kernel().pool().outstanding().size(), 1u);
    RtlFreeUnicodeString(&dest);
    EXPECT_EQ(dest.Buffer, nullptr);
    EXPECT_TRUE(kernel().pool().outstanding().empty());
}

TEST_F(RtlStringTest, AnsiAndUnicodeConvertBothWays) {
    ANSI_STRING ansi;
    RtlInitAnsiString(&ansi, "caf\xc3\xa9");
    UNICODE_STRING unicode;
    ASSERT_EQ(RtlAnsiStringToUnicodeString(&unicode, &ansi, TRUE), STATUS_SUCCESS);
    EXPECT_EQ(str(&unicode), u"caf\u00e9");
    ANSI_STRING back;
    ASSERT_EQ(RtlUnicodeStringToAnsiString(&back, &unicode, TRUE), STATUS_SUCCESS);
    EXPECT_EQ(std::string(back.Buffer, back.Length), "caf\xc3\xa9");
    EXPECT_EQ(back.Buffer[back.Length], 0);
    RtlFreeAnsiString(&back);
    RtlFreeUnicodeString(&unicode);

    char small[3];
    ANSI_STRING tooSmall;
    RtlInitEmptyAnsiString(&tooSmall, small, sizeof(small));
    UNICODE_STRING source;
    RtlInitUnicodeString(&source, L"abcd");
    EXPECT_EQ(RtlUnicodeStringToAnsiString(&tooSmall, &source, FALSE), STATUS_BUFFER_OVERFLOW);
    EXPECT_TRUE(kernel().pool().outstanding().empty());
}

TEST_F(RtlStringTest, IntegerConversions) {
    WCHAR buffer[16];
    UNICODE_STRING s;
    RtlInitEmptyUnicodeString(&s, buffer, sizeof(buffer));
    EXPECT_EQ(RtlIntegerToUnicodeString(255, 16, &s), STATUS_SUCCESS);
    EXPECT_EQ(str(&s), u"FF");
    EXPECT_EQ(RtlIntegerToUnicodeString(1234, 0, &s), STATUS_SUCCESS);
    EXPECT_EQ(str(&s), u"1234");
    EXPECT_EQ(RtlIntegerToUnicodeString(5, 3, &s), STATUS_INVALID_PARAMETER);
    UNICODE_STRING tiny;
    RtlInitEmptyUnicodeString(&tiny, buffer, 4);
    EXPECT_EQ(RtlIntegerToUnicodeString(12345, 10, &tiny), STATUS_BUFFER_OVERFLOW);

    struct Case {
        const WCHAR* text;
        ULONG base;
        ULONG expected;
    };
    // The examples of the RtlUnicodeStringToInteger documentation, and the prefixes.
    const Case cases[] = {{L"123", 10, 123},          {L"-345", 10, static_cast<ULONG>(-345)},
                          {L"xyz", 10, 0},            {L"+678abc", 10, 678},
                          {L"+678abc", 16, 0x678abc}, {L"  0x1F", 0, 31},
                          {L"0b101", 0, 5},           {L"0o17", 0, 15},
                          {L"42", 0, 42}};
    for (const Case& c : cases) {
        UNICODE_STRING text;
        RtlInitUnicodeString(&text, c.text);
        ULONG value = 0xDEAD;
        EXPECT_EQ(RtlUnicodeStringToInteger(&text, c.base, &value), STATUS_SUCCESS);
        EXPECT_EQ(value, c.expected) << ntos::toUtf8(str(&text));
    }
    UNICODE_STRING empty;
    RtlInitUnicodeString(&empty, L"");
    ULONG value = 0;
    EXPECT_EQ(RtlUnicodeStringToInteger(&empty, 10, &value), STATUS_INVALID_PARAMETER);
    RtlInitUnicodeString(&empty, L"1");
    EXPECT_EQ(RtlUnicodeStringToInteger(&empty, 7, &value), STATUS_INVALID_PARAMETER);
}

TEST_F(RtlStringTest, GuidStringRoundTrip) {
    const GUID guid = {0xcdc35b6e, 0x0be4, 0x4936, {0xbf, 0x5f, 0x55, 0x37, 0x38, 0x0a, 0x7c, 0x1a}};
    UNICODE_STRING text;
    ASSERT_EQ(RtlStringFromGUID(guid, &text), STATUS_SUCCESS);
    EXPECT_EQ(str(&text), u"{CDC35B6E-0BE4-4936-BF5F-5537380A7C1A}");
    EXPECT_EQ(text.MaximumLength, 78);
    EXPECT_EQ(text.Buffer[38], 0);
    GUID parsed{};
    ASSERT_EQ(RtlGUIDFromString(&text, &parsed), STATUS_SUCCESS);
    EXPECT_EQ(std::memcmp(&parsed, &guid, sizeof(GUID)), 0);
    RtlFreeUnicodeString(&text);

    UNICODE_STRING lower;
    RtlInitUnicodeString(&lower, L"{cdc35b6e-0be4-4936-bf5f-5537380a7c1a}");
    ASSERT_EQ(RtlGUIDFromString(&lower, &parsed), STATUS_SUCCESS);
    EXPECT_EQ(std::memcmp(&parsed, &guid, sizeof(GUID)), 0);
    for (const WCHAR* bad : {L"cdc35b6e-0be4-4936-bf5f-5537380a7c1a", L"{cdc35b6e-0be4-4936-bf5f-5537380a7c1g}",
                             L"{cdc35b6e+0be4-4936-bf5f-5537380a7c1a}", L"{}"}) {
        UNICODE_STRING s;
        RtlInitUnicodeString(&s, bad);
        EXPECT_EQ(RtlGUIDFromString(&s, &parsed), STATUS_INVALID_PARAMETER);
    }
}

TEST_F(RtlStringTest, CompareMemoryCountsMatchingBytes) {
    const char a[] = "abcdef";
    const char b[] = "abcxef";
    EXPECT_EQ(RtlCompareMemory(a, b, 6), 3u);
    EXPECT_EQ(RtlCompareMemory(a, a, 6), 6u);
}

TEST_F(RtlStringTest, TimeFieldsRoundTrip) {
    LARGE_INTEGER zero;
    zero.QuadPart = 0;
    TIME_FIELDS fields;
    RtlTimeToTimeFields(&zero, &fields);
    EXPECT_EQ(fields.Year, 1601);
    EXPECT_EQ(fields.Month, 1);
    EXPECT_EQ(fields.Day, 1);
    EXPECT_EQ(fields.Weekday, 1);  // Monday
    TIME_FIELDS leap = {2024, 2, 29, 12, 34, 56, 789, 0};
    LARGE_INTEGER time;
    ASSERT_TRUE(RtlTimeFieldsToTime(&leap, &time));
    TIME_FIELDS back;
    RtlTimeToTimeFields(&time, &back);
    EXPECT_EQ(back.Year, 2024);
    EXPECT_EQ(back.Month, 2);
    EXPECT_EQ(back.Day, 29);
    EXPECT_EQ(back.Hour, 12);
    EXPECT_EQ(back.Minute, 34);
    EXPECT_EQ(back.Second, 56);
    EXPECT_EQ(back.Milliseconds, 789);
    EXPECT_EQ(back.Weekday, 4);  // Thursday
    TIME_FIELDS invalid = {2023, 2, 29, 0, 0, 0, 0, 0};
    EXPECT_FALSE(RtlTimeFieldsToTime(&invalid, &time));
}

TEST_F(RtlStringTest, BitmapFindsAndSetsClearRuns) {
    ULONG bits[2] = {};
    RTL_BITMAP map;
    RtlInitializeBitMap(&map, bits, 40);
    RtlSetBits(&map, 0, 3);
    EXPECT_EQ(RtlNumberOfSetBits(&map), 3u);
    EXPECT_EQ(RtlFindClearBitsAndSet(&map, 4, 0), 3u);
    EXPECT_TRUE(RtlTestBit(&map, 6));
    EXPECT_FALSE(RtlTestBit(&map, 7));
    EXPECT_EQ(RtlFindClearBitsAndSet(&map, 40, 0), 0xFFFFFFFFu);
    RtlClearAllBits(&map);
    EXPECT_EQ(RtlNumberOfSetBits(&map), 0u);
}

TEST_F(RtlStringTest, Utf8Utf16Helpers) {
    const std::u16string text = u"A\u00e9\u4e2d\U0001F600";
    EXPECT_EQ(ntos::toUtf8(text), "A\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80");
    EXPECT_EQ(ntos::fromUtf8(ntos::toUtf8(text)), text);
    EXPECT_EQ(ntos::fromUtf8("\xff"), u"\ufffd");
    ntos::UnicodeStringBuffer buffer(u"Echo");
    EXPECT_EQ(buffer.get()->Length, 8);
    EXPECT_EQ(str(buffer), u"Echo");
    UNICODE_STRING expected;
    RtlInitUnicodeString(&expected, L"ECHO");
    EXPECT_TRUE(RtlEqualUnicodeString(buffer, &expected, TRUE));
}

}  // namespace
