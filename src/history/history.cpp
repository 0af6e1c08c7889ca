#include "ilacs/history/history.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace ilacs {

namespace {

bool is_inspection(const Record& rec) {
    return rec.kind == "ilacs_inspection" || rec.kind == "sif_inspection" || rec.kind == "legacy_inspection";
}

bool is_visit(const Record& rec) { return edition_of(rec) == Edition::visit; }

// Why a record has no place in a timeline; empty when it has one.
std::string reason_left_out(const Record& rec) {
    if (rec.error) return "error record (" + rec.error->code + ")";
    if (rec.kind == "committee_paper") return "a committee paper (history follows inspections and visits)";
    if (!is_inspection(rec) && !is_visit(rec)) return "not an inspection or a visit (" + rec.kind + ")";
    return {};
}

// Fieldwork order; undated records last, in path order.
bool earlier(const Record& a, const Record& b) {
    const auto da = record_date(a), db = record_date(b);
    if (da && db && !(*da == *db)) return *da < *db;
    if (da.has_value() != db.has_value()) return da.has_value();
    return a.source.path < b.source.path;
}

}  // namespace

bool is_graded_inspection(const Record& rec) {
    return is_inspection(rec) &&
           std::any_of(rec.judgements.begin(), rec.judgements.end(), [](const Judgement& j) { return j.key != "lscb"; });
}

HistoryResult build_history(const std::vector<Record>& records, const RuleSet& rules, const HistoryOptions& options) {
    HistoryResult result;
    std::map<std::string, AuthorityHistory> groups;
    std::map<std::string, std::string> seen;  // sha256 -> path
    for (const Record& rec : records) {
        if (std::string reason = reason_left_out(rec); !reason.empty()) {
            result.left_out.push_back({rec.source.path, std::move(reason)});
            continue;
        }
        const std::optional<AuthorityKey> authority = authority_of(rec, rules);
        if (!authority) {
            result.left_out.push_back({rec.source.path, "names no authority"});
            continue;
        }
        if (options.authority && !(*authority == *options.authority)) continue;
        if (!rec.source.sha256.empty()) {
            const auto [it, fresh] = seen.emplace(rec.source.sha256, rec.source.path);
            if (!fresh) {
                result.left_out.push_back({rec.source.path, "the same document as " + it->second});
                continue;
            }
        }
        AuthorityHistory& group = groups[authority->key];
        if (group.timeline.empty()) group.authority = *authority;
        group.timeline.push_back(rec);
    }
    for (auto& [key, group] : groups) {
        std::stable_sort(group.timeline.begin(), group.timeline.end(), earlier);
        const Record* previous = nullptr;
        for (const Record& rec : group.timeline) {
            if (!is_graded_inspection(rec)) continue;
            if (previous) group.diffs.push_back(diff_records(*previous, rec, rules));
            previous = &rec;
        }
        result.authorities.push_back(std::move(group));
    }
    std::sort(result.authorities.begin(), result.authorities.end(),
              [](const AuthorityHistory& a, const AuthorityHistory& b) { return a.authority.name < b.authority.name; });
    return result;
}

HistorySummary summarise(const HistoryResult& history) {
    HistorySummary summary;
    std::map<std::string, AreaTally> areas;
    std::vector<std::string> area_order;
    for (const CrosswalkArea& a : crosswalk_areas()) {
        areas[std::string(a.id)] = {std::string(a.id), std::string(a.label)};
        area_order.emplace_back(a.id);
    }
    std::map<std::string, ThemeTally> themes;
    for (const AuthorityHistory& h : history.authorities) {
        ++summary.authorities;
        const Record* latest = nullptr;
        for (const Record& rec : h.timeline)
            if (is_graded_inspection(rec)) latest = &rec;
        if (latest) {
            std::set<std::string> named;
            for (const Improvement& i : latest->improvements) named.insert(i.themes.begin(), i.themes.end());
            for (const std::string& t : named) themes.try_emplace(t, ThemeTally{t}).first->second.named++;
        }
        if (h.diffs.empty()) continue;
        ++summary.compared;
        const DiffResult& last = h.diffs.back();
        for (const AreaComparison& c : last.judgements) {
            if (c.change == GradeChange::not_compared) continue;
            auto [it, fresh] = areas.try_emplace(c.area, AreaTally{c.area, c.label});
            if (fresh) area_order.push_back(c.area);
            AreaTally& tally = it->second;
            (c.change == GradeChange::up ? tally.improved : c.change == GradeChange::down ? tally.declined : tally.stayed)++;
        }
        for (const ThemeComparison& t : last.themes)
            if (t.status == ThemeStatus::persisting && !t.theme.empty()) themes.try_emplace(t.theme, ThemeTally{t.theme}).first->second.persisting++;
    }
    for (const std::string& a : area_order) {
        const AreaTally& tally = areas[a];
        if (tally.improved + tally.declined + tally.stayed > 0) summary.judgements.push_back(tally);
    }
    for (const auto& [id, tally] : themes) summary.themes.push_back(tally);
    std::stable_sort(summary.themes.begin(), summary.themes.end(), [](const ThemeTally& a, const ThemeTally& b) {
        return a.persisting != b.persisting ? a.persisting > b.persisting : a.named > b.named;
    });
    return summary;
}

}  // namespace ilacs
