// Datasets: the records of many documents, as `extract --compact` and `batch` write them.
// diff, history, validate and report read them through here.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <vector>

#include "ilacs/model/record.hpp"

namespace ilacs {

// The schema version of batch's SQLite datasets, kept in PRAGMA user_version
// (docs/dataset.md describes the tables).
inline constexpr long long kSqliteSchemaVersion = 1;

// A dataset that cannot be read; what() is "path:line: reason" (JSON Lines) or
// "path: reason" (SQLite).
class DatasetError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Every record of a dataset file, in its order, the format told by content: an SQLite
// database written by `batch` (its documents in input order), else JSON Lines (one record a
// line, blank lines allowed). Throws DatasetError on the first record that cannot be read.
std::vector<Record> read_dataset(const std::filesystem::path& path);

}  // namespace ilacs
