// UTF-8 <-> UTF-16 conversion (no glibc wide-character functions: WCHAR is 16 bit here).
#pragma once

#include <string>
#include <string_view>

namespace kmdf {

// Invalid sequences become U+FFFD.
std::u16string utf8ToUtf16(std::string_view text);
std::string utf16ToUtf8(std::u16string_view text);

}  // namespace kmdf
