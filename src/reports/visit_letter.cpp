// Ofsted's focused and monitoring visit letters: no grades; the authority from the subject
// line (else the letter's other signals), the visit's dates from its opening sentence, the
// inspector from the signature, and the areas for priority action and for improvement as
// improvements.
#include "ilacs/model/paragraphs.hpp"
#include "ilacs/model/text_normalize.hpp"
#include "ilacs/reports/extractors.hpp"

namespace ilacs {

namespace {

constexpr std::size_t kSentenceLines = 4;

// "8 and 9 October 2019" is one visit of two days, not two visits.
std::vector<DateRange> merge_adjacent(std::vector<DateRange> ranges) {
    std::vector<DateRange> out;
    for (const DateRange& r : ranges) {
        if (!out.empty() && days_spanned({out.back().end, r.start}) == 2) out.back().end = r.end;
        else out.push_back(r);
    }
    return out;
}

void visit_dates(const Document& doc, const RuleSet& rules, Record& rec) {
    for (const Paragraph& p : paragraphs(doc)) {
        for (const std::string& sentence : p.line_spans(kSentenceLines)) {
            std::string when;
            if (!rules.first_match("visit_dates", sentence, &when)) continue;
            std::vector<DateRange> ranges = merge_adjacent(parse_date_ranges(when));
            if (ranges.empty()) continue;
            rec.inspection.date_ranges = std::move(ranges);
            return;
        }
    }
}

// The name signed under "Yours sincerely", titles removed as for a lead inspector.
void visit_inspector(const std::vector<const Line*>& lines, const RuleSet& rules, Record& rec) {
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        if (!rules.any_match("visit_signature", lines[i]->norm)) continue;
        const std::string name = clean_inspector(lines[i + 1]->norm, rules);
        if (!name.empty()) rec.inspection.lead_inspector = name;
        return;
    }
}

}  // namespace

void extract_visit_letter(const Document& doc, const RuleSet& rules, Record& rec) {
    const std::vector<const Line*> lines = doc.content();
    if (!rec.local_authority) extract_report_authority(doc, "visit_title", rules, rec);
    if (rec.inspection.date_ranges.empty()) visit_dates(doc, rules, rec);
    if (!rec.inspection.lead_inspector) visit_inspector(lines, rules, rec);
    extract_improvements(doc, rules, rec);
}

}  // namespace ilacs
