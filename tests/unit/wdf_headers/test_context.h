/* A context type declared in a header shared by two C files, as drivers do. */
#pragma once

typedef struct _TEST_CONTEXT {
    ULONG Counter;
    UCHAR Bytes[13];
} TEST_CONTEXT, *PTEST_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(TEST_CONTEXT, TestGetContext)
