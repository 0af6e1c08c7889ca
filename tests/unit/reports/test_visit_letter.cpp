#include <doctest/doctest.h>

#include "support.hpp"

using ilacs::Record;
using ilacs::test::extract_text;
using ilacs::test::improvement_texts;
using Strings = std::vector<std::string>;

namespace {

// A focused visit letter laid out as Ofsted publishes them: address, subject line, the
// summary sentence with the dates, the areas for priority action and for improvement, the
// findings, the signature.
const std::string kFocusedVisit =
    "Ms Ann Example\nDirector of Children's Services\nRutland County Council\nCounty Hall\n\n"
    "Dear Ms Example\n\n"
    "Focused visit to Rutland County Council children's services\n\n"
    "This letter summarises the findings of the focused visit to Rutland County Council children's "
    "services on 8 and 9 October 2019. The visit was carried out by Her Majesty's Inspectors Jane Smith "
    "and John Brown.\n\n"
    "Areas for priority action\n\n"
    "- The timeliness of strategy discussions when children are at risk of significant harm.\n\n"
    "Areas for improvement\n\n"
    "- The quality of assessments of children in need.\n"
    "- Management oversight of work with children who go missing.\n\n"
    "Findings\n\n"
    "Children are seen promptly. Leaders have a good understanding of practice, which is good.\n\n"
    "Yours sincerely\n\nJane Smith\nHer Majesty's Inspector\n";

}  // namespace

TEST_CASE("visit letter: a focused visit gives no grades, its dates, inspector and areas") {
    const Record rec = extract_text(kFocusedVisit);
    CHECK(rec.kind == "focused_visit");
    CHECK(rec.judgements.empty());
    REQUIRE(rec.local_authority.has_value());
    CHECK(rec.local_authority->id == "rutland");
    REQUIRE(rec.inspection.date_ranges.size() == 1);
    CHECK(rec.inspection.date_ranges[0].start.iso() == "2019-10-08");
    CHECK(rec.inspection.date_ranges[0].end.iso() == "2019-10-09");
    CHECK(rec.inspection.lead_inspector == "Jane Smith");
    CHECK(improvement_texts(rec) ==
          Strings{"The timeliness of strategy discussions when children are at risk of significant harm.",
                  "The quality of assessments of children in need.",
                  "Management oversight of work with children who go missing."});
    REQUIRE(rec.improvements.size() == 3);
    CHECK(rec.improvements[0].priority);
    CHECK_FALSE(rec.improvements[1].priority);
    CHECK_FALSE(rec.improvements[2].priority);
    CHECK(rec.warnings.empty());
}

TEST_CASE("visit letter: a monitoring visit with only areas for improvement") {
    const Record rec = extract_text(
        "Dear Mr Example\n\nMonitoring visit to Wessex children's services\n\n"
        "This letter summarises the findings of the monitoring visit to Wessex children's services on "
        "14 and 15 January 2020. This was the third monitoring visit since the local authority was judged "
        "inadequate.\n\n"
        "Areas for improvement\n\n"
        "- The consistency of supervision.\n\n"
        "Yours sincerely\n\nRuth White\nHis Majesty's Inspector\n");
    CHECK(rec.kind == "monitoring_visit");
    CHECK(rec.judgements.empty());
    CHECK(rec.inspection.date_ranges.size() == 1);
    CHECK(rec.inspection.lead_inspector == "Ruth White");
    REQUIRE(rec.improvements.size() == 1);
    CHECK(rec.improvements[0].text == "The consistency of supervision.");
    CHECK_FALSE(rec.improvements[0].priority);
}

TEST_CASE("visit letter: a letter without the areas gives no improvements") {
    const Record rec = extract_text("Dear Ms Example\n\nFocused visit to Wessex children's services\n\n"
                                    "This letter summarises the findings of the focused visit to Wessex "
                                    "children's services on 3 March 2021.\n\nFindings\n\nPractice is good.\n");
    CHECK(rec.kind == "focused_visit");
    CHECK(rec.improvements.empty());
    CHECK(rec.inspection.date_ranges.size() == 1);
}
