#include "ilacs/report/html_report.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

#include <fmt/format.h>

#include "ilacs/history/authority_key.hpp"
#include "ilacs/history/crosswalk.hpp"
#include "ilacs/history/diff.hpp"
#include "ilacs/report/tables.hpp"
#include "ilacs/model/text_normalize.hpp"
#include "ilacs/report/svg.hpp"

namespace ilacs {

namespace {

const std::vector<std::string> kGradeOrder = {"outstanding", "good", "requires_improvement", "adequate", "inadequate"};

std::string grade_words(const std::string& grade) {
    if (grade == "requires_improvement") return "Requires improvement";
    if (grade.empty()) return "";
    std::string words = grade;
    std::replace(words.begin(), words.end(), '_', ' ');
    words[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(words[0])));
    return words;
}

// A grade as a badge: the words always, the colour only as a second signal.
std::string badge(const std::string& grade) {
    if (grade.empty()) return R"(<span class="none">—</span>)";
    return fmt::format(R"(<span class="g g-{}">{}</span>)", html_escape(grade), html_escape(grade_words(grade)));
}

// The grade a record gives a crosswalk area, "" when it gives none.
std::string area_grade(const Record& rec, const CrosswalkArea& area) {
    for (const AreaGrade& g : area_grades(rec))
        if (g.area == area.id) return g.judgement.grade;
    return "";
}

// A grade's place when a column is sorted, best first, ungraded last.
long grade_rank(const std::string& grade) {
    if (grade.empty()) return 9;
    return std::find(kGradeOrder.begin(), kGradeOrder.end(), grade) - kGradeOrder.begin();
}

// One cell per crosswalk area, sortable by grade.
std::string area_cells(const Record* rec) {
    std::string out;
    for (const CrosswalkArea& area : crosswalk_areas()) {
        const std::string grade = rec ? area_grade(*rec, area) : "";
        out += fmt::format(R"(<td data-sort="{}">{}</td>)", grade_rank(grade), badge(grade));
    }
    return out;
}

std::string area_headings(bool sortable) {
    std::string out;
    for (const CrosswalkArea& area : crosswalk_areas())
        out += sortable ? fmt::format(R"(<th scope="col"><button type="button">{}</button></th>)", html_escape(area.label))
                        : fmt::format(R"(<th scope="col">{}</th>)", html_escape(area.label));
    return out;
}

std::string kind_words(const Record& rec) {
    if (rec.kind == "ilacs_inspection") return "ILACS" + (rec.inspection.type ? " " + *rec.inspection.type : std::string());
    if (rec.kind == "sif_inspection") return "SIF inspection";
    if (rec.kind == "legacy_inspection") return "Inspection (2009-13 framework)";
    if (rec.kind == "focused_visit") return "Focused visit";
    if (rec.kind == "monitoring_visit") return "Monitoring visit";
    if (rec.kind == "committee_paper") return "Committee paper";
    return rec.kind;
}

std::string date_text(const Record& rec) {
    const auto date = record_date(rec);
    return date ? date->iso() : "undated";
}

const Record* latest_full(const AuthorityHistory& h) {
    const Record* last = nullptr;
    for (const Record& r : h.timeline)
        if (is_full_inspection(r)) last = &r;
    return last;
}

std::string anchor(const AuthorityHistory& h) {
    return "la-" + h.authority.code.value_or(snake_case(h.authority.name));
}

const Authority* row_of(const AuthorityHistory& h, const AuthorityTable& table) {
    return h.authority.code ? table.by_code(*h.authority.code) : nullptr;
}

constexpr const char* kStyle = R"(
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:75rem;padding:0 1rem;color:#1b1b1b;line-height:1.4}
h1{margin-top:1rem}nav a{margin-right:1rem}
table{border-collapse:collapse;margin:0.5rem 0 1.5rem;font-size:0.9rem}
th,td{border-bottom:1px solid #ccc;padding:0.25rem 0.5rem;text-align:left;vertical-align:top}
th button{font:inherit;font-weight:bold;border:0;background:none;padding:0;cursor:pointer}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
.g{display:inline-block;padding:0 0.4rem;border-radius:0.25rem}
.wide{overflow-x:auto}
.g-outstanding{background:#0072B2;color:#fff}.g-good{background:#009E73;color:#fff}
.g-requires_improvement{background:#E69F00;color:#000}.g-inadequate{background:#D55E00;color:#fff}
.g-adequate{background:#F0E442;color:#000}.none{color:#777}
svg .g-outstanding{fill:#0072B2}svg .g-good{fill:#009E73}svg .g-requires_improvement{fill:#E69F00}
svg .g-inadequate{fill:#D55E00}svg .g-adequate{fill:#F0E442}svg .g-none{fill:#999}
svg text{font-size:11px;fill:#1b1b1b}svg .grid{stroke:#ddd}svg .bar{fill:#56B4E9}
.themes{color:#555;font-size:0.85em}.up{color:#0072B2}.down{color:#D55E00}
.filters label{margin-right:1rem}
section.authority{border-top:2px solid #ccc;margin-top:1.5rem;content-visibility:auto;contain-intrinsic-size:auto 1500px}
@media print{.filters,nav{display:none}section.authority{break-before:page;content-visibility:visible}}
)";

// Sorting for every table whose headers are buttons, and the overview's filters. Data is
// read from the DOM, never evaluated.
constexpr const char* kScript = R"(
document.querySelectorAll('table.sortable').forEach(function(table){
  table.querySelectorAll('th button').forEach(function(button,index){
    button.addEventListener('click',function(){
      var th=button.parentElement,asc=th.getAttribute('aria-sort')!=='ascending';
      table.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',asc?'ascending':'descending');
      var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){
        var x=a.cells[index].getAttribute('data-sort')||a.cells[index].textContent,
            y=b.cells[index].getAttribute('data-sort')||b.cells[index].textContent,
            nx=parseFloat(x),ny=parseFloat(y),c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);
        return asc?c:-c;});
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
});
(function(){
  var table=document.getElementById('overview');if(!table)return;
  var ids=['f-region','f-grade','f-framework','f-from'];
  function apply(){
    var v={};ids.forEach(function(id){v[id]=document.getElementById(id).value;});
    var shown=0;
    Array.prototype.forEach.call(table.tBodies[0].rows,function(r){
      var ok=(!v['f-region']||r.dataset.region===v['f-region'])&&(!v['f-grade']||r.dataset.grade===v['f-grade'])&&
             (!v['f-framework']||r.dataset.framework===v['f-framework'])&&(!v['f-from']||r.dataset.date>=v['f-from']);
      r.hidden=!ok;if(ok)shown++;});
    document.getElementById('f-count').textContent=shown+' shown';
  }
  ids.forEach(function(id){document.getElementById(id).addEventListener('input',apply);});
  apply();
})();
)";

std::string options(const std::set<std::string>& values, const std::string& all, bool grades) {
    std::string out = fmt::format(R"(<option value="">{}</option>)", html_escape(all));
    for (const std::string& v : values)
        out += fmt::format(R"(<option value="{}">{}</option>)", html_escape(v), html_escape(grades ? grade_words(v) : v));
    return out;
}

void write_overview(std::ostream& out, const HistoryResult& history, const AuthorityTable& table) {
    std::set<std::string> regions, grades, frameworks;
    std::string rows;
    for (const AuthorityHistory& h : history.authorities) {
        const Record* last = latest_full(h);
        if (!last) continue;
        const Authority* row = row_of(h, table);
        const std::string region = row ? row->region_name : "";
        const std::string overall = grade_of(*last, "overall_effectiveness");
        const std::string framework = last->framework.value_or("");
        if (!region.empty()) regions.insert(region);
        if (!overall.empty()) grades.insert(overall);
        frameworks.insert(framework);
        rows += fmt::format(R"(<tr data-region="{}" data-grade="{}" data-framework="{}" data-date="{}"><th scope="row"><a href="#{}">{}</a></th><td>{}</td><td>{}</td><td>{}</td>{}</tr>)",
                            html_escape(region), html_escape(overall), html_escape(framework), html_escape(date_text(*last)),
                            html_escape(anchor(h)), html_escape(h.authority.name), html_escape(region), html_escape(framework),
                            html_escape(date_text(*last)), area_cells(last));
        rows += '\n';
    }
    out << R"(<section id="overview-section"><h2>Where every authority stands</h2>
<p>The latest full inspection of each authority in the records. Sort by a column's heading; filter below.</p>
<div class="filters" role="group" aria-label="Filters">)"
        << fmt::format(R"(<label>Region <select id="f-region">{}</select></label>)", options(regions, "All regions", false))
        << fmt::format(R"(<label>Overall grade <select id="f-grade">{}</select></label>)", options(grades, "All grades", true))
        << fmt::format(R"(<label>Framework <select id="f-framework">{}</select></label>)", options(frameworks, "All frameworks", false))
        << R"(<label>Inspected from <input type="date" id="f-from"></label> <output id="f-count" aria-live="polite"></output></div>
<div class="wide"><table id="overview" class="sortable"><caption>Latest judgements by authority</caption><thead><tr>)";
    for (const char* h : {"Authority", "Region", "Framework", "Fieldwork start"})
        out << R"(<th scope="col"><button type="button">)" << h << "</button></th>";
    out << area_headings(true) << "</tr></thead><tbody>\n" << rows << "</tbody></table></div></section>\n";
}

void write_national_chart(std::ostream& out, const HistoryResult& history) {
    std::map<int, std::map<std::string, int>> by_year;
    for (const AuthorityHistory& h : history.authorities)
        for (const Record& r : h.timeline)
            if (const auto date = record_date(r); date && is_full_inspection(r)) {
                const std::string grade = grade_of(r, "overall_effectiveness");
                ++by_year[date->year][grade.empty() ? "none" : grade];
            }
    std::vector<std::string> years;
    for (const auto& [year, counts] : by_year) years.push_back(std::to_string(year));
    std::vector<ChartSeries> series;
    for (const std::string& grade : std::vector<std::string>{"outstanding", "good", "requires_improvement", "adequate", "inadequate", "none"}) {
        ChartSeries s{grade == "none" ? "No overall judgement" : grade_words(grade), "g-" + grade, {}};
        bool any = false;
        for (const auto& [year, counts] : by_year) {
            const auto it = counts.find(grade);
            s.values.push_back(it == counts.end() ? 0 : it->second);
            any = any || it != counts.end();
        }
        if (any) series.push_back(std::move(s));
    }
    out << R"(<section id="national"><h2>Overall effectiveness over the years</h2><figure>)"
        << stacked_bar_chart("Overall effectiveness of full inspections by year of fieldwork", years, series)
        << "<figcaption>Full inspections in the records by the year their fieldwork started, split by the overall effectiveness grade.</figcaption></figure></section>\n";
}

std::string theme_words(const std::string& id) {
    std::string words = id;
    std::replace(words.begin(), words.end(), '_', ' ');
    return words;
}

void write_timeline(std::ostream& out, const AuthorityHistory& h) {
    out << R"(<table class="timeline"><caption>Inspections and visits, oldest first (judgements through the crosswalk of frameworks)</caption><thead><tr><th scope="col">Fieldwork start</th><th scope="col">Document</th>)"
        << area_headings(false) << R"(<th scope="col">Lead inspector</th></tr></thead><tbody>)";
    for (const Record& r : h.timeline)
        out << fmt::format(R"(<tr><td>{}</td><td>{}</td>{}<td>{}</td></tr>)", html_escape(date_text(r)), html_escape(kind_words(r)),
                           area_cells(&r), html_escape(r.inspection.lead_inspector.value_or("")))
            << '\n';
    out << "</tbody></table>\n";
}

std::string change_html(const AreaComparison& a) {
    switch (a.change) {
        case GradeChange::up: return R"(<span class="up">▲ improved</span>)";
        case GradeChange::down: return R"(<span class="down">▼ declined</span>)";
        case GradeChange::same: return "= stayed";
        case GradeChange::not_compared: break;
    }
    return html_escape(a.note.empty() ? "not compared" : a.note);
}

// Each successive pair of graded inspections: the areas before and after, and the themes.
void write_changes(std::ostream& out, const AuthorityHistory& h) {
    if (h.diffs.empty()) {
        out << "<p>Fewer than two graded inspections in the records: nothing to compare yet.</p>\n";
        return;
    }
    for (const DiffResult& d : h.diffs) {
        out << fmt::format("<h4>{} ({}) to {} ({})</h4><ul>", html_escape(date_text(d.before)), html_escape(kind_words(d.before)),
                           html_escape(date_text(d.after)), html_escape(kind_words(d.after)));
        for (const AreaComparison& a : d.judgements)
            out << fmt::format("<li>{}: {} → {} — {}</li>", html_escape(a.label), badge(a.before ? a.before->grade : ""),
                               badge(a.after ? a.after->grade : ""), change_html(a));
        out << "</ul>\n";
    }
    const DiffResult& last = h.diffs.back();
    const auto list = [&](const char* heading, ThemeStatus status) {
        std::string items;
        for (const ThemeComparison& t : last.themes)
            if (t.status == status && !t.theme.empty()) items += "<li>" + html_escape(theme_words(t.theme)) + "</li>";
        if (!items.empty()) out << "<h4>" << heading << "</h4><ul>" << items << "</ul>";
    };
    list("Persisting improvement themes", ThemeStatus::persisting);
    list("Resolved since the inspection before", ThemeStatus::resolved);
    list("New at the latest inspection", ThemeStatus::new_theme);
}

void write_neighbours(std::ostream& out, const AuthorityHistory& h, const HistoryResult& history, const AuthorityTable& table) {
    const Authority* self = row_of(h, table);
    if (!self || self->statistical_neighbours.empty()) return;
    out << R"(<table class="neighbours sortable"><caption>Beside its ten statistical neighbours (latest full inspection)</caption><thead><tr>)"
        << R"(<th scope="col"><button type="button">Authority</button></th><th scope="col"><button type="button">Fieldwork start</button></th>)"
        << area_headings(true) << "</tr></thead><tbody>";
    std::vector<std::string> codes = {self->code};
    codes.insert(codes.end(), self->statistical_neighbours.begin(), self->statistical_neighbours.end());
    for (const std::string& code : codes) {
        const Authority* a = table.by_code(code);
        const auto it = std::find_if(history.authorities.begin(), history.authorities.end(),
                                     [&](const AuthorityHistory& x) { return x.authority.code == code; });
        const Record* last = it == history.authorities.end() ? nullptr : latest_full(*it);
        const std::string name = html_escape(a ? a->name : code);
        out << (code == self->code ? R"(<tr class="self"><th scope="row">)" + name + " (this authority)</th>"
                                   : R"(<tr><th scope="row">)" + name + "</th>")
            << "<td>" << (last ? html_escape(date_text(*last)) : "not in the records") << "</td>" << area_cells(last) << "</tr>";
    }
    out << "</tbody></table>\n";
}

// What the latest full inspection asks to improve, each item with its themes.
void write_latest_items(std::ostream& out, const AuthorityHistory& h) {
    const Record* last = latest_full(h);
    if (!last || last->improvements.empty()) return;
    out << fmt::format("<h4>What needs to improve ({})</h4><ol class=\"items\">", html_escape(date_text(*last)));
    for (const Improvement& i : last->improvements) {
        std::string themes;
        for (const std::string& t : i.themes) themes += (themes.empty() ? "" : ", ") + theme_words(t);
        out << "<li>" << html_escape(i.text)
            << (themes.empty() ? "" : " <span class=\"themes\">(" + html_escape(themes) + ")</span>") << "</li>";
    }
    out << "</ol>\n";
}

void write_authority(std::ostream& out, const AuthorityHistory& h, const HistoryResult& history, const AuthorityTable& table) {
    const std::string id = html_escape(anchor(h));
    out << fmt::format(R"(<section class="authority" id="{}" aria-labelledby="{}-h"><h3 id="{}-h">{}</h3>)", id, id, id,
                       html_escape(h.authority.name));
    if (const Authority* row = row_of(h, table))
        out << fmt::format("<p>DfE LA code {}, Ofsted URN {}, {} ({}).</p>", html_escape(row->code), html_escape(row->urn),
                           html_escape(row->type), html_escape(row->region_name));
    write_timeline(out, h);
    out << "<h4>What changed</h4>";
    write_changes(out, h);
    write_latest_items(out, h);
    write_neighbours(out, h, history, table);
    out << "</section>\n";
}

void write_themes(std::ostream& out, const HistoryResult& history) {
    std::map<std::string, int> totals;
    std::map<std::pair<int, std::string>, std::map<std::string, int>> by_year_framework;
    for (const AuthorityHistory& h : history.authorities)
        for (const Record& r : h.timeline) {
            const auto date = record_date(r);
            for (const Improvement& i : r.improvements)
                for (const std::string& t : i.themes) {
                    ++totals[t];
                    if (date) ++by_year_framework[{date->year, r.framework.value_or(r.kind)}][t];
                }
        }
    std::vector<std::pair<std::string, int>> ranked(totals.begin(), totals.end());
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<std::string> labels;
    std::vector<int> values;
    for (const auto& [t, n] : ranked) {
        labels.push_back(theme_words(t));
        values.push_back(n);
    }
    out << R"(<section id="themes"><h2>Improvement themes</h2>)";
    if (ranked.empty()) {
        out << "<p>No improvement item in the records has a theme.</p></section>\n";
        return;
    }
    out << "<figure>" << horizontal_bar_chart("How often each improvement theme appears", labels, values)
        << "<figcaption>Improvement items naming each theme, across every inspection and visit.</figcaption></figure>";
    out << R"(<div class="wide"><table class="sortable"><caption>Improvement themes by year of fieldwork and framework</caption><thead><tr><th scope="col"><button type="button">Year</button></th><th scope="col"><button type="button">Framework</button></th>)";
    for (const auto& [t, n] : ranked) out << R"(<th scope="col"><button type="button">)" << html_escape(theme_words(t)) << "</button></th>";
    out << "</tr></thead><tbody>";
    for (const auto& [key, counts] : by_year_framework) {
        out << fmt::format("<tr><td>{}</td><td>{}</td>", key.first, html_escape(key.second));
        for (const auto& [t, n] : ranked) {
            const auto it = counts.find(t);
            out << "<td>" << (it == counts.end() ? 0 : it->second) << "</td>";
        }
        out << "</tr>";
    }
    out << "</tbody></table></div></section>\n";
}

void write_table(std::ostream& out, const ReportTable& t) {
    out << fmt::format(R"(<table class="sortable" id="table-{}"><caption>{}</caption><thead><tr>)", html_escape(t.name), html_escape(t.title));
    for (const std::string& c : t.columns) out << R"(<th scope="col"><button type="button">)" << html_escape(theme_words(c)) << "</button></th>";
    out << "</tr></thead><tbody>";
    for (const auto& row : t.rows) {
        out << "<tr>";
        for (const std::string& cell : row) out << "<td>" << html_escape(cell) << "</td>";
        out << "</tr>\n";
    }
    out << "</tbody></table>\n";
}

}  // namespace

void write_report(std::ostream& out, const std::vector<Record>& records, const RuleSet& rules, const ReportOptions& opts) {
    const AuthorityTable& table = rules.authorities();
    HistoryOptions history_options;
    const HistoryResult history = build_history(records, rules, history_options);
    const AuthorityHistory* chosen = nullptr;
    if (!opts.authority.empty()) {
        const std::optional<AuthorityKey> key = find_authority(opts.authority, rules);
        for (const AuthorityHistory& h : history.authorities)
            if (key && h.authority == *key) chosen = &h;
        if (!chosen) throw std::invalid_argument(fmt::format("no records of an authority '{}'", opts.authority));
    }
    const bool alone = chosen && opts.only_authority;
    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        << "<title>" << html_escape(alone ? chosen->authority.name + ": children's services inspections" : "Children's services inspections")
        << "</title><style>" << kStyle << "</style></head><body>\n<header><h1>Children's services inspections</h1>"
        << fmt::format("<p>{} records of {} authorities ({} not placed: papers, unreadable or of no authority); days counted to {}.</p>",
                       records.size(), history.authorities.size(), history.left_out.size(), opts.as_of.iso());
    if (!alone)
        out << R"(<nav aria-label="Sections"><a href="#overview-section">Overview</a><a href="#national">Over the years</a><a href="#authorities">Authorities</a><a href="#themes">Themes</a><a href="#tables">Tables</a></nav>)";
    out << "</header><main>\n";
    if (alone) {
        write_authority(out, *chosen, history, table);
    } else {
        write_overview(out, history, table);
        write_national_chart(out, history);
        out << R"(<section id="authorities"><h2>Authorities</h2>)";
        if (chosen) write_authority(out, *chosen, history, table);
        for (const AuthorityHistory& h : history.authorities)
            if (&h != chosen) write_authority(out, h, history, table);
        out << "</section>\n";
        write_themes(out, history);
        out << R"(<section id="tables"><h2>Tables</h2><p>Each can be written as CSV: <code>ilacs history --table NAME --format csv</code>.</p>)";
        for (const std::string& name : report_table_names()) write_table(out, report_table(name, history, table, opts.as_of));
        out << "</section>\n";
    }
    out << "</main><footer><p>Made by " << html_escape(opts.generator)
        << " from the records given; grades as the documents state them, compared through the crosswalk of frameworks.</p></footer>\n<script>"
        << kScript << "</script></body></html>\n";
}

}  // namespace ilacs
