// Helpers shared by the DDI entry points (the thin layer: validate, then call the
// object). Every DDI is `extern "C" imp_WdfXxx`, checked against its PFN_WDFXXX type.
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include <string>
#include <type_traits>

#include "object/fx_globals.h"
#include "ntos/ke/kernel.h"
#include "object/fx_object.h"

// Fails the build when an implementation's signature differs from the header's PFN type.
#define FX_DDI_SIGNATURE(Name, Pfn) \
    static_assert(std::is_same_v<decltype(&imp_##Name), Pfn>, #Name " does not match " #Pfn)

namespace wdf {

// A driver passed a structure whose Size field is not the one this framework version
// knows: log it and return STATUS_INFO_LENGTH_MISMATCH, as the framework does.
inline NTSTATUS fxBadStructSize(FxDriverGlobals* globals, const char* ddi, const char* structure, ULONG size,
                                size_t expected) {
    globals->verifierLog(std::string(ddi) + ": " + structure + ".Size is " + std::to_string(size) +
                         ", expected " + std::to_string(expected));
    return STATUS_INFO_LENGTH_MISMATCH;
}

}  // namespace wdf
