// Section headings that state a grade ("... help and protection: good") cross-check the
// judgement table; where there is no table they are the only source, and say so.
#include <algorithm>

#include <fmt/format.h>

#include "ilacs/model/paragraphs.hpp"
#include "ilacs/reports/extractors.hpp"

namespace ilacs {

void check_section_grades(const Document& doc, const RuleSet& rules, Record& rec) {
    const bool had_table = !rec.judgements.empty();
    for (const Paragraph& h : paragraphs(doc)) {
        if (!h.heading) continue;
        std::string label, grade_words;
        bool matched = false;
        for (const Rule& r : rules.group("section")) {
            if (RE2::FullMatch(h.text, *r.re, &label, &grade_words)) {
                matched = true;
                break;
            }
        }
        if (!matched) continue;
        const Rule* key = rules.first_match("judgement", label);
        const std::string grade = canonical_grade(rules, grade_words);
        if (!key || grade.empty() || grade == "not_judged") continue;
        auto same_key = [&](const Judgement& j) { return j.key == key->value; };
        auto it = std::find_if(rec.judgements.begin(), rec.judgements.end(), same_key);
        if (it != rec.judgements.end()) {
            if (it->grade != grade)
                rec.warnings.push_back(fmt::format("page {}: the heading '{}' grades {} as {}, the table as {}",
                                                   h.page, h.text, key->value, grade, it->grade));
        } else if (had_table) {
            rec.warnings.push_back(fmt::format("page {}: the heading '{}' grades {}, which the judgement table lacks",
                                               h.page, h.text, key->value));
        } else {
            rec.judgements.push_back(Judgement{key->value, label, grade, grade_words,
                                               doc.paged ? std::optional<int>(h.page) : std::nullopt});
        }
    }
    if (!had_table && !rec.judgements.empty())
        rec.warnings.push_back("no judgement table found: grades were read from the section headings");
}

}  // namespace ilacs
