// Front-page facts: the authority from the title, fieldwork dates, lead inspector, type.
#include <algorithm>

#include <re2/re2.h>

#include "ilacs/model/authority_id.hpp"
#include "ilacs/model/text_normalize.hpp"
#include "ilacs/reports/extractors.hpp"

namespace ilacs {

namespace {

constexpr std::size_t kFrontLines = 40;  // the facts stand in the first lines of page 1

bool starts_like_a_date(const std::string& norm) {
    static const RE2 re(R"((?i)^(?:\d{1,2}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))");
    return RE2::PartialMatch(norm, re);
}

bool ends_open(const std::string& norm) {
    static const RE2 re(R"((?i)(?:\bto|\band|-|,|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\b\d{1,2})\s*$)");
    return RE2::PartialMatch(norm, re);
}

std::vector<const Line*> front_lines(const Document& doc) {
    std::vector<const Line*> lines = doc.content();
    if (lines.size() > kFrontLines) lines.resize(kFrontLines);
    return lines;
}

void extract_dates(const std::vector<const Line*>& lines, const RuleSet& rules, Record& rec) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string rest;
        if (!rules.first_match("dates", lines[i]->norm, &rest)) continue;
        // A date wrapped onto the next line, or standing alone below its label.
        if (i + 1 < lines.size() && (rest.empty() || ends_open(rest)) && starts_like_a_date(lines[i + 1]->norm))
            rest += " " + lines[i + 1]->norm;
        rec.inspection.date_ranges = parse_date_ranges(rest);
        if (!rec.inspection.date_ranges.empty()) return;
    }
}

void extract_inspector(const std::vector<const Line*>& lines, const RuleSet& rules, Record& rec) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string rest;
        if (!rules.first_match("inspector", lines[i]->norm, &rest)) continue;
        // "Lead inspectors: A, His Majesty's Inspector, and B," goes on below.
        static const RE2 open_end(R"((?i)(?:,|\band)\s*$)");
        if (i + 1 < lines.size() && (rest.empty() || RE2::PartialMatch(rest, open_end)))
            rest += " " + lines[i + 1]->norm;
        std::string name = clean_inspector(rest, rules);
        if (!name.empty()) rec.inspection.lead_inspector = name;
        return;
    }
}

// The title block: the lines of the first page above the first dated or labelled line, in the
// largest print there.
std::string title_text(const std::vector<const Line*>& lines, const RuleSet& rules) {
    std::vector<const Line*> block;
    // The first page with text: some reports open with a blank cover.
    const int first_page = lines.empty() ? 1 : lines.front()->page;
    for (const Line* l : lines) {
        if (l->page != first_page || rules.any_match("dates", l->norm) || rules.any_match("inspector", l->norm)) break;
        block.push_back(l);
    }
    double largest = 0;
    for (const Line* l : block) largest = std::max(largest, l->font_size);
    std::string title;
    for (const Line* l : block)
        if (l->font_size >= largest * 0.55 || largest == 0) title += (title.empty() ? "" : " ") + l->norm;
    return title;
}

void extract_authority(const std::vector<const Line*>& lines, const RuleSet& rules, Record& rec) {
    const std::string title = title_text(lines, rules);
    std::string name;
    if (!rules.first_match("authority", title, &name) || name.empty()) return;
    static const RE2 leading_the(R"((?i)^the\s+)");
    RE2::Replace(&name, leading_the, "");
    name = collapse_spaces(name);
    rec.local_authority = LocalAuthority{name, authority_id(rules, name)};
}

void extract_type(const std::vector<const Line*>& lines, const RuleSet& rules, Record& rec) {
    for (const Line* l : lines) {
        if (const Rule* r = rules.first_match("inspection_type", l->norm)) {
            rec.inspection.type = r->value;
            return;
        }
    }
    if (rec.kind != "ilacs_inspection" || rec.inspection.date_ranges.empty()) return;
    // A short inspection is one working week on site (five days); a standard one is two,
    // sometimes split into two visits.
    int days = 0;
    for (const DateRange& r : rec.inspection.date_ranges) days += days_spanned(r);
    rec.inspection.type = days <= 5 ? "short" : "standard";
}

}  // namespace

std::string clean_inspector(std::string text, const RuleSet& rules) {
    for (const Rule& r : rules.group("inspector_title")) RE2::GlobalReplace(&text, *r.re, "");
    // What is left is one or more names, separated by commas and "and".
    static const RE2 separator(R"(\s*(?:,\s*and\b|,|\band\b|&)\s*)");
    RE2::GlobalReplace(&text, separator, "|");
    std::vector<std::string> names;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t bar = text.find('|', start);
        if (bar == std::string::npos) bar = text.size();
        std::string name = collapse_spaces(text.substr(start, bar - start));
        while (!name.empty() && (name.back() == '.' || name.back() == ',' || name.back() == ';')) name.pop_back();
        if (!name.empty()) names.push_back(name);
        start = bar + 1;
    }
    std::string joined;
    for (const auto& n : names) joined += (joined.empty() ? "" : " and ") + n;
    return joined;
}

void extract_metadata(const Document& doc, const RuleSet& rules, Record& rec) {
    const std::vector<const Line*> lines = front_lines(doc);
    extract_authority(lines, rules, rec);
    extract_dates(lines, rules, rec);
    // SIF reports name the lead inspector at the end, under "Information about this inspection".
    extract_inspector(doc.content(), rules, rec);
    extract_type(lines, rules, rec);
}

}  // namespace ilacs
