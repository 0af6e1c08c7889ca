// A dataset read for checking: its rows as records, with what the dataset's own format says
// about each field (which columns a table has, which values mean "not read").
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ilacs/model/record.hpp"
#include "ilacs/model/rules.hpp"
#include "ilacs/validate/finding.hpp"

namespace ilacs {

struct DatasetRow {
    long line = 0;
    Record record;
    // A row of a table made by another tool holds only some fields: those it has are named
    // here ("inspection.start_date", "judgements.help_and_protection", ...), and a field it
    // lacks is unknown rather than empty. Records (JSON Lines, SQLite) hold every field.
    bool partial = false;
    std::set<std::string> fields;
    std::map<std::string, std::string> unread;   // field -> the value meaning it was not read
    std::map<std::string, std::string> columns;  // field -> the table's column, for messages

    bool has(const std::string& field) const { return !partial || fields.count(field) > 0; }
    // The column's name where the row came from a table, else the field.
    std::string label(const std::string& field) const;
};

struct DatasetRows {
    std::string name;  // as given on the command line
    std::vector<DatasetRow> rows;
    std::vector<Finding> findings;  // what reading found: lines that are not records, cells of the wrong type
};

// How a table's columns map to record fields, beyond the names recognised on their own.
struct ColumnMap {
    std::map<std::string, std::string> fields;  // record field (start_date, la_code, ...) -> column
    std::map<std::string, std::string> grades;  // judgement key -> column
};

// The record fields a column may be mapped to with ColumnMap::fields.
const std::vector<std::string>& mappable_fields();

// Reads a dataset: JSON Lines of records (each line's JSON checked against the schema too),
// CSV (ilacs's own or another tool's, columns recognised by name or mapped), or an SQLite
// dataset of `ilacs batch` (through read_dataset). Throws DatasetError when the file cannot
// be read as any of them.
DatasetRows read_dataset_rows(const std::filesystem::path& path, const ColumnMap& columns, const RuleSet& rules);

// The JSON Lines and CSV readers on text already in memory (tests).
DatasetRows read_jsonl_rows(const std::string& name, const std::string& text);
DatasetRows read_csv_rows(const std::string& name, const std::string& text, const ColumnMap& columns, const RuleSet& rules);

}  // namespace ilacs
