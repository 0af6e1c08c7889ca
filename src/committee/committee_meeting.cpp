// What a committee paper is: the meeting it went to, the authority it is about and the
// inspection it reports (its framework, type and dates, where the text says them).
#include <algorithm>
#include <cctype>

#include <re2/re2.h>

#include "ilacs/model/authority_id.hpp"
#include "ilacs/model/text_normalize.hpp"
#include "paper_stages.hpp"

namespace ilacs {

namespace {

constexpr std::size_t kHeadLines = 12;  // the meeting stands at the head of the paper

}  // namespace

void extract_meeting(const Document& doc, const RuleSet& rules, Record& rec) {
    // The head of the paper with whatever page furniture told apart there: a committee's
    // name in large print at the top of page 1 looks like a running header.
    std::vector<const Line*> lines;
    for (const Page& p : doc.pages)
        for (const Line& l : p.lines)
            if (lines.size() < kHeadLines) lines.push_back(&l);
    Meeting meeting;
    bool found = false;
    const std::size_t head = lines.size();
    for (std::size_t i = 0; i < head; ++i) {
        std::string value;
        if (!meeting.date && rules.first_match("meeting_date", lines[i]->norm, &value)) {
            meeting.date = parse_date(value);
            continue;
        }
        if (found) continue;
        // A committee's name may wrap onto a second line.
        std::string text = lines[i]->norm;
        for (std::size_t next = i + 1; next <= std::min(i + 2, head); ++next) {
            if (rules.first_match("meeting_body", text, &value) && !value.empty()) {
                meeting.body = collapse_spaces(value);
                found = true;
                // "CABINET" / "16 March 2020": the date stands on the line below.
                if (next < head && rules.any_match("meeting_date_alone", lines[next]->norm))
                    meeting.date = parse_date(lines[next]->norm);
                i = next - 1;
                break;
            }
            if (next < head) text += " " + lines[next]->norm;
        }
    }
    if (found) rec.meeting = meeting;
}

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

void extract_paper_authority(const std::vector<const Line*>& lines, const std::vector<Block>& blocks,
                             const RuleSet& rules, Record& rec) {
    // Rules in file order, each over the whole paper: a heading naming the council beats a
    // council named in passing. Partners and other authorities are passed over.
    for (const Rule& r : rules.group("paper_authority")) {
        auto try_text = [&](const std::string& text) {
            std::string name;
            if (!RE2::PartialMatch(text, *r.re, &name)) return false;
            name = collapse_spaces(name);
            const std::string id = authority_id(rules, name);
            if (id.empty()) return false;
            rec.local_authority = LocalAuthority{name, id};
            return true;
        };
        if (r.value == "heading") {
            for (const Line* l : lines)
                if (try_text(l->norm)) return;
            continue;
        }
        for (const Block& b : blocks)
            for (const std::string& s : sentences(b.norm))
                if (elsewhere(s, rules, {}).empty() && try_text(s)) return;
    }
}

}  // namespace ilacs
