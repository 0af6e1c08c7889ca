#include <doctest/doctest.h>

#include "ilacs/pipeline/page_plan.hpp"
#include "support.hpp"

using ilacs::ContentsEntry;
using ilacs::test::rules;
using Pages = std::map<std::string, std::set<int>>;

namespace {
const std::vector<ContentsEntry> kSifContents = {
    {"The local authority", 5, ""},
    {"Recommendations", 7, "The local authority"},
    {"Leadership, management and governance", 24, "The local authority"},
    {"The Local Safeguarding Children Board (LSCB)", 28, ""},
    {"Executive summary", 28, "The Local Safeguarding Children Board (LSCB)"},
    {"Recommendations", 29, "The Local Safeguarding Children Board (LSCB)"},
    {"Information about this inspection", 33, ""},
};
}  // namespace

TEST_CASE("page_plan: the field an entry leads to, none within a part that leads to one") {
    CHECK(ilacs::section_field(kSifContents[1], rules()) == "improvements");
    CHECK(ilacs::section_field(kSifContents[3], rules()) == "lscb");
    // The LSCB's summary and its own recommendations are the LSCB's part's.
    CHECK(ilacs::section_field(kSifContents[4], rules()).empty());
    CHECK(ilacs::section_field(kSifContents[5], rules()).empty());
    CHECK(ilacs::section_field(kSifContents[6], rules()) == "lead_inspector");
    CHECK(ilacs::section_field(kSifContents[2], rules()).empty());
    CHECK(ilacs::section_field({"What does the local authority need to improve?", 4, ""}, rules()) == "improvements");
}

TEST_CASE("page_plan: a section runs to the next one's page, at most three pages, the last to the end") {
    CHECK(ilacs::section_pages(kSifContents, {"improvements"}, rules(), 34) == Pages{{"improvements", {7, 8, 9}}});
    CHECK(ilacs::section_pages(kSifContents, {"lscb", "lead_inspector"}, rules(), 34) ==
          Pages{{"lscb", {28, 29}}, {"lead_inspector", {33, 34}}});
    CHECK(ilacs::section_pages(kSifContents, {"dates"}, rules(), 34).empty());
    CHECK(ilacs::section_pages({}, {"improvements"}, rules(), 34).empty());
}

TEST_CASE("page_plan: a part neither the contents nor the title names is absent") {
    const ilacs::Document reinspection = ilacs::test::text_document(
        "Re-inspection of services for children in need of help and protection\nInspection date: 8 May 2017\n"
        "The Local Safeguarding Children Board is good\n");
    const std::vector<ContentsEntry> no_lscb(kSifContents.begin(), kSifContents.begin() + 3);
    // The sentence below the dates is no title: it does not count.
    CHECK(ilacs::part_absent("lscb", reinspection, no_lscb, rules()));
    CHECK_FALSE(ilacs::part_absent("lscb", reinspection, kSifContents, rules()));
    // Without a contents page nothing is known to be absent.
    CHECK_FALSE(ilacs::part_absent("lscb", reinspection, {}, rules()));
    const ilacs::Document reviewed = ilacs::test::text_document(
        "Inspection of services for children in need of help and protection\n"
        "Review of the effectiveness of the Local Safeguarding Children Board\nInspection dates: 8 May 2017\n");
    CHECK_FALSE(ilacs::part_absent("lscb", reviewed, no_lscb, rules()));
    // A field that no part holds is never absent.
    CHECK_FALSE(ilacs::part_absent("improvements", reinspection, no_lscb, rules()));
}
