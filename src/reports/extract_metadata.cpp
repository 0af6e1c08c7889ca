// Front-page facts: the authority (title, label, title lines, the report's sentences), fieldwork dates, lead inspector, type.
#include <algorithm>

#include <re2/re2.h>

#include "ilacs/model/authority_match.hpp"
#include "ilacs/model/paragraphs.hpp"
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
        // Dates wrapped onto the next lines, or standing alone below their label.
        constexpr std::size_t kDateLines = 3;
        for (std::size_t j = i + 1; j < lines.size() && j <= i + kDateLines; ++j) {
            if (!(rest.empty() || ends_open(rest)) || !starts_like_a_date(lines[j]->norm)) break;
            rest += " " + lines[j]->norm;
        }
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
std::vector<const Line*> title_block(const std::vector<const Line*>& lines, const RuleSet& rules) {
    std::vector<const Line*> block;
    // The first page with text: some reports open with a blank cover.
    const int first_page = lines.empty() ? 1 : lines.front()->page;
    for (const Line* l : lines) {
        if (l->page != first_page || rules.any_match("dates", l->norm) || rules.any_match("inspector", l->norm)) break;
        block.push_back(l);
    }
    double largest = 0;
    for (const Line* l : block) largest = std::max(largest, l->font_size);
    std::vector<const Line*> title;
    for (const Line* l : block)
        if (l->font_size >= largest * 0.55 || largest == 0) title.push_back(l);
    return title;
}

std::string joined_title(const std::vector<const Line*>& block) {
    std::string title;
    for (const Line* l : block) title += (title.empty() ? "" : " ") + l->norm;
    return title;
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

// The title block's lines, and each with the next, read as a whole name: "Birmingham City
// Council" over an SIF title, "London Borough of Hammersmith and" / "Fulham".
bool authority_from_title_lines(const std::vector<const Line*>& block, const RuleSet& rules, Record& rec) {
    for (std::size_t i = 0; i < block.size(); ++i) {
        for (const std::size_t n : {std::size_t{2}, std::size_t{1}}) {
            if (i + n > block.size()) continue;
            std::string name = block[i]->norm;
            if (n == 2) name += " " + block[i + 1]->norm;
            if (const Authority* row = match_authority(rules, name)) {
                rec.local_authority = local_authority_for(name, row, rec.warnings);
                return true;
            }
        }
    }
    return false;
}

// The report's own sentences: the authority they name most, a name counting more where the
// words around it make it the report's own ("children's services in Wakefield").
// Paragraphs, not lines: a name wraps ("Royal Borough of Kensington and" / "Chelsea").
bool authority_from_mentions(const Document& doc, const RuleSet& rules, Record& rec) {
    AuthorityTally tally;
    for (const Paragraph& p : paragraphs(doc))
        for (const AuthorityMention& m : authority_mentions(rules, p.text))
            tally.add(m.authority, m.printed, mention_weight(rules, m));
    const auto best = tally.best();
    if (!best) return false;
    rec.local_authority = local_authority_for(best->second, best->first, rec.warnings);
    return true;
}

}  // namespace

void extract_report_authority(const Document& doc, std::string_view title_group, const RuleSet& rules, Record& rec) {
    const std::vector<const Line*> front = front_lines(doc);
    const std::vector<const Line*> block = title_block(front, rules);
    // A name the title gives that no row matches is kept, with its warning, only when no
    // other signal finds the authority.
    std::string unmatched;
    auto named = [&](std::string name) {
        static const RE2 leading_the(R"((?i)^the\s+)");
        RE2::Replace(&name, leading_the, "");
        name = collapse_spaces(name);
        if (name.empty()) return false;
        if (const Authority* row = match_authority(rules, name)) {
            rec.local_authority = local_authority_for(name, row, rec.warnings);
            return true;
        }
        if (unmatched.empty()) unmatched = name;
        return false;
    };
    std::string name;
    if (rules.first_match(title_group, joined_title(block), &name) && named(name)) return;
    for (const Line* l : front)
        if ((rules.first_match(title_group, l->norm, &name) || rules.first_match("authority_label", l->norm, &name)) &&
            named(name))
            return;
    if (authority_from_title_lines(block, rules, rec) || authority_from_mentions(doc, rules, rec)) return;
    if (!unmatched.empty()) rec.local_authority = local_authority_for(unmatched, nullptr, rec.warnings);
}

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
    // Visit letters and committee papers name their authority in their own ways.
    if (rec.kind != "committee_paper" && rec.kind != "focused_visit" && rec.kind != "monitoring_visit")
        extract_report_authority(doc, "authority", rules, rec);
    extract_dates(lines, rules, rec);
    // SIF reports name the lead inspector at the end, under "Information about this inspection".
    extract_inspector(doc.content(), rules, rec);
    extract_type(lines, rules, rec);
}

}  // namespace ilacs
