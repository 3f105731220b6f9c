/* ntdef.h - NT base types, Windows data model (LLP64) on an LP64 compiler, and the
 * compiler shims (calling conventions, __declspec, SEH keywords) that let unmodified
 * driver sources build with gcc/clang. */
#ifndef OPENKMDF_NTDEF_H
#define OPENKMDF_NTDEF_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdarg.h>

#include <sal.h>
#include <basetsd.h>

#ifndef _AMD64_
#define _AMD64_
#endif
#ifndef _WIN64
#define _WIN64
#endif
#ifndef NT
#define NT
#endif
#ifndef NTDDI_VERSION
#define NTDDI_VERSION 0x0A00000C
#endif
#ifndef _WIN32_WINNT
#define _WIN32_WINNT 0x0A00
#endif
#ifndef WINVER
#define WINVER 0x0A00
#endif
#define NTDDI_WIN7 0x06010000
#define NTDDI_WIN8 0x06020000
#define NTDDI_WINBLUE 0x06030000
#define NTDDI_WIN10 0x0A000000
#define NTDDI_WIN10_VB 0x0A000008
#define NTDDI_WIN10_MN 0x0A000009
#define NTDDI_WIN10_FE 0x0A00000A
#define NTDDI_WIN10_CO 0x0A00000B
#define NTDDI_WIN10_NI 0x0A00000C

/* ---- Language glue ---------------------------------------------------------------- */
#ifdef __cplusplus
#define EXTERN_C extern "C"
#define EXTERN_C_START extern "C" {
#define EXTERN_C_END }
#else
#ifndef EXTERN_C
#define EXTERN_C extern
#endif
#define EXTERN_C_START
#define EXTERN_C_END
#endif

#ifdef __cplusplus
#define OPENKMDF_STATIC_ASSERT(e, msg) static_assert(e, msg)
#else
#define OPENKMDF_STATIC_ASSERT(e, msg) _Static_assert(e, msg)
#endif
#define C_ASSERT(e) OPENKMDF_STATIC_ASSERT(e, #e)

/* Calling conventions: drivers and runtime share one ABI, so these are empty. */
#define __stdcall
#define __cdecl
#define __fastcall
#define __thiscall
#define __vectorcall
#define _stdcall
#define _cdecl
#define _fastcall
#define NTAPI
#define NTAPI_INLINE
#define WINAPI
#define APIENTRY
#define CALLBACK
#define FASTCALL
#define STDMETHODCALLTYPE
#define STDAPICALLTYPE

/* Routines exported by the kernel. In C++ they are declared inside extern "C" blocks,
 * so the macros only carry visibility. */
#define OPENKMDF_EXPORT __attribute__((visibility("default")))
#define NTKERNELAPI OPENKMDF_EXPORT
#define NTSYSAPI OPENKMDF_EXPORT
#define NTSYSCALLAPI OPENKMDF_EXPORT
#define NTHALAPI OPENKMDF_EXPORT
#define NTSTRSAFEDDI NTSTATUS
#define NTSTRSAFEVAPI NTSTATUS

#define __forceinline inline __attribute__((always_inline))
#define FORCEINLINE static inline __attribute__((always_inline))
#define NTAPI_INLINE
#define __unaligned
#define UNALIGNED
#define UNALIGNED64
#define __ptr64
#define __ptr32
#define POINTER_64
#define POINTER_32
#define POINTER_SIGNED
#define POINTER_UNSIGNED
#define RESTRICTED_POINTER
#define CONST const
#define VOLATILE volatile
#define IN
#define OUT
#define OPTIONAL
#define __noop(...) ((void)0)
#define __nop() __asm__ __volatile__("nop")

/* __declspec: `selectany` (data defined in headers) becomes a weak definition;
 * everything else (dllimport, noinline, align handled elsewhere...) is dropped. */
#define OPENKMDF_DECLSPEC_selectany __attribute__((weak))
#define OPENKMDF_DECLSPEC_noreturn __attribute__((noreturn))
#define OPENKMDF_DECLSPEC_noinline __attribute__((noinline))
#define OPENKMDF_DECLSPEC_deprecated
#define OPENKMDF_DECLSPEC_dllimport
#define OPENKMDF_DECLSPEC_dllexport __attribute__((visibility("default")))
#define OPENKMDF_DECLSPEC_novtable
#define OPENKMDF_DECLSPEC_restrict
#define OPENKMDF_DECLSPEC_noalias
#define OPENKMDF_DECLSPEC_nothrow
#define OPENKMDF_DECLSPEC_thread __thread
#define OPENKMDF_DECLSPEC_naked
#define OPENKMDF_DECLSPEC_safebuffers
#define OPENKMDF_DECLSPEC_allocator
#define OPENKMDF_DECLSPEC_empty_bases
#define OPENKMDF_DECLSPEC_uuid(x)
#define OPENKMDF_DECLSPEC_align(x) __attribute__((aligned(x)))
#define OPENKMDF_DECLSPEC_property(...)
#define OPENKMDF_DECLSPEC_code_seg(x)
#define OPENKMDF_DECLSPEC_allocate(x)
#define OPENKMDF_DECLSPEC_noinline_ __attribute__((noinline))
#define OPENKMDF_DECLSPEC_guard(x)
#define OPENKMDF_DECLSPEC_(x)
#define __declspec(x) OPENKMDF_DECLSPEC_##x

#define DECLSPEC_SELECTANY __attribute__((weak))
#define DECLSPEC_NORETURN __attribute__((noreturn))
#define DECLSPEC_NOINLINE __attribute__((noinline))
#define DECLSPEC_ALIGN(x) __attribute__((aligned(x)))
#define DECLSPEC_CACHEALIGN DECLSPEC_ALIGN(64)
#define DECLSPEC_IMPORT
#define DECLSPEC_EXPORT __attribute__((visibility("default")))
#define DECLSPEC_DEPRECATED
#define DECLSPEC_DEPRECATED_DDK
#define DECLSPEC_DEPRECATED_DDK_WINXP
#define DECLSPEC_NOVTABLE
#define DECLSPEC_UUID(x)
#define DECLSPEC_NOTHROW
#define DECLSPEC_RESTRICT
#define DECLSPEC_NOALIAS
#define DECLSPEC_GUARDNOCF
#define DECLSPEC_GUARD_SUPPRESS
#define DECLSPEC_SAFEBUFFERS
#define DECLSPEC_ADDRSAFE
#define DECLSPEC_NOSANITIZE_ADDRESS
#define DECLSPEC_CHPE_GUEST
#define DECLSPEC_CHPE_PATCHABLE
#define DECLSPEC_ALLOCATOR
#define DEPRECATED
#define NOP_FUNCTION (void)0
#define ALIGNED_(x) __attribute__((aligned(x)))
#define MEMORY_ALLOCATION_ALIGNMENT 16

#define __pragma(x) _Pragma(#x)
#define __debugbreak() __builtin_trap()
#define __assume(e) ((void)0)
#define __annotation(...) ((void)0)
#define __identifier(x) x
#define TYPE_ALIGNMENT(t) __alignof__(t)
#define PROBE_ALIGNMENT(t) TYPE_ALIGNMENT(t)

/* Structured exception handling. For now the guarded block always runs and the handler
 * never does: real fault semantics (a fault in the __try block reaching __except) are a
 * later runtime feature, see DESIGN.md "Known pitfalls". Only C (driver code) gets the
 * keywords: libstdc++ defines __try/__catch itself for C++. */
#ifndef __cplusplus
#define __try if (1)
#define __except(x) else if (0)
#define __finally if (1)
#define __leave
#define _try __try
#define _except(x) __except(x)
#define _finally __finally
#define _leave __leave
#endif
#define GetExceptionCode() ((NTSTATUS)0)
#define _exception_code() ((NTSTATUS)0)
#define GetExceptionInformation() ((void *)0)
#define _exception_info() ((void *)0)
#define AbnormalTermination() 0
#define EXCEPTION_EXECUTE_HANDLER 1
#define EXCEPTION_CONTINUE_SEARCH 0
#define EXCEPTION_CONTINUE_EXECUTION (-1)

/* Code placement is meaningless here. */
#define PAGED_CODE()
#define PAGED_CODE_LOCKED()
#define PAGED_ASSERT(exp)
#define CODE_SEG(x)
#define ALLOC_TEXT(s, f)
/* As in kernel builds: drivers guard their `#pragma alloc_text/data_seg` with these; the
 * pragmas themselves are ignored (-Wno-unknown-pragmas). */
#ifndef ALLOC_PRAGMA
#define ALLOC_PRAGMA 1
#endif
#ifndef ALLOC_DATA_PRAGMA
#define ALLOC_DATA_PRAGMA 1
#endif
#define PAGED_CODE_SEG
#define INIT_CODE_SEG
#define NONPAGED_CODE_SEG

/* ---- Base types ------------------------------------------------------------------ */
#ifndef VOID
#define VOID void
#endif
typedef char CHAR;
typedef short SHORT;
typedef int32_t LONG;
typedef int INT;
typedef unsigned char UCHAR;
typedef unsigned short USHORT;
typedef uint32_t ULONG;
typedef unsigned int UINT;
typedef float FLOAT;
typedef double DOUBLE;
typedef void *PVOID;
typedef void *PVOID64;
typedef const void *PCVOID;
typedef unsigned char BYTE, *PBYTE, *LPBYTE;
typedef unsigned short WORD, *PWORD;
typedef uint32_t DWORD, *PDWORD, *LPDWORD;
typedef int BOOL, *PBOOL;
typedef UCHAR *PUCHAR;
typedef USHORT *PUSHORT;
typedef ULONG *PULONG;
typedef UINT *PUINT;
typedef CHAR *PCHAR, *LPCH, *PCH;
typedef const CHAR *PCCH, *LPCCH;
typedef SHORT *PSHORT;
typedef LONG *PLONG;
typedef INT *PINT;
typedef const UCHAR *PCUCHAR;
typedef const USHORT *PCUSHORT;
typedef const ULONG *PCULONG;
typedef long long LONGLONG, *PLONGLONG;
typedef unsigned long long ULONGLONG, *PULONGLONG;
typedef ULONGLONG DWORDLONG, *PDWORDLONG;
typedef LONGLONG USN;
typedef char CCHAR, *PCCHAR;
typedef short CSHORT, *PCSHORT;
typedef ULONG CLONG, *PCLONG;
typedef ULONG LCID, *PLCID;
typedef USHORT LANGID;
typedef ULONG LOGICAL, *PLOGICAL;
typedef UCHAR BOOLEAN, *PBOOLEAN;
typedef const BOOLEAN *PCBOOLEAN;
#ifndef OPENKMDF_NTSTATUS_DEFINED
#define OPENKMDF_NTSTATUS_DEFINED
typedef int32_t NTSTATUS;
#endif
typedef NTSTATUS *PNTSTATUS;
typedef LONG HRESULT;

#ifndef TRUE
#define TRUE 1
#endif
#ifndef FALSE
#define FALSE 0
#endif
#ifndef NULL
#ifdef __cplusplus
#define NULL nullptr
#else
#define NULL ((void *)0)
#endif
#endif
#define NULL64 ((void *)0)

typedef wchar_t WCHAR;
OPENKMDF_STATIC_ASSERT(sizeof(wchar_t) == 2, "NT headers need -fshort-wchar (WCHAR is 16-bit)");
typedef WCHAR *PWCHAR, *LPWCH, *PWCH, *PWSTR, *LPWSTR, *NWPSTR;
typedef const WCHAR *LPCWCH, *PCWCH, *PCWSTR, *LPCWSTR;
typedef WCHAR *PZZWSTR;
typedef const WCHAR *PCZZWSTR;
typedef WCHAR *PNZWCH;
typedef const WCHAR *PCNZWCH;
typedef CHAR *PSTR, *LPSTR, *NPSTR;
typedef const CHAR *PCSTR, *LPCSTR;
typedef CHAR *PZZSTR;
typedef const CHAR *PCZZSTR;
typedef CHAR *PNZCH;
typedef const CHAR *PCNZCH;
typedef const char *PCSZ;
typedef PSTR *PPSTR;
typedef PWSTR *PPWSTR;

typedef void *HANDLE;
typedef HANDLE *PHANDLE;
#define DECLARE_HANDLE(name) struct name##__ { int unused; }; typedef struct name##__ *name
typedef ULONG ACCESS_MASK;
typedef ACCESS_MASK *PACCESS_MASK;
typedef LONG KPRIORITY;
typedef ULONG_PTR KSPIN_LOCK;
typedef KSPIN_LOCK *PKSPIN_LOCK;
typedef UCHAR KIRQL;
typedef KIRQL *PKIRQL;
typedef ULONG EXECUTION_STATE;
typedef ULONG SECURITY_INFORMATION, *PSECURITY_INFORMATION;
typedef PVOID PSECURITY_DESCRIPTOR;
typedef PVOID PSID;
typedef LONGLONG REGHANDLE, *PREGHANDLE;
typedef USHORT RTL_ATOM, *PRTL_ATOM;

typedef struct _QUAD {
    union {
        LONGLONG UseThisFieldToCopy;
        double DoNotUseThisField;
    };
} QUAD, *PQUAD, UQUAD, *PUQUAD;

#define MINCHAR 0x80
#define MAXCHAR 0x7f
#define MINSHORT 0x8000
#define MAXSHORT 0x7fff
#define MINLONG 0x80000000
#define MAXLONG 0x7fffffff
#define MAXUCHAR 0xff
#define MAXUSHORT 0xffff
#define MAXULONG 0xffffffff
#define MAXLONGLONG (0x7fffffffffffffffLL)
#ifndef MAXULONGLONG
#define MAXULONGLONG ((ULONGLONG)~((ULONGLONG)0))
#endif
#define MAXDWORD 0xffffffff
#define MAXBYTE 0xff
#define MAXWORD 0xffff

#define ANYSIZE_ARRAY 1

/* ---- Integer unions -------------------------------------------------------------- */
typedef union _LARGE_INTEGER {
    struct {
        ULONG LowPart;
        LONG HighPart;
    };
    struct {
        ULONG LowPart;
        LONG HighPart;
    } u;
    LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;

typedef union _ULARGE_INTEGER {
    struct {
        ULONG LowPart;
        ULONG HighPart;
    };
    struct {
        ULONG LowPart;
        ULONG HighPart;
    } u;
    ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

typedef LARGE_INTEGER PHYSICAL_ADDRESS, *PPHYSICAL_ADDRESS;

typedef struct _LUID {
    ULONG LowPart;
    LONG HighPart;
} LUID, *PLUID;

/* ---- Lists ----------------------------------------------------------------------- */
typedef struct _LIST_ENTRY {
    struct _LIST_ENTRY *Flink;
    struct _LIST_ENTRY *Blink;
} LIST_ENTRY, *PLIST_ENTRY, *PRLIST_ENTRY;

typedef struct _SINGLE_LIST_ENTRY {
    struct _SINGLE_LIST_ENTRY *Next;
} SINGLE_LIST_ENTRY, *PSINGLE_LIST_ENTRY;

typedef struct LIST_ENTRY32 {
    ULONG Flink;
    ULONG Blink;
} LIST_ENTRY32, *PLIST_ENTRY32;

typedef struct LIST_ENTRY64 {
    ULONGLONG Flink;
    ULONGLONG Blink;
} LIST_ENTRY64, *PLIST_ENTRY64;

/* ---- Strings --------------------------------------------------------------------- */
typedef struct _STRING {
    USHORT Length;
    USHORT MaximumLength;
    PCHAR Buffer;
} STRING, *PSTRING, ANSI_STRING, *PANSI_STRING, OEM_STRING, *POEM_STRING;
typedef const ANSI_STRING *PCANSI_STRING;
typedef const OEM_STRING *PCOEM_STRING;

typedef struct _CSTRING {
    USHORT Length;
    USHORT MaximumLength;
    CONST char *Buffer;
} CSTRING, *PCSTRING;

typedef struct _UNICODE_STRING {
    USHORT Length;
    USHORT MaximumLength;
    PWCH Buffer;
} UNICODE_STRING, *PUNICODE_STRING;
typedef const UNICODE_STRING *PCUNICODE_STRING;
#define UNICODE_NULL ((WCHAR)0)
#define ANSI_NULL ((CHAR)0)
#define UNICODE_STRING_MAX_BYTES ((USHORT)65534)
#define UNICODE_STRING_MAX_CHARS (32767)

/* ---- Object attributes ----------------------------------------------------------- */
typedef struct _OBJECT_ATTRIBUTES {
    ULONG Length;
    HANDLE RootDirectory;
    PUNICODE_STRING ObjectName;
    ULONG Attributes;
    PVOID SecurityDescriptor;
    PVOID SecurityQualityOfService;
} OBJECT_ATTRIBUTES, *POBJECT_ATTRIBUTES;
typedef const OBJECT_ATTRIBUTES *PCOBJECT_ATTRIBUTES;

#define OBJ_INHERIT 0x00000002L
#define OBJ_PERMANENT 0x00000010L
#define OBJ_EXCLUSIVE 0x00000020L
#define OBJ_CASE_INSENSITIVE 0x00000040L
#define OBJ_OPENIF 0x00000080L
#define OBJ_OPENLINK 0x00000100L
#define OBJ_KERNEL_HANDLE 0x00000200L
#define OBJ_FORCE_ACCESS_CHECK 0x00000400L
#define OBJ_IGNORE_IMPERSONATED_DEVICEMAP 0x00000800L
#define OBJ_DONT_REPARSE 0x00001000L
#define OBJ_VALID_ATTRIBUTES 0x00001FF2L

#define InitializeObjectAttributes(p, n, a, r, s)                                        \
    do {                                                                                 \
        (p)->Length = sizeof(OBJECT_ATTRIBUTES);                                         \
        (p)->RootDirectory = (r);                                                        \
        (p)->Attributes = (a);                                                           \
        (p)->ObjectName = (n);                                                           \
        (p)->SecurityDescriptor = (s);                                                   \
        (p)->SecurityQualityOfService = NULL;                                            \
    } while (0)
#define RTL_CONSTANT_OBJECT_ATTRIBUTES(n, a)                                             \
    { sizeof(OBJECT_ATTRIBUTES), NULL, RTL_CONST_CAST(PUNICODE_STRING)(n), a, NULL, NULL }
#define RTL_INIT_OBJECT_ATTRIBUTES(n, a) RTL_CONSTANT_OBJECT_ATTRIBUTES(n, a)

/* ---- Status helpers -------------------------------------------------------------- */
#define NT_SUCCESS(Status) (((NTSTATUS)(Status)) >= 0)
#define NT_INFORMATION(Status) ((((ULONG)(Status)) >> 30) == 1)
#define NT_WARNING(Status) ((((ULONG)(Status)) >> 30) == 2)
#define NT_ERROR(Status) ((((ULONG)(Status)) >> 30) == 3)
#define NT_FACILITY(Status) ((((ULONG)(Status)) >> 16) & 0xFFF)
#define APPLICATION_ERROR_MASK 0x20000000
#define ERROR_SEVERITY_SUCCESS 0x00000000
#define ERROR_SEVERITY_INFORMATIONAL 0x40000000
#define ERROR_SEVERITY_WARNING 0x80000000
#define ERROR_SEVERITY_ERROR 0xC0000000

/* ---- Structure helpers ----------------------------------------------------------- */
#define FIELD_OFFSET(type, field) ((LONG)offsetof(type, field))
#define UFIELD_OFFSET(type, field) ((ULONG)offsetof(type, field))
#define RTL_FIELD_SIZE(type, field) (sizeof(((type *)0)->field))
#define RTL_SIZEOF_THROUGH_FIELD(type, field) (FIELD_OFFSET(type, field) + RTL_FIELD_SIZE(type, field))
#define RTL_CONTAINS_FIELD(Struct, Size, Field)                                          \
    ((((PCHAR)(&(Struct)->Field)) + sizeof((Struct)->Field)) <= (((PCHAR)(Struct)) + (Size)))
#define RTL_NUMBER_OF_V1(A) (sizeof(A) / sizeof((A)[0]))
#define RTL_NUMBER_OF_V2(A) RTL_NUMBER_OF_V1(A)
#define RTL_NUMBER_OF(A) RTL_NUMBER_OF_V1(A)
#define ARRAYSIZE(A) RTL_NUMBER_OF_V2(A)
#define _ARRAYSIZE(A) RTL_NUMBER_OF_V1(A)
#define RTL_NUMBER_OF_FIELD(type, field) (RTL_NUMBER_OF(RTL_FIELD_SIZE(type, field)))
#define RTL_PADDING_BETWEEN_FIELDS(T, F1, F2)                                            \
    ((FIELD_OFFSET(T, F2) > FIELD_OFFSET(T, F1))                                         \
         ? (FIELD_OFFSET(T, F2) - FIELD_OFFSET(T, F1) - RTL_FIELD_SIZE(T, F1))            \
         : (FIELD_OFFSET(T, F1) - FIELD_OFFSET(T, F2) - RTL_FIELD_SIZE(T, F2)))
#define CONTAINING_RECORD(address, type, field)                                          \
    ((type *)((PCHAR)(address) - (ULONG_PTR)offsetof(type, field)))
#ifdef __cplusplus
#define RTL_CONST_CAST(type) const_cast<type>
#else
#define RTL_CONST_CAST(type) (type)
#endif
#define ALIGN_DOWN_BY(length, alignment) ((ULONG_PTR)(length) & ~((ULONG_PTR)(alignment) - 1))
#define ALIGN_UP_BY(length, alignment) (ALIGN_DOWN_BY(((ULONG_PTR)(length) + (alignment) - 1), alignment))
#define ALIGN_DOWN_POINTER_BY(address, alignment) ((PVOID)((ULONG_PTR)(address) & ~((ULONG_PTR)(alignment) - 1)))
#define ALIGN_UP_POINTER_BY(address, alignment) (ALIGN_DOWN_POINTER_BY(((ULONG_PTR)(address) + (alignment) - 1), alignment))
#define ALIGN_DOWN(length, type) ALIGN_DOWN_BY(length, sizeof(type))
#define ALIGN_UP(length, type) ALIGN_UP_BY(length, sizeof(type))
#define ALIGN_DOWN_POINTER(address, type) ALIGN_DOWN_POINTER_BY(address, sizeof(type))
#define ALIGN_UP_POINTER(address, type) ALIGN_UP_POINTER_BY(address, sizeof(type))
#define ROUND_TO_SIZE(Length, Alignment) ((((ULONG_PTR)(Length)) + ((Alignment) - 1)) & ~((ULONG_PTR)(Alignment) - 1))

#define UNREFERENCED_PARAMETER(P) ((void)(P))
#define DBG_UNREFERENCED_PARAMETER(P) ((void)(P))
#define DBG_UNREFERENCED_LOCAL_VARIABLE(V) ((void)(V))
#define UNREFERENCED_LOCAL_VARIABLE(V) ((void)(V))

#define BooleanFlagOn(F, SF) ((BOOLEAN)(((F) & (SF)) != 0))
#define FlagOn(_F, _SF) ((_F) & (_SF))
#define SetFlag(_F, _SF) ((_F) |= (_SF))
#define ClearFlag(_F, _SF) ((_F) &= ~(_SF))

#define Int32x32To64(a, b) (((LONGLONG)((LONG)(a))) * ((LONGLONG)((LONG)(b))))
#define UInt32x32To64(a, b) (((ULONGLONG)((unsigned int)(a))) * ((ULONGLONG)((unsigned int)(b))))
#define Int64ShllMod32(a, b) (((ULONGLONG)(a)) << (b))
#define Int64ShraMod32(a, b) (((LONGLONG)(a)) >> (b))
#define Int64ShrlMod32(a, b) (((ULONGLONG)(a)) >> (b))

#define LOBYTE(w) ((UCHAR)(((ULONG_PTR)(w)) & 0xff))
#define HIBYTE(w) ((UCHAR)((((ULONG_PTR)(w)) >> 8) & 0xff))
#define LOWORD(l) ((USHORT)(((ULONG_PTR)(l)) & 0xffff))
#define HIWORD(l) ((USHORT)((((ULONG_PTR)(l)) >> 16) & 0xffff))
#define MAKEWORD(a, b) ((USHORT)(((UCHAR)(((ULONG_PTR)(a)) & 0xff)) | ((USHORT)((UCHAR)(((ULONG_PTR)(b)) & 0xff))) << 8))
#define MAKELONG(a, b) ((LONG)(((USHORT)(((ULONG_PTR)(a)) & 0xffff)) | ((ULONG)((USHORT)(((ULONG_PTR)(b)) & 0xffff))) << 16))

/* ---- IRQLs (x64) ----------------------------------------------------------------- */
#define PASSIVE_LEVEL 0
#define LOW_LEVEL 0
#define APC_LEVEL 1
#define DISPATCH_LEVEL 2
#define CMCI_LEVEL 5
#define CLOCK_LEVEL 13
#define IPI_LEVEL 14
#define DRS_LEVEL 14
#define POWER_LEVEL 14
#define PROFILE_LEVEL 15
#define HIGH_LEVEL 15
#define SYNCH_LEVEL 12

/* ---- Access rights --------------------------------------------------------------- */
#define DELETE (0x00010000L)
#define READ_CONTROL (0x00020000L)
#define WRITE_DAC (0x00040000L)
#define WRITE_OWNER (0x00080000L)
#define SYNCHRONIZE (0x00100000L)
#define STANDARD_RIGHTS_REQUIRED (0x000F0000L)
#define STANDARD_RIGHTS_READ (READ_CONTROL)
#define STANDARD_RIGHTS_WRITE (READ_CONTROL)
#define STANDARD_RIGHTS_EXECUTE (READ_CONTROL)
#define STANDARD_RIGHTS_ALL (0x001F0000L)
#define SPECIFIC_RIGHTS_ALL (0x0000FFFFL)
#define ACCESS_SYSTEM_SECURITY (0x01000000L)
#define MAXIMUM_ALLOWED (0x02000000L)
#define GENERIC_READ (0x80000000L)
#define GENERIC_WRITE (0x40000000L)
#define GENERIC_EXECUTE (0x20000000L)
#define GENERIC_ALL (0x10000000L)

typedef struct _GENERIC_MAPPING {
    ACCESS_MASK GenericRead;
    ACCESS_MASK GenericWrite;
    ACCESS_MASK GenericExecute;
    ACCESS_MASK GenericAll;
} GENERIC_MAPPING, *PGENERIC_MAPPING;

#define FILE_READ_DATA (0x0001)
#define FILE_LIST_DIRECTORY (0x0001)
#define FILE_WRITE_DATA (0x0002)
#define FILE_ADD_FILE (0x0002)
#define FILE_APPEND_DATA (0x0004)
#define FILE_ADD_SUBDIRECTORY (0x0004)
#define FILE_CREATE_PIPE_INSTANCE (0x0004)
#define FILE_READ_EA (0x0008)
#define FILE_WRITE_EA (0x0010)
#define FILE_EXECUTE (0x0020)
#define FILE_TRAVERSE (0x0020)
#define FILE_DELETE_CHILD (0x0040)
#define FILE_READ_ATTRIBUTES (0x0080)
#define FILE_WRITE_ATTRIBUTES (0x0100)
#define FILE_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x1FF)
#define FILE_GENERIC_READ (STANDARD_RIGHTS_READ | FILE_READ_DATA | FILE_READ_ATTRIBUTES | FILE_READ_EA | SYNCHRONIZE)
#define FILE_GENERIC_WRITE (STANDARD_RIGHTS_WRITE | FILE_WRITE_DATA | FILE_WRITE_ATTRIBUTES | FILE_WRITE_EA | FILE_APPEND_DATA | SYNCHRONIZE)
#define FILE_GENERIC_EXECUTE (STANDARD_RIGHTS_EXECUTE | FILE_READ_ATTRIBUTES | FILE_EXECUTE | SYNCHRONIZE)

#define FILE_SHARE_READ 0x00000001
#define FILE_SHARE_WRITE 0x00000002
#define FILE_SHARE_DELETE 0x00000004
#define FILE_SHARE_VALID_FLAGS 0x00000007

#define FILE_ATTRIBUTE_READONLY 0x00000001
#define FILE_ATTRIBUTE_HIDDEN 0x00000002
#define FILE_ATTRIBUTE_SYSTEM 0x00000004
#define FILE_ATTRIBUTE_DIRECTORY 0x00000010
#define FILE_ATTRIBUTE_ARCHIVE 0x00000020
#define FILE_ATTRIBUTE_DEVICE 0x00000040
#define FILE_ATTRIBUTE_NORMAL 0x00000080
#define FILE_ATTRIBUTE_TEMPORARY 0x00000100
#define FILE_ATTRIBUTE_SPARSE_FILE 0x00000200
#define FILE_ATTRIBUTE_REPARSE_POINT 0x00000400
#define FILE_ATTRIBUTE_COMPRESSED 0x00000800
#define FILE_ATTRIBUTE_OFFLINE 0x00001000
#define FILE_ATTRIBUTE_NOT_CONTENT_INDEXED 0x00002000
#define FILE_ATTRIBUTE_ENCRYPTED 0x00004000
#define FILE_ATTRIBUTE_INTEGRITY_STREAM 0x00008000
#define FILE_ATTRIBUTE_VIRTUAL 0x00010000
#define FILE_ATTRIBUTE_NO_SCRUB_DATA 0x00020000
#define FILE_ATTRIBUTE_VALID_FLAGS 0x00007fb7
#define FILE_ATTRIBUTE_VALID_SET_FLAGS 0x000031a7

/* Create dispositions */
#define FILE_SUPERSEDE 0x00000000
#define FILE_OPEN 0x00000001
#define FILE_CREATE 0x00000002
#define FILE_OPEN_IF 0x00000003
#define FILE_OVERWRITE 0x00000004
#define FILE_OVERWRITE_IF 0x00000005
#define FILE_MAXIMUM_DISPOSITION 0x00000005

/* Create options */
#define FILE_DIRECTORY_FILE 0x00000001
#define FILE_WRITE_THROUGH 0x00000002
#define FILE_SEQUENTIAL_ONLY 0x00000004
#define FILE_NO_INTERMEDIATE_BUFFERING 0x00000008
#define FILE_SYNCHRONOUS_IO_ALERT 0x00000010
#define FILE_SYNCHRONOUS_IO_NONALERT 0x00000020
#define FILE_NON_DIRECTORY_FILE 0x00000040
#define FILE_CREATE_TREE_CONNECTION 0x00000080
#define FILE_COMPLETE_IF_OPLOCKED 0x00000100
#define FILE_NO_EA_KNOWLEDGE 0x00000200
#define FILE_OPEN_REMOTE_INSTANCE 0x00000400
#define FILE_RANDOM_ACCESS 0x00000800
#define FILE_DELETE_ON_CLOSE 0x00001000
#define FILE_OPEN_BY_FILE_ID 0x00002000
#define FILE_OPEN_FOR_BACKUP_INTENT 0x00004000
#define FILE_NO_COMPRESSION 0x00008000
#define FILE_OPEN_REQUIRING_OPLOCK 0x00010000
#define FILE_RESERVE_OPFILTER 0x00100000
#define FILE_OPEN_REPARSE_POINT 0x00200000
#define FILE_OPEN_NO_RECALL 0x00400000
#define FILE_OPEN_FOR_FREE_SPACE_QUERY 0x00800000
#define FILE_VALID_OPTION_FLAGS 0x00ffffff

/* Create/open results (IO_STATUS_BLOCK.Information) */
#define FILE_SUPERSEDED 0x00000000
#define FILE_OPENED 0x00000001
#define FILE_CREATED 0x00000002
#define FILE_OVERWRITTEN 0x00000003
#define FILE_EXISTS 0x00000004
#define FILE_DOES_NOT_EXIST 0x00000005

#define FILE_WRITE_TO_END_OF_FILE 0xffffffff
#define FILE_USE_FILE_POINTER_POSITION 0xfffffffe

/* Time */
typedef LARGE_INTEGER TIME, *PTIME;

/* Processor numbers */
typedef struct _PROCESSOR_NUMBER {
    USHORT Group;
    UCHAR Number;
    UCHAR Reserved;
} PROCESSOR_NUMBER, *PPROCESSOR_NUMBER;

typedef struct _GROUP_AFFINITY {
    KAFFINITY Mask;
    USHORT Group;
    USHORT Reserved[3];
} GROUP_AFFINITY, *PGROUP_AFFINITY;

#define MAXIMUM_PROC_PER_GROUP 64
#define MAXIMUM_PROCESSORS MAXIMUM_PROC_PER_GROUP
#define ALL_PROCESSOR_GROUPS 0xffff

/* Event and timer types (used by ke.h, documented in ntdef.h). */
typedef enum _EVENT_TYPE {
    NotificationEvent,
    SynchronizationEvent
} EVENT_TYPE;

typedef enum _TIMER_TYPE {
    NotificationTimer,
    SynchronizationTimer
} TIMER_TYPE;

typedef enum _WAIT_TYPE {
    WaitAll,
    WaitAny,
    WaitNotification,
    WaitDequeue,
    WaitDpc
} WAIT_TYPE;

typedef enum _NT_PRODUCT_TYPE {
    NtProductWinNt = 1,
    NtProductLanManNt,
    NtProductServer
} NT_PRODUCT_TYPE, *PNT_PRODUCT_TYPE;

/* Pool tags are multi-character constants ('1maS' == 0x316D6153 with gcc/clang, as on
 * MSVC), so drivers can keep writing them. */

#endif /* OPENKMDF_NTDEF_H */
