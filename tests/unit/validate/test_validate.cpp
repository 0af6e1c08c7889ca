// The whole of validate on datasets made in the test: each planted problem found, nothing
// in a clean dataset.
#include <doctest/doctest.h>

#include <fstream>

#include "ilacs/validate/validate.hpp"
#include "support.hpp"
#include "validate_support.hpp"

namespace ilacs {
namespace {

namespace fs = std::filesystem;

struct TempDataset {
    fs::path path;
    TempDataset(const std::string& name, const std::string& text) : path(fs::temp_directory_path() / name) {
        std::ofstream(path, std::ios::binary) << text;
    }
    ~TempDataset() { fs::remove(path); }
};

ValidateResult validate_text(const std::string& name, const std::string& text) {
    const TempDataset ds(name, text);
    ValidateOptions opts;
    opts.datasets = {ds.path};
    opts.today = {2026, 11, 27};
    return validate(opts, test::rules());
}

Record second_inspection() {
    Record rec = test::clean_record();
    rec.source = {"80460_derbyshire/report 2023.pdf", std::string(64, 'b'), "pdf", 12};
    rec.inspection.date_ranges = {{{2023, 3, 6}, {2023, 3, 17}}};
    rec.judgements = {{"overall_effectiveness", "", "good", "", 1}, {"impact_of_leaders", "", "good", "", 1},
                      {"help_and_protection", "", "good", "", 1}, {"children_in_care", "", "good", "", 1},
                      {"care_leavers", "", "good", "", 1}};
    return rec;
}

TEST_CASE("validate: a clean dataset has no finding") {
    const ValidateResult r = validate_text("ilacs_clean.jsonl", test::jsonl({test::clean_record(), second_inspection()}));
    CHECK(r.findings.empty());
    CHECK(r.rows == 2);
    CHECK(r.unreadable.empty());
}

TEST_CASE("validate: each planted problem found on its line") {
    Record wrong_grade = second_inspection();
    wrong_grade.judgements[2].grade = "excellent";
    Record swapped = second_inspection();
    swapped.source.sha256 = std::string(64, 'c');
    swapped.source.path = "swapped.pdf";
    swapped.inspection.date_ranges = {{{2024, 3, 17}, {2024, 3, 6}}};
    Record unknown = second_inspection();
    unknown.source = {"unknown.pdf", std::string(64, 'd'), "pdf", 1};
    unknown.local_authority = LocalAuthority{"Atlantis", "atlantis", "999", "1"};
    Record not_in_framework = test::clean_record();
    not_in_framework.source = {"fw.pdf", std::string(64, 'e'), "pdf", 1};
    not_in_framework.inspection.date_ranges = {{{2021, 3, 1}, {2021, 3, 12}}};
    not_in_framework.judgements.push_back({"care_leavers", "", "good", "", 1});
    const std::vector<Record> records = {test::clean_record(), wrong_grade, swapped, unknown, test::clean_record(), not_in_framework};
    const ValidateResult r = validate_text("ilacs_planted.jsonl", test::jsonl(records));
    auto found = [&](long line, const std::string& check, const std::string& field) {
        for (const Finding& f : r.findings)
            if (f.line == line && f.issue.check == check && f.issue.field == field) return true;
        return false;
    };
    CHECK(found(2, "vocabulary", "judgements.help_and_protection"));
    CHECK(found(3, "date", "inspection.date_ranges[0]"));
    CHECK(found(4, "authority", "local_authority.code"));
    CHECK(found(5, "duplicate", "source.sha256"));
    CHECK(found(6, "framework", "judgements.care_leavers"));
    CHECK(r.problems() == 7);  // the unknown authority by its code, URN and id
}

TEST_CASE("validate: a dataset that cannot be read is named, the others still checked") {
    const TempDataset good("ilacs_good.jsonl", test::jsonl({test::clean_record()}));
    ValidateOptions opts;
    opts.datasets = {fs::temp_directory_path() / "ilacs_absent.jsonl", good.path};
    opts.today = {2026, 11, 27};
    const ValidateResult r = validate(opts, test::rules());
    REQUIRE(r.unreadable.size() == 1);
    CHECK(r.unreadable[0].find("ilacs_absent.jsonl") != std::string::npos);
    CHECK(r.rows == 1);
}

}  // namespace
}  // namespace ilacs
