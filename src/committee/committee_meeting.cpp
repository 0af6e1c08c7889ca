// The meeting a committee paper went to: its body and date, from the head of the paper.
#include <algorithm>
#include <map>

#include <re2/re2.h>

#include "ilacs/model/text_normalize.hpp"
#include "paper_stages.hpp"

namespace ilacs {

namespace {

// The meeting stands at the head of the paper; a web page's capture may put a few lines of
// navigation above it.
constexpr std::size_t kHeadLines = 30;
// A line that is only a body's name is a heading only near the very top.
constexpr std::size_t kNameLines = 12;

struct Found {
    std::string body, date;
};

// What the first meeting_line rule that matches names (its groups body and date).
std::optional<Found> meeting_line(const std::string& norm, const RuleSet& rules) {
    for (const Rule& r : rules.group("meeting_line")) {
        const std::map<std::string, int>& names = r.re->NamedCapturingGroups();
        std::vector<re2::StringPiece> groups(static_cast<std::size_t>(r.re->NumberOfCapturingGroups()) + 1);
        if (!r.re->Match(norm, 0, norm.size(), RE2::UNANCHORED, groups.data(), static_cast<int>(groups.size())))
            continue;
        Found f;
        if (const auto it = names.find("body"); it != names.end()) f.body = std::string(groups[static_cast<std::size_t>(it->second)]);
        if (const auto it = names.find("date"); it != names.end()) f.date = std::string(groups[static_cast<std::size_t>(it->second)]);
        return f;
    }
    return std::nullopt;
}

// "Tuesday, 12th March, 2019": the comma before the year is no part of the date's form.
std::string without_year_comma(std::string text) {
    static const RE2 comma(R"((\p{L}),\s+(\d{4}))");
    RE2::GlobalReplace(&text, comma, R"(\1 \2)");
    return text;
}

// A day and month without a year ("16 January") in the year of `context` (a date printed
// near it), or the year before when that month is still to come.
std::optional<Date> date_in_context(const std::string& text, const std::optional<Date>& context) {
    if (auto d = parse_date(without_year_comma(text))) return d;
    static const RE2 day_month(R"((\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}+)$)");
    int day = 0;
    std::string month_word;
    if (!context || !RE2::PartialMatch(text, day_month, &day, &month_word)) return std::nullopt;
    const std::optional<int> month = month_number(month_word);
    if (!month) return std::nullopt;
    return parse_date(std::to_string(day) + " " + month_word + " " +
                      std::to_string(*month > context->month ? context->year - 1 : context->year));
}

}  // namespace

void extract_meeting(const Document& doc, const RuleSet& rules, Record& rec) {
    // The head of the paper with whatever page furniture told apart there: a committee's
    // name in large print at the top of page 1 looks like a running header.
    std::vector<const Line*> lines;
    for (const Page& p : doc.pages)
        for (const Line& l : p.lines)
            if (lines.size() < kHeadLines) lines.push_back(&l);
    std::optional<Date> first_full_date;
    for (const Line* l : lines)
        if (!first_full_date) first_full_date = parse_date(without_year_comma(l->norm));

    Meeting meeting;
    const std::size_t head = lines.size();
    for (std::size_t i = 0; i < head && (meeting.body.empty() || !meeting.date); ++i) {
        const std::string& norm = lines[i]->norm;
        if (rules.any_match("meeting_other", norm)) continue;
        if (const std::optional<Found> f = meeting_line(norm, rules)) {
            if (meeting.body.empty()) meeting.body = collapse_spaces(f->body);
            if (!meeting.date && !f->date.empty()) meeting.date = date_in_context(f->date, first_full_date);
            continue;
        }
        if (!meeting.body.empty() || i >= kNameLines) continue;
        // A committee's name may wrap onto a second line.
        std::string text = norm;
        std::string value;
        for (std::size_t next = i + 1; next <= std::min(i + 2, head); ++next) {
            if (rules.first_match("meeting_body", text, &value) && !value.empty() &&
                !rules.any_match("meeting_body_not", value)) {
                meeting.body = collapse_spaces(value);
                // "CABINET" / "16 March 2020": the date stands on the line below.
                if (!meeting.date && next < head && rules.any_match("meeting_date_alone", lines[next]->norm))
                    meeting.date = parse_date(without_year_comma(lines[next]->norm));
                i = next - 1;
                break;
            }
            if (next < head) text += " " + lines[next]->norm;
        }
    }
    if (!meeting.body.empty() || meeting.date) rec.meeting = meeting;
}

}  // namespace ilacs
