#include <doctest/doctest.h>

#include "ilacs/validate/checks.hpp"
#include "support.hpp"
#include "validate_support.hpp"

namespace ilacs {
namespace {

using test::has_issue;

const Date kToday{2026, 11, 27};

DatasetRow row_of(const Record& rec) { return {1, rec}; }

TEST_CASE("record checks: a clean record has no issue of any check") {
    const DatasetRow row = row_of(test::clean_record());
    CHECK(check_vocabularies(row).empty());
    CHECK(check_dates(row, kToday).empty());
    CHECK(check_framework(row).empty());
    CHECK(check_authority(row, test::rules()).empty());
}

TEST_CASE("vocabularies: kind, framework, type, judgement key and grade outside SPEC.md's") {
    Record rec = test::clean_record();
    rec.kind = "ilacs";
    rec.inspection.type = "full";
    rec.judgements[0].grade = "very_good";
    rec.judgements[1].key = "leaders_impact";
    const Issues issues = check_vocabularies(row_of(rec));
    CHECK(has_issue(issues, "kind", "'ilacs' is not a kind"));
    CHECK(has_issue(issues, "inspection.type", "not an inspection type"));
    CHECK(has_issue(issues, "judgements.overall_effectiveness", "'very_good' is not a grade"));
    CHECK(has_issue(issues, "judgements", "'leaders_impact' is not a judgement key"));
}

TEST_CASE("vocabularies: adequate is a legacy grade, and a kind has its framework") {
    Record rec = test::clean_record();
    rec.judgements[0].grade = "adequate";
    rec.framework = "SIF";
    const Issues issues = check_vocabularies(row_of(rec));
    CHECK(has_issue(issues, "framework", "the kind ilacs_inspection is ILACS"));
    CHECK(has_issue(issues, "judgements.overall_effectiveness", "legacy grade"));
    Record legacy = test::clean_record();
    legacy.kind = "legacy_inspection";
    legacy.framework = "legacy";
    legacy.judgements = {{"capacity_to_improve", "Capacity to improve", "adequate", "Adequate", 1}};
    CHECK(check_vocabularies(row_of(legacy)).empty());
}

TEST_CASE("dates: swapped, out of order, published before fieldwork ended, in the future") {
    Record rec = test::clean_record();
    rec.inspection.date_ranges = {{{2019, 7, 12}, {2019, 7, 8}}};
    CHECK(has_issue(check_dates(row_of(rec), kToday), "inspection.date_ranges[0]", "starts 2019-07-12 after it ends 2019-07-08"));
    rec.inspection.date_ranges = {{{2019, 8, 7}, {2019, 8, 8}}, {{2019, 7, 8}, {2019, 7, 12}}};
    CHECK(has_issue(check_dates(row_of(rec), kToday), "inspection.date_ranges[1]", "not after the range before it"));
    rec = test::clean_record();
    rec.inspection.published = Date{2019, 8, 1};
    CHECK(has_issue(check_dates(row_of(rec), kToday), "inspection.published", "before fieldwork ended 2019-08-08"));
    rec.inspection.published = Date{2019, 9, 19};
    CHECK(check_dates(row_of(rec), kToday).empty());
    rec.inspection.date_ranges = {{{2027, 1, 4}, {2027, 1, 15}}};
    rec.inspection.published = std::nullopt;
    CHECK(has_issue(check_dates(row_of(rec), kToday), "inspection.start_date", "2027-01-04 is in the future"));
}

TEST_CASE("framework: the judgements of each ILACS era, and no others") {
    Record rec = test::clean_record();
    rec.judgements.push_back({"care_leavers", "Care leavers", "good", "Good", 1});
    CHECK(has_issue(check_framework(row_of(rec)), "judgements.care_leavers", "not a judgement of ILACS 2018-22"));
    rec = test::clean_record();
    rec.inspection.date_ranges = {{{2023, 3, 6}, {2023, 3, 17}}};
    const Issues in_2023 = check_framework(row_of(rec));
    CHECK(has_issue(in_2023, "judgements.children_in_care_and_care_leavers", "not a judgement of ILACS 2023-26"));
    CHECK(has_issue(in_2023, "judgements.care_leavers", "ILACS 2023-26 grades it"));
    CHECK(has_issue(in_2023, "judgements.children_in_care", "ILACS 2023-26 grades it"));
    rec.inspection.date_ranges = {{{2026, 5, 11}, {2026, 5, 15}}};
    rec.judgements = {{"overall_effectiveness", "", "good", "", 1}, {"impact_of_leaders", "", "good", "", 1},
                      {"help_and_protection", "", "good", "", 1}, {"children_in_care", "", "good", "", 1},
                      {"care_leavers", "", "good", "", 1}};
    const Issues reformed = check_framework(row_of(rec));
    CHECK(has_issue(reformed, "judgements.overall_effectiveness", "not a judgement of ILACS from April 2026"));
    CHECK(reformed.size() == 1);
}

TEST_CASE("framework: SIF with or without the LSCB, a stand-alone LSCB review, a date outside the framework") {
    Record rec = test::clean_record();
    rec.kind = "sif_inspection";
    rec.framework = "SIF";
    rec.inspection.date_ranges = {{{2015, 6, 1}, {2015, 6, 25}}};
    rec.judgements = {{"overall_effectiveness", "", "good", "", 1}, {"help_and_protection", "", "good", "", 1},
                      {"children_looked_after", "", "good", "", 1}, {"adoption", "", "good", "", 1},
                      {"care_leavers", "", "good", "", 1}, {"leadership_management_governance", "", "good", "", 1}};
    CHECK(check_framework(row_of(rec)).empty());
    rec.judgements.push_back({"lscb", "", "good", "", 1});
    CHECK(check_framework(row_of(rec)).empty());
    rec.judgements = {{"lscb", "", "good", "", 1}};
    CHECK(check_framework(row_of(rec)).empty());
    rec.judgements = {{"overall_effectiveness", "", "good", "", 1}};
    CHECK(has_issue(check_framework(row_of(rec)), "judgements.help_and_protection", "SIF grades it"));
    rec.inspection.date_ranges = {{{2020, 1, 6}, {2020, 1, 17}}};
    CHECK(has_issue(check_framework(row_of(rec)), "inspection.start_date", "SIF inspections had fieldwork from 2013-11-01"));
}

TEST_CASE("framework: a visit grades nothing, and no judgement comes twice") {
    Record rec = test::clean_record();
    rec.kind = "focused_visit";
    rec.framework = std::nullopt;
    CHECK(check_framework(row_of(rec)).size() == 4);
    rec = test::clean_record();
    rec.judgements.push_back(rec.judgements.front());
    CHECK(has_issue(check_framework(row_of(rec)), "judgements.overall_effectiveness", "judged twice"));
}

TEST_CASE("authority: unknown code, code and URN of two authorities, null code beside a known id") {
    Record rec = test::clean_record();
    rec.local_authority->code = "999";
    CHECK(has_issue(check_authority(row_of(rec), test::rules()), "local_authority.code", "'999' is no authority"));
    rec = test::clean_record();
    rec.local_authority->urn = "80486";  // Barking and Dagenham
    CHECK(has_issue(check_authority(row_of(rec), test::rules()), "local_authority.urn", "'80486' is Barking and Dagenham"));
    rec = test::clean_record();
    rec.local_authority->code = std::nullopt;
    CHECK(has_issue(check_authority(row_of(rec), test::rules()), "local_authority.code", "has code 830"));
    rec = test::clean_record();
    rec.local_authority = LocalAuthority{"Atlantis Borough Council", std::nullopt, std::nullopt, std::nullopt};
    CHECK(has_issue(check_authority(row_of(rec), test::rules()), "local_authority.name", "no authority of the reference table"));
}

TEST_CASE("duplicates: the same document by sha256 or path, one authority twice on the same dates") {
    const Record rec = test::clean_record();
    Record same_path = rec;
    same_path.source.sha256 = std::string(64, 'b');
    Record same_dates = rec;
    same_dates.source = {"elsewhere/other.pdf", std::string(64, 'c'), "pdf", 14};
    Record other = rec;
    other.source = {"80460_derbyshire/report 2023.pdf", std::string(64, 'd'), "pdf", 14};
    other.inspection.date_ranges = {{{2023, 3, 6}, {2023, 3, 17}}};
    const std::vector<DatasetRows> datasets = {{"a.jsonl", {{1, rec}, {2, rec}, {3, same_path}}, {}},
                                               {"b.jsonl", {{1, same_dates}, {2, other}}, {}}};
    const std::vector<Finding> found = check_duplicates(datasets);
    REQUIRE(found.size() == 3);
    CHECK(found[0].line == 2);
    CHECK(found[0].issue.field == "source.sha256");
    CHECK(found[0].issue.message.find("as a.jsonl:1") != std::string::npos);
    CHECK(found[1].issue.field == "source.path");
    CHECK(found[2].dataset == "b.jsonl");
    CHECK(found[2].issue.field == "inspection.date_ranges");
    CHECK(found[2].issue.message.find("inspected twice on the same dates") != std::string::npos);
}

}  // namespace
}  // namespace ilacs
