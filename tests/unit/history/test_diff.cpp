#include "ilacs/history/diff.hpp"
#include "ilacs/history/history.hpp"
#include "support.hpp"

namespace {

using Grades = std::vector<std::pair<std::string, std::string>>;

ilacs::Record inspection(const std::string& path, const std::string& kind, const std::string& framework, const std::string& authority,
                         ilacs::Date start, const Grades& grades) {
    ilacs::Record rec;
    rec.source.path = path;
    rec.kind = kind;
    rec.framework = framework;
    rec.local_authority = ilacs::LocalAuthority{authority, std::nullopt, std::nullopt, std::nullopt};
    rec.inspection.date_ranges = {{start, start}};
    for (const auto& [key, grade] : grades) rec.judgements.push_back({key, key, grade, grade, 1});
    return rec;
}

ilacs::Improvement item(const std::string& text, std::vector<std::string> themes) { return {text, false, std::nullopt, std::move(themes)}; }

const ilacs::AreaComparison& area(const ilacs::DiffResult& d, const std::string& id) {
    for (const ilacs::AreaComparison& c : d.judgements)
        if (c.area == id) return c;
    FAIL("no area " << id);
    throw;
}

const ilacs::ThemeComparison* theme(const ilacs::DiffResult& d, const std::string& id) {
    for (const ilacs::ThemeComparison& t : d.themes)
        if (t.theme == id) return &t;
    return nullptr;
}

const ilacs::Record kSif = inspection("sif.pdf", "sif_inspection", "SIF", "Surrey County Council", {2014, 10, 21},
                                      {{"overall_effectiveness", "inadequate"}, {"help_and_protection", "inadequate"},
                                       {"children_looked_after", "requires_improvement"}, {"adoption", "good"},
                                       {"care_leavers", "requires_improvement"}, {"leadership_management_governance", "inadequate"}});
const ilacs::Record kIlacs = inspection("ilacs.pdf", "ilacs_inspection", "ILACS", "Surrey", {2022, 1, 17},
                                        {{"impact_of_leaders", "requires_improvement"}, {"help_and_protection", "requires_improvement"},
                                         {"children_in_care_and_care_leavers", "good"}, {"overall_effectiveness", "requires_improvement"}});

}  // namespace

TEST_CASE("diff: a SIF report against an ILACS 2018-22 one, area by area through the crosswalk") {
    const ilacs::DiffResult d = ilacs::diff_records(kSif, kIlacs, ilacs::test::rules());
    CHECK_FALSE(d.swapped);
    CHECK(area(d, "overall_effectiveness").change == ilacs::GradeChange::up);
    CHECK(area(d, "leaders").change == ilacs::GradeChange::up);
    CHECK(area(d, "leaders").note.find("leadership_management_governance") != std::string::npos);
    CHECK(area(d, "children_in_care").change == ilacs::GradeChange::up);
    CHECK(area(d, "children_in_care").after->key == "children_in_care_and_care_leavers");
    CHECK(area(d, "care_leavers").change == ilacs::GradeChange::up);
    CHECK(area(d, "adoption").change == ilacs::GradeChange::not_compared);
    CHECK(area(d, "adoption").note == "not judged in ILACS (2018-22): the area has no successor");
    CHECK(d.changed());
}

TEST_CASE("diff: given newest first, the two are put in date order and the result says so") {
    const ilacs::DiffResult d = ilacs::diff_records(kIlacs, kSif, ilacs::test::rules());
    CHECK(d.swapped);
    CHECK(d.before.source.path == "sif.pdf");
    CHECK(area(d, "help_and_protection").change == ilacs::GradeChange::up);
    REQUIRE_FALSE(d.notes.empty());
    CHECK(d.notes.back().find("put in date order") != std::string::npos);
}

TEST_CASE("diff: documents of two authorities are refused unless forced") {
    const ilacs::Record kent = inspection("kent.pdf", "ilacs_inspection", "ILACS", "Kent County Council", {2022, 5, 1}, {});
    CHECK_THROWS_WITH_AS(ilacs::diff_records(kSif, kent, ilacs::test::rules()), doctest::Contains("Kent"), ilacs::DifferentAuthorities);
    ilacs::DiffOptions force;
    force.force = true;
    const ilacs::DiffResult d = ilacs::diff_records(kSif, kent, ilacs::test::rules(), force);
    CHECK(d.notes.front().find("--force") != std::string::npos);
}

TEST_CASE("diff: the 2026 framework's missing overall effectiveness is said to be so, and the same grades are no change") {
    const ilacs::Record before = inspection("a.pdf", "ilacs_inspection", "ILACS", "Surrey", {2025, 3, 17},
                                            {{"care_leavers", "good"}, {"overall_effectiveness", "good"}});
    const ilacs::Record after = inspection("b.pdf", "ilacs_inspection", "ILACS", "Surrey", {2026, 6, 8}, {{"care_leavers", "good"}});
    const ilacs::DiffResult d = ilacs::diff_records(before, after, ilacs::test::rules());
    CHECK(area(d, "care_leavers").change == ilacs::GradeChange::same);
    CHECK(area(d, "overall_effectiveness").note == "not judged in ILACS (from April 2026): the area has no successor");
    CHECK_FALSE(d.changed());
}

TEST_CASE("diff: a visit has no grades, and its areas for priority action meet the inspection's themes") {
    ilacs::Record before = kIlacs;
    before.improvements = {item("The quality of assessments for children in need.", {"assessment"}),
                           item("The response to privately fostered children.", {"private_fostering"})};
    ilacs::Record visit = inspection("visit.txt", "focused_visit", "ILACS", "Surrey", {2023, 5, 2}, {});
    visit.improvements = {item("Assessments do not consider children's histories.", {"assessment"}),
                          item("Supervision is infrequent and lacks reflection.", {"management_oversight"})};
    const ilacs::DiffResult d = ilacs::diff_records(before, visit, ilacs::test::rules());
    CHECK(area(d, "help_and_protection").note == "a visit is not graded");
    const ilacs::ThemeComparison* assessment = theme(d, "assessment");
    REQUIRE(assessment);
    CHECK(assessment->status == ilacs::ThemeStatus::persisting);
    REQUIRE(assessment->items.size() == 1);
    CHECK((assessment->items[0].before && assessment->items[0].after));
    CHECK(theme(d, "private_fostering")->status == ilacs::ThemeStatus::resolved);
    CHECK(theme(d, "management_oversight")->status == ilacs::ThemeStatus::new_theme);
    CHECK(d.themes.front().status == ilacs::ThemeStatus::persisting);
    CHECK(d.changed());
}

TEST_CASE("diff: the legacy adequate sits where requires improvement sits") {
    const ilacs::Record legacy = inspection("l.pdf", "legacy_inspection", "legacy", "Kent", {2013, 7, 15},
                                            {{"overall_effectiveness", "adequate"}, {"capacity_to_improve", "good"}});
    const ilacs::Record sif = inspection("s.pdf", "sif_inspection", "SIF", "Kent", {2017, 1, 9}, {{"overall_effectiveness", "requires_improvement"}});
    const ilacs::DiffResult d = ilacs::diff_records(legacy, sif, ilacs::test::rules());
    CHECK(area(d, "overall_effectiveness").change == ilacs::GradeChange::same);
    CHECK(area(d, "overall_effectiveness").note.find("adequate") != std::string::npos);
    CHECK(area(d, "capacity_to_improve").note == "not judged in SIF (2013-18)");
}

TEST_CASE("history: grouped by authority, in fieldwork order, each successive graded pair diffed") {
    ilacs::Record lscb_review = inspection("lscb.pdf", "sif_inspection", "SIF", "Surrey", {2015, 6, 15}, {{"lscb", "requires_improvement"}});
    ilacs::Record paper = inspection("paper.html", "committee_paper", "ILACS", "Surrey", {2022, 1, 17}, {});
    ilacs::Record kent = inspection("kent.pdf", "ilacs_inspection", "ILACS", "Kent", {2022, 5, 1}, {{"overall_effectiveness", "good"}});
    ilacs::Record later = kIlacs;
    later.source.path = "later.pdf";
    later.inspection.date_ranges = {{{2025, 3, 17}, {2025, 3, 28}}};
    const ilacs::HistoryResult h = ilacs::build_history({later, kIlacs, paper, lscb_review, kent, kSif}, ilacs::test::rules());
    REQUIRE(h.authorities.size() == 2);
    const ilacs::AuthorityHistory& surrey = h.authorities[1];
    CHECK(surrey.authority.name == "Surrey");
    CHECK(surrey.authority.code == std::optional<std::string>("936"));
    std::vector<std::string> order;
    for (const ilacs::Record& r : surrey.timeline) order.push_back(r.source.path);
    CHECK(order == std::vector<std::string>{"sif.pdf", "lscb.pdf", "ilacs.pdf", "later.pdf"});
    // The LSCB review alone grades the board, not the services: not one of the pairs.
    REQUIRE(surrey.diffs.size() == 2);
    CHECK(surrey.diffs[0].before.source.path == "sif.pdf");
    CHECK(surrey.diffs[0].after.source.path == "ilacs.pdf");
    REQUIRE(h.left_out.size() == 1);
    CHECK(h.left_out[0].path == "paper.html");

    const ilacs::HistorySummary s = ilacs::summarise(h);
    CHECK(s.authorities == 2);
    CHECK(s.compared == 1);
    REQUIRE_FALSE(s.judgements.empty());
    CHECK(s.judgements[0].area == "overall_effectiveness");
    CHECK(s.judgements[0].stayed == 1);

    ilacs::HistoryOptions only_kent;
    only_kent.authority = ilacs::find_authority("886", ilacs::test::rules());
    REQUIRE(only_kent.authority);
    CHECK(ilacs::build_history({kSif, kent}, ilacs::test::rules(), only_kent).authorities.size() == 1);
}

TEST_CASE("history: a document met twice counts once, and an authority the table lacks keeps its reports together") {
    ilacs::Record first = inspection("x/barset-2019.pdf", "ilacs_inspection", "ILACS", "Barsetshire County Council", {2019, 1, 7},
                                     {{"help_and_protection", "inadequate"}});
    first.source.sha256 = "aa";
    ilacs::Record again = first;
    again.source.path = "y/barset-2019.pdf";
    ilacs::Record later = inspection("barset-2023.pdf", "ilacs_inspection", "ILACS", "Barsetshire", {2023, 3, 6},
                                     {{"help_and_protection", "good"}});
    const ilacs::HistoryResult h = ilacs::build_history({first, again, later}, ilacs::test::rules());
    REQUIRE(h.authorities.size() == 1);
    CHECK(h.authorities[0].authority.key == "id:barsetshire");
    CHECK_FALSE(h.authorities[0].authority.code);
    CHECK(h.authorities[0].timeline.size() == 2);
    REQUIRE(h.authorities[0].diffs.size() == 1);
    CHECK(h.authorities[0].diffs[0].judgements[0].change == ilacs::GradeChange::up);
    REQUIRE(h.left_out.size() == 1);
    CHECK(h.left_out[0].reason == "the same document as x/barset-2019.pdf");
}

TEST_CASE("diff: a committee paper against an inspection compares the grades the paper reports") {
    ilacs::Record paper = inspection("cabinet.html", "committee_paper", "", "Surrey County Council", {2025, 3, 17},
                                     {{"children_in_care", "good"}, {"help_and_protection", "good"}});
    paper.framework.reset();  // a paper that does not name the framework
    const ilacs::DiffResult d = ilacs::diff_records(kIlacs, paper, ilacs::test::rules());
    CHECK(area(d, "children_in_care").change == ilacs::GradeChange::same);
    CHECK(area(d, "help_and_protection").change == ilacs::GradeChange::up);
    CHECK(area(d, "overall_effectiveness").note == "not in this record");
}
