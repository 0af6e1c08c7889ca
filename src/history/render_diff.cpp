// diff results as text, Markdown and JSON; the parts history repeats for each pair.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "ilacs/history/render.hpp"
#include "render_common.hpp"

namespace ilacs {

namespace render {

using json = nlohmann::ordered_json;

std::string paint(const std::string& text, const char* sgr, bool color) {
    return color ? fmt::format("\033[{}m{}\033[0m", sgr, text) : text;
}

std::string grade_cell(const std::string& grade, std::size_t width, bool color) {
    std::string words = grade_words(grade);
    words.resize(std::max(width, words.size()), ' ');
    const char* sgr = grade == "outstanding" ? "32;1" : grade == "good" ? "32" : grade == "inadequate" ? "31;1"
                    : grade_rank(grade) == 2 ? "33" : "0";
    return paint(words, sgr, color);
}

std::string arrow(GradeChange c, bool color) {
    switch (c) {
        case GradeChange::up: return paint("↑", "32;1", color);
        case GradeChange::down: return paint("↓", "31;1", color);
        case GradeChange::same: return "=";
        case GradeChange::not_compared: break;
    }
    return " ";
}

std::string theme_words(const std::string& theme) { return theme.empty() ? "(no theme)" : grade_words(theme); }

std::string fieldwork(const Record& rec) {
    const auto& ranges = rec.inspection.date_ranges;
    if (ranges.empty()) {
        if (const auto day = record_date(rec)) return day->iso();
        return "dates not known";
    }
    const Date &start = ranges.front().start, &end = ranges.back().end;
    return start == end ? start.iso() : start.iso() + " to " + end.iso();
}

std::string document_words(const Record& rec) {
    const Edition e = edition_of(rec);
    if (rec.kind == "committee_paper")
        return "committee paper" + (rec.framework ? " on a " + *rec.framework + " inspection" : std::string());
    std::string kind = grade_words(rec.kind);
    if (e == Edition::visit || e == Edition::unknown) return kind;
    const std::size_t space = kind.find(' ');
    return fmt::format("{} {}", edition_name(e), space == std::string::npos ? kind : kind.substr(space + 1));
}

std::string authority_words(const Record& rec) {
    if (!rec.local_authority) return "authority not named";
    const LocalAuthority& la = *rec.local_authority;
    return la.code ? fmt::format("{} ({})", la.name, *la.code) : la.name;
}

json document_json(const Record& rec) {
    const auto& ranges = rec.inspection.date_ranges;
    json j;
    j["path"] = rec.source.path;
    j["kind"] = rec.kind;
    j["framework"] = rec.framework ? json(*rec.framework) : json(nullptr);
    j["edition"] = std::string(edition_name(edition_of(rec)));
    j["local_authority"] = rec.local_authority
        ? json{{"name", rec.local_authority->name},
               {"id", rec.local_authority->id ? json(*rec.local_authority->id) : json(nullptr)},
               {"code", rec.local_authority->code ? json(*rec.local_authority->code) : json(nullptr)}}
        : json(nullptr);
    j["start_date"] = ranges.empty() ? json(nullptr) : json(ranges.front().start.iso());
    j["end_date"] = ranges.empty() ? json(nullptr) : json(ranges.back().end.iso());
    j["date"] = record_date(rec) ? json(record_date(rec)->iso()) : json(nullptr);
    return j;
}

namespace {

json judgement_json(const std::optional<Judgement>& j) {
    return j ? json{{"key", j->key}, {"grade", j->grade}, {"grade_text", j->grade_text}} : json(nullptr);
}

json item_json(const std::optional<Improvement>& i) { return i ? json(i->text) : json(nullptr); }

std::size_t label_width(const DiffResult& diff) {
    std::size_t width = 0;
    for (const AreaComparison& c : diff.judgements) width = std::max(width, c.label.size());
    return width;
}

}  // namespace

json diff_body(const DiffResult& diff) {
    json j;
    j["before"] = document_json(diff.before);
    j["after"] = document_json(diff.after);
    j["swapped"] = diff.swapped;
    j["changed"] = diff.changed();
    j["notes"] = diff.notes;
    j["judgements"] = json::array();
    for (const AreaComparison& c : diff.judgements)
        j["judgements"].push_back({{"area", c.area}, {"label", c.label}, {"before", judgement_json(c.before)},
                                   {"after", judgement_json(c.after)}, {"change", std::string(change_name(c.change))},
                                   {"note", c.note.empty() ? json(nullptr) : json(c.note)}});
    j["themes"] = json::array();
    for (const ThemeComparison& t : diff.themes) {
        json items = json::array();
        for (const ItemComparison& i : t.items)
            items.push_back({{"before", item_json(i.before)}, {"after", item_json(i.after)},
                             {"similarity", i.before && i.after ? json(std::round(i.similarity * 100) / 100) : json(nullptr)}});
        j["themes"].push_back({{"theme", t.theme.empty() ? json(nullptr) : json(t.theme)},
                               {"status", std::string(status_name(t.status))}, {"items", items}});
    }
    return j;
}

void write_judgements_text(std::ostream& out, const DiffResult& diff, bool color, int indent) {
    const std::size_t width = label_width(diff);
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    for (const AreaComparison& c : diff.judgements) {
        std::string line = fmt::format("{}{:<{}}  {}  {}  {}", pad, c.label, width,
                                       grade_cell(c.before ? c.before->grade : "-", 20, color), arrow(c.change, color),
                                       grade_cell(c.after ? c.after->grade : "-", c.note.empty() ? 0 : 20, color));
        if (!c.note.empty()) line += "  " + paint("(" + c.note + ")", "2", color);
        out << line << '\n';
    }
}

std::string theme_counts(const DiffResult& diff) {
    int counts[3] = {0, 0, 0};
    for (const ThemeComparison& t : diff.themes) ++counts[static_cast<int>(t.status)];
    return fmt::format("{} persisting, {} resolved, {} new", counts[0], counts[1], counts[2]);
}

void write_themes_text(std::ostream& out, const DiffResult& diff, bool color, int indent) {
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    for (const ThemeComparison& t : diff.themes) {
        const char* sgr = t.status == ThemeStatus::resolved ? "32" : t.status == ThemeStatus::new_theme ? "31" : "33";
        out << pad << paint(fmt::format("{:<10}", status_name(t.status)), sgr, color) << "  " << theme_words(t.theme) << '\n';
        for (const ItemComparison& i : t.items) {
            if (i.before) out << pad << "    before  " << i.before->text << '\n';
            if (i.after) out << pad << "    after   " << i.after->text << '\n';
        }
    }
}

std::string md_cell(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '|') out += "\\|";
        else out += (c == '\n' || c == '\r') ? ' ' : c;
    }
    return out;
}

namespace {

std::string md_grade(const std::optional<Judgement>& j) {
    if (!j) return "—";
    std::string words = grade_words(j->grade);
    if (!words.empty()) words[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(words[0])));
    return words;
}

std::string md_change(GradeChange c) {
    switch (c) {
        case GradeChange::up: return "↑ improved";
        case GradeChange::down: return "↓ declined";
        case GradeChange::same: return "= same";
        case GradeChange::not_compared: break;
    }
    return "not compared";
}

}  // namespace

void write_judgements_markdown(std::ostream& out, const DiffResult& diff) {
    out << "| Judgement | Before | After | Change | Note |\n|---|---|---|---|---|\n";
    for (const AreaComparison& c : diff.judgements)
        out << fmt::format("| {} | {} | {} | {} | {} |\n", md_cell(c.label), md_grade(c.before), md_grade(c.after),
                           md_change(c.change), md_cell(c.note));
    out << '\n';
}

void write_themes_markdown(std::ostream& out, const DiffResult& diff) {
    if (diff.themes.empty()) {
        out << "Neither names an area for improvement.\n\n";
        return;
    }
    out << "| Theme | Status | Before | After |\n|---|---|---|---|\n";
    for (const ThemeComparison& t : diff.themes)
        for (const ItemComparison& i : t.items)
            out << fmt::format("| {} | {} | {} | {} |\n", md_cell(theme_words(t.theme)), status_name(t.status),
                               i.before ? md_cell(i.before->text) : "", i.after ? md_cell(i.after->text) : "");
    out << '\n';
}

}  // namespace render

nlohmann::ordered_json diff_to_json(const DiffResult& diff) {
    nlohmann::ordered_json j;
    j["schema"] = kDiffSchema;
    j.update(render::diff_body(diff));
    return j;
}

void write_diff_text(std::ostream& out, const DiffResult& diff, bool color) {
    using namespace render;
    out << paint(authority_words(diff.after.local_authority ? diff.after : diff.before), "1", color) << ": "
        << (diff.changed() ? "changed" : "nothing changed") << '\n';
    out << fmt::format("  before  {}, {}  {}\n", document_words(diff.before), fieldwork(diff.before), diff.before.source.path);
    out << fmt::format("  after   {}, {}  {}\n", document_words(diff.after), fieldwork(diff.after), diff.after.source.path);
    for (const std::string& note : diff.notes) out << "  " << paint("! " + note, "2", color) << '\n';
    out << '\n' << paint("Judgements", "1", color) << '\n';
    if (diff.judgements.empty()) out << "  neither is graded\n";
    write_judgements_text(out, diff, color, 2);
    out << '\n' << paint("Improvement themes", "1", color) << ": " << theme_counts(diff) << '\n';
    write_themes_text(out, diff, color, 2);
}

void write_diff_markdown(std::ostream& out, const DiffResult& diff) {
    using namespace render;
    out << "## " << md_cell(authority_words(diff.after.local_authority ? diff.after : diff.before)) << ": what changed\n\n";
    out << "| | Before | After |\n|---|---|---|\n";
    out << fmt::format("| Document | {} | {} |\n", md_cell(diff.before.source.path), md_cell(diff.after.source.path));
    out << fmt::format("| Inspection | {} | {} |\n", md_cell(document_words(diff.before)), md_cell(document_words(diff.after)));
    out << fmt::format("| Fieldwork | {} | {} |\n\n", fieldwork(diff.before), fieldwork(diff.after));
    for (const std::string& note : diff.notes) out << "- " << md_cell(note) << '\n';
    if (!diff.notes.empty()) out << '\n';
    out << "### Judgements\n\n";
    write_judgements_markdown(out, diff);
    out << "### Improvement themes (" << theme_counts(diff) << ")\n\n";
    write_themes_markdown(out, diff);
}

}  // namespace ilacs
