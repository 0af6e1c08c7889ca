// Legacy frameworks (to 2013): the "Record of main findings" table, each row keyed by the
// snake_case of its own wording, since those frameworks have no canonical keys.
#include "ilacs/model/text_normalize.hpp"
#include "ilacs/reports/extractors.hpp"
#include "ilacs/reports/grade_table.hpp"

namespace ilacs {

void extract_legacy_judgements(const Document& doc, const RuleSet& rules, Record& rec) {
    const std::vector<const Line*> lines = doc.content();
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        if (!rules.any_match("legacy_table_start", lines[i]->norm)) continue;
        const double column = find_grade_column(lines, i + 1, rules);
        if (column < 0) continue;
        // Rows without a grade are the table's sub-headings ("Services for looked after
        // children").
        for (const TableRow& r : read_grade_table(lines, i + 1, column, doc.paged, rules)) {
            const std::string grade = canonical_grade(rules, r.grade_text);
            if (grade.empty() || grade == "not_judged" || r.label.empty()) continue;
            rec.judgements.push_back(Judgement{snake_case(r.label), r.label, grade, r.grade_text,
                                               doc.paged ? std::optional<int>(r.page) : std::nullopt});
        }
        if (!rec.judgements.empty())
            rec.warnings.push_back("legacy framework: judgement keys are the table's own wording in snake_case");
        return;
    }
}

}  // namespace ilacs
