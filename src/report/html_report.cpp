#include "ilacs/report/html_report.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

#include <fmt/format.h>

#include "ilacs/model/text_normalize.hpp"
#include "ilacs/report/svg.hpp"

namespace ilacs {

namespace {

// The judgements the overview shows, each with the keys that stand for it in each
// framework, newest first.
struct Column {
    std::string heading;
    std::vector<std::string> keys;
};
const std::vector<Column> kColumns = {
    {"Overall effectiveness", {"overall_effectiveness"}},
    {"Leaders", {"impact_of_leaders", "leadership_management_governance", "leadership_and_management"}},
    {"Help and protection", {"help_and_protection"}},
    {"Children in care", {"children_in_care", "children_in_care_and_care_leavers", "children_looked_after"}},
    {"Care leavers", {"care_leavers", "children_in_care_and_care_leavers"}},
};

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

std::string column_grade(const Record& rec, const Column& col) {
    for (const std::string& key : col.keys)
        if (std::string g = grade_of(rec, key); !g.empty()) return g;
    return "";
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
    const auto start = fieldwork_start(rec);
    return start ? start->iso() : "undated";
}

const Record* latest_full(const AuthorityRecords& g) {
    const Record* last = nullptr;
    for (const Record* r : g.records)
        if (is_full_inspection(*r)) last = r;
    return last;
}

std::string anchor(const AuthorityRecords& g) {
    return "la-" + (g.authority ? g.authority->code : snake_case(g.name));
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
.up{color:#0072B2}.down{color:#D55E00}
.filters label{margin-right:1rem}
section.authority{border-top:2px solid #ccc;margin-top:1.5rem}
@media print{.filters,nav{display:none}section.authority{break-before:page}}
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

void write_overview(std::ostream& out, const std::vector<AuthorityRecords>& groups) {
    std::set<std::string> regions, grades, frameworks;
    std::string rows;
    for (const AuthorityRecords& g : groups) {
        const Record* last = latest_full(g);
        if (!last) continue;
        const std::string region = g.authority ? g.authority->region_name : "";
        const std::string overall = grade_of(*last, "overall_effectiveness");
        const std::string framework = last->framework.value_or("");
        if (!region.empty()) regions.insert(region);
        if (!overall.empty()) grades.insert(overall);
        frameworks.insert(framework);
        rows += fmt::format(R"(<tr data-region="{}" data-grade="{}" data-framework="{}" data-date="{}"><th scope="row"><a href="#{}">{}</a></th><td>{}</td><td>{}</td><td>{}</td>)",
                            html_escape(region), html_escape(overall), html_escape(framework), html_escape(date_text(*last)),
                            html_escape(anchor(g)), html_escape(g.name), html_escape(region), html_escape(framework),
                            html_escape(date_text(*last)));
        for (const Column& c : kColumns) {
            const std::string grade = column_grade(*last, c);
            const auto rank = std::find(kGradeOrder.begin(), kGradeOrder.end(), grade) - kGradeOrder.begin();
            rows += fmt::format(R"(<td data-sort="{}">{}</td>)", grade.empty() ? 9 : rank, badge(grade));
        }
        rows += "</tr>\n";
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
    for (const Column& c : kColumns) out << R"(<th scope="col"><button type="button">)" << html_escape(c.heading) << "</button></th>";
    out << "</tr></thead><tbody>\n" << rows << "</tbody></table></div></section>\n";
}

void write_national_chart(std::ostream& out, const std::vector<AuthorityRecords>& groups) {
    std::map<int, std::map<std::string, int>> by_year;
    for (const AuthorityRecords& g : groups)
        for (const Record* r : g.records)
            if (const auto start = fieldwork_start(*r); start && is_full_inspection(*r)) {
                const std::string grade = grade_of(*r, "overall_effectiveness");
                ++by_year[start->year][grade.empty() ? "none" : grade];
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

void write_timeline(std::ostream& out, const AuthorityRecords& g) {
    out << R"(<table class="timeline"><caption>Inspections, visits and papers, oldest first</caption><thead><tr><th scope="col">Fieldwork start</th><th scope="col">Document</th>)";
    for (const Column& c : kColumns) out << R"(<th scope="col">)" << html_escape(c.heading) << "</th>";
    out << R"(<th scope="col">Lead inspector</th></tr></thead><tbody>)";
    for (const Record* r : g.records) {
        out << fmt::format(R"(<tr><td>{}</td><td>{}</td>)", html_escape(date_text(*r)), html_escape(kind_words(*r)));
        for (const Column& c : kColumns) out << "<td>" << badge(column_grade(*r, c)) << "</td>";
        out << "<td>" << html_escape(r->inspection.lead_inspector.value_or("")) << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
}

// The grade changes and theme changes between each successive pair of full inspections.
void write_changes(std::ostream& out, const AuthorityRecords& g) {
    std::vector<const Record*> full;
    for (const Record* r : g.records)
        if (is_full_inspection(*r)) full.push_back(r);
    if (full.size() < 2) {
        out << "<p>One full inspection in the records: nothing to compare yet.</p>\n";
        return;
    }
    for (std::size_t i = 1; i < full.size(); ++i) {
        const Record& before = *full[i - 1];
        const Record& after = *full[i];
        out << fmt::format("<h4>{} ({}) to {} ({})</h4><ul>", html_escape(date_text(before)), html_escape(kind_words(before)),
                           html_escape(date_text(after)), html_escape(kind_words(after)));
        for (const Column& c : kColumns) {
            const std::string a = column_grade(before, c), b = column_grade(after, c);
            if (a.empty() && b.empty()) continue;
            const auto rank = [](const std::string& grade) {
                const std::string placed = grade == "adequate" ? "requires_improvement" : grade;
                return std::find(kGradeOrder.begin(), kGradeOrder.end(), placed) - kGradeOrder.begin();
            };
            std::string change = "not judged in both";
            if (!a.empty() && !b.empty())
                change = rank(b) < rank(a) ? R"(<span class="up">▲ improved</span>)"
                         : rank(b) > rank(a) ? R"(<span class="down">▼ declined</span>)" : "= stayed";
            out << fmt::format("<li>{}: {} → {} — {}</li>", html_escape(c.heading), badge(a), badge(b), change);
        }
        out << "</ul>\n";
    }
}

void write_themes_of(std::ostream& out, const AuthorityRecords& g) {
    std::vector<const Record*> full;
    for (const Record* r : g.records)
        if (is_full_inspection(*r)) full.push_back(r);
    if (full.empty()) return;
    const auto themes_of = [](const Record& r) {
        std::set<std::string> themes;
        for (const Improvement& i : r.improvements)
            if (!i.themes.empty()) themes.insert(i.themes.front());
        return themes;
    };
    const std::set<std::string> now = themes_of(*full.back());
    const std::set<std::string> before = full.size() > 1 ? themes_of(*full[full.size() - 2]) : std::set<std::string>{};
    const auto list = [&](const char* heading, const std::set<std::string>& themes) {
        if (themes.empty()) return;
        out << "<h4>" << heading << "</h4><ul>";
        for (const std::string& theme : themes) out << "<li>" << html_escape(theme_words(theme)) << "</li>";
        out << "</ul>";
    };
    std::set<std::string> persisting, resolved, fresh;
    for (const std::string& t : now) (before.count(t) ? persisting : fresh).insert(t);
    for (const std::string& t : before)
        if (!now.count(t)) resolved.insert(t);
    if (full.size() == 1) {
        list("Improvement themes of its only full inspection", now);
        return;
    }
    list("Persisting improvement themes", persisting);
    list("Resolved since the inspection before", resolved);
    list("New at the latest inspection", fresh);
}

void write_neighbours(std::ostream& out, const AuthorityRecords& g, const std::vector<AuthorityRecords>& groups,
                      const AuthorityTable& table) {
    if (!g.authority || g.authority->statistical_neighbours.empty()) return;
    out << R"(<table class="neighbours sortable"><caption>Beside its ten statistical neighbours (latest full inspection)</caption><thead><tr>)"
        << R"(<th scope="col"><button type="button">Authority</button></th><th scope="col"><button type="button">Fieldwork start</button></th>)";
    for (const Column& c : kColumns) out << R"(<th scope="col"><button type="button">)" << html_escape(c.heading) << "</button></th>";
    out << "</tr></thead><tbody>";
    std::vector<std::string> codes = {g.authority->code};
    codes.insert(codes.end(), g.authority->statistical_neighbours.begin(), g.authority->statistical_neighbours.end());
    for (const std::string& code : codes) {
        const Authority* a = table.by_code(code);
        const auto it = std::find_if(groups.begin(), groups.end(), [&](const AuthorityRecords& x) { return x.authority && x.authority->code == code; });
        const Record* last = it == groups.end() ? nullptr : latest_full(*it);
        const std::string name = a ? a->name : code;
        out << (code == g.authority->code ? R"(<tr class="self"><th scope="row">)" + html_escape(name) + " (this authority)</th>"
                                         : R"(<tr><th scope="row">)" + html_escape(name) + "</th>")
            << "<td>" << (last ? html_escape(date_text(*last)) : "not in the records") << "</td>";
        for (const Column& c : kColumns) {
            const std::string grade = last ? column_grade(*last, c) : "";
            const auto rank = std::find(kGradeOrder.begin(), kGradeOrder.end(), grade) - kGradeOrder.begin();
            out << fmt::format(R"(<td data-sort="{}">{}</td>)", grade.empty() ? 9 : rank, badge(grade));
        }
        out << "</tr>";
    }
    out << "</tbody></table>\n";
}

void write_authority(std::ostream& out, const AuthorityRecords& g, const std::vector<AuthorityRecords>& groups,
                     const AuthorityTable& table) {
    out << fmt::format(R"(<section class="authority" id="{}" aria-labelledby="{}-h"><h3 id="{}-h">{}</h3>)", html_escape(anchor(g)),
                       html_escape(anchor(g)), html_escape(anchor(g)), html_escape(g.name));
    if (g.authority)
        out << fmt::format("<p>DfE LA code {}, Ofsted URN {}, {} ({}).</p>", html_escape(g.authority->code),
                           html_escape(g.authority->urn), html_escape(g.authority->type), html_escape(g.authority->region_name));
    write_timeline(out, g);
    out << "<h4>What changed</h4>";
    write_changes(out, g);
    write_themes_of(out, g);
    write_neighbours(out, g, groups, table);
    out << "</section>\n";
}

void write_themes(std::ostream& out, const std::vector<AuthorityRecords>& groups) {
    std::map<std::string, int> totals;
    std::map<std::pair<int, std::string>, std::map<std::string, int>> by_year_framework;
    for (const AuthorityRecords& g : groups)
        for (const Record* r : g.records) {
            const auto start = fieldwork_start(*r);
            for (const Improvement& i : r->improvements)
                for (const std::string& t : i.themes) {
                    ++totals[t];
                    if (start) ++by_year_framework[{start->year, r->framework.value_or(r->kind)}][t];
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
        << "<figcaption>Improvement items naming each theme, across every record.</figcaption></figure>";
    out << R"(<table class="sortable"><caption>Improvement themes by year of fieldwork and framework</caption><thead><tr><th scope="col"><button type="button">Year</button></th><th scope="col"><button type="button">Framework</button></th>)";
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
    out << "</tbody></table></section>\n";
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

const AuthorityRecords* find_authority(const std::vector<AuthorityRecords>& groups, const std::string& query) {
    const std::string wanted = snake_case(query);
    for (const AuthorityRecords& g : groups) {
        if (g.authority && (g.authority->code == query || g.authority->id == wanted)) return &g;
        if (snake_case(g.name) == wanted) return &g;
        if (g.authority)
            for (const std::string& alias : g.authority->also_known_as)
                if (snake_case(alias) == wanted) return &g;
    }
    return nullptr;
}

void write_report(std::ostream& out, const std::vector<Record>& records, const AuthorityTable& table, const ReportOptions& opts) {
    const std::vector<AuthorityRecords> groups = group_by_authority(records, table);
    const AuthorityRecords* chosen = nullptr;
    if (!opts.authority.empty()) {
        chosen = find_authority(groups, opts.authority);
        if (!chosen) throw std::invalid_argument(fmt::format("no records of an authority '{}'", opts.authority));
    }
    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        << "<title>" << html_escape(chosen && opts.only_authority ? chosen->name + ": children's services inspections"
                                                                  : "Children's services inspections")
        << "</title><style>" << kStyle << "</style></head><body>\n<header><h1>Children's services inspections</h1>"
        << fmt::format("<p>{} records of {} authorities; days counted to {}.</p>", records.size(), groups.size(), opts.as_of.iso());
    if (!(chosen && opts.only_authority))
        out << R"(<nav aria-label="Sections"><a href="#overview-section">Overview</a><a href="#national">Over the years</a><a href="#authorities">Authorities</a><a href="#themes">Themes</a><a href="#tables">Tables</a></nav>)";
    out << "</header><main>\n";
    if (chosen && opts.only_authority) {
        write_authority(out, *chosen, groups, table);
    } else {
        write_overview(out, groups);
        write_national_chart(out, groups);
        out << R"(<section id="authorities"><h2>Authorities</h2>)";
        if (chosen) write_authority(out, *chosen, groups, table);
        for (const AuthorityRecords& g : groups)
            if (&g != chosen) write_authority(out, g, groups, table);
        out << "</section>\n";
        write_themes(out, groups);
        out << R"(<section id="tables"><h2>Tables</h2><p>Each can be written as CSV: <code>ilacs history --table NAME --format csv</code>.</p>)";
        for (const std::string& name : report_table_names()) write_table(out, report_table(name, groups, opts.as_of));
        out << "</section>\n";
    }
    out << "</main><footer><p>Made by " << html_escape(opts.generator)
        << " from the records given; grades as the documents state them.</p></footer>\n<script>" << kScript
        << "</script></body></html>\n";
}

}  // namespace ilacs
