// The inspection a committee paper reports: its framework, type and dates, where the text
// says them.
#include <algorithm>
#include <cctype>

#include <re2/re2.h>

#include "ilacs/model/text_normalize.hpp"
#include "paper_stages.hpp"

namespace ilacs {

void extract_reported_inspection(const std::vector<Block>& blocks, const RuleSet& rules, Record& rec) {
    auto framework = [&](const std::string& text) {
        const Rule* f = rules.first_match("inspection_framework", text);
        if (!f) return false;
        std::string upper = f->value;
        std::transform(upper.begin(), upper.end(), upper.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        rec.framework = upper;
        return true;
    };
    for (const Block& b : blocks) {
        for (const std::string& s : sentences(b.norm)) {
            std::string when;
            if (!rules.first_match("inspection_when", s, &when)) continue;
            // "The previous Ofsted inspection ... took place in April and May 2014" is not it.
            if (!elsewhere(s, rules, {}).empty()) continue;
            const std::vector<DateRange> ranges = parse_date_ranges(when);
            if (ranges.empty()) continue;
            rec.inspection.date_ranges = ranges;
            // Whole months stand in for fieldwork the paper dates by month alone.
            if (!RE2::PartialMatch(when, R"(\d{1,2}\D+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"))
                rec.warnings.push_back("the paper gives the inspection's months only ('" + when +
                                       "'): its dates are those months' first and last days");
            const Rule* t = rules.first_match("inspection_visit", s);
            if (!t) t = rules.first_match("inspection_type", s);
            if (t) rec.inspection.type = t->value;
            if (framework(s)) return;
            break;
        }
        if (!rec.inspection.date_ranges.empty()) break;
    }
    // A sentence with the dates that does not name the framework: the paper's first mention.
    for (const Block& b : blocks)
        if (framework(b.norm)) return;
}

}  // namespace ilacs
