#include "ilacs/batch/dataset.hpp"
#include "ilacs/output/writers.hpp"
#include "support.hpp"

TEST_CASE("dataset: JSON Lines give their records in order, blank lines passed over") {
    ilacs::test::TempDir dir("dataset");
    ilacs::Record first = ilacs::test::sample_record();
    ilacs::Record second;
    second.source.path = "b.pdf";
    const auto path = dir.write("records.jsonl", ilacs::to_json(first).dump() + "\n\n" + ilacs::to_json(second).dump() + "\n");
    const std::vector<ilacs::Record> records = ilacs::read_dataset(path);
    REQUIRE(records.size() == 2);
    CHECK(ilacs::to_json(records[0]) == ilacs::to_json(first));
    CHECK(records[1].source.path == "b.pdf");
}

TEST_CASE("dataset: a line that is not a record is named with its line number") {
    ilacs::test::TempDir dir("dataset_bad");
    const auto path = dir.write("records.jsonl", ilacs::to_json(ilacs::test::sample_record()).dump() + "\n{\"schema\": 3}\n");
    CHECK_THROWS_WITH_AS(ilacs::read_dataset(path), doctest::Contains("records.jsonl:2: schema"), ilacs::DatasetError);
    CHECK_THROWS_WITH_AS(ilacs::read_dataset(dir.path() / "absent.jsonl"), doctest::Contains("cannot be read"), ilacs::DatasetError);
}

TEST_CASE("dataset: a file that starts as an SQLite database but is not an ilacs one is named") {
    ilacs::test::TempDir dir("dataset_sqlite");
    const auto path = dir.write("not.sqlite", std::string("SQLite format 3\0", 16) + std::string(100, '\0'));
    CHECK_THROWS_AS(ilacs::read_dataset(path), ilacs::DatasetError);
}
