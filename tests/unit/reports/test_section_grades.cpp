#include <doctest/doctest.h>

#include "support.hpp"

using ilacs::Record;
using ilacs::test::grades;
using ilacs::test::placed_line;
using Strings = std::vector<std::string>;

namespace {
const std::string kBody = "Leaders know their services well and act on what they find in audits and reviews.";

// A page of body text with a bold heading at y = 100 (wrapped to a second line at y = 114
// when `second` is given) and body text below it.
ilacs::Document report(const std::string& heading, const std::string& second = "") {
    std::vector<ilacs::Line> lines = {placed_line(1, 100, heading, 12, true)};
    if (!second.empty()) lines.push_back(placed_line(1, 114, second, 12, true));
    for (int i = 0; i < 6; ++i) lines.push_back(placed_line(1, 140 + 14.0 * i, kBody));
    ilacs::Document doc;
    doc.pages.push_back(ilacs::test::a4_page(1, std::move(lines)));
    return doc;
}

Record checked(const ilacs::Document& doc, std::vector<ilacs::Judgement> table = {}) {
    Record rec;
    rec.judgements = std::move(table);
    return ilacs::test::run_stage(ilacs::check_section_grades, doc, rec);
}

ilacs::Judgement from_table(const std::string& key, const std::string& grade) {
    return ilacs::Judgement{key, key, grade, grade, 1};
}
}  // namespace

TEST_CASE("section_grades: a heading that agrees with the table adds nothing") {
    const Record rec = checked(report("The experiences and progress of children who need help and protection: good"),
                               {from_table("help_and_protection", "good")});
    CHECK(grades(rec) == Strings{"help_and_protection=good"});
    CHECK(rec.warnings.empty());
}

TEST_CASE("section_grades: a heading that disagrees with the table is a warning") {
    const Record rec =
        checked(report("The experiences and progress of children who need help and protection: inadequate"),
                {from_table("help_and_protection", "requires_improvement")});
    CHECK(grades(rec) == Strings{"help_and_protection=requires_improvement"});
    REQUIRE(rec.warnings.size() == 1);
    CHECK(rec.warnings[0].find("page 1:") == 0);
    CHECK(rec.warnings[0].find("grades help_and_protection as inadequate, the table as requires_improvement") !=
          std::string::npos);
}

TEST_CASE("section_grades: a graded heading the table lacks is a warning") {
    const Record rec = checked(report("Overall effectiveness: good"), {from_table("help_and_protection", "good")});
    CHECK(grades(rec) == Strings{"help_and_protection=good"});
    REQUIRE(rec.warnings.size() == 1);
    CHECK(rec.warnings[0].find("which the judgement table lacks") != std::string::npos);
}

TEST_CASE("section_grades: without a table the headings give the grades, and say so") {
    const Record rec = checked(report("The experiences and progress of children in care and care leavers",
                                      "requires improvement to be good"));
    CHECK(grades(rec) == Strings{"children_in_care_and_care_leavers=requires_improvement"});
    REQUIRE(rec.judgements.size() == 1);
    CHECK(rec.judgements[0].page == 1);
    REQUIRE(rec.warnings.size() == 1);
    CHECK(rec.warnings[0].find("no judgement table found") != std::string::npos);
}

TEST_CASE("section_grades: the same words in body print are not a heading") {
    ilacs::Document doc;
    doc.pages.push_back(ilacs::test::a4_page(
        1, {placed_line(1, 100, "The experiences and progress of care leavers: good"), placed_line(1, 114, kBody)}));
    const Record rec = checked(doc);
    CHECK(rec.judgements.empty());
    CHECK(rec.warnings.empty());
}
