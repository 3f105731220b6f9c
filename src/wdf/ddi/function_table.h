// The framework's function table (KMDF 1.33 layout: kmdf-ddi.tsv). Every slot holds
// either the DDI's implementation or a stub that bug-checks naming the DDI.
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include <string_view>

namespace wdf {

const WDFFUNC* functionTable();
ULONG functionTableSize();

// The DDI's name and header, or "" for an index out of range.
std::string_view ddiName(int index);
std::string_view ddiHeader(int index);

// Whether the slot holds an implementation (for docs/ddi-coverage.md).
bool ddiImplemented(int index);

// For a DDI implemented in part: what is missing (empty when complete).
std::string_view ddiPartialNote(int index);

}  // namespace wdf
