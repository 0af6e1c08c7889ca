// Output: records as JSON (schema ilacs/1), a human summary, and CSV.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ilacs/model/record.hpp"

namespace ilacs {

// The record as the ordered JSON object of SPEC.md; every field present.
nlohmann::ordered_json to_json(const Record& rec);

// A summary a person wants to read: authority, dates, inspector, grades, improvements.
void write_text(std::ostream& out, const Record& rec, bool color);

// One row per record; the header names a fixed set of columns, judgement keys included.
void write_csv_header(std::ostream& out);
void write_csv_row(std::ostream& out, const Record& rec);

}  // namespace ilacs
