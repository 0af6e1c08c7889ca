#include <fstream>
#include <sstream>

#include "ilacs/history/crosswalk.hpp"
#include "support.hpp"

namespace {

ilacs::Record graded(const std::string& kind, const std::string& framework, ilacs::Date start,
                     const std::vector<std::pair<std::string, std::string>>& grades) {
    ilacs::Record rec;
    rec.kind = kind;
    rec.framework = framework;
    rec.inspection.date_ranges = {{start, start}};
    for (const auto& [key, grade] : grades) rec.judgements.push_back({key, key, grade, grade, 1});
    return rec;
}

std::vector<std::string> areas(const ilacs::Record& rec) {
    std::vector<std::string> out;
    for (const ilacs::AreaGrade& g : ilacs::area_grades(rec)) out.push_back(g.area + "=" + g.judgement.key);
    return out;
}

}  // namespace

TEST_CASE("crosswalk: editions from kind, framework, keys and fieldwork dates") {
    using ilacs::Edition;
    CHECK(ilacs::edition_of(graded("sif_inspection", "SIF", {2016, 1, 1}, {})) == Edition::sif);
    CHECK(ilacs::edition_of(graded("legacy_inspection", "legacy", {2012, 1, 1}, {})) == Edition::legacy);
    CHECK(ilacs::edition_of(graded("ilacs_inspection", "ILACS", {2019, 1, 1}, {{"children_in_care_and_care_leavers", "good"}})) == Edition::ilacs_2018);
    CHECK(ilacs::edition_of(graded("ilacs_inspection", "ILACS", {2024, 1, 1}, {{"care_leavers", "good"}, {"overall_effectiveness", "good"}})) == Edition::ilacs_2023);
    CHECK(ilacs::edition_of(graded("ilacs_inspection", "ILACS", {2026, 5, 11}, {{"care_leavers", "good"}})) == Edition::ilacs_2026);
    // A report that still grades overall effectiveness is not of the 2026 framework.
    CHECK(ilacs::edition_of(graded("ilacs_inspection", "ILACS", {2026, 5, 11}, {{"overall_effectiveness", "good"}})) == Edition::ilacs_2023);
    CHECK(ilacs::edition_of(graded("focused_visit", "ILACS", {2021, 1, 1}, {})) == Edition::visit);
    // A paper that names no framework is placed by the keys only one framework uses.
    ilacs::Record paper = graded("committee_paper", "", {2016, 1, 1}, {{"children_looked_after", "good"}});
    paper.framework.reset();
    CHECK(ilacs::edition_of(paper) == Edition::sif);
}

TEST_CASE("crosswalk: SIF judgements stand for the ILACS areas, and the combined care judgement for both") {
    const ilacs::Record sif = graded("sif_inspection", "SIF", {2016, 1, 1},
                                     {{"overall_effectiveness", "inadequate"}, {"children_looked_after", "good"}, {"adoption", "good"},
                                      {"care_leavers", "requires_improvement"}, {"leadership_management_governance", "inadequate"}, {"lscb", "good"}});
    CHECK(areas(sif) == std::vector<std::string>{"overall_effectiveness=overall_effectiveness", "leaders=leadership_management_governance",
                                                 "children_in_care=children_looked_after", "care_leavers=care_leavers",
                                                 "adoption=adoption", "lscb=lscb"});
    const ilacs::Record combined = graded("ilacs_inspection", "ILACS", {2019, 1, 1},
                                          {{"impact_of_leaders", "good"}, {"children_in_care_and_care_leavers", "good"}});
    CHECK(areas(combined) == std::vector<std::string>{"leaders=impact_of_leaders", "children_in_care=children_in_care_and_care_leavers",
                                                      "care_leavers=children_in_care_and_care_leavers"});
    // Legacy judgements the crosswalk does not name are areas of their own key.
    const ilacs::Record legacy = graded("legacy_inspection", "legacy", {2012, 1, 1},
                                        {{"overall_effectiveness", "adequate"}, {"capacity_to_improve", "good"}});
    CHECK(areas(legacy) == std::vector<std::string>{"overall_effectiveness=overall_effectiveness", "capacity_to_improve=capacity_to_improve"});
}

TEST_CASE("crosswalk: one scale, the legacy adequate where requires improvement sits") {
    CHECK(ilacs::grade_rank("adequate") == ilacs::grade_rank("requires_improvement"));
    CHECK(*ilacs::grade_rank("inadequate") < *ilacs::grade_rank("requires_improvement"));
    CHECK(*ilacs::grade_rank("good") < *ilacs::grade_rank("outstanding"));
    CHECK_FALSE(ilacs::grade_rank("not_judged"));
}

// docs/CROSSWALK.md documents the table: its rows must be the code's.
TEST_CASE("crosswalk: docs/CROSSWALK.md holds the same table as the code") {
    std::ifstream in(std::string(ILACS_TEST_RULES_DIR) + "/../docs/CROSSWALK.md");
    REQUIRE(in);
    std::vector<std::string> documented;
    bool in_table = false;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("| area |", 0) == 0) in_table = true;
        else if (in_table && line.rfind("|", 0) != 0) break;
        if (!in_table || line.rfind("| `", 0) != 0) continue;
        std::string row;
        std::istringstream cells(line);
        for (std::string cell; std::getline(cells, cell, '|');) {
            const auto first = cell.find_first_not_of(' '), last = cell.find_last_not_of(' ');
            if (first == std::string::npos) continue;
            cell = cell.substr(first, last - first + 1);
            if (cell.size() > 1 && cell.front() == '`') cell = cell.substr(1, cell.size() - 2);
            row += (row.empty() ? "" : ",") + (cell == "—" ? std::string() : cell);
        }
        documented.push_back(row);
    }
    std::vector<std::string> coded;
    for (const ilacs::CrosswalkArea& area : ilacs::crosswalk_areas()) {
        std::string row = std::string(area.id) + "," + std::string(area.label);
        for (std::string_view key : area.keys) row += "," + std::string(key);
        coded.push_back(row);
    }
    CHECK(documented == coded);
}
