// history results and their summary as text, Markdown, JSON and CSV.
#include <map>

#include <fmt/format.h>

#include "ilacs/history/render.hpp"
#include "ilacs/output/writers.hpp"
#include "render_common.hpp"

namespace ilacs {

using json = nlohmann::ordered_json;
using namespace render;

namespace {

json authority_json(const AuthorityKey& a) {
    auto optional = [](const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); };
    return {{"name", a.name}, {"code", optional(a.code)}, {"urn", optional(a.urn)}, {"id", optional(a.id)}};
}

std::string authority_title(const AuthorityKey& a) { return a.code ? fmt::format("{} ({})", a.name, *a.code) : a.name; }

// Each record of the timeline with the diff that ends on it (null for the first graded
// inspection and for records that are not compared).
template <typename F>
void each_entry(const AuthorityHistory& h, F&& visit) {
    std::size_t next = 0;
    bool first = true;
    for (const Record& rec : h.timeline) {
        const DiffResult* diff = nullptr;
        if (is_graded_inspection(rec)) {
            if (!first && next < h.diffs.size()) diff = &h.diffs[next++];
            first = false;
        }
        visit(rec, diff);
    }
}

std::string entry_note(const Record& rec) {
    if (!rec.judgements.empty() && !is_graded_inspection(rec)) return " (LSCB review alone: not compared)";
    return "";
}

}  // namespace

json history_to_json(const HistoryResult& history) {
    json j;
    j["schema"] = kHistorySchema;
    j["authorities"] = json::array();
    for (const AuthorityHistory& h : history.authorities) {
        json timeline = json::array();
        for (const Record& rec : h.timeline) {
            json entry = document_json(rec);
            entry["graded"] = is_graded_inspection(rec);
            entry["judgements"] = json::array();
            for (const AreaGrade& g : area_grades(rec))
                entry["judgements"].push_back({{"area", g.area}, {"key", g.judgement.key}, {"grade", g.judgement.grade}});
            timeline.push_back(std::move(entry));
        }
        json diffs = json::array();
        for (const DiffResult& d : h.diffs) diffs.push_back(diff_body(d));
        j["authorities"].push_back({{"local_authority", authority_json(h.authority)}, {"timeline", timeline}, {"diffs", diffs}});
    }
    j["left_out"] = json::array();
    for (const LeftOut& l : history.left_out) j["left_out"].push_back({{"path", l.path}, {"reason", l.reason}});
    return j;
}

void write_history_text(std::ostream& out, const HistoryResult& history, bool color) {
    for (const AuthorityHistory& h : history.authorities) {
        out << paint(authority_title(h.authority), "1", color) << '\n';
        each_entry(h, [&](const Record& rec, const DiffResult* diff) {
            out << fmt::format("  {:<24}  {}{}  {}\n", fieldwork(rec), document_words(rec), entry_note(rec),
                               paint(rec.source.path, "2", color));
            if (diff) {
                write_judgements_text(out, *diff, color, 6);
                out << "      improvement themes: " << theme_counts(*diff) << '\n';
                return;
            }
            std::size_t width = 0;
            const std::vector<AreaGrade> grades = area_grades(rec);
            for (const AreaGrade& g : grades) width = std::max(width, g.label.size());
            for (const AreaGrade& g : grades)
                out << fmt::format("      {:<{}}  {}\n", g.label, width, grade_cell(g.judgement.grade, 0, color));
            if (grades.empty() && !rec.improvements.empty())
                out << fmt::format("      {} areas for improvement\n", rec.improvements.size());
        });
        out << '\n';
    }
    // How many were left out and why; JSON and Markdown name each.
    std::map<std::string, int> reasons;
    for (const LeftOut& l : history.left_out) ++reasons[l.reason];
    for (const auto& [reason, count] : reasons)
        out << paint(fmt::format("left out: {} record{}: {}", count, count == 1 ? "" : "s", reason), "2", color) << '\n';
}

void write_history_markdown(std::ostream& out, const HistoryResult& history) {
    for (const AuthorityHistory& h : history.authorities) {
        out << "## " << md_cell(authority_title(h.authority)) << "\n\n| Fieldwork | Inspection | Document |\n|---|---|---|\n";
        for (const Record& rec : h.timeline)
            out << fmt::format("| {} | {}{} | {} |\n", fieldwork(rec), md_cell(document_words(rec)), entry_note(rec),
                               md_cell(rec.source.path));
        out << '\n';
        for (const DiffResult& d : h.diffs) {
            out << fmt::format("### {} to {}\n\n", fieldwork(d.before), fieldwork(d.after));
            write_judgements_markdown(out, d);
            out << "Improvement themes: " << theme_counts(d) << "\n\n";
            write_themes_markdown(out, d);
        }
    }
    if (history.left_out.empty()) return;
    out << "## Left out\n\n";
    for (const LeftOut& l : history.left_out) out << "- " << md_cell(l.path) << ": " << md_cell(l.reason) << '\n';
    out << '\n';
}

void write_history_csv(std::ostream& out, const HistoryResult& history) {
    out << "authority_code,authority,date,inspection,framework,judgement,key,grade,change,previous_grade\r\n";
    for (const AuthorityHistory& h : history.authorities) {
        each_entry(h, [&](const Record& rec, const DiffResult* diff) {
            const auto day = record_date(rec);
            for (const AreaGrade& g : area_grades(rec)) {
                std::string change, previous;
                if (diff)
                    for (const AreaComparison& c : diff->judgements)
                        if (c.area == g.area) {
                            change = change_name(c.change);
                            previous = c.before ? c.before->grade : "";
                        }
                out << csv_field(h.authority.code.value_or("")) << ',' << csv_field(h.authority.name) << ','
                    << (day ? day->iso() : "") << ',' << csv_field(rec.source.path) << ','
                    << csv_field(std::string(edition_name(edition_of(rec)))) << ',' << g.area << ',' << g.judgement.key << ','
                    << g.judgement.grade << ',' << change << ',' << previous << "\r\n";
            }
        });
    }
}

json summary_to_json(const HistorySummary& summary) {
    json j;
    j["schema"] = kHistorySummarySchema;
    j["authorities"] = summary.authorities;
    j["compared"] = summary.compared;
    j["judgements"] = json::array();
    for (const AreaTally& t : summary.judgements)
        j["judgements"].push_back({{"area", t.area}, {"label", t.label}, {"improved", t.improved},
                                   {"declined", t.declined}, {"stayed", t.stayed}});
    j["themes"] = json::array();
    for (const ThemeTally& t : summary.themes)
        j["themes"].push_back({{"theme", t.theme}, {"persisting", t.persisting}, {"named", t.named}});
    return j;
}

void write_summary_text(std::ostream& out, const HistorySummary& summary, bool color) {
    out << paint(fmt::format("{} authorities, {} with two graded inspections or more", summary.authorities, summary.compared), "1", color)
        << "\n\nBetween each authority's last two graded inspections\n";
    out << fmt::format("  {:<24}  {:>8}  {:>8}  {:>6}\n", "", "improved", "declined", "stayed");
    for (const AreaTally& t : summary.judgements)
        out << fmt::format("  {:<24}  {}  {}  {:>6}\n", t.label, paint(fmt::format("{:>8}", t.improved), "32", color),
                           paint(fmt::format("{:>8}", t.declined), "31", color), t.stayed);
    out << "\nImprovement themes (persisting: named by both of the last two inspections; named: by the latest)\n";
    out << fmt::format("  {:<28}  {:>10}  {:>5}\n", "", "persisting", "named");
    for (const ThemeTally& t : summary.themes) out << fmt::format("  {:<28}  {:>10}  {:>5}\n", theme_words(t.theme), t.persisting, t.named);
}

void write_summary_markdown(std::ostream& out, const HistorySummary& summary) {
    out << fmt::format("{} authorities, {} with two graded inspections or more.\n\n", summary.authorities, summary.compared);
    out << "| Judgement | Improved | Declined | Stayed |\n|---|---:|---:|---:|\n";
    for (const AreaTally& t : summary.judgements)
        out << fmt::format("| {} | {} | {} | {} |\n", md_cell(t.label), t.improved, t.declined, t.stayed);
    out << "\n| Improvement theme | Persisting | Named in the latest |\n|---|---:|---:|\n";
    for (const ThemeTally& t : summary.themes) out << fmt::format("| {} | {} | {} |\n", md_cell(theme_words(t.theme)), t.persisting, t.named);
    out << '\n';
}

void write_summary_csv(std::ostream& out, const HistorySummary& summary) {
    out << "section,name,measure,count\r\n";
    for (const AreaTally& t : summary.judgements)
        for (const auto& [measure, n] : {std::pair{"improved", t.improved}, {"declined", t.declined}, {"stayed", t.stayed}})
            out << "judgement," << t.area << ',' << measure << ',' << n << "\r\n";
    for (const ThemeTally& t : summary.themes)
        for (const auto& [measure, n] : {std::pair{"persisting", t.persisting}, {"named", t.named}})
            out << "theme," << csv_field(t.theme) << ',' << measure << ',' << n << "\r\n";
}

}  // namespace ilacs
