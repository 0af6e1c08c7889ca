#include "ilacs/batch/dataset.hpp"

#include <fstream>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ilacs/output/writers.hpp"
#include "sqlite.hpp"

namespace ilacs {

namespace {

std::vector<Record> read_json_lines(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw DatasetError(fmt::format("{}: cannot be read", path.string()));
    std::vector<Record> records;
    long number = 0;
    for (std::string line; std::getline(in, line);) {
        ++number;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        try {
            records.push_back(record_from_json(nlohmann::json::parse(line)));
        } catch (const nlohmann::json::exception& e) {
            throw DatasetError(fmt::format("{}:{}: not JSON ({})", path.string(), number, e.what()));
        } catch (const RecordFormatError& e) {
            throw DatasetError(fmt::format("{}:{}: {}", path.string(), number, e.what()));
        }
    }
    return records;
}

// The whole records kept in the documents table; the other tables are views of them for
// analysts' queries.
std::vector<Record> read_sqlite(const std::filesystem::path& path) {
    std::vector<Record> records;
    try {
        sqlite::Database db(path.string(), SQLITE_OPEN_READONLY);
        sqlite::Statement version(db, "PRAGMA user_version");
        const long long found = version.step() ? version.number(0) : 0;
        if (found != kSqliteSchemaVersion)
            throw DatasetError(fmt::format("{}: not an ilacs dataset of schema version {} (user_version {})",
                                           path.string(), kSqliteSchemaVersion, found));
        sqlite::Statement rows(db, "SELECT path, record FROM documents ORDER BY position, path");
        while (rows.step()) {
            const std::string document = rows.text(0).value_or("");
            try {
                records.push_back(record_from_json(nlohmann::json::parse(rows.text(1).value_or(""))));
            } catch (const nlohmann::json::exception& e) {
                throw DatasetError(fmt::format("{}: document {}: not JSON ({})", path.string(), document, e.what()));
            } catch (const RecordFormatError& e) {
                throw DatasetError(fmt::format("{}: document {}: {}", path.string(), document, e.what()));
            }
        }
    } catch (const sqlite::Error& e) {
        throw DatasetError(e.what());
    }
    return records;
}

}  // namespace

std::vector<Record> read_dataset(const std::filesystem::path& path) {
    return sqlite::is_sqlite_file(path.string()) ? read_sqlite(path) : read_json_lines(path);
}

}  // namespace ilacs
