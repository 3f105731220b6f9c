/* ntifs.h - file-system/filter kernel interface. For now: ntddk.h plus the few
 * ntifs-only declarations function drivers occasionally use. */
#ifndef OPENKMDF_NTIFS_H
#define OPENKMDF_NTIFS_H

#include <ntddk.h>

EXTERN_C_START

NTKERNELAPI NTSTATUS NTAPI RtlDuplicateUnicodeString(ULONG Flags, PCUNICODE_STRING StringIn,
                                                     PUNICODE_STRING StringOut);
#define RTL_DUPLICATE_UNICODE_STRING_NULL_TERMINATE 1
#define RTL_DUPLICATE_UNICODE_STRING_ALLOCATE_NULL_STRING 2
NTKERNELAPI PEPROCESS NTAPI IoThreadToProcess(PETHREAD Thread);
NTKERNELAPI HANDLE NTAPI PsGetProcessId(PEPROCESS Process);
NTKERNELAPI HANDLE NTAPI PsGetThreadId(PETHREAD Thread);

EXTERN_C_END

#endif /* OPENKMDF_NTIFS_H */
