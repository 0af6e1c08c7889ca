#include "ilacs/report/tables.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

namespace ilacs {

namespace {

const std::vector<std::string> kOverallGrades = {"outstanding", "good", "requires_improvement", "adequate", "inadequate"};

// A row: its leading cells, then the count of each name (0 where none) and their total.
std::vector<std::string> counts_row(std::vector<std::string> row, const std::vector<std::string>& names,
                                    const std::map<std::string, int>& counts) {
    int total = 0;
    for (const std::string& name : names) {
        const auto it = counts.find(name);
        const int n = it == counts.end() ? 0 : it->second;
        row.push_back(std::to_string(n));
        total += n;
    }
    row.push_back(std::to_string(total));
    return row;
}

// The region of an authority, "" when it is not in the table.
std::string region_of(const AuthorityHistory& h, const AuthorityTable& table) {
    const Authority* row = h.authority.code ? table.by_code(*h.authority.code) : nullptr;
    return row ? row->region_name : "";
}

ReportTable last_inspections(const HistoryResult& history, const AuthorityTable& table, const Date& as_of) {
    ReportTable t{"last_inspections",
                  "Last full inspection of each authority",
                  {"authority", "la_code", "region", "framework", "start_date", "overall_effectiveness", "days_since_start"},
                  {}};
    for (const AuthorityHistory& h : history.authorities) {
        const Record* last = nullptr;
        for (const Record& r : h.timeline) {
            const auto start = record_date(r);
            if (is_full_inspection(r) && start && !(as_of < *start)) last = &r;
        }
        if (!last) continue;
        const Date start = *record_date(*last);
        t.rows.push_back({h.authority.name, h.authority.code.value_or(""), region_of(h, table), last->framework.value_or(""),
                          start.iso(), grade_of(*last, "overall_effectiveness"),
                          std::to_string(day_number(as_of) - day_number(start))});
    }
    return t;
}

ReportTable outcomes_by_region(const HistoryResult& history, const AuthorityTable& table) {
    ReportTable t{"outcomes_by_region", "Overall effectiveness of every full inspection, by framework and region",
                  {"framework", "region"}, {}};
    for (const std::string& g : kOverallGrades) t.columns.push_back(g);
    t.columns.push_back("no_overall_judgement");
    t.columns.push_back("total");
    std::map<std::pair<std::string, std::string>, std::map<std::string, int>> counts;
    for (const AuthorityHistory& h : history.authorities)
        for (const Record& r : h.timeline)
            if (is_full_inspection(r)) {
                const std::string grade = grade_of(r, "overall_effectiveness");
                ++counts[{r.framework.value_or(""), region_of(h, table)}][grade.empty() ? "no_overall_judgement" : grade];
            }
    const std::vector<std::string> grades(t.columns.begin() + 2, t.columns.end() - 1);
    for (const auto& [key, by_grade] : counts) t.rows.push_back(counts_row({key.first, key.second}, grades, by_grade));
    return t;
}

ReportTable inspections_by_year(const HistoryResult& history) {
    std::map<int, std::map<std::string, int>> counts;
    std::set<std::string> kinds;
    for (const AuthorityHistory& h : history.authorities)
        for (const Record& r : h.timeline)
            if (const auto start = record_date(r)) {
                const std::string kind = is_full_inspection(r) ? r.framework.value_or(r.kind) : r.kind;
                ++counts[start->year][kind];
                kinds.insert(kind);
            }
    ReportTable t{"inspections_by_year", "Inspections and visits by year of fieldwork and framework", {"year"}, {}};
    t.columns.insert(t.columns.end(), kinds.begin(), kinds.end());
    t.columns.push_back("total");
    const std::vector<std::string> names(kinds.begin(), kinds.end());
    for (const auto& [year, by_kind] : counts) t.rows.push_back(counts_row({std::to_string(year)}, names, by_kind));
    return t;
}

}  // namespace

bool is_full_inspection(const Record& rec) {
    return rec.kind == "ilacs_inspection" || rec.kind == "sif_inspection" || rec.kind == "legacy_inspection";
}

std::string grade_of(const Record& rec, const std::string& key) {
    for (const Judgement& j : rec.judgements)
        if (j.key == key) return j.grade;
    return "";
}

const std::vector<std::string>& report_table_names() {
    static const std::vector<std::string> names = {"last_inspections", "outcomes_by_region", "inspections_by_year"};
    return names;
}

ReportTable report_table(const std::string& name, const HistoryResult& history, const AuthorityTable& table,
                         const Date& as_of) {
    if (name == "last_inspections") return last_inspections(history, table, as_of);
    if (name == "outcomes_by_region") return outcomes_by_region(history, table);
    if (name == "inspections_by_year") return inspections_by_year(history);
    throw std::invalid_argument("no table named '" + name + "'");
}

}  // namespace ilacs
