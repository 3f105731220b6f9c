#include "wdf/ddi/function_table.h"

#include <array>
#include <string>
#include <utility>

#include "ntos/ke/kernel.h"
#include "wdf/ddi/ddi_entry.h"
#include "wdf/ddi/ddi_families.h"

namespace wdf {
namespace {

struct DdiName {
    const char* name;
    const char* header;
};

constexpr DdiName kDdiNames[] = {
#include "ddi_names.inc"
};
constexpr int kDdiCount = OPENKMDF_DDI_COUNT;
static_assert(sizeof(kDdiNames) / sizeof(kDdiNames[0]) == kDdiCount);
static_assert(kDdiCount == WdfFunctionTableNumEntries,
              "wdffuncenum.h and kmdf-ddi.tsv disagree on the number of DDIs");

[[noreturn]] void ddiNotImplemented(int index) {
    std::string text = std::string(kDdiNames[index].name) +
                       " is not implemented in OpenKMDF yet (" + kDdiNames[index].header + ")";
    // WDF_VIOLATION, subcode WDF_VERIFIER_FATAL_ERROR: parameter 2 is the DDI's table index.
    ntos::bugCheck(0x10D, 0x3, static_cast<ULONG_PTR>(index), 0, 0, text);
}

template <int Index>
void unimplementedDdi() {
    ddiNotImplemented(Index);
}

template <int... Index>
constexpr std::array<WDFFUNC, sizeof...(Index)> makeStubTable(std::integer_sequence<int, Index...>) {
    return {&unimplementedDdi<Index>...};
}

struct FunctionTable {
    std::array<WDFFUNC, kDdiCount> slots = makeStubTable(std::make_integer_sequence<int, kDdiCount>{});
    std::array<bool, kDdiCount> implemented{};

    FunctionTable() {
        for (auto family : allDdiFamilies()) {
            for (const DdiEntry& entry : family()) {
                slots[entry.index] = reinterpret_cast<WDFFUNC>(entry.function);
                implemented[entry.index] = true;
            }
        }
    }
};

const FunctionTable& table() {
    static const FunctionTable instance;
    return instance;
}

}  // namespace

const WDFFUNC* functionTable() { return table().slots.data(); }
ULONG functionTableSize() { return kDdiCount; }

std::string_view ddiName(int index) {
    return index >= 0 && index < kDdiCount ? kDdiNames[index].name : "";
}

std::string_view ddiHeader(int index) {
    return index >= 0 && index < kDdiCount ? kDdiNames[index].header : "";
}

bool ddiImplemented(int index) { return index >= 0 && index < kDdiCount && table().implemented[index]; }

}  // namespace wdf
