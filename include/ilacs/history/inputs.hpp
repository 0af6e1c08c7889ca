// The records diff and history work on, from dataset files (read back) and documents
// (extracted on the way), in the order given.
#pragma once

#include <string>
#include <vector>

#include "ilacs/model/record.hpp"
#include "ilacs/model/rules.hpp"
#include "ilacs/pipeline/extract.hpp"

namespace ilacs {

// An input that gave no record: a document that could not be read, a dataset that is not one.
struct InputFailure {
    std::string path, message;
};

struct LoadedInputs {
    std::vector<Record> records;
    std::vector<InputFailure> failures;
};

// A file whose content starts as a dataset does (a JSON record, an SQLite database) is read
// as one; any other file is a document and is extracted. A failure is recorded and the
// other inputs go on.
LoadedInputs load_inputs(const std::vector<std::string>& paths, const RuleSet& rules, const ExtractOptions& options = {});

}  // namespace ilacs
