// The meeting a committee paper went to: its body and date.
#include <algorithm>
#include <cctype>

#include <re2/re2.h>

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

}  // namespace ilacs
