// The ILACS judgement table: its "Judgement | Grade" header gives the grade column.
#include <fmt/format.h>
#include <re2/re2.h>

#include "ilacs/model/text_normalize.hpp"
#include "ilacs/reports/extractors.hpp"
#include "ilacs/reports/grade_table.hpp"

namespace ilacs {

namespace {

// x0 of the header's "Grade" word, or a negative value when the line is no header.
double header_grade_column(const Line& line, const RuleSet& rules) {
    if (!rules.any_match("table_header", line.norm)) return -1;
    for (const Cell& c : line.cells)
        for (const Word& w : c.words)
            if (RE2::FullMatch(w.text, R"((?i)grades?)")) return w.x0;
    return -1;
}

}  // namespace

std::string canonical_grade(const RuleSet& rules, std::string_view words) {
    const Rule* r = rules.first_match("grade", normalize_for_matching(words));
    return r ? r->value : std::string();
}

void add_table_judgements(std::vector<TableRow> rows, const Document& doc, const RuleSet& rules, Record& rec) {
    // Body text may follow the table closely enough to look like rows; rows after the last
    // one that names a judgement are that text.
    while (!rows.empty() && !rules.any_match("judgement", rows.back().label)) rows.pop_back();
    for (const TableRow& r : rows) {
        if (r.label.empty()) continue;
        const std::string grade = canonical_grade(rules, r.grade_text);
        const Rule* key = rules.first_match("judgement", r.label);
        if (grade == "not_judged") continue;
        if (!key) {
            rec.warnings.push_back(fmt::format("page {}: judgement table row '{}' is not a judgement ilacs knows", r.page, r.label));
            continue;
        }
        if (grade.empty()) {
            rec.warnings.push_back(fmt::format("page {}: judgement '{}' has no grade ilacs can read ('{}')", r.page, r.label, r.grade_text));
            continue;
        }
        rec.judgements.push_back(Judgement{key->value, r.label, grade, r.grade_text,
                                           doc.paged ? std::optional<int>(r.page) : std::nullopt});
    }
}

void extract_judgement_table(const Document& doc, const RuleSet& rules, Record& rec) {
    const std::vector<const Line*> lines = doc.content();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const double column = header_grade_column(*lines[i], rules);
        if (column < 0) continue;
        add_table_judgements(read_grade_table(lines, i + 1, column, doc.paged, rules), doc, rules, rec);
        return;
    }
}

}  // namespace ilacs
