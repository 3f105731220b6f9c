/* ntintsafe.h - overflow-checked integer arithmetic and conversions. On overflow the
 * result is set to the type's *_ERROR value and STATUS_INTEGER_OVERFLOW is returned. */
#ifndef OPENKMDF_NTINTSAFE_H
#define OPENKMDF_NTINTSAFE_H

#include <wdm.h>

EXTERN_C_START

#define USHORT_ERROR (0xffff)
#define INT_ERROR (-1)
#define UINT_ERROR (0xffffffffU)
#define LONG_ERROR (-1L)
#define ULONG_ERROR (0xffffffffUL)
#define LONGLONG_ERROR (-1LL)
#define ULONGLONG_ERROR (0xffffffffffffffffULL)
#define SIZE_T_ERROR ((SIZE_T)-1)
#define ULONG_PTR_ERROR ((ULONG_PTR)-1)
#define LONG_PTR_ERROR ((LONG_PTR)-1)

#define OPENKMDF_INTSAFE_BINARY(Name, Type, Builtin, ErrorValue)                         \
    FORCEINLINE NTSTATUS Name(Type Left, Type Right, Type *Result)                       \
    {                                                                                    \
        if (Builtin(Left, Right, Result)) {                                              \
            *Result = (Type)(ErrorValue);                                                \
            return STATUS_INTEGER_OVERFLOW;                                              \
        }                                                                                \
        return STATUS_SUCCESS;                                                           \
    }

OPENKMDF_INTSAFE_BINARY(RtlUShortAdd, USHORT, __builtin_add_overflow, USHORT_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlUShortSub, USHORT, __builtin_sub_overflow, USHORT_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlUShortMult, USHORT, __builtin_mul_overflow, USHORT_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlUIntAdd, UINT, __builtin_add_overflow, UINT_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlUIntSub, UINT, __builtin_sub_overflow, UINT_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlUIntMult, UINT, __builtin_mul_overflow, UINT_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlULongAdd, ULONG, __builtin_add_overflow, ULONG_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlULongSub, ULONG, __builtin_sub_overflow, ULONG_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlULongMult, ULONG, __builtin_mul_overflow, ULONG_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlLongAdd, LONG, __builtin_add_overflow, LONG_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlLongSub, LONG, __builtin_sub_overflow, LONG_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlLongMult, LONG, __builtin_mul_overflow, LONG_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlULongLongAdd, ULONGLONG, __builtin_add_overflow, ULONGLONG_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlULongLongSub, ULONGLONG, __builtin_sub_overflow, ULONGLONG_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlULongLongMult, ULONGLONG, __builtin_mul_overflow, ULONGLONG_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlLongLongAdd, LONGLONG, __builtin_add_overflow, LONGLONG_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlLongLongSub, LONGLONG, __builtin_sub_overflow, LONGLONG_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlLongLongMult, LONGLONG, __builtin_mul_overflow, LONGLONG_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlSizeTAdd, SIZE_T, __builtin_add_overflow, SIZE_T_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlSizeTSub, SIZE_T, __builtin_sub_overflow, SIZE_T_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlSizeTMult, SIZE_T, __builtin_mul_overflow, SIZE_T_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlULongPtrAdd, ULONG_PTR, __builtin_add_overflow, ULONG_PTR_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlULongPtrSub, ULONG_PTR, __builtin_sub_overflow, ULONG_PTR_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlULongPtrMult, ULONG_PTR, __builtin_mul_overflow, ULONG_PTR_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlLongPtrAdd, LONG_PTR, __builtin_add_overflow, LONG_PTR_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlLongPtrSub, LONG_PTR, __builtin_sub_overflow, LONG_PTR_ERROR)
OPENKMDF_INTSAFE_BINARY(RtlLongPtrMult, LONG_PTR, __builtin_mul_overflow, LONG_PTR_ERROR)
#define RtlDWordAdd RtlULongAdd
#define RtlDWordSub RtlULongSub
#define RtlDWordMult RtlULongMult
#define RtlDWordPtrAdd RtlULongPtrAdd
#define RtlDWordPtrMult RtlULongPtrMult

#define OPENKMDF_INTSAFE_CONVERT(Name, From, To, ErrorValue)                             \
    FORCEINLINE NTSTATUS Name(From Operand, To *Result)                                  \
    {                                                                                    \
        To Converted = (To)Operand;                                                      \
        if ((From)Converted != Operand || ((Converted < (To)0) != (Operand < (From)0))) { \
            *Result = (To)(ErrorValue);                                                  \
            return STATUS_INTEGER_OVERFLOW;                                              \
        }                                                                                \
        *Result = Converted;                                                             \
        return STATUS_SUCCESS;                                                           \
    }

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wtype-limits"
#pragma GCC diagnostic ignored "-Wsign-compare"
#elif defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wtautological-unsigned-zero-compare"
#pragma clang diagnostic ignored "-Wsign-compare"
#endif
OPENKMDF_INTSAFE_CONVERT(RtlULongLongToULong, ULONGLONG, ULONG, ULONG_ERROR)
OPENKMDF_INTSAFE_CONVERT(RtlULongLongToUInt, ULONGLONG, UINT, UINT_ERROR)
OPENKMDF_INTSAFE_CONVERT(RtlULongLongToLong, ULONGLONG, LONG, LONG_ERROR)
OPENKMDF_INTSAFE_CONVERT(RtlULongLongToUShort, ULONGLONG, USHORT, USHORT_ERROR)
OPENKMDF_INTSAFE_CONVERT(RtlSizeTToULong, SIZE_T, ULONG, ULONG_ERROR)
OPENKMDF_INTSAFE_CONVERT(RtlSizeTToUShort, SIZE_T, USHORT, USHORT_ERROR)
OPENKMDF_INTSAFE_CONVERT(RtlSizeTToLong, SIZE_T, LONG, LONG_ERROR)
OPENKMDF_INTSAFE_CONVERT(RtlULongPtrToULong, ULONG_PTR, ULONG, ULONG_ERROR)
OPENKMDF_INTSAFE_CONVERT(RtlULongToUShort, ULONG, USHORT, USHORT_ERROR)
OPENKMDF_INTSAFE_CONVERT(RtlULongToLong, ULONG, LONG, LONG_ERROR)
OPENKMDF_INTSAFE_CONVERT(RtlLongToULong, LONG, ULONG, ULONG_ERROR)
OPENKMDF_INTSAFE_CONVERT(RtlLongToUShort, LONG, USHORT, USHORT_ERROR)
OPENKMDF_INTSAFE_CONVERT(RtlLongLongToULong, LONGLONG, ULONG, ULONG_ERROR)
OPENKMDF_INTSAFE_CONVERT(RtlLongLongToLong, LONGLONG, LONG, LONG_ERROR)
OPENKMDF_INTSAFE_CONVERT(RtlLongLongToSizeT, LONGLONG, SIZE_T, SIZE_T_ERROR)
OPENKMDF_INTSAFE_CONVERT(RtlLongPtrToULong, LONG_PTR, ULONG, ULONG_ERROR)
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#elif defined(__clang__)
#pragma clang diagnostic pop
#endif
#define RtlULongLongToDWord RtlULongLongToULong
#define RtlSizeTToDWord RtlSizeTToULong

EXTERN_C_END

#endif /* OPENKMDF_NTINTSAFE_H */
