// `ilacs batch`: the records of many documents, read by worker processes, into one dataset
// (JSON Lines, CSV or SQLite) that a re-run brings up to date and a killed run resumes.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "ilacs/batch/inputs.hpp"
#include "ilacs/model/record.hpp"
#include "ilacs/model/rules.hpp"
#include "ilacs/pipeline/extract.hpp"

namespace ilacs {

enum class DatasetFormat { jsonl, csv, sqlite };

// "jsonl", "csv", "sqlite"; nullopt for another name.
std::optional<DatasetFormat> parse_dataset_format(const std::string& name);
// The format an output's extension names: .jsonl/.ndjson, .csv, .sqlite/.sqlite3/.db.
std::optional<DatasetFormat> dataset_format_for(const std::filesystem::path& output);

// A digest of every file of a rules directory (names and contents): records read with other
// rules are read again.
std::string rules_digest(const std::filesystem::path& rules_dir);

struct BatchProgress {
    std::size_t done = 0;       // records in hand, unchanged ones included
    std::size_t total = 0;      // documents of the run
    std::size_t unchanged = 0;  // of done, kept from an earlier run
    std::size_t failed = 0;     // of done, error records
    double elapsed_seconds = 0;
};

struct BatchOptions {
    std::vector<std::string> inputs;  // files and folders
    std::filesystem::path output;
    DatasetFormat format = DatasetFormat::jsonl;
    unsigned jobs = 1;
    double timeout_seconds = 120;  // per document
    bool force = false;            // read every document again, unchanged or not
    std::optional<Shard> shard;
    ExtractOptions extract;
    std::string rules_digest;  // of the rules the caller loaded (see rules_digest())
    // Called after each record, and once after the unchanged ones are counted.
    std::function<void(const BatchProgress&)> on_progress;
    // Called for every error record of the output, with its document's path.
    std::function<void(const std::string& path, const RecordError&)> on_error;
};

struct BatchSummary {
    std::size_t documents = 0;  // records in the output, one per document
    std::size_t read = 0;       // documents read in this run
    std::size_t unchanged = 0;  // records kept from an earlier run
    std::size_t skipped = 0;    // files in folders that are not documents
    std::map<std::string, std::size_t> kinds;   // records without error, by kind
    std::map<std::string, std::size_t> errors;  // error records, by code
    double seconds = 0;
};

// The whole run cannot go on (the output cannot be opened or written); what() names it.
class BatchError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Reads the documents of opts.inputs with rules and writes their records to opts.output, one
// per document in input order; the same inputs give the same bytes whatever opts.jobs is.
// Records already in the output (or its journal) for the same content, rules digest and
// ilacs version are kept unless opts.force; error records of timed-out or crashed documents
// are not kept, so those are tried again. Throws BatchError.
BatchSummary run_batch(const BatchOptions& opts, const RuleSet& rules);

}  // namespace ilacs
