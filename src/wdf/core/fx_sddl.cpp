#include "wdf/core/fx_sddl.h"

#include <vector>

namespace wdf {
namespace {

bool isUpperAlpha(char16_t c) { return c >= u'A' && c <= u'Z'; }
bool isSidChar(char16_t c) { return isUpperAlpha(c) || (c >= u'0' && c <= u'9') || c == u'-'; }

// "SY", "BA", ... or "S-1-5-...".
bool sidLooksValid(std::u16string_view sid) {
    if (sid.size() == 2) return isUpperAlpha(sid[0]) && isUpperAlpha(sid[1]);
    if (sid.size() < 5 || sid.substr(0, 4) != u"S-1-") return false;
    for (char16_t c : sid) {
        if (!isSidChar(c)) return false;
    }
    return true;
}

bool aceLooksValid(std::u16string_view ace, std::string* why) {
    std::vector<std::u16string_view> fields;
    size_t start = 0;
    for (size_t i = 0; i <= ace.size(); ++i) {
        if (i == ace.size() || ace[i] == u';') {
            fields.push_back(ace.substr(start, i - start));
            start = i + 1;
        }
    }
    if (fields.size() < 6) {
        *why = "an ACE has " + std::to_string(fields.size()) + " fields, at least 6 expected";
        return false;
    }
    if (fields[0].empty()) {
        *why = "an ACE has no type";
        return false;
    }
    if (!sidLooksValid(fields[5])) {
        *why = "an ACE's trustee is not a SID or SID alias";
        return false;
    }
    return true;
}

}  // namespace

bool fxSddlLooksValid(std::u16string_view sddl, std::string* why) {
    std::string ignored;
    if (why == nullptr) why = &ignored;
    if (sddl.empty()) {
        *why = "the SDDL string is empty";
        return false;
    }
    size_t i = 0;
    while (i < sddl.size()) {
        if (i + 1 >= sddl.size() || sddl[i + 1] != u':') {
            *why = "expected O:, G:, D: or S: at offset " + std::to_string(i);
            return false;
        }
        const char16_t component = sddl[i];
        i += 2;
        if (component == u'O' || component == u'G') {
            // The SID runs to the next component letter (SIDs contain no ':').
            size_t colon = sddl.find(u':', i);
            size_t end = colon == std::u16string_view::npos ? sddl.size() : colon - 1;
            if (end < i) end = i;
            if (!sidLooksValid(sddl.substr(i, end - i))) {
                *why = "the owner or group is not a SID or SID alias";
                return false;
            }
            i = end;
            continue;
        }
        if (component != u'D' && component != u'S') {
            *why = "unknown component letter at offset " + std::to_string(i - 2);
            return false;
        }
        // Flags (P, AI, AR, ...) then ACEs in parentheses.
        while (i < sddl.size() && isUpperAlpha(sddl[i]) && !(i + 1 < sddl.size() && sddl[i + 1] == u':')) ++i;
        while (i < sddl.size() && sddl[i] == u'(') {
            size_t close = sddl.find(u')', i);
            if (close == std::u16string_view::npos) {
                *why = "an ACE is not closed with ')'";
                return false;
            }
            std::u16string_view ace = sddl.substr(i + 1, close - i - 1);
            if (ace.find(u'(') != std::u16string_view::npos) {
                *why = "nested '(' in an ACE";
                return false;
            }
            if (!aceLooksValid(ace, why)) return false;
            i = close + 1;
        }
        if (i < sddl.size() && !(i + 1 < sddl.size() && sddl[i + 1] == u':')) {
            *why = "unexpected character at offset " + std::to_string(i);
            return false;
        }
    }
    return true;
}

}  // namespace wdf
