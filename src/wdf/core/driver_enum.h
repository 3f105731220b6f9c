#pragma once
// A driver's C code may store any int in an enum field; C++ code that loads such a value
// into the enum type has undefined behaviour when it lies outside the enumerators' range.
// Validation of driver-supplied enums reads the stored bits as an int first.

#include <cstring>
#include <type_traits>

namespace wdf {

// Any thread, any IRQL.
template <class Enum>
    requires std::is_enum_v<Enum>
int driverEnumValue(const Enum& field) {
    static_assert(sizeof(Enum) == sizeof(int), "KMDF enums are int-sized");
    int value = 0;
    std::memcpy(&value, &field, sizeof value);
    return value;
}

}  // namespace wdf
