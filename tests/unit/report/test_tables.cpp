#include "ilacs/report/tables.hpp"
#include "support.hpp"

namespace {

const ilacs::AuthorityTable& table() { return ilacs::test::rules().authorities(); }

ilacs::HistoryResult history(const std::vector<ilacs::Record>& records) { return ilacs::build_history(records, ilacs::test::rules()); }

ilacs::Record inspection(const std::string& code, const std::string& kind, const std::string& framework, ilacs::Date start,
                         const std::string& overall) {
    ilacs::Record rec;
    rec.kind = kind;
    rec.framework = framework;
    rec.local_authority = ilacs::LocalAuthority{"Printed name " + code, std::nullopt, code, std::nullopt};
    rec.inspection.date_ranges = {{start, start}};
    if (!overall.empty()) rec.judgements = {{"overall_effectiveness", "Overall effectiveness", overall, overall, 1}};
    return rec;
}

}  // namespace

TEST_CASE("report tables: the last full inspection as at a date, and the days since it started") {
    std::vector<ilacs::Record> records = {inspection("830", "sif_inspection", "SIF", {2016, 2, 22}, "good"),
                                          inspection("830", "ilacs_inspection", "ILACS", {2019, 7, 8}, "requires_improvement"),
                                          inspection("830", "focused_visit", "ILACS", {2020, 3, 1}, "")};
    const auto groups = history(records);
    const ilacs::ReportTable now = ilacs::report_table("last_inspections", groups, table(), {2019, 7, 18});
    REQUIRE(now.rows.size() == 1);
    CHECK(now.rows[0] == std::vector<std::string>{"Derbyshire", "830", "East Midlands", "ILACS", "2019-07-08", "requires_improvement", "10"});
    // Before the ILACS inspection began, the SIF one was the last; a visit never is.
    const ilacs::ReportTable earlier = ilacs::report_table("last_inspections", groups, table(), {2019, 7, 7});
    CHECK(earlier.rows[0][3] == "SIF");
    CHECK(earlier.rows[0][6] == "1231");
}

TEST_CASE("report tables: outcomes by framework and region, and inspections by year") {
    const std::vector<ilacs::Record> records = {inspection("830", "ilacs_inspection", "ILACS", {2019, 7, 8}, "good"),
                                                inspection("831", "ilacs_inspection", "ILACS", {2019, 9, 1}, "inadequate"),
                                                inspection("801", "ilacs_inspection", "ILACS", {2026, 5, 1}, ""),
                                                inspection("801", "monitoring_visit", "ILACS", {2026, 9, 1}, "")};
    const auto groups = history(records);
    const ilacs::ReportTable outcomes = ilacs::report_table("outcomes_by_region", groups, table(), {2026, 11, 27});
    REQUIRE(outcomes.rows.size() == 2);
    CHECK(outcomes.columns.back() == "total");
    const auto em = outcomes.rows[0][1] == "East Midlands" ? outcomes.rows[0] : outcomes.rows[1];
    CHECK(em == std::vector<std::string>{"ILACS", "East Midlands", "0", "1", "0", "0", "1", "0", "2"});
    const ilacs::ReportTable years = ilacs::report_table("inspections_by_year", groups, table(), {2026, 11, 27});
    CHECK(years.columns == std::vector<std::string>{"year", "ILACS", "monitoring_visit", "total"});
    CHECK(years.rows == std::vector<std::vector<std::string>>{{"2019", "2", "0", "2"}, {"2026", "1", "1", "2"}});
    CHECK_THROWS_AS(ilacs::report_table("no_such_table", groups, table(), {2026, 1, 1}), std::invalid_argument);
}
