#include <doctest/doctest.h>

#include "ilacs/model/dates.hpp"

using ilacs::parse_date_ranges;

namespace {
std::string show(const std::vector<ilacs::DateRange>& ranges) {
    std::string out;
    for (const auto& r : ranges) out += (out.empty() ? "" : " ") + r.start.iso() + "/" + r.end.iso();
    return out;
}
}  // namespace

TEST_CASE("dates: every wording of the fieldwork dates") {
    CHECK(show(parse_date_ranges("8 to 19 June 2026")) == "2026-06-08/2026-06-19");
    CHECK(show(parse_date_ranges("28 February to 4 March 2022")) == "2022-02-28/2022-03-04");
    CHECK(show(parse_date_ranges("19 November\u201330 November 2018")) == "2018-11-19/2018-11-30");
    CHECK(show(parse_date_ranges("8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019")) ==
          "2019-07-08/2019-07-12 2019-08-07/2019-08-08");
    CHECK(show(parse_date_ranges("30 September to 11 October 2024 and 13 to 16 January 2025")) ==
          "2024-09-30/2024-10-11 2025-01-13/2025-01-16");
    CHECK(show(parse_date_ranges("19 November-11 December 2013 and 28 \u2013 30 January 2014")) ==
          "2013-11-19/2013-12-11 2014-01-28/2014-01-30");
    CHECK(show(parse_date_ranges("9\u201324 November 2017")) == "2017-11-09/2017-11-24");
    CHECK(show(parse_date_ranges("04 May 2018")) == "2018-05-04/2018-05-04");
    CHECK(show(parse_date_ranges("18 Feb 2014")) == "2014-02-18/2014-02-18");
    CHECK(show(parse_date_ranges("1/06/2015 \u2013 25/06/2015")) == "2015-06-01/2015-06-25");
    CHECK(show(parse_date_ranges("12/09/2016 to 06/10/2016")) == "2016-09-12/2016-10-06");
    CHECK(show(parse_date_ranges("8 \u2013 12 July 2013")) == "2013-07-08/2013-07-12");
    CHECK(show(parse_date_ranges("30 December to 3 January 2025")) == "2024-12-30/2025-01-03");
}

TEST_CASE("dates: text without a whole date gives nothing") {
    CHECK(parse_date_ranges("").empty());
    CHECK(parse_date_ranges("Lead inspector: Julie Knight").empty());
    CHECK(parse_date_ranges("31 February 2020").empty());
    CHECK(parse_date_ranges("12 to").empty());
}

TEST_CASE("dates: days spanned and month names") {
    CHECK(ilacs::days_spanned({{2019, 7, 8}, {2019, 7, 12}}) == 5);
    CHECK(ilacs::days_spanned({{2024, 2, 28}, {2024, 3, 1}}) == 3);
    CHECK(ilacs::month_number("Sept") == 9);
    CHECK(ilacs::month_number("dec") == 12);
    CHECK_FALSE(ilacs::month_number("to").has_value());
}

TEST_CASE("dates: between A and B is one range") {
    CHECK(show(parse_date_ranges("between 22 February and 16 March 2016")) == "2016-02-22/2016-03-16");
    CHECK(show(parse_date_ranges("between 4 June 2018 and 22 June 2018")) == "2018-06-04/2018-06-22");
    CHECK(show(parse_date_ranges("between 12-22 October 2020")) == "2020-10-12/2020-10-22");
    // Without "between", "and" still lists separate days.
    CHECK(show(parse_date_ranges("4 June 2018 and 22 June 2018")) == "2018-06-04/2018-06-04 2018-06-22/2018-06-22");
}

TEST_CASE("dates: months without days give whole months") {
    CHECK(show(parse_date_ranges("July and August 2019")) == "2019-07-01/2019-07-31 2019-08-01/2019-08-31");
    CHECK(show(parse_date_ranges("In October 2020")) == "2020-10-01/2020-10-31");
    CHECK(show(parse_date_ranges("between July and August 2019")) == "2019-07-01/2019-08-31");
    CHECK(show(parse_date_ranges("December 2019 to January 2020")) == "2019-12-01/2020-01-31");
    CHECK(show(parse_date_ranges("February 2024")) == "2024-02-01/2024-02-29");
    // A whole date wins over a month named alongside it.
    CHECK(show(parse_date_ranges("in October 2020, between 12-22 October 2020")) == "2020-10-12/2020-10-22");
    // "may" the verb is no month; a month without a year is no date.
    CHECK(parse_date_ranges("the council may submit its plan by 2019").empty());
    CHECK(parse_date_ranges("in July").empty());
}

TEST_CASE("dates: ISO dates are read only when they are real calendar dates") {
    CHECK(ilacs::parse_iso_date("2024-02-29").value() == ilacs::Date{2024, 2, 29});
    CHECK_FALSE(ilacs::parse_iso_date("2023-02-29"));
    CHECK_FALSE(ilacs::parse_iso_date("2023-13-01"));
    CHECK_FALSE(ilacs::parse_iso_date("1 May 2023"));
    CHECK_FALSE(ilacs::parse_iso_date("2023-05-01x"));
    CHECK(ilacs::day_number({2024, 3, 1}) - ilacs::day_number({2024, 2, 28}) == 2);
    CHECK(ilacs::day_number({1970, 1, 1}) == 0);
}
