#include "sqlite.hpp"

#include <cstring>
#include <fstream>

#include <fmt/format.h>

namespace ilacs::sqlite {

Database::Database(const std::string& path, int flags) : path_(path) {
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
        const std::string reason = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        throw Error(fmt::format("{}: cannot open the database: {}", path, reason));
    }
    // A run that is waiting for another one's transaction waits a while rather than failing.
    sqlite3_busy_timeout(db_, 10'000);
}

Database::~Database() { sqlite3_close(db_); }

void Database::exec(const std::string& sql) {
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) fail("cannot run " + sql.substr(0, 40));
}

void Database::fail(const std::string& doing) const {
    throw Error(fmt::format("{}: {}: {}", path_, doing, sqlite3_errmsg(db_)));
}

Statement::Statement(Database& db, const std::string& sql) : db_(db) {
    if (sqlite3_prepare_v2(db.get(), sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) db.fail("cannot prepare a query");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, const std::optional<std::string>& text) {
    const int rc = text ? sqlite3_bind_text(stmt_, index, text->data(), static_cast<int>(text->size()), SQLITE_TRANSIENT)
                        : sqlite3_bind_null(stmt_, index);
    if (rc != SQLITE_OK) db_.fail("cannot bind a value");
    return *this;
}

Statement& Statement::bind(int index, const std::optional<long long>& number) {
    const int rc = number ? sqlite3_bind_int64(stmt_, index, *number) : sqlite3_bind_null(stmt_, index);
    if (rc != SQLITE_OK) db_.fail("cannot bind a value");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    sqlite3_reset(stmt_);
    if (rc != SQLITE_DONE) db_.fail("cannot run a query");
    return false;
}

void Statement::run() {
    while (step()) {
    }
    sqlite3_clear_bindings(stmt_);
}

std::optional<std::string> Statement::text(int column) const {
    if (sqlite3_column_type(stmt_, column) == SQLITE_NULL) return std::nullopt;
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

long long Statement::number(int column) const { return sqlite3_column_int64(stmt_, column); }

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
    if (!done_) sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

bool is_sqlite_file(const std::string& path) {
    static const char kHeader[] = "SQLite format 3";  // and its terminating NUL: 16 bytes
    char head[sizeof kHeader] = {};
    std::ifstream in(path, std::ios::binary);
    in.read(head, sizeof head);
    return in.gcount() == sizeof head && std::memcmp(head, kHeader, sizeof head) == 0;
}

}  // namespace ilacs::sqlite
