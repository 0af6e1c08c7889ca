// Datasets: the records of many documents, as `extract --compact` and `batch` write them.
// diff, history, validate and report read them through here.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <vector>

#include "ilacs/model/record.hpp"

namespace ilacs {

// A dataset that cannot be read; what() is "path:line: reason".
class DatasetError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Every record of a dataset file, in its order: JSON Lines (one record a line, blank lines
// allowed). Throws DatasetError on the first line that is not a record.
std::vector<Record> read_dataset(const std::filesystem::path& path);

}  // namespace ilacs
