// The documents of a batch: files as given, folders walked, and a stable share of them for
// one shard of a run split across machines.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace ilacs {

// Shard `index` of `count` (1-based, as written "I/N").
struct Shard {
    unsigned index = 1;
    unsigned count = 1;
};

// "I/N" with 1 <= I <= N; throws std::invalid_argument saying what is wrong.
Shard parse_shard(const std::string& text);

// Whether the document whose shard key is key belongs to shard s. The share depends on the
// key alone, so shards agree wherever they run.
bool in_shard(const std::string& key, const Shard& s);

struct BatchInput {
    std::string path;       // as the record names it: a file as given, or folder/relative/path
    std::string shard_key;  // the path relative to the folder it was found in (a file's name when given as a file)
};

struct InputSet {
    std::vector<BatchInput> documents;  // in input order; each folder's files in path order
    std::size_t skipped = 0;            // files in folders that are not documents
};

// The documents of inputs: a file is taken as given (its reader refuses it if it must); a
// folder is walked recursively and a file in it is taken when its content starts as a PDF,
// HTML or text (or its name ends in .pdf, so that a broken download still gets its error
// record), other files being skipped and counted. Paths in `exclude` (the batch's own
// output files) are passed over, as is a path already taken. With a shard, only its share.
InputSet collect_inputs(const std::vector<std::string>& inputs, const std::optional<Shard>& shard,
                        const std::set<std::filesystem::path>& exclude = {});

}  // namespace ilacs
