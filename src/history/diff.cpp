#include "ilacs/history/diff.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "ilacs/history/authority_key.hpp"
#include "ilacs/history/wording.hpp"

namespace ilacs {

namespace {

// Why one side has no grade for an area the other side has.
std::string absence(const CrosswalkArea* area, Edition e, Edition other) {
    if (e == Edition::visit) return "a visit is not graded";
    if (e == Edition::unknown) return "not in this record";
    if (area) {
        if (!crosswalk_key(*area, e).empty()) return "not in this record";
        bool later = false;
        for (std::size_t c = static_cast<std::size_t>(e) + 1; c < kGradedEditions; ++c) later |= !area->keys[c].empty();
        return later ? fmt::format("not judged in {}", edition_name(e))
                     : fmt::format("not judged in {}: the area has no successor", edition_name(e));
    }
    return e == other ? "not in this record" : fmt::format("not judged in {}", edition_name(e));
}

AreaComparison compare(std::string area, std::string label, const Judgement* before, const Judgement* after) {
    AreaComparison c{std::move(area), std::move(label), std::nullopt, std::nullopt, GradeChange::not_compared, ""};
    if (before) c.before = *before;
    if (after) c.after = *after;
    if (!before || !after) return c;
    const auto rank_before = grade_rank(before->grade), rank_after = grade_rank(after->grade);
    if (!rank_before || !rank_after) {
        c.note = fmt::format("grade '{}' is not on the scale", rank_before ? after->grade : before->grade);
        return c;
    }
    c.change = *rank_after > *rank_before ? GradeChange::up : *rank_after < *rank_before ? GradeChange::down : GradeChange::same;
    return c;
}

const AreaGrade* grade_in(const std::vector<AreaGrade>& grades, const std::string& area) {
    for (const AreaGrade& g : grades)
        if (g.area == area) return &g;
    return nullptr;
}

std::vector<AreaComparison> compare_judgements(const Record& before, const Record& after) {
    const Edition eb = edition_of(before), ea = edition_of(after);
    const std::vector<AreaGrade> gb = area_grades(before), ga = area_grades(after);
    // The crosswalk's areas in its order, then the areas of each side's own keys.
    std::vector<std::pair<std::string, std::string>> areas;
    for (const CrosswalkArea& a : crosswalk_areas()) areas.emplace_back(a.id, a.label);
    for (const auto* grades : {&gb, &ga})
        for (const AreaGrade& g : *grades)
            if (std::none_of(areas.begin(), areas.end(), [&](const auto& a) { return a.first == g.area; })) areas.emplace_back(g.area, g.label);
    std::vector<AreaComparison> out;
    for (const auto& [area, label] : areas) {
        const AreaGrade* b = grade_in(gb, area);
        const AreaGrade* a = grade_in(ga, area);
        if (!b && !a) continue;
        AreaComparison c = compare(area, label, b ? &b->judgement : nullptr, a ? &a->judgement : nullptr);
        const CrosswalkArea* crosswalked = find_area(area);
        if (b && a && b->judgement.key != a->judgement.key)
            c.note = fmt::format("{} {} against {} {}", edition_name(eb), b->judgement.key, edition_name(ea), a->judgement.key);
        else if (!b) c.note = absence(crosswalked, eb, ea);
        else if (!a) c.note = absence(crosswalked, ea, eb);
        const bool adequate = (b && b->judgement.grade == "adequate") || (a && a->judgement.grade == "adequate");
        if (c.change != GradeChange::not_compared && adequate)
            c.note += (c.note.empty() ? "" : "; ") + std::string("the legacy 'adequate' sits where 'requires improvement' sits");
        out.push_back(std::move(c));
    }
    return out;
}

// The themes of a list in first-seen order, "" standing for items that carry none.
std::vector<std::string> themes_of(const std::vector<Improvement>& items) {
    std::vector<std::string> themes;
    for (const Improvement& item : items) {
        const std::vector<std::string> own = item.themes.empty() ? std::vector<std::string>{""} : item.themes;
        for (const std::string& t : own)
            if (std::find(themes.begin(), themes.end(), t) == themes.end()) themes.push_back(t);
    }
    return themes;
}

bool carries(const Improvement& item, const std::string& theme) {
    return theme.empty() ? item.themes.empty() : std::find(item.themes.begin(), item.themes.end(), theme) != item.themes.end();
}

std::vector<Improvement> items_of(const std::vector<Improvement>& items, const std::string& theme) {
    std::vector<Improvement> out;
    std::copy_if(items.begin(), items.end(), std::back_inserter(out), [&](const Improvement& i) { return carries(i, theme); });
    return out;
}

ThemeComparison compare_theme(const std::string& theme, const std::vector<Improvement>& before, const std::vector<Improvement>& after) {
    const std::vector<Improvement> ib = items_of(before, theme), ia = items_of(after, theme);
    ThemeComparison tc{theme, ib.empty() ? ThemeStatus::new_theme : ia.empty() ? ThemeStatus::resolved : ThemeStatus::persisting, {}};
    std::vector<std::string> tb, ta;
    for (const Improvement& i : ib) tb.push_back(i.text);
    for (const Improvement& i : ia) ta.push_back(i.text);
    for (const WordingPair& p : pair_by_wording(tb, ta)) {
        ItemComparison item;
        if (p.before) item.before = ib[*p.before];
        if (p.after) item.after = ia[*p.after];
        item.similarity = p.similarity;
        tc.items.push_back(std::move(item));
    }
    return tc;
}

std::vector<ThemeComparison> compare_themes(const Record& before, const Record& after) {
    std::vector<std::string> order = themes_of(before.improvements);
    for (const std::string& t : themes_of(after.improvements))
        if (std::find(order.begin(), order.end(), t) == order.end()) order.push_back(t);
    std::vector<ThemeComparison> out;
    for (const std::string& t : order) out.push_back(compare_theme(t, before.improvements, after.improvements));
    // persisting, then resolved, then new; each in the order first seen
    std::stable_sort(out.begin(), out.end(), [](const ThemeComparison& x, const ThemeComparison& y) { return x.status < y.status; });
    return out;
}

std::string authority_words(const AuthorityKey& a) { return a.code ? fmt::format("{} ({})", a.name, *a.code) : a.name; }

}  // namespace

std::string_view change_name(GradeChange c) {
    switch (c) {
        case GradeChange::up: return "up";
        case GradeChange::down: return "down";
        case GradeChange::same: return "same";
        case GradeChange::not_compared: break;
    }
    return "not_compared";
}

std::string_view status_name(ThemeStatus s) {
    switch (s) {
        case ThemeStatus::persisting: return "persisting";
        case ThemeStatus::resolved: return "resolved";
        case ThemeStatus::new_theme: break;
    }
    return "new";
}

bool DiffResult::changed() const {
    return std::any_of(judgements.begin(), judgements.end(),
                       [](const AreaComparison& c) { return c.change == GradeChange::up || c.change == GradeChange::down; }) ||
           std::any_of(themes.begin(), themes.end(), [](const ThemeComparison& t) {
               if (t.status != ThemeStatus::persisting) return true;
               // Items without a theme are compared one by one: one with no partner is new or resolved.
               return t.theme.empty() && std::any_of(t.items.begin(), t.items.end(), [](const ItemComparison& i) { return !i.before || !i.after; });
           });
}

std::optional<Date> record_date(const Record& rec) {
    if (!rec.inspection.date_ranges.empty()) return rec.inspection.date_ranges.front().start;
    if (rec.inspection.published) return rec.inspection.published;
    if (rec.meeting && rec.meeting->date) return rec.meeting->date;
    return std::nullopt;
}

DiffResult diff_records(const Record& first, const Record& second, const RuleSet& rules, const DiffOptions& options) {
    DiffResult result;
    const auto a1 = authority_of(first, rules), a2 = authority_of(second, rules);
    if (a1 && a2 && !(*a1 == *a2)) {
        const std::string message = fmt::format("{} is of {}, {} of {}", first.source.path, authority_words(*a1),
                                                second.source.path, authority_words(*a2));
        if (!options.force) throw DifferentAuthorities(message + ": diff compares two documents of one authority (--force compares them anyway)");
        result.notes.push_back(message + ": compared as asked (--force)");
    }
    for (const Record* rec : {&first, &second})
        if (!authority_of(*rec, rules))
            result.notes.push_back(rec->source.path + " names no authority: not checked to be of the same one");
    const auto d1 = record_date(first), d2 = record_date(second);
    result.swapped = d1 && d2 && *d2 < *d1;
    result.before = result.swapped ? second : first;
    result.after = result.swapped ? first : second;
    if (result.swapped)
        result.notes.push_back(fmt::format("put in date order: {} ({}) is the older", second.source.path, d2->iso()));
    for (const Record* rec : {&first, &second})
        if (!record_date(*rec)) result.notes.push_back(rec->source.path + " has no dates: the two are taken in the order given");
    result.judgements = compare_judgements(result.before, result.after);
    result.themes = compare_themes(result.before, result.after);
    return result;
}

}  // namespace ilacs
