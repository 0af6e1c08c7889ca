#include "ilacs/model/authorities.hpp"
#include "support.hpp"

namespace {

const std::string kHeader =
    "urn,la_code,ons_code,name,also_known_as,la_type,region_code,region_name,domain,stat_neighbours_la_codes,population_0_25\n";

std::filesystem::path write_table(const ilacs::test::TempDir& dir, const std::string& rows) {
    return dir.write("local_authorities.csv", kHeader + rows);
}

}  // namespace

TEST_CASE("authorities: rows with their lists, and ids without ', City of'") {
    ilacs::test::TempDir dir("authorities");
    const auto table = ilacs::AuthorityTable::load(write_table(
        dir, "80441,801,E06000023,\"Bristol, City of\",Bristol,Unitary Authority,SW,South West,bristol.gov.uk,846; 383,1\n"
             "80460,830,E10000007,Derbyshire,,County,EM,East Midlands,derbyshire.gov.uk,,2\n"));
    REQUIRE(table.all().size() == 2);
    const ilacs::Authority* bristol = table.by_code("801");
    REQUIRE(bristol);
    CHECK(bristol->id == "bristol");
    CHECK(bristol->also_known_as == std::vector<std::string>{"Bristol"});
    CHECK(bristol->statistical_neighbours == std::vector<std::string>{"846", "383"});
    CHECK(table.by_urn("80460") == table.by_id("derbyshire"));
    CHECK(table.by_code("999") == nullptr);
}

TEST_CASE("authorities: a table without a needed column names the file and the column") {
    ilacs::test::TempDir dir("authorities_bad");
    const auto path = dir.write("local_authorities.csv", "urn,name\n1,Somewhere\n");
    CHECK_THROWS_WITH_AS(ilacs::AuthorityTable::load(path), doctest::Contains("no column 'la_code'"), ilacs::RulesError);
}

TEST_CASE("authorities: the shipped table is loaded with the rules and holds every authority") {
    const ilacs::AuthorityTable& table = ilacs::test::rules().authorities();
    CHECK(table.all().size() >= 150);
    REQUIRE(table.by_code("810"));
    CHECK(table.by_code("810")->id == "kingston_upon_hull");
    CHECK(table.by_code("839")->id == "bournemouth_christchurch_and_poole");
}

TEST_CASE("authorities: a place named for its river or county is found by its short form, unless two share it or a row is called so") {
    ilacs::test::TempDir dir("authorities_short");
    const auto table = ilacs::AuthorityTable::load(write_table(
        dir, "1,101,E1,Barchester upon Avon,,London Borough,GL,London,a.gov.uk,,1\n"
             "2,102,E2,Wickham-on-Sea,,Unitary Authority,SE,South East,b.gov.uk,,1\n"
             "3,103,E3,West Riding of Yorkshire,,Unitary Authority,YH,Yorkshire,c.gov.uk,,1\n"
             "4,104,E4,Port upon Tyne,,Unitary Authority,NE,North East,d.gov.uk,,1\n"
             "5,105,E5,\"Port on Wear, City of\",Port on Wear,Unitary Authority,NE,North East,e.gov.uk,,1\n"
             "6,106,E6,\"Kingsbridge upon Hull, City of\",Hull,Unitary Authority,YH,Yorkshire,f.gov.uk,,1\n"
             "7,107,E7,Kingsbridge upon Thames,Kingsbridge,London Borough,GL,London,g.gov.uk,,1\n"));
    CHECK(table.by_name("Barchester") == table.by_code("101"));
    CHECK(table.by_name("Wickham") == table.by_code("102"));
    CHECK(table.by_name("West Riding") == table.by_code("103"));
    CHECK(table.by_name("Port") == nullptr);
    // A name the table gives outweighs a short form made from another row's name.
    CHECK(table.by_name("Kingsbridge") == table.by_code("107"));
    std::string found;
    REQUIRE(table.names_pattern());
    CHECK(RE2::PartialMatch("Children in Barchester are safe.", *table.names_pattern(), &found));
    CHECK(found == "Barchester");
}
