#include "ilacs/report/tables.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

namespace ilacs {

namespace {

const std::vector<std::string> kOverallGrades = {"outstanding", "good", "requires_improvement", "adequate", "inadequate"};

// The region of a group, "" when its authority is not in the table.
std::string region_of(const AuthorityRecords& g) { return g.authority ? g.authority->region_name : ""; }

ReportTable last_inspections(const std::vector<AuthorityRecords>& groups, const Date& as_of) {
    ReportTable t{"last_inspections",
                  "Last full inspection of each authority",
                  {"authority", "la_code", "region", "framework", "start_date", "overall_effectiveness", "days_since_start"},
                  {}};
    for (const AuthorityRecords& g : groups) {
        const Record* last = nullptr;
        for (const Record* r : g.records) {
            const auto start = fieldwork_start(*r);
            if (is_full_inspection(*r) && start && !(as_of < *start)) last = r;
        }
        if (!last) continue;
        const Date start = *fieldwork_start(*last);
        t.rows.push_back({g.name, g.authority ? g.authority->code : "", region_of(g), last->framework.value_or(""),
                          start.iso(), grade_of(*last, "overall_effectiveness"),
                          std::to_string(day_number(as_of) - day_number(start))});
    }
    return t;
}

ReportTable outcomes_by_region(const std::vector<AuthorityRecords>& groups) {
    ReportTable t{"outcomes_by_region", "Overall effectiveness of every full inspection, by framework and region",
                  {"framework", "region"}, {}};
    for (const std::string& g : kOverallGrades) t.columns.push_back(g);
    t.columns.push_back("no_overall_judgement");
    t.columns.push_back("total");
    std::map<std::pair<std::string, std::string>, std::map<std::string, int>> counts;
    for (const AuthorityRecords& g : groups)
        for (const Record* r : g.records)
            if (is_full_inspection(*r)) {
                const std::string grade = grade_of(*r, "overall_effectiveness");
                ++counts[{r->framework.value_or(""), region_of(g)}][grade.empty() ? "no_overall_judgement" : grade];
            }
    for (const auto& [key, by_grade] : counts) {
        std::vector<std::string> row = {key.first, key.second};
        int total = 0;
        for (std::size_t c = 2; c + 1 < t.columns.size(); ++c) {
            const auto it = by_grade.find(t.columns[c]);
            const int n = it == by_grade.end() ? 0 : it->second;
            row.push_back(std::to_string(n));
            total += n;
        }
        row.push_back(std::to_string(total));
        t.rows.push_back(std::move(row));
    }
    return t;
}

ReportTable inspections_by_year(const std::vector<AuthorityRecords>& groups) {
    std::map<int, std::map<std::string, int>> counts;
    std::set<std::string> kinds;
    for (const AuthorityRecords& g : groups)
        for (const Record* r : g.records)
            if (const auto start = fieldwork_start(*r)) {
                const std::string kind = is_full_inspection(*r) ? r->framework.value_or(r->kind) : r->kind;
                ++counts[start->year][kind];
                kinds.insert(kind);
            }
    ReportTable t{"inspections_by_year", "Inspections and visits by year of fieldwork and framework", {"year"}, {}};
    t.columns.insert(t.columns.end(), kinds.begin(), kinds.end());
    t.columns.push_back("total");
    for (const auto& [year, by_kind] : counts) {
        std::vector<std::string> row = {std::to_string(year)};
        int total = 0;
        for (const std::string& kind : kinds) {
            const auto it = by_kind.find(kind);
            const int n = it == by_kind.end() ? 0 : it->second;
            row.push_back(std::to_string(n));
            total += n;
        }
        row.push_back(std::to_string(total));
        t.rows.push_back(std::move(row));
    }
    return t;
}

}  // namespace

bool is_full_inspection(const Record& rec) {
    return rec.kind == "ilacs_inspection" || rec.kind == "sif_inspection" || rec.kind == "legacy_inspection";
}

std::optional<Date> fieldwork_start(const Record& rec) {
    if (rec.inspection.date_ranges.empty()) return std::nullopt;
    return rec.inspection.date_ranges.front().start;
}

std::string grade_of(const Record& rec, const std::string& key) {
    for (const Judgement& j : rec.judgements)
        if (j.key == key) return j.grade;
    return "";
}

std::vector<AuthorityRecords> group_by_authority(const std::vector<Record>& records, const AuthorityTable& table) {
    std::map<std::string, AuthorityRecords> groups;
    for (const Record& r : records) {
        if (r.error || !r.local_authority) continue;
        const LocalAuthority& la = *r.local_authority;
        const Authority* row = la.code ? table.by_code(*la.code) : la.id ? table.by_id(*la.id) : nullptr;
        const std::string key = row ? "code:" + row->code : "name:" + la.id.value_or(la.name);
        AuthorityRecords& g = groups[key];
        g.authority = row;
        if (g.name.empty()) g.name = row ? row->name : la.name;
        g.records.push_back(&r);
    }
    std::vector<AuthorityRecords> out;
    for (auto& [key, g] : groups) {
        // Undated records (a paper that gives no dates) go last; equal dates keep input order.
        std::stable_sort(g.records.begin(), g.records.end(), [](const Record* a, const Record* b) {
            const auto sa = fieldwork_start(*a), sb = fieldwork_start(*b);
            if (!sa || !sb) return sa.has_value() && !sb.has_value();
            return *sa < *sb;
        });
        out.push_back(std::move(g));
    }
    std::stable_sort(out.begin(), out.end(), [](const AuthorityRecords& a, const AuthorityRecords& b) { return a.name < b.name; });
    return out;
}

const std::vector<std::string>& report_table_names() {
    static const std::vector<std::string> names = {"last_inspections", "outcomes_by_region", "inspections_by_year"};
    return names;
}

ReportTable report_table(const std::string& name, const std::vector<AuthorityRecords>& groups, const Date& as_of) {
    if (name == "last_inspections") return last_inspections(groups, as_of);
    if (name == "outcomes_by_region") return outcomes_by_region(groups);
    if (name == "inspections_by_year") return inspections_by_year(groups);
    throw std::invalid_argument("no table named '" + name + "'");
}

}  // namespace ilacs
