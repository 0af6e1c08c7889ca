// The inspection a committee paper reports: its framework, type and dates, where the text
// says them. The first sentence about the paper's own inspection that names a framework or a
// visit tells which; a paper that names only "an inspection of children's services" is
// placed in its framework by the inspection's year.
#include <algorithm>
#include <cctype>

#include <re2/re2.h>

#include "ilacs/model/text_normalize.hpp"
#include "paper_stages.hpp"

namespace ilacs {

namespace {

// The sentence's dates, type and kind of visit, from the first sentence that dates the
// paper's own inspection.
void inspection_dates(const std::vector<Block>& blocks, const RuleSet& rules, Record& rec) {
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
            return;
        }
    }
}

// The kind of inspection the sentence names first, if any.
const Rule* first_kind(const std::string& s, const RuleSet& rules) {
    const Rule* first = nullptr;
    std::size_t at = s.size();
    for (const Rule& r : rules.group("inspection_kind")) {
        re2::StringPiece m;
        if (r.value == "none" || !r.re->Match(s, 0, s.size(), RE2::UNANCHORED, &m, 1)) continue;
        const auto pos = static_cast<std::size_t>(m.data() - s.data());
        if (pos < at) at = pos, first = &r;
    }
    return first;
}

// The framework children's services were inspected under in a year: earlier frameworks to
// November 2013, the single inspection framework to 2017, ILACS from 2018.
std::string framework_of(const Date& start) {
    if (start.year < 2013 || (start.year == 2013 && start.month < 11)) return "legacy";
    return start.year < 2018 ? "SIF" : "ILACS";
}

}  // namespace

std::string without_since_last(const std::string& sentence, const RuleSet& rules) {
    std::string out = sentence;
    for (const Rule& r : rules.group("inspection_since_last")) RE2::GlobalReplace(&out, *r.re, "");
    return out;
}

std::string framework_name(const std::string& value) {
    if (value == "legacy") return value;
    std::string upper = value;
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return upper;
}

ReportedInspection extract_reported_inspection(const std::vector<Block>& blocks, const RuleSet& rules, Record& rec) {
    inspection_dates(blocks, rules, rec);
    const Rule* reported = nullptr;  // the first framework or visit named
    bool childrens_services = false, other_inspection = false;
    for (const Block& b : blocks) {
        for (const std::string& s : sentences(b.norm)) {
            if (!elsewhere(without_since_last(s, rules), rules, {}).empty() || rules.any_match("inspection_not_reported", s))
                continue;
            const Rule* kind = first_kind(s, rules);
            if (kind && kind->value == "childrens_services") {
                childrens_services = true;
                // The sentence may name the framework after its "inspection of children's services".
                for (const Rule& r : rules.group("inspection_kind"))
                    if (r.value != "childrens_services" && r.value != "none" && RE2::PartialMatch(s, *r.re)) {
                        kind = &r;
                        break;
                    }
            }
            if (kind && kind->value != "childrens_services" && !reported) reported = kind;
            for (const Rule& r : rules.group("inspection_kind"))
                if (r.value == "none" && RE2::PartialMatch(s, *r.re)) other_inspection = true;
        }
    }
    const std::optional<Date> start = rec.inspection.date_ranges.empty()
                                          ? std::nullopt
                                          : std::optional<Date>(rec.inspection.date_ranges.front().start);
    if (!reported) {
        if (!childrens_services && other_inspection) return ReportedInspection::not_childrens_services;
        if (start) rec.framework = framework_of(*start);
        // Undated, an inspection of children's services that a meeting of 2019 or later
        // reports is an ILACS inspection: the single inspection framework ended in 2017.
        else if (childrens_services && rec.meeting && rec.meeting->date && rec.meeting->date->year >= 2019)
            rec.framework = "ILACS";
        return ReportedInspection::graded;
    }
    const std::string& kind = reported->value;
    if (kind == "focused_visit" || kind == "monitoring_visit") {
        rec.inspection.type = kind;
        rec.framework = start && framework_of(*start) == "SIF" ? "SIF" : "ILACS";
        return ReportedInspection::ungraded;
    }
    rec.framework = framework_name(kind);
    return kind == "jtai" || kind == "send" ? ReportedInspection::ungraded : ReportedInspection::graded;
}

}  // namespace ilacs
