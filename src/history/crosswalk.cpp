#include "ilacs/history/crosswalk.hpp"

#include <algorithm>

namespace ilacs {

namespace {

// Fieldwork on or after these days belongs to the later ILACS edition.
constexpr Date kIlacs2023{2023, 1, 1};
constexpr Date kIlacs2026{2026, 4, 1};

bool has_key(const Record& rec, std::string_view key) {
    return std::any_of(rec.judgements.begin(), rec.judgements.end(), [&](const Judgement& j) { return j.key == key; });
}

Edition ilacs_edition(const Record& rec) {
    if (has_key(rec, "children_in_care_and_care_leavers")) return Edition::ilacs_2018;
    const bool split = has_key(rec, "children_in_care") || has_key(rec, "care_leavers");
    if (!rec.inspection.date_ranges.empty()) {
        const Date& start = rec.inspection.date_ranges.front().start;
        if (start < kIlacs2023) return split ? Edition::ilacs_2023 : Edition::ilacs_2018;
        // The keys decide where they can: a report that grades overall effectiveness is not of 2026's framework.
        return start < kIlacs2026 || has_key(rec, "overall_effectiveness") ? Edition::ilacs_2023 : Edition::ilacs_2026;
    }
    // Without dates: graded but with no overall effectiveness is the 2026 edition.
    if (split && !has_key(rec, "overall_effectiveness")) return Edition::ilacs_2026;
    return split ? Edition::ilacs_2023 : Edition::unknown;
}

const Judgement* judgement_of(const Record& rec, std::string_view key) {
    for (const Judgement& j : rec.judgements)
        if (j.key == key) return &j;
    return nullptr;
}

}  // namespace

std::string_view edition_name(Edition e) {
    switch (e) {
        case Edition::legacy: return "legacy (2009-13)";
        case Edition::sif: return "SIF (2013-18)";
        case Edition::ilacs_2018: return "ILACS (2018-22)";
        case Edition::ilacs_2023: return "ILACS (2023-26)";
        case Edition::ilacs_2026: return "ILACS (from April 2026)";
        case Edition::visit: return "visit";
        case Edition::unknown: break;
    }
    return "framework not known";
}

Edition edition_of(const Record& rec) {
    if (rec.kind == "focused_visit" || rec.kind == "monitoring_visit") return Edition::visit;
    const std::string framework = rec.framework.value_or("");
    if (rec.kind == "sif_inspection" || framework == "SIF") return Edition::sif;
    if (rec.kind == "legacy_inspection" || framework == "legacy") return Edition::legacy;
    if (rec.kind == "ilacs_inspection" || framework == "ILACS") return ilacs_edition(rec);
    if (!framework.empty()) return Edition::unknown;
    // A paper that does not name the framework: the keys only one framework uses.
    for (const char* key : {"children_looked_after", "leadership_management_governance", "adoption", "lscb"})
        if (has_key(rec, key)) return Edition::sif;
    if (has_key(rec, "impact_of_leaders") || has_key(rec, "children_in_care_and_care_leavers") || has_key(rec, "children_in_care"))
        return ilacs_edition(rec);
    return Edition::unknown;
}

const std::vector<CrosswalkArea>& crosswalk_areas() {
    //                      legacy                   SIF                                  ILACS 2018-22                         ILACS 2023-26                ILACS 2026
    static const std::vector<CrosswalkArea> areas = {
        {"overall_effectiveness", "Overall effectiveness",
         {"overall_effectiveness", "overall_effectiveness", "overall_effectiveness", "overall_effectiveness", ""}},
        {"leaders", "Leaders",
         {"", "leadership_management_governance", "impact_of_leaders", "impact_of_leaders", "impact_of_leaders"}},
        {"help_and_protection", "Help and protection",
         {"", "help_and_protection", "help_and_protection", "help_and_protection", "help_and_protection"}},
        {"children_in_care", "Children in care",
         {"", "children_looked_after", "children_in_care_and_care_leavers", "children_in_care", "children_in_care"}},
        {"care_leavers", "Care leavers",
         {"", "care_leavers", "children_in_care_and_care_leavers", "care_leavers", "care_leavers"}},
        {"adoption", "Adoption", {"", "adoption", "", "", ""}},
        {"lscb", "LSCB review", {"", "lscb", "", "", ""}},
    };
    return areas;
}

std::string_view crosswalk_key(const CrosswalkArea& area, Edition e) {
    const auto column = static_cast<std::size_t>(e);
    return column < kGradedEditions ? area.keys[column] : std::string_view{};
}

namespace {

// A record whose framework is not known may use the key of any edition, the newest first.
const Judgement* standing_for(const CrosswalkArea& area, const Record& rec, Edition e) {
    if (e != Edition::unknown) {
        const std::string_view key = crosswalk_key(area, e);
        return key.empty() ? nullptr : judgement_of(rec, key);
    }
    for (auto key = area.keys.rbegin(); key != area.keys.rend(); ++key)
        if (!key->empty())
            if (const Judgement* j = judgement_of(rec, *key)) return j;
    return nullptr;
}

}  // namespace

const CrosswalkArea* find_area(std::string_view id) {
    for (const CrosswalkArea& area : crosswalk_areas())
        if (area.id == id) return &area;
    return nullptr;
}

std::vector<AreaGrade> area_grades(const Record& rec) {
    const Edition e = edition_of(rec);
    std::vector<AreaGrade> out;
    for (const CrosswalkArea& area : crosswalk_areas())
        if (const Judgement* j = standing_for(area, rec, e)) out.push_back({std::string(area.id), std::string(area.label), *j});
    for (const Judgement& j : rec.judgements) {
        const bool named = std::any_of(crosswalk_areas().begin(), crosswalk_areas().end(), [&](const CrosswalkArea& area) {
            return std::find(area.keys.begin(), area.keys.end(), j.key) != area.keys.end();
        });
        if (!named) out.push_back({j.key, j.label.empty() ? grade_words(j.key) : j.label, j});
    }
    return out;
}

std::optional<int> grade_rank(std::string_view grade) {
    if (grade == "inadequate") return 1;
    if (grade == "requires_improvement" || grade == "adequate") return 2;
    if (grade == "good") return 3;
    if (grade == "outstanding") return 4;
    return std::nullopt;
}

std::string grade_words(std::string_view grade) {
    std::string words(grade);
    std::replace(words.begin(), words.end(), '_', ' ');
    return words;
}

}  // namespace ilacs
