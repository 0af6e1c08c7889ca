// The SQLite output: a table a record part, keyed for analysts' joins, each record written in
// its own transaction so that a killed run leaves whole records only. docs/dataset.md
// describes the schema; kSqliteSchemaVersion (PRAGMA user_version) names it.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ilacs/batch/dataset.hpp"
#include "record_store.hpp"
#include "sqlite.hpp"

namespace fs = std::filesystem;

namespace ilacs {

namespace {

constexpr const char* kDatasetSchema = R"sql(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL,
  sha256 TEXT,
  format TEXT,
  pages INTEGER,
  kind TEXT,
  framework TEXT,
  local_authority_name TEXT,
  local_authority_id TEXT,
  local_authority_code TEXT,
  local_authority_urn TEXT,
  inspection_type TEXT,
  start_date TEXT,
  end_date TEXT,
  lead_inspector TEXT,
  published TEXT,
  meeting_body TEXT,
  meeting_date TEXT,
  rules_digest TEXT NOT NULL,
  ilacs_version TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX documents_local_authority_code ON documents(local_authority_code);
CREATE TABLE date_ranges (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  PRIMARY KEY (document_id, seq)
);
CREATE TABLE judgements (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  key TEXT NOT NULL,
  label TEXT NOT NULL,
  grade TEXT NOT NULL,
  grade_text TEXT NOT NULL,
  page INTEGER,
  PRIMARY KEY (document_id, seq)
);
CREATE TABLE improvements (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  text TEXT NOT NULL,
  priority INTEGER NOT NULL,
  page INTEGER,
  PRIMARY KEY (document_id, seq)
);
CREATE TABLE improvement_themes (
  document_id INTEGER NOT NULL,
  improvement_seq INTEGER NOT NULL,
  rank INTEGER NOT NULL,
  theme TEXT NOT NULL,
  PRIMARY KEY (document_id, improvement_seq, rank),
  FOREIGN KEY (document_id, improvement_seq) REFERENCES improvements(document_id, seq) ON DELETE CASCADE
);
CREATE TABLE actions (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  area TEXT,
  action TEXT,
  owner TEXT,
  due TEXT,
  PRIMARY KEY (document_id, seq)
);
CREATE TABLE warnings (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  message TEXT NOT NULL,
  PRIMARY KEY (document_id, seq)
);
CREATE TABLE errors (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  message TEXT NOT NULL
);
CREATE VIEW inspection_grades AS
  SELECT d.local_authority_code, d.local_authority_id, d.local_authority_name, d.kind, d.framework,
         d.start_date, d.end_date, j.key, j.grade, d.path, d.id AS document_id
  FROM documents d JOIN judgements j ON j.document_id = d.id
  WHERE d.kind IN ('ilacs_inspection', 'sif_inspection', 'legacy_inspection');
CREATE VIEW grades_over_time AS
  SELECT * FROM inspection_grades
  ORDER BY local_authority_id, end_date, key;
CREATE VIEW latest_grades AS
  WITH latest AS (
    SELECT id, ROW_NUMBER() OVER (PARTITION BY local_authority_id ORDER BY end_date DESC, path) AS n
    FROM documents
    WHERE kind IN ('ilacs_inspection', 'sif_inspection', 'legacy_inspection')
      AND local_authority_id IS NOT NULL AND end_date IS NOT NULL
      AND EXISTS (SELECT 1 FROM judgements j WHERE j.document_id = documents.id))
  SELECT g.* FROM inspection_grades g JOIN latest l ON l.id = g.document_id AND l.n = 1
  ORDER BY g.local_authority_id, g.key;
)sql";

using Text = std::optional<std::string>;
using Number = std::optional<long long>;

Text date_text(const std::optional<Date>& d) { return d ? Text(d->iso()) : std::nullopt; }

class SqliteStore : public RecordStore {
public:
    explicit SqliteStore(const fs::path& output)
        : output_(output), db_(output.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) {
        db_.exec("PRAGMA foreign_keys = ON");
        prepare_schema();
        // While the run goes on, commits are kept in a write-ahead log: whole against a killed
        // process without a disk flush per record; finish() folds it back into the one file.
        db_.exec("PRAGMA journal_mode = WAL");
        db_.exec("PRAGMA synchronous = NORMAL");
        sqlite::Statement rows(db_,
                               "SELECT d.path, d.sha256, d.rules_digest, d.ilacs_version, e.code, d.record "
                               "FROM documents d LEFT JOIN errors e ON e.document_id = d.id");
        while (rows.step())
            previous_[*rows.text(0)] = {rows.text(1).value_or(""), *rows.text(2), *rows.text(3),
                                        rows.text(4).value_or(""), *rows.text(5)};
    }

    const std::map<std::string, StoredRecord>& previous() const override { return previous_; }

    void put(std::size_t position, const std::string& path, const StoredRecord& stored, const Record& rec) override {
        sqlite::Transaction transaction(db_);
        sqlite::Statement(db_, "DELETE FROM documents WHERE path = ?").bind(1, Text(path)).run();
        const auto& la = rec.local_authority;
        const auto& ranges = rec.inspection.date_ranges;
        sqlite::Statement insert(db_,
            "INSERT INTO documents (path, position, sha256, format, pages, kind, framework, local_authority_name, "
            "local_authority_id, local_authority_code, local_authority_urn, inspection_type, start_date, end_date, "
            "lead_inspector, published, meeting_body, meeting_date, rules_digest, ilacs_version, record) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, Text(path))
            .bind(2, Number(static_cast<long long>(position)))
            .bind(3, rec.source.sha256.empty() ? Text() : Text(rec.source.sha256))
            .bind(4, rec.source.format.empty() ? Text() : Text(rec.source.format))
            .bind(5, rec.source.pages ? Number(*rec.source.pages) : Number())
            .bind(6, rec.error ? Text() : Text(rec.kind))
            .bind(7, rec.framework)
            .bind(8, la ? Text(la->name) : Text())
            .bind(9, la ? la->id : Text())
            .bind(10, la ? la->code : Text())
            .bind(11, la ? la->urn : Text())
            .bind(12, rec.inspection.type)
            .bind(13, ranges.empty() ? Text() : Text(ranges.front().start.iso()))
            .bind(14, ranges.empty() ? Text() : Text(ranges.back().end.iso()))
            .bind(15, rec.inspection.lead_inspector)
            .bind(16, date_text(rec.inspection.published))
            .bind(17, rec.meeting ? Text(rec.meeting->body) : Text())
            .bind(18, rec.meeting ? date_text(rec.meeting->date) : Text())
            .bind(19, Text(stored.rules_digest))
            .bind(20, Text(stored.version))
            .bind(21, Text(stored.json))
            .run();
        const Number id = sqlite3_last_insert_rowid(db_.get());
        const auto seq = [](std::size_t i) { return Number(static_cast<long long>(i + 1)); };
        sqlite::Statement range(db_, "INSERT INTO date_ranges VALUES (?, ?, ?, ?)");
        for (std::size_t i = 0; i < ranges.size(); ++i)
            range.bind(1, id).bind(2, seq(i)).bind(3, Text(ranges[i].start.iso())).bind(4, Text(ranges[i].end.iso())).run();
        sqlite::Statement judgement(db_, "INSERT INTO judgements VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (std::size_t i = 0; i < rec.judgements.size(); ++i) {
            const Judgement& j = rec.judgements[i];
            judgement.bind(1, id).bind(2, seq(i)).bind(3, Text(j.key)).bind(4, Text(j.label)).bind(5, Text(j.grade))
                .bind(6, Text(j.grade_text)).bind(7, j.page ? Number(*j.page) : Number()).run();
        }
        sqlite::Statement improvement(db_, "INSERT INTO improvements VALUES (?, ?, ?, ?, ?)");
        sqlite::Statement theme(db_, "INSERT INTO improvement_themes VALUES (?, ?, ?, ?)");
        for (std::size_t i = 0; i < rec.improvements.size(); ++i) {
            const Improvement& item = rec.improvements[i];
            improvement.bind(1, id).bind(2, seq(i)).bind(3, Text(item.text)).bind(4, Number(item.priority ? 1 : 0))
                .bind(5, item.page ? Number(*item.page) : Number()).run();
            for (std::size_t t = 0; t < item.themes.size(); ++t)
                theme.bind(1, id).bind(2, seq(i)).bind(3, seq(t)).bind(4, Text(item.themes[t])).run();
        }
        sqlite::Statement action(db_, "INSERT INTO actions VALUES (?, ?, ?, ?, ?, ?)");
        for (std::size_t i = 0; i < rec.actions.size(); ++i) {
            const Action& a = rec.actions[i];
            action.bind(1, id).bind(2, seq(i)).bind(3, a.area).bind(4, a.action).bind(5, a.owner).bind(6, a.due).run();
        }
        sqlite::Statement warning(db_, "INSERT INTO warnings VALUES (?, ?, ?)");
        for (std::size_t i = 0; i < rec.warnings.size(); ++i)
            warning.bind(1, id).bind(2, seq(i)).bind(3, Text(rec.warnings[i])).run();
        if (rec.error)
            sqlite::Statement(db_, "INSERT INTO errors VALUES (?, ?, ?)")
                .bind(1, id).bind(2, Text(rec.error->code)).bind(3, Text(rec.error->message)).run();
        transaction.commit();
    }

    void finish(const std::vector<std::string>& paths) override {
        {
            sqlite::Transaction transaction(db_);
            db_.exec("CREATE TEMP TABLE run_documents (path TEXT PRIMARY KEY, position INTEGER NOT NULL)");
            sqlite::Statement add(db_, "INSERT OR IGNORE INTO run_documents VALUES (?, ?)");
            for (std::size_t i = 0; i < paths.size(); ++i) add.bind(1, Text(paths[i])).bind(2, Number(static_cast<long long>(i))).run();
            // The database holds the documents of this run, in its order, and no others.
            db_.exec("DELETE FROM documents WHERE path NOT IN (SELECT path FROM run_documents)");
            db_.exec("UPDATE documents SET position = (SELECT position FROM run_documents r WHERE r.path = documents.path)");
            db_.exec("DROP TABLE run_documents");
            transaction.commit();
        }
        // Back to one file to hand on. Another connection (an analyst's browser, say) can
        // keep the log open; every record is committed either way, so that is no failure.
        sqlite3_exec(db_.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    }

    std::set<fs::path> own_files() const override {
        return {output_, output_.string() + "-wal", output_.string() + "-shm", output_.string() + "-journal"};
    }

private:
    void prepare_schema() {
        sqlite::Statement version(db_, "PRAGMA user_version");
        const long long found = version.step() ? version.number(0) : 0;
        sqlite::Statement tables(db_, "SELECT count(*) FROM sqlite_master");
        const long long objects = tables.step() ? tables.number(0) : 0;
        if (found == kSqliteSchemaVersion) return;
        if (found != 0 || objects != 0)
            throw BatchError(fmt::format("{}: not an ilacs dataset of schema version {} (user_version {}, {} objects); "
                                         "name another output",
                                         output_.string(), kSqliteSchemaVersion, found, objects));
        sqlite::Transaction transaction(db_);
        db_.exec(kDatasetSchema);
        db_.exec(fmt::format("PRAGMA user_version = {}", kSqliteSchemaVersion));
        transaction.commit();
    }

    fs::path output_;
    sqlite::Database db_;
    std::map<std::string, StoredRecord> previous_;
};

}  // namespace

std::unique_ptr<RecordStore> open_sqlite_store(const fs::path& output) { return std::make_unique<SqliteStore>(output); }

}  // namespace ilacs
