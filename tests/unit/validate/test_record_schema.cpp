#include <doctest/doctest.h>

#include "ilacs/validate/checks.hpp"
#include "validate_support.hpp"

namespace ilacs {
namespace {

using test::has_issue;

nlohmann::json clean_json() { return nlohmann::json::parse(to_json(test::clean_record()).dump()); }

TEST_CASE("record schema: a record as ilacs writes it passes") {
    CHECK(check_record_json(clean_json()).empty());
}

TEST_CASE("record schema: unknown keys, missing fields and wrong types are each named") {
    nlohmann::json j = clean_json();
    j["grade_of_leaders"] = "good";
    j["inspection"].erase("lead_inspector");
    j["source"]["pages"] = "14";
    j["judgements"][1]["grade"] = 3;
    j["improvements"] = nlohmann::json::object();
    const Issues issues = check_record_json(j);
    CHECK(has_issue(issues, "grade_of_leaders", "not a field"));
    CHECK(has_issue(issues, "inspection.lead_inspector", "missing"));
    CHECK(has_issue(issues, "source.pages", "a string, not an integer"));
    CHECK(has_issue(issues, "judgements[1].grade", "an integer, not a string"));
    CHECK(has_issue(issues, "improvements", "not a list"));
    CHECK(issues.size() == 5);
}

TEST_CASE("record schema: dates must be real, and start_date and end_date those of date_ranges") {
    nlohmann::json j = clean_json();
    j["inspection"]["published"] = "2019-02-30";
    CHECK(has_issue(check_record_json(j), "inspection.published", "not a real date"));
    j = clean_json();
    j["inspection"]["end_date"] = "2019-07-12";
    CHECK(has_issue(check_record_json(j), "inspection.end_date", "date_ranges end \"2019-08-08\""));
}

TEST_CASE("record schema: null where a field may not be null, and a sha256 that is not one") {
    nlohmann::json j = clean_json();
    j["judgements"][0]["key"] = nullptr;
    j["source"]["sha256"] = "ABC";
    const Issues issues = check_record_json(j);
    CHECK(has_issue(issues, "judgements[0].key", "null"));
    CHECK(has_issue(issues, "source.sha256", "64 lowercase hex"));
}

}  // namespace
}  // namespace ilacs
