// The tables analysts keep by hand, computed from records: each authority's last full
// inspection and the days since it started, outcomes of each framework by region,
// inspections by year and framework, from history's timelines. The report page shows them;
// `ilacs history --table` writes them as CSV.
#pragma once

#include <string>
#include <vector>

#include "ilacs/history/history.hpp"
#include "ilacs/model/authorities.hpp"
#include "ilacs/model/dates.hpp"
#include "ilacs/model/record.hpp"

namespace ilacs {

// A table to print: its name (for --table), a heading, columns and rows of text. Cells that
// hold numbers are written as plain digits, so that a sheet sorts them as numbers.
struct ReportTable {
    std::string name;
    std::string title;
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;
};

// A full inspection, not a visit or a paper: an ILACS, SIF or legacy report.
bool is_full_inspection(const Record& rec);

// The grade of one judgement key, "" when the record has none.
std::string grade_of(const Record& rec, const std::string& key);

// The names --table takes, in the order the report shows them.
const std::vector<std::string>& report_table_names();

// The table of that name (one of report_table_names()) over history's timelines, as at
// `as_of`; throws std::invalid_argument for another name.
ReportTable report_table(const std::string& name, const HistoryResult& history, const AuthorityTable& table,
                         const Date& as_of);

}  // namespace ilacs
