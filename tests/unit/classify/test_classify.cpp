#include <doctest/doctest.h>

#include "support.hpp"

using ilacs::test::rules;
using ilacs::test::text_document;

namespace {
std::string kind_of(const std::string& text) { return ilacs::classify(text_document(text), rules()); }

// What every Ofsted report prints around its framework's own words.
const std::string kDates = "Inspection dates: 8 to 19 July 2019\nLead inspector: Jane Smith, Her Majesty's Inspector\n";
const std::string kClosing = "\nThis report is available at https://reports.ofsted.gov.uk/.\nPiccadilly Gate\n";

const std::string kIlacsTable =
    "Judgement\tGrade\n"
    "The impact of leaders on social work practice with children and families\tGood\n"
    "The experiences and progress of children who need help and protection\tGood\n"
    "The experiences and progress of children in care and care leavers\tGood\n"
    "Overall effectiveness\tGood\n";
}  // namespace

TEST_CASE("classify: ILACS report titles") {
    CHECK(kind_of("Barsetshire County Council\nInspection of Barsetshire local authority children\u2019s services\n" +
                  kDates) == "ilacs_inspection");
    CHECK(kind_of("Inspection of children's social care services\n" + kDates) == "ilacs_inspection");
    CHECK(kind_of("Inspection of Barsetshire children's services\n" + kDates) == "ilacs_inspection");
}

TEST_CASE("classify: a title wrapped over three lines") {
    CHECK(kind_of("Inspection of Royal Borough of Barset and\nChelsea local authority children's\nservices\n" +
                  kDates) == "ilacs_inspection");
}

TEST_CASE("classify: SIF and earlier frameworks by their titles") {
    CHECK(kind_of("Barsetshire\nInspection of services for children in need of help and protection, children "
                  "looked after and care leavers\n" +
                  kDates) == "sif_inspection");
    CHECK(kind_of("Review of the effectiveness of the local safeguarding children board\n" + kDates) ==
          "sif_inspection");
    CHECK(kind_of("Inspection of safeguarding and looked after children services\n" + kDates) == "legacy_inspection");
    CHECK(kind_of("Unannounced inspection of safeguarding and looked after children\n" + kDates) ==
          "legacy_inspection");
    CHECK(kind_of("Inspection of local authority contact, referral and assessment arrangements\n" + kDates) ==
          "legacy_inspection");
}

TEST_CASE("classify: a provider renamed to a children's trust is read by the judgement table") {
    CHECK(kind_of("Inspection of Barsetshire Children's Trust\n" + kDates + kIlacsTable) == "ilacs_inspection");
    CHECK(kind_of("Barsetshire Children First\n" + kDates + kIlacsTable) == "ilacs_inspection");
}

TEST_CASE("classify: a lost title page: ILACS section headings and Ofsted's closing page") {
    CHECK(kind_of("The experiences and progress of children who need help and protection: good\n"
                  "1. Children are helped.\n"
                  "The impact of leaders on social work practice with children and families: good\n"
                  "What needs to improve?\n" +
                  kClosing) == "ilacs_inspection");
}

TEST_CASE("classify: SIF without its title: the numbered judgement rows") {
    CHECK(kind_of("Inspection date: 2 July 2014 - 23 July 2014\nThe overall judgement is good.\n"
                  "1. Children who need help and protection\tGood\n"
                  "2. Children looked after and achieving permanence\tGood\n"
                  "2.1 Adoption performance\tGood\n") == "sif_inspection");
}

TEST_CASE("classify: legacy without its title: main findings and capacity to improve") {
    CHECK(kind_of("Reporting inspector Gary Lamb HMI\nThe inspection judgements and what they\nmean\n"
                  "Record of main findings\nOverall effectiveness\tAdequate\nCapacity to improve\tGood\n") ==
          "legacy_inspection");
}

TEST_CASE("classify: a title outweighs another framework's headings") {
    // A SIF report discusses children's experiences in words ILACS uses for headings.
    CHECK(kind_of("Inspection of services for children in need of help and protection, children looked after and "
                  "care leavers\n" +
                  kDates + "The experiences and progress of children in care\nWhat needs to improve?\n") ==
          "sif_inspection");
}

TEST_CASE("classify: visits by their title or their opening sentence") {
    CHECK(kind_of("Focused visit to Barsetshire children's services\n" + kClosing) == "focused_visit");
    CHECK(kind_of("Monitoring visit of Barsetshire children's services\n" + kClosing) == "monitoring_visit");
    CHECK(kind_of("Dear Ms Smith\nThis letter summarises the findings of the focused visit to Barsetshire "
                  "children's services\nAreas for priority action\nYours sincerely\nJane Smith\n"
                  "Her Majesty's Inspector\n") == "focused_visit");
}

TEST_CASE("classify: a paper's front matter decides, whatever it quotes") {
    for (const char* front : {"Meeting date: 4 March 2020", "Report to Cabinet", "Agenda item", "Minutes:", "CABINET",
                              "Children's Services Scrutiny Committee", "COMMITTEE: AUDIT DATE: 29 JULY 2020"}) {
        CAPTURE(front);
        CHECK(kind_of(std::string(front) + "\nInspection of Barsetshire local authority children's services\n" +
                      kDates + kIlacsTable) == "committee_paper");
    }
}

TEST_CASE("classify: a paper's sections outweigh the report it quotes") {
    // A cabinet report reproducing the ILACS front page, after its own front matter's lines.
    std::string quoted;
    for (int i = 0; i < 70; ++i) quoted += "The council's plan, paragraph " + std::to_string(i) + ".\n";
    CHECK(kind_of(quoted + "Inspection dates: 8 to 19 July 2019\n" + kIlacsTable +
                  "1. Purpose of report\n2. Financial implications\n3. Background papers\n") == "committee_paper");
    CHECK(kind_of(quoted + "Resolved - that the report be noted\nWards affected: all\n" + kIlacsTable) ==
          "committee_paper");
}

TEST_CASE("classify: a title alone is no report: a web page quoting it reports an inspection") {
    CHECK(kind_of("Inspection of Children's Social Care Services\nHow we are improving our services after "
                  "Ofsted's visit.\n") == "committee_paper");
    CHECK(kind_of("Barsetshire's children's services Ofsted ratings\n" + kIlacsTable) == "committee_paper");
}

TEST_CASE("classify: Ofsted's shape without a framework, or nothing known, is unknown") {
    CHECK(kind_of("Barset Primary School\n" + kDates + "Overall effectiveness\tGood\n" + kClosing) == "unknown");
    CHECK(kind_of("A letter about the weather\nIt rained.\n") == "unknown");
}

TEST_CASE("classify: a title counts only among the first lines") {
    std::string late;
    for (int i = 0; i < 20; ++i) late += "Body text line " + std::to_string(i) + "\n";
    CHECK(kind_of(late + "Inspection of Barsetshire local authority children's services\n" + kDates) == "unknown");
}

TEST_CASE("classify: report prose that wraps at 'decision-making' is no paper's decision section") {
    // A SIF report's first pages: its title and dates, then sentences that a line break
    // leaves starting with "decision-making" or "key decision-making".
    const std::string front = "Inspection of services for children in need of help and protection, children looked "
                              "after and care leavers\nInspection date: 25 September 2017 to 19 October 2017\n";
    CHECK(kind_of(front + "decision-making underpins social work practice, and that consistent management\n") ==
          "sif_inspection");
    CHECK(kind_of(front + "key decision-making. The response to children suffering chronic neglect\n") ==
          "sif_inspection");
    // A paper's own sections still count.
    CHECK(kind_of(front + "Decision: that the report be noted\nKey decision: No\n") == "committee_paper");
}
