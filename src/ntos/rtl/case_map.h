// Simple (one-to-one) Unicode case mapping for the BMP ranges drivers meet in names:
// ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic.
#pragma once

namespace ntos {

char16_t upcase(char16_t c);
char16_t downcase(char16_t c);

}  // namespace ntos
