/* KMDF 1.33: compile-time and debug assertions used by the WDF headers. */
#pragma once

#ifdef __cplusplus
#define WDFCASSERT(c) static_assert(c, #c)
#else
#define WDFCASSERT(c) _Static_assert(c, #c)
#endif

#if DBG
#define WDFVERIFY(exp) \
    do { if (!(exp)) { DbgPrint("WDFVERIFY failed: %s (%s:%d)\n", #exp, __FILE__, __LINE__); } } while (0)
#define VERIFY_IS_IRQL_PASSIVE_LEVEL() WDFVERIFY(KeGetCurrentIrql() == PASSIVE_LEVEL)
#else
#define WDFVERIFY(exp) ((void) 0)
#define VERIFY_IS_IRQL_PASSIVE_LEVEL() ((void) 0)
#endif
