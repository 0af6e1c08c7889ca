// A thin RAII face on the SQLite C library for the batch stage's datasets: a connection, a
// prepared statement, errors as exceptions naming the database.
#pragma once

#include <sqlite3.h>

#include <optional>
#include <string>

#include "ilacs/batch/batch.hpp"

namespace ilacs::sqlite {

// A database that cannot be opened, read or written stops the batch (or the reading of a
// dataset) as a whole.
class Error : public BatchError {
public:
    using BatchError::BatchError;
};

class Database {
public:
    // flags: SQLITE_OPEN_READONLY, or SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE.
    Database(const std::string& path, int flags);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* get() const { return db_; }
    const std::string& path() const { return path_; }
    void exec(const std::string& sql);
    [[noreturn]] void fail(const std::string& doing) const;

private:
    sqlite3* db_ = nullptr;
    std::string path_;
};

class Statement {
public:
    Statement(Database& db, const std::string& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based; an empty optional binds NULL.
    Statement& bind(int index, const std::optional<std::string>& text);
    Statement& bind(int index, const std::optional<long long>& number);
    // True while there is a row to read; resets itself after the last one.
    bool step();
    // Runs a statement that returns no rows, then resets it for the next use.
    void run();
    std::optional<std::string> text(int column) const;
    long long number(int column) const;

private:
    Database& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// Runs a transaction: BEGIN now, COMMIT by commit(), ROLLBACK if never committed.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool done_ = false;
};

// An SQLite database file starts with this header (the file format's first 16 bytes).
bool is_sqlite_file(const std::string& path);

}  // namespace ilacs::sqlite
