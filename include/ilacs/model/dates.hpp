// Calendar dates and the date wordings of inspection reports.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ilacs {

struct Date {
    int year = 0, month = 0, day = 0;
    std::string iso() const;  // YYYY-MM-DD
    bool operator==(const Date& o) const { return year == o.year && month == o.month && day == o.day; }
    bool operator<(const Date& o) const;
};

struct DateRange {
    Date start, end;
};

// Days from start to end inclusive (1 for a single day).
int days_spanned(const DateRange& r);

// 1..12 for an English month name or its three-letter abbreviation, case-insensitive.
std::optional<int> month_number(std::string_view word);

// Every fieldwork range in text such as "8 July 2019 to 12 July 2019 and 7 August 2019 to
// 8 August 2019", "15 to 26 November 2019", "1/06/2015 – 25/06/2015" or a single date.
// Missing months and years are taken from the next date that has them; "between A and B" is
// a range. Text that names months without days ("In July and August 2019") gives whole
// months, when it holds no complete date. Empty when the text holds neither.
std::vector<DateRange> parse_date_ranges(std::string_view text);

// A single date in any of the same forms ("4 October 2018", "04/10/2018").
std::optional<Date> parse_date(std::string_view text);

// A date written YYYY-MM-DD (records, datasets); nullopt unless it is a real calendar date.
std::optional<Date> parse_iso_date(std::string_view text);

// Days since 1970-01-01, so that the difference of two is the days between them.
long day_number(const Date& d);

}  // namespace ilacs
