#include "ilacs/model/dates.hpp"

#include <array>
#include <cctype>

#include <fmt/format.h>
#include <re2/re2.h>

#include "ilacs/model/text_normalize.hpp"

namespace ilacs {

std::string Date::iso() const { return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day); }

bool Date::operator<(const Date& o) const {
    if (year != o.year) return year < o.year;
    if (month != o.month) return month < o.month;
    return day < o.day;
}

namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[static_cast<std::size_t>(m - 1)];
}

bool valid(const Date& d) {
    return d.year >= 1900 && d.year <= 2200 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
           d.day <= days_in_month(d.year, d.month);
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
long days_from_civil(const Date& d) {
    const int y = d.month <= 2 ? d.year - 1 : d.year;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int mp = (d.month + 9) % 12;
    const int doy = (153 * mp + 2) / 5 + d.day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<long>(era) * 146097 + doe - 719468;
}

enum class Conn { none, range, list };

struct Partial {
    int day = 0, month = 0, year = 0;
    bool year_inherited = false;
    Conn before = Conn::none;
    bool month_only = false;  // "July and August 2019": a month without a day
};

int full_year(int y) { return y < 100 ? 2000 + y : y; }

std::vector<Partial> scan(std::string_view raw) {
    const std::string text = normalize_for_matching(raw);
    // One token at a time: a numeric date, a number (with an ordinal suffix), a word, or a
    // connector character.
    static const RE2 token(R"((\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b|(\d+)(?:st|nd|rd|th)?\b|([A-Za-z]+)\.?|([-,;&]))");
    std::vector<Partial> out;
    Conn pending = Conn::none;
    bool between = false;     // "between A and B" is a range, not a list
    Partial* open = nullptr;  // the partial date that is still taking a month or a year
    re2::StringPiece in(text);
    std::string d1, m1, y1, number, word, sym;
    while (!in.empty()) {
        if (!RE2::FindAndConsume(&in, token, &d1, &m1, &y1, &number, &word, &sym)) break;
        if (!d1.empty()) {
            out.push_back({std::stoi(d1), std::stoi(m1), full_year(std::stoi(y1)), false, pending});
            pending = Conn::none;
            open = nullptr;
        } else if (!number.empty()) {
            if (number.size() > 4) { open = nullptr; continue; }
            const int n = std::stoi(number);
            if (number.size() == 4) {
                if (open && open->year == 0 && open->month != 0) open->year = n;
                open = nullptr;
            } else if (n >= 1 && n <= 31) {
                out.push_back({n, 0, 0, false, pending});
                pending = Conn::none;
                open = &out.back();
            } else {
                open = nullptr;
            }
        } else if (!word.empty()) {
            const std::string w = to_lower_ascii(word);
            if (auto m = month_number(w)) {
                if (open && open->month == 0) {
                    open->month = *m;
                } else if (std::isupper(static_cast<unsigned char>(word[0]))) {
                    // A month without a day; capitalised, so that the verb "may" is not one.
                    out.push_back({0, *m, 0, false, pending, true});
                    pending = Conn::none;
                    open = &out.back();
                }
            } else if (w == "to" || w == "until" || w == "till") {
                pending = Conn::range;
                open = nullptr;
            } else if (w == "and") {
                pending = between ? Conn::range : Conn::list;
                between = false;
                open = nullptr;
            } else if (w == "between") {
                between = true;
            }
            // Other words (weekday names, "from", "the") are passed over.
        } else if (sym == "-") {
            pending = Conn::range;
            open = nullptr;
        } else {
            pending = Conn::list;
            open = nullptr;
        }
    }
    return out;
}

}  // namespace

int days_spanned(const DateRange& r) {
    return static_cast<int>(days_from_civil(r.end) - days_from_civil(r.start)) + 1;
}

std::optional<int> month_number(std::string_view word) {
    static constexpr std::array<const char*, 12> names = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"};
    const std::string w = to_lower_ascii(word);
    if (w.size() < 3) return std::nullopt;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string_view name = names[i];
        if (w == name || (w.size() == 3 && name.substr(0, 3) == w) || (w == "sept" && i == 8))
            return static_cast<int>(i + 1);
    }
    return std::nullopt;
}

namespace {

// Missing months and years come from the nearest later date that has them.
void fill_from_later(std::vector<Partial>& parts) {
    for (std::size_t i = parts.size(); i-- > 0;) {
        for (std::size_t j = i + 1; j < parts.size() && (parts[i].month == 0 || parts[i].year == 0); ++j) {
            if (parts[i].month == 0 && parts[j].month != 0) parts[i].month = parts[j].month;
            if (parts[i].year == 0 && parts[j].year != 0) {
                parts[i].year = parts[j].year;
                parts[i].year_inherited = true;
            }
        }
    }
}

// Ranges of whole months, for text that names months without days.
std::vector<DateRange> month_ranges(std::vector<Partial> parts) {
    fill_from_later(parts);
    std::vector<DateRange> ranges;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        Date start{parts[i].year, parts[i].month, 1};
        if (!valid(start)) continue;
        Date end{start.year, start.month, days_in_month(start.year, start.month)};
        if (i + 1 < parts.size() && parts[i + 1].before == Conn::range) {
            const Partial& to = parts[i + 1];
            if (valid({to.year, to.month, 1})) {
                end = {to.year, to.month, days_in_month(to.year, to.month)};
                if (end < start && parts[i].year_inherited) start.year -= 1;
                ++i;
            }
        }
        if (!(end < start)) ranges.push_back({start, end});
    }
    return ranges;
}

}  // namespace

std::vector<DateRange> parse_date_ranges(std::string_view text) {
    std::vector<Partial> parts, months;
    for (const Partial& p : scan(text)) (p.month_only ? months : parts).push_back(p);
    fill_from_later(parts);
    std::vector<DateRange> ranges;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        Date start{parts[i].year, parts[i].month, parts[i].day};
        if (!valid(start)) continue;
        Date end = start;
        if (i + 1 < parts.size() && parts[i + 1].before == Conn::range) {
            const Date candidate{parts[i + 1].year, parts[i + 1].month, parts[i + 1].day};
            if (valid(candidate)) {
                end = candidate;
                // "30 December to 3 January 2025": the start is in the year before.
                if (end < start && parts[i].year_inherited) start.year -= 1;
                ++i;
            }
        }
        if (end < start) continue;
        ranges.push_back({start, end});
    }
    // Only text without a whole date is read as months.
    return ranges.empty() ? month_ranges(std::move(months)) : ranges;
}

std::optional<Date> parse_date(std::string_view text) {
    const auto ranges = parse_date_ranges(text);
    if (ranges.empty()) return std::nullopt;
    return ranges.front().start;
}

std::optional<Date> parse_iso_date(std::string_view text) {
    static const RE2 iso(R"((\d{4})-(\d{2})-(\d{2}))");
    Date d;
    if (!RE2::FullMatch(text, iso, &d.year, &d.month, &d.day) || !valid(d)) return std::nullopt;
    return d;
}

long day_number(const Date& d) { return days_from_civil(d); }

}  // namespace ilacs
