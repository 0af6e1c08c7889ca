// The checks of one record: vocabularies, dates, framework consistency, authority.
#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <re2/re2.h>

#include "ilacs/model/authority_match.hpp"
#include "ilacs/validate/checks.hpp"
#include "ilacs/validate/frameworks.hpp"

namespace ilacs {

namespace {

bool one_of(const std::string& v, std::initializer_list<const char*> set) {
    return std::any_of(set.begin(), set.end(), [&](const char* s) { return v == s; });
}

// The framework a row's judgements belong to: its own, else its kind's, else (a table
// without either) ILACS when it grades a judgement only ILACS has.
std::optional<std::string> framework_of(const DatasetRow& row) {
    const Record& rec = row.record;
    if (rec.framework) return rec.framework;
    if (rec.kind == "ilacs_inspection") return "ILACS";
    if (rec.kind == "sif_inspection") return "SIF";
    if (rec.kind == "legacy_inspection") return "legacy";
    if (!row.partial || !rec.kind.empty()) return std::nullopt;
    for (const Judgement& j : rec.judgements)
        if (one_of(j.key, {"impact_of_leaders", "children_in_care_and_care_leavers", "children_in_care"})) return "ILACS";
    return std::nullopt;
}

std::optional<Date> fieldwork_start(const Record& rec) {
    if (rec.inspection.date_ranges.empty()) return std::nullopt;
    return rec.inspection.date_ranges.front().start;
}

bool is_visit(const Record& rec) { return one_of(rec.kind, {"focused_visit", "monitoring_visit"}); }

}  // namespace

Issues check_vocabularies(const DatasetRow& row) {
    Issues out;
    const Record& rec = row.record;
    if (rec.error) {
        if (!one_of(rec.error->code, {"not_pdf", "damaged", "encrypted", "empty", "no_text", "unreadable", "too_large",
                                      "timeout", "crashed", "internal"}))
            out.push_back({"vocabulary", "error.code", fmt::format("'{}' is not an error code", rec.error->code)});
        return out;
    }
    if (row.has("kind") && !rec.kind.empty() &&
        !one_of(rec.kind, {"ilacs_inspection", "sif_inspection", "legacy_inspection", "focused_visit", "monitoring_visit",
                           "committee_paper", "unknown"}))
        out.push_back({"vocabulary", row.label("kind"), fmt::format("'{}' is not a kind", rec.kind)});
    if (rec.framework) {
        if (!one_of(*rec.framework, {"ILACS", "SIF", "legacy", "JTAI", "SEND"}))
            out.push_back({"vocabulary", row.label("framework"), fmt::format("'{}' is not a framework", *rec.framework)});
        const std::string expected = rec.kind == "ilacs_inspection" ? "ILACS" : rec.kind == "sif_inspection" ? "SIF"
                                   : rec.kind == "legacy_inspection" ? "legacy" : "";
        if (!expected.empty() && *rec.framework != expected)
            out.push_back({"vocabulary", row.label("framework"), fmt::format("'{}', but the kind {} is {}", *rec.framework, rec.kind, expected)});
    }
    if (rec.inspection.type && !one_of(*rec.inspection.type, {"standard", "short", "focused_visit", "monitoring_visit"}))
        out.push_back({"vocabulary", row.label("inspection.type"), fmt::format("'{}' is not an inspection type", *rec.inspection.type)});
    const auto framework = framework_of(row);
    const bool legacy = framework == std::string("legacy");
    const auto& keys = framework_judgement_keys();
    static const RE2 snake("[a-z][a-z0-9]*(?:_[a-z0-9]+)*");
    for (const Judgement& j : rec.judgements) {
        const std::string field = row.label("judgements." + j.key);
        const bool known = std::find(keys.begin(), keys.end(), j.key) != keys.end();
        // Legacy frameworks and the other frameworks committee papers report name their own.
        const bool own_keys_allowed = legacy || !framework || one_of(*framework, {"JTAI", "SEND"});
        if (!known && (!own_keys_allowed || !RE2::FullMatch(j.key, snake)))
            out.push_back({"vocabulary", "judgements", fmt::format("'{}' is not a judgement key", j.key)});
        if (!one_of(j.grade, {"outstanding", "good", "requires_improvement", "inadequate", "adequate"}))
            out.push_back({"vocabulary", field, fmt::format("'{}' is not a grade", j.grade)});
        else if (j.grade == "adequate" && framework && !legacy)
            out.push_back({"vocabulary", field, fmt::format("'adequate' is a legacy grade, not one of {}", *framework)});
    }
    return out;
}

Issues check_dates(const DatasetRow& row, const Date& today) {
    Issues out;
    const Record& rec = row.record;
    const auto& ranges = rec.inspection.date_ranges;
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        const std::string field = row.partial ? row.label("inspection.start_date") : fmt::format("inspection.date_ranges[{}]", i);
        if (ranges[i].end < ranges[i].start)
            out.push_back({"date", field, fmt::format("starts {} after it ends {}", ranges[i].start.iso(), ranges[i].end.iso())});
        if (i > 0 && !(ranges[i - 1].end < ranges[i].start))
            out.push_back({"date", field, fmt::format("starts {}, not after the range before it ends {}", ranges[i].start.iso(), ranges[i - 1].end.iso())});
    }
    const auto& published = rec.inspection.published;
    if (published && !ranges.empty()) {
        Date last = ranges.front().end;
        for (const DateRange& r : ranges) last = std::max(last, std::max(r.start, r.end));
        if (*published < last)
            out.push_back({"date", row.label("inspection.published"), fmt::format("{}, before fieldwork ended {}", published->iso(), last.iso())});
    }
    auto future = [&](const std::optional<Date>& d, const std::string& field) {
        if (d && today < *d) out.push_back({"date", row.label(field), fmt::format("{} is in the future", d->iso())});
    };
    if (!ranges.empty()) {
        future(ranges.front().start, "inspection.start_date");
        future(ranges.back().end, "inspection.end_date");
    }
    future(published, "inspection.published");
    if (rec.meeting) future(rec.meeting->date, "meeting.date");
    return out;
}

Issues check_framework(const DatasetRow& row) {
    Issues out;
    const Record& rec = row.record;
    if (rec.error) return out;
    if (is_visit(rec)) {
        for (const Judgement& j : rec.judgements)
            out.push_back({"framework", "judgements." + j.key, fmt::format("a {} grades nothing", rec.kind)});
        return out;
    }
    std::set<std::string> seen;
    for (const Judgement& j : rec.judgements)
        if (!seen.insert(j.key).second) out.push_back({"framework", row.label("judgements." + j.key), "judged twice"});
    const auto framework = framework_of(row);
    if (!framework || !one_of(*framework, {"ILACS", "SIF", "legacy"})) return out;
    const auto start = fieldwork_start(rec);
    // Without fieldwork dates, publication bounds them: no era that began after it.
    const auto& published = rec.inspection.published;
    std::vector<const FrameworkEra*> eras;
    for (const FrameworkEra& era : framework_eras())
        if (era.framework == *framework && (start ? framework_era(*framework, *start) == &era : !published || !(*published < era.from)))
            eras.push_back(&era);
    if (eras.empty()) {
        const FrameworkEra* first = nullptr;
        const FrameworkEra* last = nullptr;
        for (const FrameworkEra& era : framework_eras())
            if (era.framework == *framework) {
                if (!first) first = &era;
                last = &era;
            }
        const Date when = start ? *start : *published;
        out.push_back({"framework", row.label(start ? "inspection.start_date" : "inspection.published"),
                       fmt::format("{}: {} inspections had fieldwork from {} to {}", when.iso(), *framework,
                                   first->from.iso(), last->until.year == 9999 ? "now" : last->until.iso())});
        return out;
    }
    const std::string era_names = eras.size() == 1 ? eras.front()->name : *framework;
    for (const Judgement& j : rec.judgements)
        if (std::none_of(eras.begin(), eras.end(), [&](const FrameworkEra* e) { return era_allows(*e, j.key); }))
            out.push_back({"framework", row.label("judgements." + j.key), fmt::format("not a judgement of {}", era_names)});
    // Which judgements must be there is known only for one era, and not for papers, which
    // report what they choose, nor for a stand-alone review of the LSCB.
    const bool lscb_only = rec.judgements.size() == 1 && rec.judgements.front().key == "lscb";
    if (eras.size() != 1 || rec.kind == "committee_paper" || lscb_only) return out;
    for (const std::string& key : eras.front()->required) {
        const std::string field = "judgements." + key;
        if (!row.has(field) || row.unread.count(field) || seen.count(key)) continue;
        out.push_back({"framework", row.label(field), fmt::format("{} grades it, but the record has no grade", eras.front()->name)});
    }
    return out;
}

Issues check_authority(const DatasetRow& row, const RuleSet& rules) {
    Issues out;
    const Record& rec = row.record;
    const AuthorityTable& table = rules.authorities();
    if (!rec.local_authority || table.all().empty()) return out;
    const LocalAuthority& la = *rec.local_authority;
    struct Match {
        std::string field, value;
        const Authority* row;
    };
    std::vector<Match> matches;
    auto look_up = [&](const std::string& field, const std::optional<std::string>& value, auto&& find) {
        if (!value || value->empty()) return;
        const Authority* a = find(*value);
        if (a) matches.push_back({field, *value, a});
        else out.push_back({"authority", row.label(field), fmt::format("'{}' is no authority of the reference table", *value)});
    };
    look_up("local_authority.code", la.code, [&](const std::string& v) { return table.by_code(v); });
    look_up("local_authority.urn", la.urn, [&](const std::string& v) { return table.by_urn(v); });
    look_up("local_authority.id", la.id, [&](const std::string& v) { return table.by_id(v); });
    if (!la.name.empty()) {
        if (const Authority* a = match_authority(rules, la.name)) matches.push_back({"local_authority.name", la.name, a});
        else if (matches.empty() && out.empty())
            out.push_back({"authority", row.label("local_authority.name"), fmt::format("'{}' is no authority of the reference table", la.name)});
    }
    for (const Match& m : matches)
        if (m.row != matches.front().row)
            out.push_back({"authority", row.label(m.field),
                           fmt::format("'{}' is {} (code {}), but {} '{}' is {} (code {})", m.value, m.row->name, m.row->code,
                                       row.label(matches.front().field), matches.front().value, matches.front().row->name,
                                       matches.front().row->code)});
    // A record names the whole row: its code and URN go with its id (SPEC.md).
    if (!row.partial && !matches.empty()) {
        const Authority& a = *matches.front().row;
        if (!la.code) out.push_back({"authority", "local_authority.code", fmt::format("null, but the authority {} has code {}", a.name, a.code)});
        if (!la.urn && !a.urn.empty()) out.push_back({"authority", "local_authority.urn", fmt::format("null, but the authority {} has URN {}", a.name, a.urn)});
        if (!la.id) out.push_back({"authority", "local_authority.id", fmt::format("null, but the authority {} has id {}", a.name, a.id)});
    }
    return out;
}

}  // namespace ilacs
