#include "kernel_fixture.h"

#include "ntos/rtl/text.h"

#include <ntstrsafe.h>

#include <string>

using namespace ntos_test;

namespace {

class StrsafeTest : public KernelTest {};

std::u16string wide(const WCHAR* s) { return ntos::toU16(s); }
std::u16string str(PCUNICODE_STRING s) { return ntos::toU16(s); }

TEST_F(StrsafeTest, CopyTruncatesWithATerminatedPrefix) {
    WCHAR buffer[5];
    EXPECT_EQ(RtlStringCchCopyW(buffer, 5, L"Hell"), STATUS_SUCCESS);
    EXPECT_EQ(wide(buffer), u"Hell");
    EXPECT_EQ(RtlStringCchCopyW(buffer, 5, L"HelloWorld"), STATUS_BUFFER_OVERFLOW);
    EXPECT_EQ(wide(buffer), u"Hell");
    EXPECT_EQ(RtlStringCbCopyW(buffer, sizeof(buffer), L"abcdefgh"), STATUS_BUFFER_OVERFLOW);
    EXPECT_EQ(wide(buffer), u"abcd");
    EXPECT_EQ(RtlStringCchCopyW(buffer, 0, L"x"), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(RtlStringCchCopyNW(buffer, 5, L"abcdefgh", 2), STATUS_SUCCESS);
    EXPECT_EQ(wide(buffer), u"ab");

    char narrow[4];
    EXPECT_EQ(RtlStringCbCopyA(narrow, sizeof(narrow), "abcdef"), STATUS_BUFFER_OVERFLOW);
    EXPECT_STREQ(narrow, "abc");
}

TEST_F(StrsafeTest, CatAppendsAndReportsTruncation) {
    WCHAR buffer[8] = L"ab";
    EXPECT_EQ(RtlStringCchCatW(buffer, 8, L"cd"), STATUS_SUCCESS);
    EXPECT_EQ(wide(buffer), u"abcd");
    EXPECT_EQ(RtlStringCchCatW(buffer, 8, L"efghij"), STATUS_BUFFER_OVERFLOW);
    EXPECT_EQ(wide(buffer), u"abcdefg");
    char unterminated[3] = {'x', 'y', 'z'};
    EXPECT_EQ(RtlStringCchCatA(unterminated, 3, "a"), STATUS_INVALID_PARAMETER);
}

TEST_F(StrsafeTest, LengthRequiresATerminatorWithinTheMaximum) {
    size_t length = 99;
    EXPECT_EQ(RtlStringCchLengthW(L"abc", 10, &length), STATUS_SUCCESS);
    EXPECT_EQ(length, 3u);
    EXPECT_EQ(RtlStringCbLengthW(L"abc", 10, &length), STATUS_SUCCESS);
    EXPECT_EQ(length, 6u);
    EXPECT_EQ(RtlStringCchLengthA("abc", 3, &length), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(length, 0u);
    EXPECT_EQ(RtlStringCchLengthA(nullptr, 3, &length), STATUS_INVALID_PARAMETER);
}

TEST_F(StrsafeTest, WidePrintfFormatsWindowsConversions) {
    UNICODE_STRING name;
    RtlInitUnicodeString(&name, L"Echo");
    ANSI_STRING ansi;
    RtlInitAnsiString(&ansi, "ansi");
    WCHAR buffer[128];
    ASSERT_EQ(RtlStringCchPrintfW(buffer, 128, L"%d|%5u|%-4x|%08X|%I64d|%llu|%s|%S|%ws|%hs|%wZ|%Z|%c|%C|%%|%lx",
                                  -42, 7u, 0xabu, 0xBEEFu, -5000000000LL, 18446744073709551615ULL, L"wide", "narrow",
                                  L"ws", "hs", &name, &ansi, L'W', 'n', 0xFFFFFFFFu),
              STATUS_SUCCESS);
    EXPECT_EQ(wide(buffer), u"-42|    7|ab  |0000BEEF|-5000000000|18446744073709551615|wide|narrow|ws|hs|Echo|ansi|W|n|%|ffffffff");
}

TEST_F(StrsafeTest, NarrowPrintfWidthPrecisionAndPointers) {
    char buffer[128];
    ASSERT_EQ(RtlStringCbPrintfA(buffer, sizeof(buffer), "[%*d][%.3s][%S][%p][%+d][%#x][%s]", 5, 42, "abcdef", L"w",
                                 reinterpret_cast<void*>(0x1234), 3, 255, static_cast<const char*>(nullptr)),
              STATUS_SUCCESS);
    EXPECT_STREQ(buffer, "[   42][abc][w][0000000000001234][+3][0xff][(null)]");
}

TEST_F(StrsafeTest, PrintfTruncationKeepsATerminatedPrefix) {
    WCHAR buffer[6];
    EXPECT_EQ(RtlStringCchPrintfW(buffer, 6, L"value=%d", 12345), STATUS_BUFFER_OVERFLOW);
    EXPECT_EQ(wide(buffer), u"value");
    char narrow[4];
    EXPECT_EQ(RtlStringCchPrintfA(narrow, 4, "%s", "abcdef"), STATUS_BUFFER_OVERFLOW);
    EXPECT_STREQ(narrow, "abc");
    EXPECT_EQ(RtlStringCchPrintfA(narrow, 0, "%s", "a"), STATUS_INVALID_PARAMETER);
}

TEST_F(StrsafeTest, UnicodeStringDestinations) {
    WCHAR buffer[5];
    UNICODE_STRING dest;
    RtlInitEmptyUnicodeString(&dest, buffer, sizeof(buffer));
    UNICODE_STRING src;
    RtlInitUnicodeString(&src, L"abc");
    EXPECT_EQ(RtlUnicodeStringCopy(&dest, &src), STATUS_SUCCESS);
    EXPECT_EQ(str(&dest), u"abc");
    EXPECT_EQ(RtlUnicodeStringCatString(&dest, L"de"), STATUS_SUCCESS);
    EXPECT_EQ(str(&dest), u"abcde");
    EXPECT_EQ(RtlUnicodeStringCat(&dest, &src), STATUS_BUFFER_OVERFLOW);
    EXPECT_EQ(dest.Length, 10);
    EXPECT_EQ(RtlUnicodeStringCopyString(&dest, L"xy"), STATUS_SUCCESS);
    EXPECT_EQ(str(&dest), u"xy");

    EXPECT_EQ(RtlUnicodeStringPrintf(&dest, L"%wZ!", &src), STATUS_SUCCESS);
    EXPECT_EQ(str(&dest), u"abc!");
    EXPECT_EQ(RtlUnicodeStringPrintf(&dest, L"%d", 1234567), STATUS_BUFFER_OVERFLOW);
    EXPECT_EQ(str(&dest), u"12345");

    UNICODE_STRING odd = dest;
    odd.Length = 3;
    EXPECT_EQ(RtlUnicodeStringCopy(&odd, &src), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(RtlUnicodeStringValidate(&odd), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(RtlUnicodeStringValidate(&dest), STATUS_SUCCESS);
}

TEST_F(StrsafeTest, DbgPrintWritesLinesToTheKernelLog) {
    UNICODE_STRING name;
    RtlInitUnicodeString(&name, L"Echo");
    DbgPrint("device %wZ started\n", &name);
    KdPrint(("two\nlines\n"));
    DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "status 0x%08X\n", STATUS_BUFFER_OVERFLOW);
    DbgSetDebugFilterState(DPFLTR_IHVDRIVER_ID, DPFLTR_TRACE_LEVEL, FALSE);
    DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_TRACE_LEVEL, "filtered\n");
    EXPECT_EQ(DbgQueryDebugFilterState(DPFLTR_IHVDRIVER_ID, DPFLTR_TRACE_LEVEL), FALSE);
    EXPECT_EQ(logLines(), (std::vector<std::string>{"device Echo started", "two", "lines", "status 0x80000005"}));
}

}  // namespace

namespace {

TEST_F(StrsafeTest, ExVariantsReportEndAndRemainingAndHonorFlags) {
    WCHAR buffer[8];
    PWSTR end = nullptr;
    size_t remaining = 0;
    EXPECT_EQ(RtlStringCchCopyExW(buffer, 8, L"abc", &end, &remaining, 0), STATUS_SUCCESS);
    EXPECT_EQ(end, buffer + 3);
    EXPECT_EQ(remaining, 5u);
    EXPECT_EQ(RtlStringCchCopyExW(buffer, 8, L"abcdefghij", &end, &remaining, STRSAFE_NULL_ON_FAILURE),
              STATUS_BUFFER_OVERFLOW);
    EXPECT_EQ(wide(buffer), u"");
    EXPECT_EQ(remaining, 8u);
    EXPECT_EQ(RtlStringCchCopyExW(buffer, 8, L"ab", &end, &remaining, STRSAFE_FILL_BEHIND_NULL | 0x41), STATUS_SUCCESS);
    EXPECT_EQ(buffer[2], 0);
    EXPECT_EQ(buffer[3], 0x4141);
    EXPECT_EQ(RtlStringCchPrintfExW(buffer, 8, &end, &remaining, 0, L"%d", 42), STATUS_SUCCESS);
    EXPECT_EQ(wide(buffer), u"42");
    EXPECT_EQ(remaining, 6u);

    UNICODE_STRING source;
    RtlInitUnicodeString(&source, L"unicode");
    EXPECT_EQ(RtlStringCchCopyUnicodeString(buffer, 4, &source), STATUS_BUFFER_OVERFLOW);
    EXPECT_EQ(wide(buffer), u"uni");
    EXPECT_EQ(RtlStringCbCopyUnicodeString(buffer, sizeof(buffer), &source), STATUS_SUCCESS);
    EXPECT_EQ(wide(buffer), u"unicode");
}

}  // namespace
