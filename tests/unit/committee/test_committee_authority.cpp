#include <doctest/doctest.h>

#include "support.hpp"

using ilacs::test::extract_text;

namespace {

// The id of the authority the paper is given, or "-" when none.
std::string paper_id(const std::string& text) {
    const ilacs::Record rec = extract_text(text);
    REQUIRE(rec.kind == "committee_paper");
    return rec.local_authority && rec.local_authority->id ? *rec.local_authority->id : "-";
}

const std::string kMinutes = "Agenda item\n\nMinutes:\n\n";

}  // namespace

TEST_CASE("committee authority: a heading that is the council's name") {
    CHECK(paper_id("Agenda Item No.6\n\nDERBYSHIRE COUNTY COUNCIL\n\nCABINET\n\n16 March 2020\n\nThe Ofsted report was "
                   "received.\n") == "derbyshire");
    CHECK(paper_id("Hartlepool Borough Council\n\nCabinet\n\nThe Ofsted inspection report was noted.\n") == "hartlepool");
}

TEST_CASE("committee authority: the council its sentences name as its own") {
    CHECK(paper_id(kMinutes + "The report set out the outcome of Ofsted's inspection of Croydon's Children's Services.\n") ==
          "croydon");
    CHECK(paper_id(kMinutes + "5. Herefordshire Council has to submit an action plan to Ofsted.\n") == "herefordshire");
    CHECK(paper_id(kMinutes + "Ofsted found that children and families in West Sussex deserve better services.\n") ==
          "west_sussex");
    CHECK(paper_id(kMinutes + "Ofsted judged children's social care in St. Helens to be good.\n") == "st_helens");
}

TEST_CASE("committee authority: partners, commissioners and neighbours are passed over") {
    CHECK(paper_id("Scrutiny Committee\n\n3.3 Hampshire County Council will continue as the Partner in Practice.\n\n"
                   "3.5 Ofsted said the service must improve for children and families in West Sussex.\n") == "west_sussex");
    CHECK(paper_id(kMinutes + "Ofsted rated Torbay's children's services inadequate. A commissioner from Kent County "
                              "Council was appointed. Torbay has since improved.\n") == "torbay");
    CHECK(paper_id(kMinutes + "Ofsted's inspection of Wirral's children's services was reported. Actions:\n\n"
                              "- Stockport Council had been engaged in a review of early help\n") == "wirral");
    CHECK(paper_id(kMinutes + "The Ofsted report was noted. Our statistical neighbours Bolton and Bury were also "
                              "judged good. Children's services in Wigan are good.\n") == "wigan");
}

TEST_CASE("committee authority: people and other bodies that share a place's name are not authorities") {
    CHECK(paper_id("Contact: Martin Bradford, Democratic Services\n\n" + kMinutes +
                   "The Council's children's services were judged good by Ofsted.\n") == "-");
    CHECK(paper_id(kMinutes + "Cllr Sutton welcomed the Ofsted report. Devon and Cornwall Police attended the "
                              "inspection of the Council's children's services.\n") == "-");
}

TEST_CASE("committee authority: a paper that never names its council has none") {
    const ilacs::Record rec =
        extract_text(kMinutes + "The Council's children's services were inspected by Ofsted and judged inadequate.\n");
    CHECK_FALSE(rec.local_authority);
    CHECK(rec.warnings.empty());
    // A council's web address alone does not name it.
    CHECK(paper_id("Email democracy@towerhamlets.gov.uk\n\n" + kMinutes + "The Ofsted report was noted.\n") == "-");
    CHECK(paper_id("Email democracy@towerhamlets.gov.uk\n\n" + kMinutes +
                   "The Ofsted report on Tower Hamlets was noted.\n") == "tower_hamlets");
}

TEST_CASE("committee authority: a council the table does not have keeps its name, without an id, and is warned of") {
    const ilacs::Record rec =
        extract_text("BARSETSHIRE COUNTY COUNCIL\n\nCABINET\n\n16 March 2020\n\nThe Ofsted inspection report was noted.\n");
    REQUIRE(rec.local_authority);
    CHECK(rec.local_authority->name == "BARSETSHIRE COUNTY COUNCIL");
    CHECK_FALSE(rec.local_authority->id);
    CHECK_FALSE(rec.local_authority->code);
    REQUIRE(rec.warnings.size() == 1);
    CHECK(rec.warnings[0].find("BARSETSHIRE COUNTY COUNCIL") != std::string::npos);
}

TEST_CASE("committee authority: the short names and companies a council is known by") {
    CHECK(paper_id(kMinutes + "The report on Ofsted's inspection of RBKC's children's services was noted.\n") ==
          "kensington_and_chelsea");
    CHECK(paper_id("News\n\nStockton's children's services have been judged good by Ofsted.\n") == "stockton_on_tees");
    CHECK(paper_id(kMinutes + "Achieving for Children presented the Ofsted report on Kingston's children's services.\n") ==
          "kingston_upon_thames");
    // A company of several councils alone does not tell which.
    CHECK(paper_id(kMinutes + "Achieving for Children presented the Ofsted report.\n") == "-");
}

TEST_CASE("committee authority: councils named alike give none, and a warning") {
    const ilacs::Record rec = extract_text(kMinutes + "The LSCB covering LBHF, RBKC and WCC reported on Ofsted.\n");
    CHECK_FALSE(rec.local_authority);
    REQUIRE(rec.warnings.size() == 1);
    CHECK(rec.warnings[0].find("'LBHF' and 'RBKC'") != std::string::npos);
}

TEST_CASE("committee authority: the publisher outweighs a region named after a city") {
    CHECK(paper_id("Home | News\n\n\u00a9 2024 Sefton Council\n\nOfsted praises work with children. The Liverpool "
                   "City Region partners welcomed it.\n") == "sefton");
    CHECK(paper_id(kMinutes + "Leeds, our partner in practice, supported us. Inspection of Calderdale local authority "
                              "children's services: the report was noted.\n") == "calderdale");
}
