// The summary a person reads at a terminal.
#include <fmt/format.h>

#include "ilacs/output/writers.hpp"

namespace ilacs {

namespace {

std::string grade_words(const std::string& grade) {
    if (grade == "requires_improvement") return "requires improvement";
    return grade;
}

// ANSI colour for a grade, only when the caller says the stream is a terminal.
std::string paint(const std::string& grade, bool color) {
    const std::string words = grade_words(grade);
    if (!color) return words;
    const char* code = grade == "outstanding" ? "32;1" : grade == "good" ? "32"
                     : grade == "requires_improvement" ? "33" : grade == "inadequate" ? "31;1" : "0";
    return fmt::format("\033[{}m{}\033[0m", code, words);
}

}  // namespace

void write_text(std::ostream& out, const Record& rec, bool color) {
    const std::string bold_on = color ? "\033[1m" : "", bold_off = color ? "\033[0m" : "";
    out << bold_on << rec.source.path << bold_off << '\n';
    if (rec.error) {
        out << "  error (" << rec.error->code << "): " << rec.error->message << "\n\n";
        return;
    }
    const auto& insp = rec.inspection;
    out << fmt::format("  {:<16}{}\n", "Kind", rec.kind + (rec.framework ? " (" + *rec.framework + ")" : ""));
    if (rec.local_authority)
        out << fmt::format("  {:<16}{} [{}{}]\n", "Authority", rec.local_authority->name,
                           rec.local_authority->id.value_or("-"),
                           rec.local_authority->code ? ", LA " + *rec.local_authority->code : "");
    if (!insp.date_ranges.empty()) {
        std::string dates;
        for (const DateRange& r : insp.date_ranges)
            dates += (dates.empty() ? "" : ", ") + (r.start == r.end ? r.start.iso() : r.start.iso() + " to " + r.end.iso());
        out << fmt::format("  {:<16}{}{}\n", "Fieldwork", dates, insp.type ? " (" + *insp.type + ")" : "");
    }
    if (insp.lead_inspector) out << fmt::format("  {:<16}{}\n", "Lead inspector", *insp.lead_inspector);
    if (rec.meeting)
        out << fmt::format("  {:<16}{}{}{}\n", "Meeting", rec.meeting->body,
                           rec.meeting->date && !rec.meeting->body.empty() ? ", " : "",
                           rec.meeting->date ? rec.meeting->date->iso() : "");
    if (!rec.judgements.empty()) {
        out << "\n  Judgements\n";
        std::size_t width = 0;
        for (const Judgement& j : rec.judgements) width = std::max(width, j.key.size());
        for (const Judgement& j : rec.judgements)
            out << fmt::format("    {:<{}}  {}\n", j.key, width, paint(j.grade, color));
    }
    if (!rec.improvements.empty()) {
        out << "\n  What needs to improve\n";
        int n = 0;
        for (const Improvement& i : rec.improvements)
            out << fmt::format("    {:>2}. {}{}\n", ++n, i.priority ? "[priority] " : "", i.text);
    }
    if (!rec.actions.empty()) {
        out << "\n  Actions\n";
        for (const Action& a : rec.actions)
            out << fmt::format("    - {} | {} | {} | {}\n", a.area.value_or("-"), a.action.value_or("-"),
                               a.owner.value_or("-"), a.due.value_or("-"));
    }
    if (!rec.warnings.empty()) {
        out << "\n  Warnings\n";
        for (const std::string& w : rec.warnings) out << "    ! " << w << '\n';
    }
    out << '\n';
}

}  // namespace ilacs
