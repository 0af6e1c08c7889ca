// The inspection a committee paper reports: its framework, type and dates, with papers made
// in the test.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace ilacs;
using ilacs::test::extract_text;

namespace {

const std::string kPaper = "Agenda item\n\nMinutes:\n\n";

Record paper(const std::string& body) { return extract_text(kPaper + body); }

std::string framework(const Record& rec) { return rec.framework.value_or("-"); }

}  // namespace

TEST_CASE("committee inspection: the framework named") {
    CHECK(framework(paper("Outcome of the Inspection of Local Authority Children's Services\n")) == "ILACS");
    CHECK(framework(paper("The Ofsted single inspection of children's services concluded last month.\n")) == "SIF");
    CHECK(framework(paper("Report on the inspection of services for children in need of help and protection, children "
                          "looked after and care leavers\n")) == "SIF");
    CHECK(framework(paper("The safeguarding and looked after children inspection of the borough was published.\n")) ==
          "legacy");
    CHECK(framework(paper("The council noted the inspection's grade for adoption performance.\n")) == "SIF");
}

TEST_CASE("committee inspection: an inspection of children's services placed by its year") {
    CHECK(framework(paper("The Ofsted inspection of the council's children's services was carried out between 3 and 14 "
                          "March 2015.\n")) == "SIF");
    CHECK(framework(paper("The Ofsted inspection of the council's children's services was carried out between 3 and 14 "
                          "March 2011.\n")) == "legacy");
    CHECK(framework(paper("The Ofsted inspection of the council's children's services was carried out between 3 and 14 "
                          "March 2021.\n")) == "ILACS");
    // Undated, the framework is not told.
    CHECK(framework(paper("The Ofsted inspection of the council's children's services has been published.\n")) == "-");
}

TEST_CASE("committee inspection: visits, JTAIs and SEND inspections") {
    Record rec = paper("Update - Ofsted Monitoring Visit\n\nThe visit took place in May. The authority had been judged "
                       "inadequate in 2019.\n");
    CHECK(rec.inspection.type == "monitoring_visit");
    CHECK(rec.judgements.empty());
    CHECK(paper("The council acknowledges the findings of the Ofsted monitoring letter.\n").inspection.type ==
          "monitoring_visit");
    CHECK(paper("Ofsted Focused Visit January 2020\n\nThe committee noted the progress since the last inspection under "
                "the single inspection framework.\n")
              .inspection.type == "focused_visit");
    CHECK(paper("This was the fourth monitoring visit since the last inspection by Ofsted.\n").inspection.type ==
          "monitoring_visit");
    CHECK(framework(paper("The joint targeted area inspection of the response to neglect was published.\n")) == "JTAI");
    CHECK(framework(paper("An update on the local area SEND inspection carried out in June 2023.\n")) == "SEND");
    CHECK(framework(paper("An update was given on the SEND revisit in the borough.\n")) == "SEND");
}

TEST_CASE("committee inspection: the first mention of the paper's own inspection tells it") {
    // A visit still to come is not the one reported.
    Record rec = paper("A progress update since the Ofsted Inspection of Local Authority Children's Services.\n\n"
                       "The first monitoring visit has been rescheduled for 20 and 21 August 2020.\n");
    CHECK(framework(rec) == "ILACS");
    CHECK(!rec.inspection.type);
    // Nor is an earlier inspection.
    rec = paper("The previous single inspection framework inspection found services inadequate.\n\n"
                "The council received the outcome of the Inspection of Local Authority Children's Services.\n");
    CHECK(framework(rec) == "ILACS");
}

TEST_CASE("committee inspection: a paper on schools' inspections reports no children's services inspection") {
    const Record rec = paper("Ofsted Inspections of Barchester Schools\n\nMembers welcomed the outcomes of school "
                             "inspections: the schools were judged to be 'good'.\n");
    CHECK(framework(rec) == "-");
    CHECK(rec.judgements.empty());
}

TEST_CASE("committee inspection: the dates, wherever the sentence puts them") {
    CHECK(paper("Between 5 and 16 May 2025, Ofsted completed an inspection of the council's services.\n")
              .inspection.date_ranges.at(0)
              .start.iso() == "2025-05-05");
    CHECK(paper("The inspection concluded on 14th November 2022.\n").inspection.date_ranges.at(0).start.iso() ==
          "2022-11-14");
    CHECK(paper("The plan followed the Ofsted inspection of Children services in June 2021.\n")
              .inspection.date_ranges.at(0)
              .end.iso() == "2021-06-30");
}
