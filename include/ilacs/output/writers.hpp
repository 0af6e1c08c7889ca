// Output: records as JSON (schema ilacs/1), a human summary, and CSV.
#pragma once

#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ilacs/model/record.hpp"

namespace ilacs {

// The record as the ordered JSON object of SPEC.md; every field present.
nlohmann::ordered_json to_json(const Record& rec);

// A record read back from its JSON (a line of `extract` or `batch` output), so that diff,
// history, validate and report work on datasets as on documents. Throws RecordFormatError
// naming the field when j is not a record of schema ilacs/1; fields it does not know are
// ignored.
class RecordFormatError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};
Record record_from_json(const nlohmann::json& j);

// A summary a person wants to read: authority, dates, inspector, grades, improvements.
void write_text(std::ostream& out, const Record& rec, bool color);

// One row per record; the header names a fixed set of columns, judgement keys included.
void write_csv_header(std::ostream& out);
// The judgement keys that have a column of their own, in the header's order.
const std::vector<std::string>& csv_judgement_columns();
void write_csv_row(std::ostream& out, const Record& rec);

// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
std::string csv_field(const std::string& s);

}  // namespace ilacs
