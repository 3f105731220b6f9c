// Golden callback sequences (docs/sequences/*.seq, format in docs/sequences/README.md):
// loading one, filtering it for the driver under test (callbacks it does not register,
// markers), and comparing a recorded sequence with it (`@Gap` matches zero or more
// recorded events up to the next golden line).
#pragma once

#include <set>
#include <string>
#include <vector>

namespace kmdftesting {

class GoldenSequence {
public:
    // Reads docs/sequences/NAME.seq from the source tree (OPENKMDF_SOURCE_DIR). A missing
    // or malformed file is a test failure and an empty sequence.
    static GoldenSequence load(const std::string& name);

    // The events (callbacks and @markers), trailing comments stripped.
    const std::vector<std::string>& events() const { return events_; }

    // Keeps only the callbacks in `registered` (by name: the part before '('), @Gap,
    // and no other marker.
    GoldenSequence filteredTo(const std::set<std::string>& registered) const;

    // "" when `recorded` matches, else a description of the first difference with both
    // sequences listed.
    std::string mismatch(const std::vector<std::string>& recorded) const;

private:
    std::string name_;
    std::vector<std::string> events_;
};

}  // namespace kmdftesting
