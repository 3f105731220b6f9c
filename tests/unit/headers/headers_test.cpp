// The NT headers compile as C11 and C++20 with the same x64 layouts, and their macros
// and inline helpers behave as documented. Only header-only facilities are used: this
// test links without the kernel.
#include <ntddk.h>
#include <ntstrsafe.h>
#include <ntintsafe.h>
#include <wdmsec.h>
#include <initguid.h>
#include <devpropdef.h>

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "layout_items.h"

DEFINE_GUID(GUID_HEADERS_TEST_SHARED, 0x6fde7521, 0x1b65, 0x48ae, 0xb6, 0x28, 0x80, 0xbe, 0x62, 0x01, 0x60, 0x26);
DEFINE_DEVPROPKEY(DEVPKEY_HeadersTest, 0x6fde7521, 0x1b65, 0x48ae, 0xb6, 0x28, 0x80, 0xbe, 0x62, 0x01, 0x60, 0x26, 7);
extern "C" const ULONG HeadersTestSelectAny;

namespace {

#define SIZE_ENTRY(type) { #type, sizeof(type) },
#define OFFSET_ENTRY(type, field) { #type "." #field, offsetof(type, field) },
const HeadersTestLayoutEntry kCxxEntries[] = { HEADERS_TEST_SIZES(SIZE_ENTRY) HEADERS_TEST_OFFSETS(OFFSET_ENTRY) };

TEST(NtHeaders, CAndCxxAgreeOnEveryLayout)
{
    size_t count = 0;
    const HeadersTestLayoutEntry *cEntries = HeadersTestCLayout(&count);
    ASSERT_EQ(count, std::size(kCxxEntries));
    for (size_t i = 0; i < count; ++i) {
        EXPECT_STREQ(cEntries[i].Name, kCxxEntries[i].Name);
        EXPECT_EQ(cEntries[i].Value, kCxxEntries[i].Value) << kCxxEntries[i].Name;
    }
}

TEST(NtHeaders, DocumentedX64Sizes)
{
    EXPECT_EQ(sizeof(IRP), 0xD0u);
    EXPECT_EQ(sizeof(IO_STACK_LOCATION), 0x48u);
    EXPECT_EQ(sizeof(DEVICE_OBJECT), 0x150u);
    EXPECT_EQ(sizeof(DRIVER_OBJECT), 0x150u);
    EXPECT_EQ(sizeof(FILE_OBJECT), 0xD8u);
    EXPECT_EQ(sizeof(KDPC), 0x40u);
    EXPECT_EQ(sizeof(KEVENT), 0x18u);
    EXPECT_EQ(sizeof(KTIMER), 0x40u);
    EXPECT_EQ(sizeof(MDL), 0x30u);
    EXPECT_EQ(sizeof(UNICODE_STRING), 0x10u);
    EXPECT_EQ(sizeof(IO_STATUS_BLOCK), 0x10u);
    EXPECT_EQ(sizeof(GUID), 16u);
    EXPECT_EQ(sizeof(WCHAR), 2u);
    EXPECT_EQ(sizeof(ULONG), 4u);
    EXPECT_EQ(sizeof(ULONG_PTR), 8u);
}

TEST(NtHeaders, CtlCodeMatchesKnownIoctl)
{
    // FILE_DEVICE_UNKNOWN, function 0x800, buffered, any access.
    EXPECT_EQ(HeadersTestCCtlCode(), 0x00222000u);
    const ULONG code = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_OUT_DIRECT, FILE_READ_ACCESS | FILE_WRITE_ACCESS);
    EXPECT_EQ(code, 0x0022E006u);
    EXPECT_EQ(DEVICE_TYPE_FROM_CTL_CODE(code), static_cast<ULONG>(FILE_DEVICE_UNKNOWN));
    EXPECT_EQ(METHOD_FROM_CTL_CODE(code), static_cast<ULONG>(METHOD_OUT_DIRECT));
    EXPECT_EQ(IoGetFunctionCodeFromCtlCode(code), 0x801u);
}

TEST(NtHeaders, StatusClassification)
{
    EXPECT_TRUE(NT_SUCCESS(STATUS_SUCCESS));
    EXPECT_TRUE(NT_SUCCESS(STATUS_PENDING));
    EXPECT_FALSE(NT_SUCCESS(STATUS_BUFFER_OVERFLOW));
    EXPECT_FALSE(NT_SUCCESS(STATUS_INVALID_PARAMETER));
    EXPECT_TRUE(NT_WARNING(STATUS_BUFFER_OVERFLOW));
    EXPECT_TRUE(NT_ERROR(STATUS_INSUFFICIENT_RESOURCES));
    EXPECT_TRUE(NT_INFORMATION(STATUS_OBJECT_NAME_EXISTS));
    EXPECT_EQ(static_cast<ULONG>(STATUS_INVALID_DEVICE_REQUEST), 0xC0000010u);
    EXPECT_EQ(static_cast<ULONG>(STATUS_CANCELLED), 0xC0000120u);
    EXPECT_EQ(HeadersTestCNtSuccess(STATUS_PENDING), 1);
    EXPECT_EQ(HeadersTestCNtSuccess(STATUS_UNSUCCESSFUL), 0);
}

TEST(NtHeaders, ConstantStringsCountBytesWithoutTerminator)
{
    // L"\\Device\\Echo" has 12 characters, L"abc" 3; WCHAR is 2 bytes.
    EXPECT_EQ(HeadersTestCConstantStringLength(), (12 + 3) * 2);
    static const UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\Echo");
    EXPECT_EQ(name.Length, 24);
    EXPECT_EQ(name.MaximumLength, 26);
    EXPECT_EQ(name.Buffer[0], u'\\');
    static const ANSI_STRING ansi = RTL_CONSTANT_STRING("abcd");
    EXPECT_EQ(ansi.Length, 4);
    EXPECT_EQ(ansi.MaximumLength, 5);
    EXPECT_EQ(SDDL_DEVOBJ_SYS_ALL_ADM_ALL.Length, sizeof(L"D:P(A;;GA;;;SY)(A;;GA;;;BA)") - sizeof(WCHAR));
}

TEST(NtHeaders, MultiCharacterPoolTagsMatchMsvc)
{
    EXPECT_EQ(HeadersTestCPoolTag(), 0x316D6153u);
}

TEST(NtHeaders, InitGuidDefinitionsInTwoUnitsAreOneObject)
{
    EXPECT_EQ(HeadersTestCGuidAddress(), static_cast<const void *>(&GUID_HEADERS_TEST_SHARED));
    EXPECT_EQ(GUID_HEADERS_TEST_SHARED.Data1, 0x6fde7521u);
    EXPECT_EQ(GUID_HEADERS_TEST_SHARED.Data4[7], 0x26);
    GUID copy = GUID_HEADERS_TEST_SHARED;
    EXPECT_TRUE(IsEqualGUID(copy, GUID_HEADERS_TEST_SHARED));
    copy.Data2 ^= 1;
    EXPECT_FALSE(IsEqualGUID(copy, GUID_HEADERS_TEST_SHARED));
}

TEST(NtHeaders, InitGuidDevPropKeysAndSelectAnyDataLink)
{
    EXPECT_EQ(HeadersTestCDevPropKeyAddress(), static_cast<const void *>(&DEVPKEY_HeadersTest));
    EXPECT_EQ(DEVPKEY_HeadersTest.pid, 7u);
    EXPECT_TRUE(IsEqualGUID(DEVPKEY_HeadersTest.fmtid, GUID_HEADERS_TEST_SHARED));
    EXPECT_EQ(HeadersTestSelectAny, 0x5e1ec7u);
}

TEST(NtHeaders, DoublyLinkedListHelpers)
{
    LIST_ENTRY head;
    LIST_ENTRY a, b, c;
    InitializeListHead(&head);
    EXPECT_TRUE(IsListEmpty(&head));
    InsertTailList(&head, &a);
    InsertTailList(&head, &b);
    InsertHeadList(&head, &c);
    // c, a, b
    EXPECT_EQ(head.Flink, &c);
    EXPECT_EQ(c.Flink, &a);
    EXPECT_EQ(a.Flink, &b);
    EXPECT_EQ(b.Flink, &head);
    EXPECT_EQ(head.Blink, &b);
    EXPECT_FALSE(RemoveEntryList(&a));
    EXPECT_EQ(RemoveHeadList(&head), &c);
    EXPECT_EQ(RemoveTailList(&head), &b);
    EXPECT_TRUE(IsListEmpty(&head));

    LIST_ENTRY other, d, e;
    InitializeListHead(&head);
    InsertTailList(&head, &a);
    InitializeListHead(&other);
    InsertTailList(&other, &d);
    InsertTailList(&other, &e);
    RemoveEntryList(&other);  // d, e form a headless circular list
    AppendTailList(&head, &d);
    EXPECT_EQ(head.Flink, &a);
    EXPECT_EQ(a.Flink, &d);
    EXPECT_EQ(d.Flink, &e);
    EXPECT_EQ(e.Flink, &head);
    EXPECT_EQ(head.Blink, &e);
    EXPECT_TRUE(RemoveEntryList(&a) == FALSE);
    RemoveEntryList(&d);
    EXPECT_TRUE(RemoveEntryList(&e));
}

TEST(NtHeaders, SinglyLinkedListHelpers)
{
    SINGLE_LIST_ENTRY head = { nullptr };
    SINGLE_LIST_ENTRY a, b;
    PushEntryList(&head, &a);
    PushEntryList(&head, &b);
    EXPECT_EQ(PopEntryList(&head), &b);
    EXPECT_EQ(PopEntryList(&head), &a);
    EXPECT_EQ(PopEntryList(&head), nullptr);
}

TEST(NtHeaders, InterlockedFamily)
{
    volatile LONG value = 5;
    EXPECT_EQ(InterlockedIncrement(&value), 6);
    EXPECT_EQ(InterlockedDecrement(&value), 5);
    EXPECT_EQ(InterlockedExchange(&value, 9), 5);
    EXPECT_EQ(InterlockedCompareExchange(&value, 1, 8), 9);
    EXPECT_EQ(value, 9);
    EXPECT_EQ(InterlockedCompareExchange(&value, 1, 9), 9);
    EXPECT_EQ(value, 1);
    EXPECT_EQ(InterlockedExchangeAdd(&value, 4), 1);
    EXPECT_EQ(InterlockedOr(&value, 0x10), 5);
    EXPECT_EQ(InterlockedAnd(&value, 0x11), 0x15);
    EXPECT_EQ(value, 0x11);
    volatile LONG64 wide = 1LL << 40;
    EXPECT_EQ(InterlockedIncrement64(&wide), (1LL << 40) + 1);
    int target = 0;
    PVOID volatile pointer = nullptr;
    EXPECT_EQ(InterlockedCompareExchangePointer(&pointer, &target, nullptr), nullptr);
    EXPECT_EQ(InterlockedExchangePointer(&pointer, nullptr), &target);
}

struct FakeIrp {
    IRP Irp;
    IO_STACK_LOCATION Stack[3];
};

NTSTATUS FakeCompletion(PDEVICE_OBJECT, PIRP, PVOID)
{
    return STATUS_SUCCESS;
}

VOID FakeCancel(PDEVICE_OBJECT, PIRP) {}

TEST(NtHeaders, IrpStackLocationInlines)
{
    FakeIrp fake{};
    PIRP irp = &fake.Irp;
    irp->StackCount = 3;
    // A new IRP's current location is one past the last; the first driver sees Stack[2].
    irp->CurrentLocation = 4;
    irp->Tail.Overlay.CurrentStackLocation = &fake.Stack[3];
    IoSetNextIrpStackLocation(irp);
    EXPECT_EQ(irp->CurrentLocation, 3);
    EXPECT_EQ(IoGetCurrentIrpStackLocation(irp), &fake.Stack[2]);
    EXPECT_EQ(IoGetNextIrpStackLocation(irp), &fake.Stack[1]);

    PIO_STACK_LOCATION current = IoGetCurrentIrpStackLocation(irp);
    current->MajorFunction = IRP_MJ_DEVICE_CONTROL;
    current->Parameters.DeviceIoControl.IoControlCode = 0x222000;
    current->Control = SL_PENDING_RETURNED;
    current->CompletionRoutine = FakeCompletion;
    IoCopyCurrentIrpStackLocationToNext(irp);
    EXPECT_EQ(fake.Stack[1].MajorFunction, IRP_MJ_DEVICE_CONTROL);
    EXPECT_EQ(fake.Stack[1].Parameters.DeviceIoControl.IoControlCode, 0x222000u);
    EXPECT_EQ(fake.Stack[1].Control, 0);
    EXPECT_EQ(fake.Stack[1].CompletionRoutine, nullptr);

    int context = 0;
    IoSetCompletionRoutine(irp, FakeCompletion, &context, TRUE, FALSE, TRUE);
    EXPECT_EQ(fake.Stack[1].CompletionRoutine, &FakeCompletion);
    EXPECT_EQ(fake.Stack[1].Context, &context);
    EXPECT_EQ(fake.Stack[1].Control, SL_INVOKE_ON_SUCCESS | SL_INVOKE_ON_CANCEL);

    current->Control = 0;
    IoMarkIrpPending(irp);
    EXPECT_EQ(current->Control, SL_PENDING_RETURNED);

    IoSkipCurrentIrpStackLocation(irp);
    EXPECT_EQ(irp->CurrentLocation, 4);
    EXPECT_EQ(IoGetNextIrpStackLocation(irp), &fake.Stack[2]);

    EXPECT_EQ(IoSetCancelRoutine(irp, FakeCancel), nullptr);
    EXPECT_EQ(IoSetCancelRoutine(irp, nullptr), &FakeCancel);
    EXPECT_EQ(IoSizeOfIrp(3), sizeof(IRP) + 3 * sizeof(IO_STACK_LOCATION));
}

TEST(NtHeaders, MdlMacros)
{
    MDL mdl{};
    alignas(4096) static unsigned char page[8192];
    MmInitializeMdl(&mdl, page + 100, 5000);
    EXPECT_EQ(MmGetMdlByteCount(&mdl), 5000u);
    EXPECT_EQ(MmGetMdlByteOffset(&mdl), 100u);
    EXPECT_EQ(MmGetMdlVirtualAddress(&mdl), page + 100);
    EXPECT_EQ(static_cast<size_t>(mdl.Size), sizeof(MDL) + 2 * sizeof(PFN_NUMBER));
    EXPECT_EQ(mdl.MdlFlags, 0);
    EXPECT_EQ(mdl.StartVa, static_cast<PVOID>(page));
}

TEST(NtHeaders, IntSafeArithmetic)
{
    ULONG result = 0;
    EXPECT_EQ(RtlULongAdd(0xFFFFFFF0u, 0x10u, &result), STATUS_INTEGER_OVERFLOW);
    EXPECT_EQ(result, ULONG_ERROR);
    EXPECT_EQ(RtlULongAdd(1, 2, &result), STATUS_SUCCESS);
    EXPECT_EQ(result, 3u);
    EXPECT_EQ(RtlULongMult(0x10000u, 0x10000u, &result), STATUS_INTEGER_OVERFLOW);
    SIZE_T size = 0;
    EXPECT_EQ(RtlSizeTMult(SIZE_MAX / 2 + 1, 2, &size), STATUS_INTEGER_OVERFLOW);
    EXPECT_EQ(RtlSizeTAdd(40, 2, &size), STATUS_SUCCESS);
    EXPECT_EQ(size, 42u);
    LONG signedResult = 0;
    EXPECT_EQ(RtlLongAdd(0x7FFFFFFF, 1, &signedResult), STATUS_INTEGER_OVERFLOW);
    EXPECT_EQ(RtlSizeTToULong(0x100000000ull, &result), STATUS_INTEGER_OVERFLOW);
    EXPECT_EQ(RtlSizeTToULong(7, &result), STATUS_SUCCESS);
    EXPECT_EQ(result, 7u);
    EXPECT_EQ(RtlLongToULong(-1, &result), STATUS_INTEGER_OVERFLOW);
}

TEST(NtHeaders, ContainingRecordAndFieldHelpers)
{
    struct Outer {
        ULONG Before;
        LIST_ENTRY Link;
    } outer;
    EXPECT_EQ(CONTAINING_RECORD(&outer.Link, Outer, Link), &outer);
    EXPECT_EQ(FIELD_OFFSET(Outer, Link), 8);
    EXPECT_EQ(RTL_FIELD_SIZE(Outer, Link), sizeof(LIST_ENTRY));
    ULONG array[7];
    EXPECT_EQ(ARRAYSIZE(array), 7u);
    EXPECT_EQ(RTL_NUMBER_OF(array), 7u);
}

}  // namespace
