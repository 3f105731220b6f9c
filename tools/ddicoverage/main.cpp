// ddi-coverage: prints docs/ddi-coverage.md from the framework's function table, so the
// table says exactly which DDIs are implemented, partial or not implemented.
//   build/bin/ddi-coverage > docs/ddi-coverage.md
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "wdf/ddi/function_table.h"

int main(int argc, char** argv) {
    if (argc > 1) {
        std::fprintf(argc == 2 && std::string(argv[1]) == "--help" ? stdout : stderr,
                     "usage: ddi-coverage > docs/ddi-coverage.md\n"
                     "Prints the KMDF DDI coverage table generated from the function table.\n");
        return std::string(argv[1]) == "--help" ? 0 : 2;
    }
    const int count = static_cast<int>(wdf::functionTableSize());
    int implemented = 0, partial = 0;
    std::map<std::string, std::vector<int>> byHeader;
    for (int i = 0; i < count; ++i) {
        byHeader[std::string(wdf::ddiHeader(i))].push_back(i);
        if (wdf::ddiImplemented(i)) {
            (wdf::ddiPartialNote(i).empty() ? implemented : partial)++;
        }
    }
    std::printf("# KMDF DDI coverage\n\n");
    std::printf("Generated from the framework's function table by `build/bin/ddi-coverage` "
                "(`make coverage`); a test fails when this file is out of date.\n\n");
    std::printf("KMDF 1.33 function table: %d DDIs. Implemented: %d. Partial: %d. Not implemented: %d "
                "(calling one bug-checks with WDF_VIOLATION naming the DDI).\n\n",
                count, implemented, partial, count - implemented - partial);
    for (const auto& [header, indices] : byHeader) {
        int done = 0;
        for (int i : indices) done += wdf::ddiImplemented(i) ? 1 : 0;
        std::printf("## %s (%d of %zu)\n\n| index | DDI | status |\n|---|---|---|\n", header.c_str(), done,
                    indices.size());
        for (int i : indices) {
            std::string status = "not implemented";
            if (wdf::ddiImplemented(i)) {
                std::string note(wdf::ddiPartialNote(i));
                status = note.empty() ? "implemented" : "partial: " + note;
            }
            std::printf("| %d | %s | %s |\n", i, std::string(wdf::ddiName(i)).c_str(), status.c_str());
        }
        std::printf("\n");
    }
    return 0;
}
