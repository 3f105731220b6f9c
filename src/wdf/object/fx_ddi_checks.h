// Checks every DDI entry point makes before it touches an object: required pointers and
// the documented IRQL of the DDI.
#pragma once

#include <ntddk.h>

#include "wdf/object/fx_globals.h"
#include "wdf/object/fx_object.h"

namespace wdf {

// A required pointer parameter that is NULL: WDF_VIOLATION 0x4 naming it and the DDI.
// Any thread, any IRQL.
template <class P>
inline void fxRequire(FxDriverGlobals* globals, P* pointer, const char* parameter, const char* ddiName) {
    if (pointer == nullptr) fxRequiredParameterNull(globals, parameter, ddiName);
}

// The caller's IRQL is above the DDI's documented maximum: a verifier message naming the
// DDI and both levels; returns false (NTSTATUS DDIs then return
// STATUS_INVALID_DEVICE_REQUEST, VOID DDIs go on). Any thread.
bool fxCheckIrql(FxDriverGlobals* globals, KIRQL maximum, const char* ddiName);

}  // namespace wdf
