/* The C11 half of the header test: everything a driver includes, compiled as C. */
#include <ntifs.h>
#include <ntstrsafe.h>
#include <ntintsafe.h>
#include <wdmsec.h>
#include <initguid.h>
#include <devpropdef.h>

#include "layout_items.h"

/* Defined here and in headers_test.cpp; both are weak definitions of one symbol. */
DEFINE_GUID(GUID_HEADERS_TEST_SHARED, 0x6fde7521, 0x1b65, 0x48ae, 0xb6, 0x28, 0x80, 0xbe, 0x62, 0x01, 0x60, 0x26);

DEFINE_DEVPROPKEY(DEVPKEY_HeadersTest, 0x6fde7521, 0x1b65, 0x48ae, 0xb6, 0x28, 0x80, 0xbe, 0x62, 0x01, 0x60, 0x26, 7);

/* Data defined in a header with selectany becomes one weak symbol. */
const __declspec(selectany) ULONG HeadersTestSelectAny = 0x5e1ec7;

/* Driver-style declarations must be accepted. */
DRIVER_INITIALIZE HeadersTestDriverEntry;
DRIVER_UNLOAD HeadersTestUnload;
IO_COMPLETION_ROUTINE HeadersTestCompletion;
KDEFERRED_ROUTINE HeadersTestDpc;
#pragma alloc_text(INIT, HeadersTestDriverEntry)
#pragma warning(disable : 4201)
__pragma(warning(push))

static const UNICODE_STRING HeadersTestConstantName = RTL_CONSTANT_STRING(L"\\Device\\Echo");
DECLARE_CONST_UNICODE_STRING(HeadersTestDeclaredName, L"abc");

#define SIZE_ENTRY(type) { #type, sizeof(type) },
#define OFFSET_ENTRY(type, field) { #type "." #field, offsetof(type, field) },
static const HeadersTestLayoutEntry Entries[] = { HEADERS_TEST_SIZES(SIZE_ENTRY) HEADERS_TEST_OFFSETS(OFFSET_ENTRY) };

const HeadersTestLayoutEntry *HeadersTestCLayout(size_t *Count)
{
    *Count = ARRAYSIZE(Entries);
    return Entries;
}

unsigned int HeadersTestCCtlCode(void)
{
    return CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS);
}

unsigned short HeadersTestCConstantStringLength(void)
{
    return (unsigned short)(HeadersTestConstantName.Length + HeadersTestDeclaredName.Length);
}

unsigned int HeadersTestCPoolTag(void)
{
    return (unsigned int)'1maS';
}

const void *HeadersTestCGuidAddress(void)
{
    return &GUID_HEADERS_TEST_SHARED;
}

int HeadersTestCNtSuccess(int Status)
{
    NTSTATUS status = Status;
    __try {
        PAGED_CODE();
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        status = GetExceptionCode();
    }
    ASSERT(status == Status);
    return NT_SUCCESS(status) ? 1 : 0;
}

const void *HeadersTestCDevPropKeyAddress(void)
{
    return &DEVPKEY_HeadersTest;
}
