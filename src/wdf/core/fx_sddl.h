// Syntax of the SDDL strings drivers give WdfControlDeviceInitAllocate and
// WdfDeviceInitAssignSDDLString ("Securing Device Objects", "SDDL for Device Objects"):
// the framework stores them; access checks against them are issue 7.
#pragma once

#include <string>
#include <string_view>

namespace wdf {

// Whether `sddl` is a plausible security descriptor string: components O:owner,
// G:group, D:flags(ace)..., S:flags(ace)...; each ACE has at least six ';'-separated
// fields with a type and a trustee. On false, `why` says what is wrong. Pure.
bool fxSddlLooksValid(std::u16string_view sddl, std::string* why);

}  // namespace wdf
