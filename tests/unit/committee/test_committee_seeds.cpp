// The seed papers in ../shared/seeds, each in every form it comes in: what a reader of the
// paper sees, and the same record from each form (page numbers aside). Skipped, and said
// so, where ../shared is not there.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "ilacs/model/text_normalize.hpp"
#include "ilacs/output/writers.hpp"
#include "support.hpp"

using namespace ilacs;
using ilacs::test::grades;
using Strings = std::vector<std::string>;

namespace {

const std::filesystem::path kSeeds = std::filesystem::path(ILACS_TEST_SHARED_DIR) / "seeds";

// ctest runs each test case in a process of its own and counts exit status 77 as skipped.
void require_seeds() {
    if (std::filesystem::is_directory(kSeeds)) return;
    std::cerr << "SKIPPED: " << kSeeds.string() << " is not there; this test reads the shared seed papers\n";
    std::exit(77);
}

Record seed(const std::string& file) {
    Record rec = extract_file((kSeeds / file).string(), test::rules());
    REQUIRE_MESSAGE(!rec.error, file << ": " << (rec.error ? rec.error->message : ""));
    return rec;
}

// The record as JSON without what differs between forms of one paper: the source, pages.
nlohmann::ordered_json comparable(const Record& rec) {
    nlohmann::ordered_json j = to_json(rec);
    j.erase("source");
    for (const char* list : {"judgements", "improvements"})
        for (auto& item : j[list]) item["page"] = nullptr;
    return j;
}

Strings normalised_improvements(const Record& rec) {
    Strings out;
    for (const Improvement& i : rec.improvements) out.push_back(normalize_for_matching(i.text));
    return out;
}

// Every form of the paper gives the same record; returns the first form's.
Record same_in_every_form(const Strings& files) {
    const Record first = seed(files.front());
    for (std::size_t i = 1; i < files.size(); ++i) {
        INFO(files.front() << " against " << files[i]);
        CHECK(comparable(seed(files[i])).dump(2) == comparable(first).dump(2));
    }
    return first;
}

}  // namespace

TEST_CASE("seed 000: cabinet report with an action plan and a summary for young people") {
    require_seeds();
    const Record rec = same_in_every_form({"000_b146d39a9fb2af7d.pdf", "000_b146d39a9fb2af7d.txt"});
    CHECK(rec.kind == "committee_paper");
    REQUIRE(rec.meeting);
    CHECK(rec.meeting->body == "CABINET");
    CHECK(rec.meeting->date->iso() == "2020-03-16");
    CHECK(rec.local_authority->id == "derbyshire");
    CHECK(rec.framework == "ILACS");
    REQUIRE(rec.inspection.date_ranges.size() == 2);  // "In July and August 2019"
    CHECK(rec.inspection.date_ranges[0].start.iso() == "2019-07-01");
    CHECK(rec.inspection.date_ranges[1].end.iso() == "2019-08-31");
    // Grades only from the summary's answers; the paper states no overall grade.
    CHECK(grades(rec) == Strings{"impact_of_leaders=good", "help_and_protection=requires_improvement",
                                 "children_in_care_and_care_leavers=requires_improvement"});
    REQUIRE(rec.improvements.size() == 5);
    CHECK(rec.improvements[0].text ==
          "The timeliness with which Starting Point progress decision-making on contacts when there are no child protection concerns.");
    CHECK(rec.improvements[4].text ==
          "The consistency of practice, including the effectiveness of front-line management oversight and supervision");
    REQUIRE(rec.actions.size() == 22);
    const Action& first = rec.actions.front();
    CHECK(first.area == "The timeliness with which Starting Point progress decision-making on contacts when there are no child protection concerns");
    CHECK(first.action == "Finalise and launch new thresholds document, supporting active roll-out by all agencies to support consistent understanding of thresholds");
    CHECK(first.owner == "Rachel Harrisson Head of Service, Starting Point");
    CHECK(first.due == "January 2019");
    // A continuation row takes the area above; a cell's lines stay whole.
    CHECK(rec.actions[2].area == first.area);
    CHECK(rec.actions[2].owner == std::nullopt);
    CHECK(rec.actions[2].due == "Already in progress with improvements to timescales as below September 2019 "
                                "performance: CP 1 working day CIN 4 working days EH 2 working days");
    CHECK(rec.actions[7].action == "Launch new joint protocol and pathway with District and Borough councils for 16/17 year olds who present as homeless");
    CHECK(rec.actions[7].owner == "James Gracey Commissioning Manager");
    CHECK(rec.actions[8].owner == "Ann Coverley Head of Service, Chesterfield & Louise Ryan Team Manager, Erewash");
    CHECK(rec.actions[15].action->find("SMART Targets to be set for each stage of the initial health assessment process.") !=
          std::string::npos);
    CHECK(rec.actions[15].owner == "Isobel Fleming Service Director, Commissioning & Transformation");
    CHECK(rec.actions[17].owner == "Alison Noble Service Director Early Help & Safeguarding");
    CHECK(rec.actions.back().due == "By March 2020 (rolling programme thereafter)");
    // "In July and August 2019": the dates are whole months, and the record says so.
    REQUIRE(rec.warnings.size() == 1);
    CHECK(rec.warnings[0].find("months only ('July and August 2019')") != std::string::npos);
}

TEST_CASE("seed 001: the Ofsted report as text and as PDF gives what the corpus PDF gives") {
    require_seeds();
    const Record text = seed("001_56db76afc5b4d791.txt");
    const Record pdf = seed("001_56db76afc5b4d791.pdf");
    const std::filesystem::path corpus = std::filesystem::path(ILACS_TEST_SHARED_DIR) / "corpus" / "reports" /
                                         "80460_derbyshire" / "children's services inspection - 12 january 2024.pdf";
    REQUIRE(std::filesystem::exists(corpus));
    const Record report = extract_file(corpus.string(), test::rules());
    CHECK(report.kind == "ilacs_inspection");
    for (const Record* r : {&text, &pdf}) {
        CHECK(r->kind == "ilacs_inspection");
        CHECK(grades(*r) == grades(report));
        CHECK(to_json(*r)["inspection"]["date_ranges"] == to_json(report)["inspection"]["date_ranges"]);
        CHECK(r->inspection.lead_inspector == report.inspection.lead_inspector);
        CHECK(normalised_improvements(*r) == normalised_improvements(report));
    }
    CHECK(grades(report) == Strings{"impact_of_leaders=good", "help_and_protection=good", "children_in_care=good",
                                    "care_leavers=good", "overall_effectiveness=good"});
    CHECK(report.improvements.size() == 4);
}

TEST_CASE("seed 002: cabinet briefing with a judgement table") {
    require_seeds();
    const Record rec = same_in_every_form({"002_b807be618d3bf14c.pdf", "002_b807be618d3bf14c.txt"});
    CHECK(rec.kind == "committee_paper");
    REQUIRE(rec.meeting);
    CHECK(rec.meeting->body == "Leaders briefing -cabinet feeder");
    CHECK(rec.meeting->date->iso() == "2018-10-04");
    CHECK(rec.local_authority->id == "herefordshire");
    REQUIRE(rec.inspection.date_ranges.size() == 1);  // "between 4 June 2018 and 22 June 2018"
    CHECK(rec.inspection.date_ranges[0].start.iso() == "2018-06-04");
    CHECK(rec.inspection.date_ranges[0].end.iso() == "2018-06-22");
    // The 2014 inspection's "requiring improvement" is not this inspection's grade.
    CHECK(grades(rec) == Strings{"impact_of_leaders=inadequate", "help_and_protection=requires_improvement",
                                 "children_in_care_and_care_leavers=requires_improvement",
                                 "overall_effectiveness=requires_improvement"});
    REQUIRE(rec.improvements.size() == 7);
    CHECK(rec.improvements[0].text == "Senior leadership urgency in implementing a robust and timely action plan to "
                                      "deliver improvements and to address deficits in social work practice;");
    CHECK(rec.improvements[6].text == "The quality of life-story work for all children.");
    CHECK(rec.actions.empty());  // the action plan is an appendix the paper does not hold
    CHECK(rec.warnings.empty());
}

TEST_CASE("seed 003: scrutiny minutes on a SIF inspection, as text and as HTML") {
    require_seeds();
    const Record rec = same_in_every_form({"003_9f29b7853fb5da1e.html", "003_9f29b7853fb5da1e.txt"});
    CHECK(rec.kind == "committee_paper");
    CHECK(rec.framework == "SIF");
    CHECK_FALSE(rec.meeting);  // the minutes do not say which meeting they are
    CHECK(rec.local_authority->id == "durham");
    REQUIRE(rec.inspection.date_ranges.size() == 1);
    CHECK(rec.inspection.date_ranges[0].start.iso() == "2016-02-22");
    CHECK(rec.inspection.date_ranges[0].end.iso() == "2016-03-16");
    // "The majority of Local Authorities and LSCBs fell within the 'requires improvement'
    // category" and the authorities "Ofsted rated 'outstanding'" are no grades of Durham's.
    CHECK(grades(rec) == Strings{"overall_effectiveness=requires_improvement", "help_and_protection=requires_improvement",
                                 "children_looked_after=requires_improvement", "adoption=good", "care_leavers=good",
                                 "leadership_management_governance=requires_improvement", "lscb=good"});
    CHECK(rec.improvements.empty());
    CHECK(rec.actions.empty());
    CHECK(rec.warnings.empty());
}

TEST_CASE("seed 004: scrutiny report on a focused visit, which gives no grades") {
    require_seeds();
    const Record rec = same_in_every_form({"004_7c02e2276ac78206.pdf", "004_7c02e2276ac78206.txt"});
    CHECK(rec.kind == "committee_paper");
    REQUIRE(rec.meeting);
    CHECK(rec.meeting->body == "Children and Young People's Services Scrutiny Committee");
    CHECK(rec.meeting->date->iso() == "2021-01-07");
    CHECK(rec.local_authority->id == "west_sussex");
    CHECK(rec.framework == "ILACS");
    CHECK(rec.inspection.type == "focused_visit");
    REQUIRE(rec.inspection.date_ranges.size() == 1);  // "between 12-22 October 2020"
    CHECK(rec.inspection.date_ranges[0].start.iso() == "2020-10-12");
    CHECK(rec.inspection.date_ranges[0].end.iso() == "2020-10-22");
    CHECK(rec.judgements.empty());
    CHECK(ilacs::test::improvement_texts(rec) ==
          Strings{"Children with disabilities", "Management & decision-making", "Quality of assessments & care planning",
                  "Quality of records", "Permanence and pre-proceedings", "Exploitation & Missing"});
    CHECK(rec.actions.empty());  // a table of risks and mitigations is no action plan
}
