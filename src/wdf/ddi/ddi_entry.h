// One slot of the framework's function table: the DDI's index (from kmdf-ddi.tsv, as
// WdfXxxTableIndex in wdffuncenum.h) and its implementation. Each DDI family file
// exposes its entries as a span; function_table.cpp merges them over the stubs that
// bug-check with the DDI's name.
#pragma once

#include <span>

namespace wdf {

using DdiFunction = void (*)(void);

struct DdiEntry {
    int index;
    DdiFunction function;
};

template <class F>
inline DdiEntry ddiEntry(int index, F* function) {
    return DdiEntry{index, reinterpret_cast<DdiFunction>(function)};
}

}  // namespace wdf
