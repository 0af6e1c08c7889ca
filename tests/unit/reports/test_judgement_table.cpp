#include <doctest/doctest.h>

#include "support.hpp"

using ilacs::Record;
using ilacs::test::grades;
using ilacs::test::placed_row;
using ilacs::test::rules;
using Strings = std::vector<std::string>;

namespace {
Record table(const ilacs::Document& doc) { return ilacs::test::run_stage(ilacs::extract_judgement_table, doc); }

Record table(const std::string& text) { return table(ilacs::test::text_document(text)); }

const std::string kHeader = "Judgement\tGrade\n";
}  // namespace

TEST_CASE("judgement_table: a 2023 table with separate care leavers, labels and grades as printed") {
    const Record rec = table(
        "Inspection of Barsetshire local authority children's services\n\n" + kHeader +
        "The impact of leaders on social work practice with children and families\tGood\n"
        "The experiences and progress of children who need help and protection\tRequires improvement to be good\n"
        "The experiences and progress of children in care\tOutstanding\n"
        "The experiences and progress of care leavers\tInadequate\n"
        "Overall effectiveness\tRequires improvement to be good\n");
    CHECK(grades(rec) == Strings{"impact_of_leaders=good", "help_and_protection=requires_improvement",
                                 "children_in_care=outstanding", "care_leavers=inadequate",
                                 "overall_effectiveness=requires_improvement"});
    REQUIRE(rec.judgements.size() == 5);
    CHECK(rec.judgements[1].label == "The experiences and progress of children who need help and protection");
    CHECK(rec.judgements[1].grade_text == "Requires improvement to be good");
    CHECK_FALSE(rec.judgements[1].page.has_value());  // plain text has no pages
    CHECK(rec.warnings.empty());
}

TEST_CASE("judgement_table: the combined judgement before 2023, and a table after April 2026 without overall") {
    CHECK(grades(table(kHeader + "The experiences and progress of children in care and care leavers\tGood\n")) ==
          Strings{"children_in_care_and_care_leavers=good"});
    CHECK(grades(table(kHeader +
                       "The impact of leaders on practice with children and families\tGood\n"
                       "The experiences and progress of children who need help and protection\tGood\n")) ==
          Strings{"impact_of_leaders=good", "help_and_protection=good"});
}

TEST_CASE("judgement_table: a row not judged is left out, and body text after the table is not a row") {
    const Record rec = table(kHeader +
                             "The experiences and progress of care leavers\tNot judged\n"
                             "Overall effectiveness\tGood\n"
                             "Leaders have taken decisive action since the last inspection.\n");
    CHECK(grades(rec) == Strings{"overall_effectiveness=good"});
    CHECK(rec.warnings.empty());
}

TEST_CASE("judgement_table: an unknown row or an unreadable grade is a warning, not a judgement") {
    const Record rec = table(kHeader +
                             "The quality of the weather\tGood\n"
                             "The impact of leaders on practice with children and families\tRequires\n"
                             "Overall effectiveness\tGood\n");
    CHECK(grades(rec) == Strings{"overall_effectiveness=good"});
    REQUIRE(rec.warnings.size() == 2);
    CHECK(rec.warnings[0].find("'The quality of the weather' is not a judgement ilacs knows") != std::string::npos);
    CHECK(rec.warnings[1].find("has no grade ilacs can read ('Requires')") != std::string::npos);
}

TEST_CASE("judgement_table: in print, wrapped labels and grades make one row, with its page") {
    ilacs::Document doc;
    doc.pages.push_back(ilacs::test::a4_page(1, {ilacs::test::placed_line(1, 60, "Front page")}));
    doc.pages.push_back(ilacs::test::a4_page(
        2, {placed_row(2, 100, {{72, "Judgement"}, {400, "Grade"}}, 11, true),
            placed_row(2, 120, {{72, "The impact of leaders on social work practice"}, {400, "Requires improvement"}}),
            placed_row(2, 133, {{72, "with children and families"}, {400, "to be good"}}),
            placed_row(2, 150, {{72, "Overall effectiveness"}, {400, "Good"}})}));
    const Record rec = table(doc);
    CHECK(grades(rec) == Strings{"impact_of_leaders=requires_improvement", "overall_effectiveness=good"});
    REQUIRE(rec.judgements.size() == 2);
    CHECK(rec.judgements[0].label == "The impact of leaders on social work practice with children and families");
    CHECK(rec.judgements[0].grade_text == "Requires improvement to be good");
    CHECK(rec.judgements[0].page == 2);
}

TEST_CASE("judgement_table: no header, no table") {
    const Record rec = table("Overall effectiveness\tGood\n");
    CHECK(rec.judgements.empty());
    CHECK(rec.warnings.empty());
}

TEST_CASE("judgement_table: canonical grades of printed grade words") {
    CHECK(ilacs::canonical_grade(rules(), "Requires improvement to be good") == "requires_improvement");
    CHECK(ilacs::canonical_grade(rules(), "Require improvement") == "requires_improvement");
    CHECK(ilacs::canonical_grade(rules(), "Good") == "good");
    CHECK(ilacs::canonical_grade(rules(), "OUTSTANDING") == "outstanding");
    CHECK(ilacs::canonical_grade(rules(), "Inadequate") == "inadequate");
    CHECK(ilacs::canonical_grade(rules(), "Adequate") == "adequate");
    CHECK(ilacs::canonical_grade(rules(), "Not judged") == "not_judged");
    CHECK(ilacs::canonical_grade(rules(), "Goodness knows").empty());
    CHECK(ilacs::canonical_grade(rules(), "").empty());
}

TEST_CASE("SIF: a report is a stand-alone LSCB review only without the authority's title and grades") {
    using ilacs::is_standalone_lscb_review;
    using ilacs::test::text_document;
    const std::string overall = "The overall judgement is that children's services require improvement.\n";
    const std::string board = "The Local Safeguarding Children Board is good.\n";
    // The title lost or reworded: the authority's own grade still says whose report it is.
    CHECK_FALSE(is_standalone_lscb_review(text_document("Barsetshire Children's Trust\n\n" + overall + "\n" + board), rules()));
    CHECK_FALSE(is_standalone_lscb_review(
        text_document("Inspection of services for children in need of help and protection\n\n" + board), rules()));
    CHECK(is_standalone_lscb_review(
        text_document("Review of the effectiveness of the Local Safeguarding Children Board\n\n" + board), rules()));
}
