// The crosswalk between inspection frameworks: which judgement of each framework stands for
// each area compared, and where grades sit on one scale. docs/CROSSWALK.md is its
// documentation, and a unit test keeps that table and this one in step.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ilacs/model/record.hpp"

namespace ilacs {

// The frameworks, and their editions where the judgements changed.
enum class Edition {
    legacy,      // 2009-13 frameworks (safeguarding and looked after children, ...)
    sif,         // single inspection framework, 2013-18
    ilacs_2018,  // ILACS 2018-22: one judgement for children in care and care leavers
    ilacs_2023,  // ILACS 2023 on: care leavers judged apart
    ilacs_2026,  // ILACS from April 2026: no overall effectiveness
    visit,       // focused and monitoring visits: no grades
    unknown,     // a committee paper that does not tell, JTAI, SEND, ...
};

inline constexpr std::size_t kGradedEditions = 5;  // legacy to ilacs_2026, the crosswalk's columns

// "SIF (2013-18)", "ILACS (2023-26)", ...
std::string_view edition_name(Edition e);

// The edition of a record: its kind and framework; for ILACS its judgement keys (the
// combined care judgement, the split one) and else its fieldwork dates (2023-01-01,
// 2026-04-01); a committee paper of no stated framework by its keys.
Edition edition_of(const Record& rec);

// One area compared across frameworks, with the judgement key that stands for it in each
// graded edition (empty: that edition does not judge the area).
struct CrosswalkArea {
    std::string_view id;     // "children_in_care"
    std::string_view label;  // "Children in care"
    std::array<std::string_view, kGradedEditions> keys;  // legacy, sif, ilacs_2018, ilacs_2023, ilacs_2026
};

// The areas, in the order they are shown.
const std::vector<CrosswalkArea>& crosswalk_areas();

// The key that stands for area in edition (empty when the edition does not judge it).
std::string_view crosswalk_key(const CrosswalkArea& area, Edition e);

// The crosswalk area of that id, if it is one.
const CrosswalkArea* find_area(std::string_view id);

// A record's grades by area: for each crosswalk area (in its order) the judgement that
// stands for it in the record's edition (for a record of unknown framework, the key of any
// edition, the newest first); then each judgement the crosswalk does not name (the legacy
// frameworks' own), as an area of its own key.
struct AreaGrade {
    std::string area, label;
    Judgement judgement;
};
std::vector<AreaGrade> area_grades(const Record& rec);

// A grade's place on one scale, inadequate 1 to outstanding 4; the legacy `adequate` sits
// where `requires_improvement` sits. nullopt for a grade that is not on the scale.
std::optional<int> grade_rank(std::string_view grade);

// "requires improvement", "good": a grade in words.
std::string grade_words(std::string_view grade);

}  // namespace ilacs
