#include "ilacs/batch/batch.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "ilacs/batch/workers.hpp"
#include "ilacs/model/document_error.hpp"
#include "ilacs/model/text_normalize.hpp"
#include "ilacs/output/writers.hpp"
#include "ilacs/reading/source.hpp"
#include "record_store.hpp"

namespace fs = std::filesystem;

namespace ilacs {

namespace {

// The document's content is that of the record kept for it: the digest of the same bytes.
// Only regular files are compared; a pipe or device is read every time.
bool same_content(const std::string& path, const std::string& sha256, std::size_t max_bytes) {
    struct stat st{};
    if (sha256.empty() || ::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
    try {
        return load_source(path, max_bytes).sha256 == sha256;
    } catch (const DocumentError&) {
        return false;
    }
}

// What a record is read with besides its document and ilacs's version: the rules, and
// whether every page of a PDF is read.
std::string read_with(const BatchOptions& opts) {
    return opts.extract.read_every_page ? opts.rules_digest + " every-page" : opts.rules_digest;
}

// A record kept by an earlier run stands when nothing it was made from has changed; a
// document that timed out or crashed its worker is tried again, as that may pass.
bool still_current(const StoredRecord& stored, const BatchOptions& opts, const std::string& path) {
    return stored.rules_digest == read_with(opts) && stored.version == ILACS_VERSION &&
           stored.error_code != "timeout" && stored.error_code != "crashed" &&
           same_content(path, stored.sha256, opts.extract.max_input_bytes);
}

std::unique_ptr<RecordStore> open_store(const BatchOptions& opts) {
    if (opts.format == DatasetFormat::sqlite) return open_sqlite_store(opts.output);
    return open_journal_store(opts.output, opts.format);
}

}  // namespace

std::optional<DatasetFormat> parse_dataset_format(const std::string& name) {
    if (name == "jsonl") return DatasetFormat::jsonl;
    if (name == "csv") return DatasetFormat::csv;
    if (name == "sqlite") return DatasetFormat::sqlite;
    return std::nullopt;
}

std::optional<DatasetFormat> dataset_format_for(const fs::path& output) {
    const std::string ext = to_lower_ascii(output.extension().string());
    if (ext == ".jsonl" || ext == ".ndjson") return DatasetFormat::jsonl;
    if (ext == ".csv") return DatasetFormat::csv;
    if (ext == ".sqlite" || ext == ".sqlite3" || ext == ".db") return DatasetFormat::sqlite;
    return std::nullopt;
}

std::string rules_digest(const fs::path& rules_dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(rules_dir, ec))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::string all;
    for (const fs::path& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream content;
        content << in.rdbuf();
        all += sha256_hex(file.filename().string()) + sha256_hex(content.str());
    }
    return sha256_hex(all);
}

BatchSummary run_batch(const BatchOptions& opts, const RuleSet& rules) {
    const auto started = std::chrono::steady_clock::now();
    const auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(); };
    const std::unique_ptr<RecordStore> store = open_store(opts);
    const InputSet inputs = collect_inputs(opts.inputs, opts.shard, store->own_files());
    const std::vector<BatchInput>& documents = inputs.documents;

    BatchSummary summary;
    summary.documents = documents.size();
    summary.skipped = inputs.skipped;
    BatchProgress progress;
    progress.total = documents.size();
    const auto count = [&](const std::string& path, const std::string& json) {
        const nlohmann::json j = nlohmann::json::parse(json);
        if (j["error"].is_object()) {
            const RecordError error{j["error"].value("code", ""), j["error"].value("message", "")};
            ++summary.errors[error.code];
            ++progress.failed;
            if (opts.on_error) opts.on_error(path, error);
        } else {
            ++summary.kinds[j.value("kind", "unknown")];
        }
        ++progress.done;
    };

    std::vector<std::size_t> to_read;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const auto kept = store->previous().find(documents[i].path);
        if (!opts.force && kept != store->previous().end() && still_current(kept->second, opts, documents[i].path)) {
            count(documents[i].path, kept->second.json);
            ++summary.unchanged;
        } else {
            to_read.push_back(i);
        }
    }
    // The largest files first: a long document is then not left to one worker at the end of
    // the run while the others wait. The output is in path order whatever the reading order.
    std::vector<std::uintmax_t> sizes(documents.size(), 0);
    for (const std::size_t i : to_read) {
        std::error_code ec;
        const std::uintmax_t size = fs::file_size(documents[i].path, ec);
        sizes[i] = ec ? 0 : size;
    }
    std::stable_sort(to_read.begin(), to_read.end(), [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });
    progress.unchanged = summary.unchanged;
    progress.elapsed_seconds = elapsed();
    if (opts.on_progress) opts.on_progress(progress);

    const auto read = [&](std::size_t k) {
        return to_json(extract_file(documents[to_read[k]].path, rules, opts.extract)).dump();
    };
    const auto finished = [&](std::size_t k, WorkerOutcome outcome) {
        const std::size_t position = to_read[k];
        const std::string& path = documents[position].path;
        Record rec;
        if (outcome.status == WorkerOutcome::Status::done) {
            rec = record_from_json(nlohmann::json::parse(outcome.payload));
        } else {
            rec.source.path = path;
            rec.error = RecordError{outcome.status == WorkerOutcome::Status::timeout ? "timeout" : "crashed", outcome.reason};
            outcome.payload = to_json(rec).dump();
        }
        StoredRecord stored{rec.source.sha256, read_with(opts), ILACS_VERSION, rec.error ? rec.error->code : "",
                            std::move(outcome.payload)};
        store->put(position, path, stored, rec);
        ++summary.read;
        count(path, stored.json);
        progress.elapsed_seconds = elapsed();
        if (opts.on_progress) opts.on_progress(progress);
    };
    run_in_workers(to_read.size(), read, finished, {opts.jobs, opts.timeout_seconds});

    std::vector<std::string> paths;
    for (const BatchInput& d : documents) paths.push_back(d.path);
    store->finish(paths);
    summary.seconds = elapsed();
    return summary;
}

}  // namespace ilacs
