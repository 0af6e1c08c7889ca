#include <doctest/doctest.h>

#include "support.hpp"

using ilacs::test::rules;
using ilacs::test::text_document;

namespace {
std::string kind_of(const std::string& text) { return ilacs::classify(text_document(text), rules()); }
}  // namespace

TEST_CASE("classify: ILACS report titles") {
    CHECK(kind_of("Barsetshire County Council\nInspection of Barsetshire local authority children\u2019s services\n") ==
          "ilacs_inspection");
    CHECK(kind_of("Inspection of children's social care services\n") == "ilacs_inspection");
    CHECK(kind_of("Inspection of Barsetshire children's services\n") == "ilacs_inspection");
}

TEST_CASE("classify: a title wrapped over two lines") {
    CHECK(kind_of("Inspection of Barsetshire local authority\nchildren's services\n") == "ilacs_inspection");
}

TEST_CASE("classify: SIF and earlier frameworks") {
    CHECK(kind_of("Barsetshire\nInspection of services for children in need of help and protection, children "
                  "looked after and care leavers\n") == "sif_inspection");
    CHECK(kind_of("Review of the effectiveness of the local safeguarding children board\n") == "sif_inspection");
    CHECK(kind_of("Inspection of safeguarding and looked after children services\n") == "legacy_inspection");
    CHECK(kind_of("Unannounced inspection of safeguarding and looked after children\n") == "legacy_inspection");
    CHECK(kind_of("Inspection of local authority contact, referral and assessment arrangements\n") ==
          "legacy_inspection");
}

TEST_CASE("classify: visits") {
    CHECK(kind_of("Focused visit to Barsetshire children's services\n") == "focused_visit");
    CHECK(kind_of("Monitoring visit of Barsetshire children's services\n") == "monitoring_visit");
}

TEST_CASE("classify: nothing known is unknown, and only the first lines count") {
    CHECK(kind_of("A letter about the weather\nIt rained.\n") == "unknown");
    std::string late;
    for (int i = 0; i < 80; ++i) late += "Body text line " + std::to_string(i) + "\n";
    CHECK(kind_of(late + "Inspection of Barsetshire local authority children's services\n") == "unknown");
}
