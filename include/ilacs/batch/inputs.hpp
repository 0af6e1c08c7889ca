// The inputs of the commands that work on many records (history, report, validate): each
// path a dataset (read back) or a document (extracted on the way).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "ilacs/model/record.hpp"
#include "ilacs/model/rules.hpp"
#include "ilacs/pipeline/extract.hpp"

namespace ilacs {

// Whether the file holds a dataset (JSON Lines records) rather than a document: told by
// its content, not its name.
bool is_dataset_file(const std::string& path);

// Every record of every input, in input order. A dataset that cannot be read, or a document
// that gives an error record, is reported through on_error(path, message) and the rest go
// on; a document's error record is not kept.
std::vector<Record> load_records(const std::vector<std::string>& paths, const RuleSet& rules,
                                 const std::function<void(const std::string&, const std::string&)>& on_error,
                                 const ExtractOptions& opts = {});

}  // namespace ilacs
