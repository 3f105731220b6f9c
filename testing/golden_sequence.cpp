#include "golden_sequence.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace kmdftesting {
namespace {

std::string trim(const std::string& text) {
    const size_t first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return "";
    const size_t last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

std::string callbackName(const std::string& event) { return event.substr(0, event.find('(')); }

std::string listed(const std::vector<std::string>& events) {
    std::string text;
    for (size_t i = 0; i < events.size(); ++i) text += "  " + std::to_string(i) + ": " + events[i] + "\n";
    return text;
}

}  // namespace

GoldenSequence GoldenSequence::load(const std::string& name) {
    GoldenSequence sequence;
    sequence.name_ = name;
    const std::string path = std::string(OPENKMDF_SOURCE_DIR) + "/docs/sequences/" + name + ".seq";
    std::ifstream file(path);
    if (!file) {
        ADD_FAILURE() << "cannot read the golden sequence " << path;
        return sequence;
    }
    std::string line;
    while (std::getline(file, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::string event = trim(line.substr(0, line.find('#')));
        if (event.empty()) continue;
        sequence.events_.push_back(event);
    }
    return sequence;
}

GoldenSequence GoldenSequence::filteredTo(const std::set<std::string>& registered) const {
    GoldenSequence out;
    out.name_ = name_;
    for (const std::string& event : events_) {
        if (event == "@Gap") {
            if (out.events_.empty() || out.events_.back() != "@Gap") out.events_.push_back(event);
            continue;
        }
        if (event[0] == '@') continue;
        if (registered.count(callbackName(event)) != 0) out.events_.push_back(event);
    }
    return out;
}

std::string GoldenSequence::mismatch(const std::vector<std::string>& recorded) const {
    size_t r = 0;
    for (size_t g = 0; g < events_.size(); ++g) {
        if (events_[g] == "@Gap") {
            // Up to the first recorded event equal to the next golden line (or all of it).
            if (g + 1 == events_.size()) return "";
            while (r < recorded.size() && recorded[r] != events_[g + 1]) ++r;
            continue;
        }
        if (r >= recorded.size() || recorded[r] != events_[g]) {
            return name_ + ": golden line " + std::to_string(g) + " is " + events_[g] + ", recorded event " +
                   std::to_string(r) + " is " + (r < recorded.size() ? recorded[r] : "(none)") + "\ngolden:\n" +
                   listed(events_) + "recorded:\n" + listed(recorded);
        }
        ++r;
    }
    if (r != recorded.size()) {
        return name_ + ": recorded events go on after the golden sequence ends (at " + std::to_string(r) +
               ")\ngolden:\n" + listed(events_) + "recorded:\n" + listed(recorded);
    }
    return "";
}

}  // namespace kmdftesting
