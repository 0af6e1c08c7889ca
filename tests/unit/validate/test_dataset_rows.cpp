#include <doctest/doctest.h>

#include "ilacs/batch/dataset.hpp"
#include "ilacs/validate/dataset_rows.hpp"
#include "support.hpp"
#include "validate_support.hpp"

namespace ilacs {
namespace {

const char* kOtherToolCsv =
    "urn,local_authority,pdf_filename,publication_date,inspector_name,inspection_start_date,inspection_end_date,"
    "overall_effectiveness_grade,impact_of_leaders_grade,help_and_protection_grade,in_care_grade,care_leavers_grade,parser_version\n"
    "80460,derbyshire,report 2019.pdf,19/09/19,Julie Knight,08/07/2019,08/08/2019,requires improvement,good,"
    "Requires Improvement To Be Good,requires improvement,inspection_pre_dates_judgement,1\n"
    "80460,derbyshire,report 2023.pdf,01/05/23,data_unreadable,06/03/2023,31/02/2023,good,good,excellent,good,data_unreadable,1\n";

TEST_CASE("dataset rows: JSON Lines give records with their lines, and schema findings for bad lines") {
    const std::string text = test::jsonl({test::clean_record()}) + "\nnot json\n{\"schema\": \"ilacs/1\", \"kind\": 3}\n";
    const DatasetRows ds = read_jsonl_rows("d.jsonl", text);
    REQUIRE(ds.rows.size() == 1);
    CHECK(ds.rows[0].line == 1);
    CHECK_FALSE(ds.rows[0].partial);
    bool not_json = false, kind_type = false;
    for (const Finding& f : ds.findings) {
        not_json |= f.line == 3 && f.issue.message.find("not JSON") != std::string::npos;
        kind_type |= f.line == 4 && f.issue.field == "kind";
    }
    CHECK(not_json);
    CHECK(kind_type);
}

TEST_CASE("dataset rows: another tool's CSV, its columns recognised by name") {
    const DatasetRows ds = read_csv_rows("t.csv", kOtherToolCsv, {}, test::rules());
    REQUIRE(ds.rows.size() == 2);
    const DatasetRow& first = ds.rows[0];
    CHECK(first.partial);
    CHECK(first.line == 2);
    CHECK(first.record.source.path == "report 2019.pdf");
    CHECK(first.record.local_authority->urn == std::optional<std::string>("80460"));
    CHECK(first.record.inspection.date_ranges.front().end.iso() == "2019-08-08");
    CHECK(first.record.inspection.published->iso() == "2019-09-19");
    CHECK(first.record.inspection.lead_inspector == std::optional<std::string>("Julie Knight"));
    // in_care before 2023 is the combined judgement; the words of grades in any case
    REQUIRE(first.record.judgements.size() == 4);
    CHECK(first.record.judgements[2].grade == "requires_improvement");
    CHECK(first.record.judgements[3].key == "children_in_care_and_care_leavers");
    CHECK(first.unread.count("judgements.care_leavers") == 1);
    CHECK(first.label("inspection.start_date") == "inspection_start_date");
    const DatasetRow& second = ds.rows[1];
    CHECK(second.unread.count("inspection.lead_inspector") == 1);
    bool bad_date = false, bad_grade = false, unchecked = false;
    for (const Finding& f : ds.findings) {
        bad_date |= f.line == 3 && f.issue.field == "inspection_end_date" && f.issue.message.find("not a date") != std::string::npos;
        bad_grade |= f.line == 3 && f.issue.field == "help_and_protection_grade" && f.issue.message.find("'excellent' is not a grade") != std::string::npos;
        unchecked |= f.line == 1 && f.issue.field == "parser_version" && f.issue.note;
    }
    CHECK(bad_date);
    CHECK(bad_grade);
    CHECK(unchecked);
    bool in_care_2023 = false;
    for (const Judgement& j : second.record.judgements) in_care_2023 |= j.key == "children_in_care";
    CHECK(in_care_2023);
}

TEST_CASE("dataset rows: columns mapped by hand, and grade numbers") {
    const std::string csv = "Authority code,Start,Finish,HP\n830,2019-07-08,2019-07-12,3\n";
    ColumnMap map;
    map.fields = {{"la_code", "Authority code"}, {"start_date", "Start"}, {"end_date", "Finish"}};
    map.grades = {{"help_and_protection", "HP"}};
    const DatasetRows ds = read_csv_rows("m.csv", csv, map, test::rules());
    REQUIRE(ds.rows.size() == 1);
    const Record& rec = ds.rows[0].record;
    CHECK(rec.local_authority->code == std::optional<std::string>("830"));
    CHECK(rec.inspection.date_ranges.front().start.iso() == "2019-07-08");
    REQUIRE(rec.judgements.size() == 1);
    CHECK(rec.judgements[0].grade == "requires_improvement");
    CHECK(ds.findings.empty());
    map.fields["urn"] = "URN";
    CHECK(read_csv_rows("m.csv", csv, map, test::rules()).findings.front().issue.message.find("no such column") != std::string::npos);
}

TEST_CASE("dataset rows: ilacs's own CSV reads back the judgement columns") {
    std::ostringstream out;
    write_csv_header(out);
    write_csv_row(out, test::clean_record());
    const DatasetRows ds = read_csv_rows("own.csv", out.str(), {}, test::rules());
    REQUIRE(ds.rows.size() == 1);
    CHECK(ds.rows[0].record.judgements.size() == 4);
    CHECK(ds.rows[0].record.kind == "ilacs_inspection");
}

TEST_CASE("dataset rows: a file that is no dataset is a DatasetError") {
    const auto path = std::filesystem::temp_directory_path() / "ilacs_validate_bad.csv";
    std::ofstream(path) << "a,\"b\n";
    CHECK_THROWS_AS(read_dataset_rows(path, {}, test::rules()), DatasetError);
    std::filesystem::remove(path);
    CHECK_THROWS_AS(read_dataset_rows(path, {}, test::rules()), DatasetError);
}

}  // namespace
}  // namespace ilacs
