#include <doctest/doctest.h>

#include "ilacs/model/authority_match.hpp"
#include "support.hpp"

namespace {

// The id of the row a printed name matches, or "-" when none does.
std::string id(std::string_view name) {
    const ilacs::Authority* row = ilacs::match_authority(ilacs::test::rules(), name);
    return row ? row->id : "-";
}

// The ids of the authorities a text mentions, in order.
std::vector<std::string> mentioned(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& m : ilacs::authority_mentions(ilacs::test::rules(), text)) out.push_back(m.authority->id);
    return out;
}

}  // namespace

TEST_CASE("match_authority: what a council calls itself is not part of the place") {
    CHECK(id("Derbyshire County Council") == "derbyshire");
    CHECK(id("Derby City Council") == "derby");
    CHECK(id("Derby City") == "derby");
    CHECK(id("Derby") == "derby");
    CHECK(id("Wirral Metropolitan Borough Council") == "wirral");
    CHECK(id("Wakefield District Metropolitan Council") == "wakefield");
    CHECK(id("Cheshire East Unitary Authority") == "cheshire_east");
    CHECK(id("North Northamptonshire Council") == "north_northamptonshire");
    CHECK(id("Bedford Borough Council") == "bedford_borough");
    CHECK(id("Reading's") == "reading");
}

TEST_CASE("match_authority: boroughs, cities and counties named before the place") {
    CHECK(id("The London Borough of Barking and Dagenham") == "barking_and_dagenham");
    CHECK(id("Royal Borough of Kingston upon Thames") == "kingston_upon_thames");
    CHECK(id("Metropolitan Borough of Wirral") == "wirral");
    CHECK(id("City of York Council") == "york");
    CHECK(id("City of Wolverhampton Council") == "wolverhampton");
    CHECK(id("County Durham") == "durham");
    CHECK(id("County of Herefordshire District Council") == "herefordshire");
    CHECK(id("Council of the Isles of Scilly") == "isles_of_scilly");
    CHECK(id("City of London") == "city_of_london");
    CHECK(id("City of London Corporation") == "city_of_london");
    // The wording alone, its place wrapped onto the next line, names no authority.
    CHECK(id("City of") == "-");
    CHECK(id("London Borough of") == "-");
    CHECK(id("Royal Borough of") == "-");
}

TEST_CASE("match_authority: a place named for its river or county, by its short form") {
    CHECK(id("Richmond") == "richmond_upon_thames");
    CHECK(id("Stockton") == "stockton_on_tees");
    CHECK(id("East Riding") == "east_riding_of_yorkshire");
    // Upon Thames or upon Hull by its form; the table calls Kingston upon Thames so, and Hull "Hull".
    CHECK(id("Kingston") == "kingston_upon_thames");
    CHECK(mentioned("Children in Stockton are safe.") == std::vector<std::string>{"stockton_on_tees"});
}

TEST_CASE("match_authority: a children's trust or company reports for its council") {
    CHECK(id("Sandwell Children\u2019s Trust") == "sandwell");
    CHECK(id("Doncaster Children's Services Trust") == "doncaster");
    CHECK(id("Worcestershire Children First") == "worcestershire");
    CHECK(id("Bradford Children and Families Trust") == "bradford");
}

TEST_CASE("match_authority: the table's other names and spellings") {
    CHECK(id("Kingston upon Hull City Council") == "kingston_upon_hull");
    CHECK(id("Hull City Council") == "kingston_upon_hull");
    CHECK(id("Bristol City Council") == "bristol");
    CHECK(id("City of Bristol") == "bristol");
    CHECK(id("BCP Council") == "bournemouth_christchurch_and_poole");
    CHECK(id("Bath & North East Somerset Council") == "bath_and_north_east_somerset");
    CHECK(id("B&NES") == "bath_and_north_east_somerset");
    CHECK(id("Brighton & Hove City Council") == "brighton_and_hove");
    CHECK(id("Telford & Wrekin Council") == "telford_and_wrekin");
    CHECK(id("St Helens Council") == "st_helens");
    CHECK(id("St. Helens") == "st_helens");
    CHECK(id("STOCKTON-ON-TEES BOROUGH COUNCIL") == "stockton_on_tees");
    // Short names the councils are known by, alone and in a text.
    CHECK(id("Stockton Council") == "stockton_on_tees");
    CHECK(id("Kingston Council") == "kingston_upon_thames");
    CHECK(id("Kingston upon Hull") == "kingston_upon_hull");
    CHECK(id("RBKC") == "kensington_and_chelsea");
    CHECK(id("LBHF") == "hammersmith_and_fulham");
    CHECK(id("RBWM") == "windsor_and_maidenhead");
    CHECK(id("Brighter Futures for Children") == "reading");
    CHECK(id("Together for Children") == "sunderland");
    CHECK(mentioned("Ofsted praised RBKC, and Stockton's leaders visited Kingston.") ==
          std::vector<std::string>{"kensington_and_chelsea", "stockton_on_tees", "kingston_upon_thames"});
}

TEST_CASE("match_authority: former authorities keep their rows") {
    CHECK(id("Cumbria County Council") == "cumbria");
    CHECK(id("Northamptonshire County Council") == "northamptonshire");
    CHECK(id("Borough of Poole") == "poole");
    CHECK(id("Cumberland Council") == "cumberland");
}

TEST_CASE("match_authority: the start of one row's name stands for it, of two for neither") {
    CHECK(id("Southend Borough Council") == "southend_on_sea");
    CHECK(id("Newcastle City Council") == "newcastle_upon_tyne");
    CHECK(id("East Riding") == "east_riding_of_yorkshire");
    CHECK(id("North") == "-");
}

TEST_CASE("match_authority: a name no row has matches nothing") {
    CHECK(id("Barsetshire County Council") == "-");
    // The company of three councils is none of them alone.
    CHECK(id("Achieving for Children") == "-");
    CHECK(id("Agenda item Ofsted") == "-");
    CHECK(id("") == "-");
}

TEST_CASE("local_authority_for: an unmatched name keeps no id and is warned of") {
    std::vector<std::string> warnings;
    const ilacs::LocalAuthority none = ilacs::local_authority_for("Barsetshire", nullptr, warnings);
    CHECK(none.name == "Barsetshire");
    CHECK_FALSE(none.id);
    CHECK_FALSE(none.code);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("'Barsetshire'") != std::string::npos);
    const ilacs::LocalAuthority derby =
        ilacs::local_authority_for("Derby City Council", ilacs::test::rules().authorities().by_code("831"), warnings);
    CHECK(derby.id == "derby");
    CHECK(derby.code == "831");
    CHECK(derby.urn == "80459");
    CHECK(warnings.size() == 1);
}

TEST_CASE("authority_mentions: places named in a text, not people or other bodies") {
    CHECK(mentioned("Children's services in Stoke-on-Trent and St Helens improved.") ==
          std::vector<std::string>{"stoke_on_trent", "st_helens"});
    CHECK(mentioned("In Manchester, 84% of pupils attend a good school.") == std::vector<std::string>{"manchester"});
    CHECK(mentioned("Children in County Durham are safe.") == std::vector<std::string>{"durham"});
    CHECK(mentioned("Contact: Eddie Sutton, Director") == std::vector<std::string>{});
    CHECK(mentioned("presented by Cllr Bury and Councillor Jo Halton") == std::vector<std::string>{});
    CHECK(mentioned("Devon and Cornwall Police attended.") == std::vector<std::string>{});
    CHECK(mentioned("the hospital in Sutton Coldfield") == std::vector<std::string>{});
    CHECK(mentioned("Ofsted, Piccadilly Gate, Store Street, Manchester M1 2WD") == std::vector<std::string>{});
    CHECK(mentioned("Reading the report, members were pleased") == std::vector<std::string>{});
    CHECK(mentioned("Reading Borough Council was inspected") == std::vector<std::string>{"reading"});
    CHECK(mentioned("after reading the report") == std::vector<std::string>{});
    CHECK(mentioned("Torbay Council and Plymouth City Council") == std::vector<std::string>{"torbay", "plymouth"});
}

TEST_CASE("authority_mentions: the printed name goes on over the council's words") {
    const auto m = ilacs::authority_mentions(ilacs::test::rules(), "Stockport Metropolitan Borough Council has agreed");
    REQUIRE(m.size() == 1);
    CHECK(m[0].printed == "Stockport Metropolitan Borough Council");
}

TEST_CASE("mention_weight: the document's own authority outweighs a partner") {
    const ilacs::RuleSet& rules = ilacs::test::rules();
    auto weight = [&](std::string_view text) {
        const auto m = ilacs::authority_mentions(rules, text);
        REQUIRE(m.size() == 1);
        return ilacs::mention_weight(rules, m[0]);
    };
    CHECK(weight("the findings formed Wirral's Ofsted Improvement Plan") == 3);
    CHECK(weight("Ofsted's inspection of Croydon's children's services") == 3);
    CHECK(weight("We have worked with Leeds as our Partner in Practice") == 0);
    CHECK(weight("a commissioner from Hampshire was appointed") == 0);
    CHECK(weight("Halton received a good rating") == 1);
}

TEST_CASE("authority_by_domain: a council's host names tell its row") {
    const ilacs::RuleSet& rules = ilacs::test::rules();
    const ilacs::Authority* a = ilacs::authority_by_domain(rules, "See https://democracy.towerhamlets.gov.uk/mgAi.aspx");
    REQUIRE(a);
    CHECK(a->id == "tower_hamlets");
    CHECK(ilacs::authority_by_domain(rules, "www.gov.uk and reports.ofsted.gov.uk") == nullptr);
    // Two councils' hosts: the text does not tell which is its own.
    CHECK(ilacs::authority_by_domain(rules, "kent.gov.uk and medway.gov.uk") == nullptr);
}

TEST_CASE("AuthorityTally: most weight wins, a tie goes to the first named and is told") {
    const ilacs::AuthorityTable& table = ilacs::test::rules().authorities();
    ilacs::AuthorityTally tally;
    CHECK_FALSE(tally.best());
    tally.add(table.by_code("344"), "Wirral", 1);
    tally.add(table.by_code("356"), "Stockport", 1);
    REQUIRE(tally.best());
    CHECK(tally.best()->first->id == "wirral");
    tally.add(table.by_code("356"), "Stockport Council", 3);
    CHECK(tally.best()->first->id == "stockport");
    CHECK(tally.best()->second == "Stockport");
    CHECK(tally.tied_with_best().empty());
    tally.add(table.by_code("344"), "Wirral", 3);
    CHECK(tally.tied_with_best() == "Stockport");
}

TEST_CASE("authority match: an authority the table lacks is known by its place, without the council's words") {
    CHECK(ilacs::authority_slug(ilacs::test::rules(), "Barsetshire County Council") == "barsetshire");
    CHECK(ilacs::authority_slug(ilacs::test::rules(), "The Barsetshire Council") == "barsetshire");
    CHECK(ilacs::authority_slug(ilacs::test::rules(), "Barsetshire") == "barsetshire");
}
