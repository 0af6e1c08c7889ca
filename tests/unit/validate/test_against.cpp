#include <doctest/doctest.h>

#include "ilacs/validate/against.hpp"
#include "support.hpp"
#include "validate_support.hpp"

namespace ilacs {
namespace {

// An issue of the check, on the field, that says words.
bool has_issue(const Issues& issues, const std::string& check, const std::string& field, const std::string& words) {
    return test::has_issue(issues, field, words, check);
}

TEST_CASE("against: a record that agrees with its document has nothing to say") {
    CHECK(compare_with_document({1, test::clean_record()}, test::clean_record(), test::rules()).empty());
}

TEST_CASE("against: every field that disagrees, and what is missing or extra") {
    Record row = test::clean_record();
    row.judgements[1].grade = "outstanding";
    row.judgements.pop_back();
    row.judgements.push_back({"care_leavers", "", "good", "", 1});
    row.inspection.date_ranges = {{{2019, 7, 8}, {2019, 7, 12}}};
    row.inspection.lead_inspector = "JULIE  knight";
    const Issues issues = compare_with_document({1, row}, test::clean_record(), test::rules());
    CHECK(has_issue(issues, "mismatch", "judgements.impact_of_leaders", "'outstanding' in the dataset, 'good' in the document"));
    CHECK(has_issue(issues, "missing", "judgements.children_in_care_and_care_leavers", "none in the dataset"));
    CHECK(has_issue(issues, "extra", "judgements.care_leavers", "none in the document"));
    CHECK(has_issue(issues, "mismatch", "inspection.date_ranges", "2019-07-08..2019-07-12"));
    CHECK(issues.size() == 4);  // the inspector's name differs only in case and spacing
}

TEST_CASE("against: a table's row compares only its columns, and a value not read is a note") {
    DatasetRow row{2, test::clean_record(), true, {"judgements.help_and_protection", "judgements.impact_of_leaders", "inspection.end_date"}};
    row.record.judgements = {{"help_and_protection", "", "good", "", std::nullopt}};
    row.unread["judgements.impact_of_leaders"] = "data_unreadable";
    row.record.inspection.date_ranges = {{{2019, 7, 8}, {2019, 7, 12}}};
    row.columns["inspection.end_date"] = "inspection_end_date";
    const Issues issues = compare_with_document(row, test::clean_record(), test::rules());
    CHECK(has_issue(issues, "mismatch", "judgements.help_and_protection", "'good' in the dataset, 'requires_improvement'"));
    CHECK(has_issue(issues, "mismatch", "inspection_end_date", "'2019-07-12' in the dataset, '2019-08-08' in the document"));
    REQUIRE(issues.size() == 3);
    CHECK(issues[2].note);
    CHECK(issues[2].check == "not read");
}

TEST_CASE("against: documents found by path, by sha256, by file name in the authority's folder") {
    namespace fs = std::filesystem;
    const fs::path root = fs::temp_directory_path() / "ilacs_validate_against";
    fs::remove_all(root);
    fs::create_directories(root / "80460_derbyshire");
    fs::create_directories(root / "80486_barking and dagenham");
    std::ofstream(root / "80460_derbyshire" / "report.pdf") << "derbyshire";
    std::ofstream(root / "80486_barking and dagenham" / "report.pdf") << "barking";
    const DocumentFolder folder(root);
    Issue why;
    Record rec = test::clean_record();
    rec.source.path = "80460_derbyshire/report.pdf";
    CHECK(folder.find({1, rec}, test::rules(), &why) == root / "80460_derbyshire" / "report.pdf");
    rec.source.path = "";
    rec.source.sha256 = sha256_hex("barking");
    CHECK(folder.find({1, rec}, test::rules(), &why) == root / "80486_barking and dagenham" / "report.pdf");
    rec.source = {"report.pdf", "", "pdf", std::nullopt};
    CHECK(folder.find({1, rec}, test::rules(), &why) == root / "80460_derbyshire" / "report.pdf");
    rec.local_authority = std::nullopt;
    CHECK_FALSE(folder.find({1, rec}, test::rules(), &why));
    CHECK(why.message.find("2 documents") != std::string::npos);
    rec.source.path = "absent.pdf";
    CHECK_FALSE(folder.find({1, rec}, test::rules(), &why));
    CHECK(why.check == "no document");
    fs::remove_all(root);
}

}  // namespace
}  // namespace ilacs
