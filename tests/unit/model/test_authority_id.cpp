#include <doctest/doctest.h>

#include "support.hpp"

namespace {
std::string id(std::string_view name) { return ilacs::authority_id(ilacs::test::rules(), name); }
}  // namespace

TEST_CASE("authority_id: what a council calls itself is not part of the place") {
    CHECK(id("Derby City Council") == "derby");
    CHECK(id("Derby") == "derby");
    CHECK(id("Derbyshire County Council") == "derbyshire");
    CHECK(id("The London Borough of Barking and Dagenham") == "barking_and_dagenham");
    CHECK(id("Royal Borough of Kingston upon Thames") == "kingston_upon_thames");
    CHECK(id("Wirral Metropolitan Borough Council") == "wirral");
    CHECK(id("North Northamptonshire") == "north_northamptonshire");
    CHECK(id("North Northamptonshire Council") == "north_northamptonshire");
    CHECK(id("Windsor and Maidenhead unitary authority") == "windsor_and_maidenhead");
}

TEST_CASE("authority_id: a children's trust reports for its council") {
    CHECK(id("Sandwell Children\u2019s Trust") == "sandwell");
    CHECK(id("Slough Children's Services Trust") == "slough");
}

TEST_CASE("authority_id: aliases name an id outright") {
    CHECK(id("Kingston upon Hull City Council") == "kingston_upon_hull");
    CHECK(id("Hull City Council") == "kingston_upon_hull");
    CHECK(id("City of London Corporation") == "city_of_london");
    CHECK(id("Bristol City Council") == "bristol");
    CHECK(id("City of Bristol") == "bristol");
    CHECK(id("Herefordshire Council") == "herefordshire");
}

TEST_CASE("authority_id: punctuation and case fold to one slug") {
    CHECK(id("St. Helens") == "st_helens");
    CHECK(id("Brighton & Hove City Council") == "brighton_hove");
    CHECK(id("County of Herefordshire District Council") == "herefordshire");
    CHECK(id("").empty());
}
