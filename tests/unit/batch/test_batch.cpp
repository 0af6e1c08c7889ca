#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ilacs/batch/batch.hpp"
#include "ilacs/batch/dataset.hpp"
#include "ilacs/output/writers.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

// An ILACS report as text, for the authority and the fieldwork given.
std::string report(const std::string& authority, const std::string& dates, const std::string& grade) {
    return "Inspection of " + authority + " local authority children's services\n"
           "Inspection dates: " + dates + "\n"
           "Lead inspector: Jane Smith, His Majesty's Inspector\n\n"
           "Judgement\tGrade\n"
           "The impact of leaders on social work practice with children and families\t" + grade + "\n"
           "The experiences and progress of children who need help and protection\tGood\n\n"
           "What needs to improve?\n"
           "\u2022 The quality of plans.\n";
}

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

struct Fixture {
    ilacs::test::TempDir dir{"batch"};
    fs::path in = dir.path() / "in";
    Fixture() {
        fs::create_directories(in / "older");
        dir.write("in/derbyshire-2019.txt", report("Derbyshire", "8 to 19 July 2019", "Requires improvement to be good"));
        dir.write("in/older/derbyshire-2015.txt", report("Derbyshire", "2 to 20 March 2015", "Inadequate"));
        dir.write("in/norfolk.txt", report("Norfolk", "4 to 15 March 2024", "Good"));
        dir.write("in/bad.pdf", "<html><body>Report not found</body></html>");
    }
    ilacs::BatchOptions options(const std::string& output, unsigned jobs = 2) const {
        ilacs::BatchOptions o;
        o.inputs = {in.string()};
        o.output = dir.path() / output;
        o.format = *ilacs::dataset_format_for(o.output);
        o.jobs = jobs;
        o.rules_digest = "rules-1";
        return o;
    }
    std::vector<std::string> paths() const {
        return {(in / "bad.pdf").string(), (in / "derbyshire-2019.txt").string(), (in / "norfolk.txt").string(),
                (in / "older/derbyshire-2015.txt").string()};
    }
};

}  // namespace

TEST_CASE("batch: one record per document, in path order, the same bytes as extract, whatever the jobs") {
    Fixture f;
    const ilacs::BatchSummary s = ilacs::run_batch(f.options("one.jsonl", 1), ilacs::test::rules());
    CHECK(s.documents == 4);
    CHECK(s.read == 4);
    CHECK(s.unchanged == 0);
    CHECK(s.errors == std::map<std::string, std::size_t>{{"not_pdf", 1}});
    CHECK(s.kinds == std::map<std::string, std::size_t>{{"ilacs_inspection", 3}});
    std::string expected;
    for (const std::string& p : f.paths()) expected += ilacs::to_json(ilacs::extract_file(p, ilacs::test::rules())).dump() + "\n";
    CHECK(read_file(f.dir.path() / "one.jsonl") == expected);
    ilacs::run_batch(f.options("three.jsonl", 3), ilacs::test::rules());
    CHECK(read_file(f.dir.path() / "three.jsonl") == expected);
}

TEST_CASE("batch: a re-run reads only what changed: content, rules, or everything with force") {
    Fixture f;
    auto o = f.options("out.jsonl");
    ilacs::run_batch(o, ilacs::test::rules());
    const std::string first = read_file(o.output);
    ilacs::BatchSummary s = ilacs::run_batch(o, ilacs::test::rules());
    CHECK(s.read == 0);
    CHECK(s.unchanged == 4);
    CHECK(s.errors.size() == 1);  // a kept error record still counts
    CHECK(read_file(o.output) == first);

    f.dir.write("in/norfolk.txt", report("Norfolk", "4 to 15 March 2024", "Outstanding"));
    s = ilacs::run_batch(o, ilacs::test::rules());
    CHECK(s.read == 1);
    CHECK(read_file(o.output).find("\"grade\":\"outstanding\"") != std::string::npos);

    o.rules_digest = "rules-2";
    CHECK(ilacs::run_batch(o, ilacs::test::rules()).read == 4);
    o.force = true;
    CHECK(ilacs::run_batch(o, ilacs::test::rules()).read == 4);

    // A document gone from the inputs is gone from the output.
    fs::remove(f.in / "norfolk.txt");
    o.force = false;
    s = ilacs::run_batch(o, ilacs::test::rules());
    CHECK(s.read == 0);
    CHECK(ilacs::read_dataset(o.output).size() == 3);
}

TEST_CASE("batch: a run killed while writing its journal resumes from the whole lines") {
    Fixture f;
    const auto o = f.options("out.csv");
    ilacs::run_batch(o, ilacs::test::rules());
    const std::string whole = read_file(o.output);
    // As if killed mid-run: the output not yet written, the journal's last line torn.
    const fs::path journal = o.output.string() + ".ilacs-journal";
    std::string lines = read_file(journal);
    lines.resize(lines.size() - 30);
    std::ofstream(journal, std::ios::binary | std::ios::trunc) << lines;
    fs::remove(o.output);
    const ilacs::BatchSummary s = ilacs::run_batch(o, ilacs::test::rules());
    CHECK(s.read == 1);
    CHECK(s.unchanged == 3);
    CHECK(read_file(o.output) == whole);
    CHECK(whole.rfind("path,sha256,", 0) == 0);
}

TEST_CASE("batch: the output's name tells its format") {
    CHECK(ilacs::dataset_format_for("a/b.JSONL") == ilacs::DatasetFormat::jsonl);
    CHECK(ilacs::dataset_format_for("b.csv") == ilacs::DatasetFormat::csv);
    CHECK(ilacs::dataset_format_for("b.db") == ilacs::DatasetFormat::sqlite);
    CHECK_FALSE(ilacs::dataset_format_for("b.json").has_value());
    CHECK(ilacs::parse_dataset_format("sqlite") == ilacs::DatasetFormat::sqlite);
    CHECK_FALSE(ilacs::parse_dataset_format("xml").has_value());
}

TEST_CASE("batch: the rules digest follows every file of the rules directory") {
    ilacs::test::TempDir dir("batch_rules");
    dir.write("a.rules", "grade.good (?i)good\n");
    const std::string before = ilacs::rules_digest(dir.path());
    CHECK(before.size() == 64);
    CHECK(ilacs::rules_digest(dir.path()) == before);
    dir.write("local_authorities.csv", "name\n");
    CHECK(ilacs::rules_digest(dir.path()) != before);
}

namespace {

// The rows of a query, one string a row, cells joined by '|'.
std::vector<std::string> query(const fs::path& db_path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    std::vector<std::string> rows;
    char* error = nullptr;
    const int rc = sqlite3_exec(
        db, sql.c_str(),
        [](void* out, int n, char** cells, char**) {
            std::string row;
            for (int i = 0; i < n; ++i) row += (i ? "|" : "") + std::string(cells[i] ? cells[i] : "NULL");
            static_cast<std::vector<std::string>*>(out)->push_back(row);
            return 0;
        },
        &rows, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    CHECK_MESSAGE(rc == SQLITE_OK, message);
    return rows;
}

}  // namespace

TEST_CASE("batch: the SQLite dataset: its schema version, its tables joined on the LA code, its views") {
    Fixture f;
    const auto o = f.options("out.sqlite");
    ilacs::run_batch(o, ilacs::test::rules());
    CHECK(query(o.output, "PRAGMA user_version") == std::vector<std::string>{std::to_string(ilacs::kSqliteSchemaVersion)});
    // The columns are the record's fields (the record itself is kept whole beside them).
    CHECK(query(o.output, "SELECT count(*) FROM documents WHERE "
                          "local_authority_code IS NOT json_extract(record, '$.local_authority.code') "
                          "OR local_authority_id IS NOT json_extract(record, '$.local_authority.id') "
                          "OR kind IS NOT json_extract(record, '$.kind') "
                          "OR end_date IS NOT json_extract(record, '$.inspection.end_date') "
                          "OR sha256 IS NOT json_extract(record, '$.source.sha256')") == std::vector<std::string>{"0"});
    // Derbyshire is DfE LA code 830, Norfolk 926: set here as the authorities table gives
    // them, so that the views are tested whether or not extraction fills the code yet.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(o.output.c_str(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "UPDATE documents SET local_authority_code = CASE local_authority_id "
                           "WHEN 'derbyshire' THEN '830' WHEN 'norfolk' THEN '926' END",
                       nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    CHECK(query(o.output, "SELECT d.local_authority_code, d.end_date, j.grade FROM documents d JOIN judgements j "
                          "ON j.document_id = d.id WHERE j.key = 'impact_of_leaders' ORDER BY d.position") ==
          std::vector<std::string>{"830|2019-07-19|requires_improvement", "926|2024-03-15|good", "830|2015-03-20|inadequate"});
    CHECK(query(o.output, "SELECT local_authority_code, end_date, key, grade FROM latest_grades") ==
          std::vector<std::string>{"830|2019-07-19|help_and_protection|good", "830|2019-07-19|impact_of_leaders|requires_improvement",
                                   "926|2024-03-15|help_and_protection|good", "926|2024-03-15|impact_of_leaders|good"});
    CHECK(query(o.output, "SELECT end_date, grade FROM grades_over_time WHERE local_authority_code = '830' "
                          "AND key = 'impact_of_leaders'") ==
          std::vector<std::string>{"2015-03-20|inadequate", "2019-07-19|requires_improvement"});
    CHECK(query(o.output, "SELECT e.code, d.kind FROM errors e JOIN documents d ON d.id = e.document_id") ==
          std::vector<std::string>{"not_pdf|NULL"});
    CHECK(query(o.output, "SELECT count(*) FROM improvements i JOIN documents d ON d.id = i.document_id "
                          "WHERE i.text = 'The quality of plans.'") == std::vector<std::string>{"3"});
    // No write-ahead log is left beside the database: it is one file to hand on.
    CHECK_FALSE(fs::exists(o.output.string() + "-wal"));

    // Read back, the dataset gives the records batch wrote, in input order.
    const auto o2 = f.options("same.jsonl");
    ilacs::run_batch(o2, ilacs::test::rules());
    const auto from_sqlite = ilacs::read_dataset(o.output), from_jsonl = ilacs::read_dataset(o2.output);
    REQUIRE(from_sqlite.size() == 4);
    for (std::size_t i = 0; i < 4; ++i) CHECK(ilacs::to_json(from_sqlite[i]) == ilacs::to_json(from_jsonl[i]));

    // A re-run keeps every row.
    CHECK(ilacs::run_batch(o, ilacs::test::rules()).unchanged == 4);
    CHECK(query(o.output, "SELECT count(*) FROM documents") == std::vector<std::string>{"4"});
}

TEST_CASE("batch: a database that is not an ilacs dataset is refused, not changed") {
    ilacs::test::TempDir dir("batch_foreign");
    const fs::path db_path = dir.path() / "other.sqlite";
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(db_path.c_str(), &db) == SQLITE_OK);
    sqlite3_exec(db, "CREATE TABLE budgets (year INTEGER)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    ilacs::BatchOptions o;
    o.inputs = {dir.write("a.txt", "text\n").string()};
    o.output = db_path;
    o.format = ilacs::DatasetFormat::sqlite;
    CHECK_THROWS_WITH_AS(ilacs::run_batch(o, ilacs::test::rules()), doctest::Contains("not an ilacs dataset"), ilacs::BatchError);
    CHECK(query(db_path, "SELECT name FROM sqlite_master") == std::vector<std::string>{"budgets"});
}
