// Where a batch keeps its records while it runs, so that a run killed at any moment resumes
// and a re-run keeps what has not changed. Private to the batch stage.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "ilacs/batch/batch.hpp"

namespace ilacs {

struct StoredRecord {
    std::string sha256;        // of the document it was read from ("" when it could not be read)
    std::string rules_digest;  // of the rules it was read with
    std::string version;       // of ilacs
    std::string error_code;    // "" for a record without error
    std::string json;          // the record as `extract --compact` writes it
};

class RecordStore {
public:
    virtual ~RecordStore() = default;
    // The records kept by earlier runs, by document path.
    virtual const std::map<std::string, StoredRecord>& previous() const = 0;
    // Keeps one finished record (the document's place in the input is position) so that a
    // run killed after this returns does not read it again.
    virtual void put(std::size_t position, const std::string& path, const StoredRecord& stored, const Record& rec) = 0;
    // Makes the output hold exactly the records of these documents, in this order.
    virtual void finish(const std::vector<std::string>& paths) = 0;
    // The files this store writes, which a folder walk must not take as documents.
    virtual std::set<std::filesystem::path> own_files() const = 0;
};

// JSON Lines and CSV: finished records go to a journal beside the output
// (OUT.ilacs-journal), and the output is written whole at the end and renamed into place.
std::unique_ptr<RecordStore> open_journal_store(const std::filesystem::path& output, DatasetFormat format);

// SQLite: the database is its own journal, each record written in a transaction.
std::unique_ptr<RecordStore> open_sqlite_store(const std::filesystem::path& output);

}  // namespace ilacs
