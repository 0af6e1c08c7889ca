#include <sstream>

#include "ilacs/model/csv.hpp"
#include "support.hpp"

TEST_CASE("csv: quoted fields keep their commas, quotes and line breaks, and rows know their lines") {
    std::istringstream in("\xEF\xBB\xBFname,note\n\"Bristol, City of\",\"says \"\"hi\"\"\"\nDerby,\"two\nlines\"\nHull,\n");
    const ilacs::CsvTable t = ilacs::read_csv(in);
    CHECK(t.header == std::vector<std::string>{"name", "note"});
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0] == std::vector<std::string>{"Bristol, City of", "says \"hi\""});
    CHECK(t.rows[1] == std::vector<std::string>{"Derby", "two\nlines"});
    CHECK(t.rows[2] == std::vector<std::string>{"Hull", ""});
    CHECK(t.lines == std::vector<long>{2, 3, 5});
    CHECK(t.column("note") == 1);
    CHECK(t.column("absent") == -1);
}

TEST_CASE("csv: a stray quote is an error with its line") {
    std::istringstream in("a,b\n1,2\n3,x\"y\n");
    CHECK_THROWS_WITH_AS(ilacs::read_csv(in), doctest::Contains("line 3"), ilacs::CsvError);
}
