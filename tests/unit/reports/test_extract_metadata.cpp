#include <doctest/doctest.h>

#include "support.hpp"

using ilacs::Record;

namespace {
Record metadata(const std::string& text, const std::string& kind = "ilacs_inspection") {
    Record rec;
    rec.kind = kind;
    return ilacs::test::run_stage(ilacs::extract_metadata, ilacs::test::text_document(text), rec);
}

std::string ranges(const Record& rec) {
    std::string out;
    for (const auto& r : rec.inspection.date_ranges) out += (out.empty() ? "" : " ") + r.start.iso() + "/" + r.end.iso();
    return out;
}
// The authority's id, or "-" when the report has none or its name matches no row.
std::string authority_id(const Record& rec) {
    return rec.local_authority && rec.local_authority->id ? *rec.local_authority->id : "-";
}

}  // namespace

TEST_CASE("extract_metadata: the authority from the title, without a leading The") {
    const Record rec = metadata("Inspection of The London Borough of Barking and Dagenham local authority children's "
                                "services\nInspection dates: 8 to 19 June 2026\n");
    REQUIRE(rec.local_authority.has_value());
    CHECK(rec.local_authority->name == "London Borough of Barking and Dagenham");
    CHECK(rec.local_authority->id == "barking_and_dagenham");
    CHECK(rec.local_authority->code == "301");
    CHECK(rec.local_authority->urn == "80486");
    CHECK(rec.warnings.empty());
}

TEST_CASE("extract_metadata: a title over two lines, and the older wording") {
    CHECK(metadata("Inspection of Leicestershire County\nCouncil local authority children's\nservices\nInspection "
                   "dates: 1 to 5 May 2020\n")
              .local_authority->name == "Leicestershire County Council");
    const Record rec = metadata("Derbyshire County Council\nInspection of children's social care services\n"
                                "Inspection dates: 8 to 19 July 2019\n");
    CHECK(rec.local_authority->name == "Derbyshire County Council");
    CHECK(authority_id(rec) == "derbyshire");
}

TEST_CASE("extract_metadata: SIF and legacy title pages name the authority on a line of its own") {
    CHECK(authority_id(metadata("Birmingham City Council\nInspection of services for children in need of help and\n"
                                "protection, children looked after and care leavers\nInspection date: 18 March 2014\n",
                                "sif_inspection")) == "birmingham");
    CHECK(authority_id(metadata("London Borough of Hammersmith and\nFulham\nInspection of services for children in "
                                "need of help and\nprotection, children looked after and care leavers\n",
                                "sif_inspection")) == "hammersmith_and_fulham");
    CHECK(authority_id(metadata("Inspection of looked after children\nservices\nKent County Council\nInspection dates: "
                                "15 - 19 July 2013\n",
                                "legacy_inspection")) == "kent");
    CHECK(authority_id(metadata("Local authority: Hull City Council\nInspection dates: 15 - 19 July 2013\n",
                                "legacy_inspection")) == "kingston_upon_hull");
}

TEST_CASE("extract_metadata: a title reworded or lost, the authority from the report's sentences") {
    const Record rec = metadata("A report on children's services\nInspection dates: 4 June to 15 June 2018\n\n"
                                "There are serious failures across children's services in Wakefield. Wakefield "
                                "Council has committed resources. The regional partner, Leeds, has helped.\n");
    CHECK(authority_id(rec) == "wakefield");
    CHECK(rec.local_authority->name == "Wakefield");
    // A name wrapped over two lines, an address in the small print passed over.
    CHECK(authority_id(metadata("Inspection dates: 4 June to 15 June 2018\n\nServices for children in the Royal Borough "
                                "of Kensington and\nChelsea are outstanding.\n\nOfsted, Piccadilly Gate, Store Street, "
                                "Manchester M1 2WD\n")) == "kensington_and_chelsea");
    // A report that never names its authority has none.
    CHECK_FALSE(metadata("Inspection dates: 4 June to 15 June 2018\n\nThe local authority has improved.\n")
                    .local_authority);
}

TEST_CASE("extract_metadata: a title naming no authority of the table keeps the name, with a warning") {
    const Record rec = metadata("Inspection of Barsetshire local authority children's services\n"
                                "Inspection dates: 8 to 19 June 2026\n");
    REQUIRE(rec.local_authority);
    CHECK(rec.local_authority->name == "Barsetshire");
    CHECK_FALSE(rec.local_authority->id);
    CHECK_FALSE(rec.local_authority->code);
    CHECK(rec.warnings == std::vector<std::string>{"authority 'Barsetshire' matches no row of the authorities table"});
    // The same title over sentences that name a table's authority: the sentences tell it.
    CHECK(authority_id(metadata("Inspection of Achieving for Children local authority children's services\n"
                                "Inspection dates: 8 to 19 June 2026\n\nChildren in Kingston upon Thames are safe.\n")) ==
          "kingston_upon_thames");
}

TEST_CASE("extract_metadata: fieldwork dates, split and wrapped") {
    CHECK(ranges(metadata("Inspection dates: 8 to 19 June 2026\n")) == "2026-06-08/2026-06-19");
    CHECK(ranges(metadata("Inspection dates: 8 July 2019 to 12 July 2019 and\n7 August 2019 to 8 August 2019\n")) ==
          "2019-07-08/2019-07-12 2019-08-07/2019-08-08");
    CHECK(ranges(metadata("Inspection dates:\n30 September to 11 October 2024\n")) == "2024-09-30/2024-10-11");
    CHECK(ranges(metadata("Inspection date 4 May 2018\n")) == "2018-05-04/2018-05-04");
}

TEST_CASE("extract_metadata: the lead inspector without titles") {
    CHECK(metadata("Lead inspector: Julie Knight, Her Majesty\u2019s Inspector\n").inspection.lead_inspector ==
          "Julie Knight");
    CHECK(metadata("Lead inspector: Jane Smith HMI\n").inspection.lead_inspector == "Jane Smith");
    CHECK(metadata("Lead inspectors: Ann Jones, His Majesty's Inspector, and\nBob Smith, Ofsted Inspector\n")
              .inspection.lead_inspector == "Ann Jones and Bob Smith");
    CHECK(metadata("Reporting inspector: Carol White\n").inspection.lead_inspector == "Carol White");
}

TEST_CASE("extract_metadata: the inspection type from the wording, else from fieldwork length") {
    CHECK(metadata("This was a short inspection.\nInspection dates: 8 to 19 June 2026\n").inspection.type == "short");
    CHECK(metadata("A standard ILACS inspection\n").inspection.type == "standard");
    CHECK(metadata("Inspection dates: 8 to 19 June 2026\n").inspection.type == "standard");
    CHECK(metadata("Inspection dates: 8 to 12 June 2026\n").inspection.type == "short");
    // Two weeks split into two visits is a standard inspection.
    CHECK(metadata("Inspection dates: 8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019\n")
              .inspection.type == "standard");
    // Fieldwork length says nothing of other kinds of document.
    CHECK_FALSE(metadata("Inspection dates: 8 to 12 June 2026\n", "sif_inspection").inspection.type.has_value());
}

TEST_CASE("extract_metadata: a document without these facts gets none") {
    const Record rec = metadata("A letter about the weather\nIt rained on 4 May 2018.\n");
    CHECK_FALSE(rec.local_authority.has_value());
    CHECK(rec.inspection.date_ranges.empty());
    CHECK_FALSE(rec.inspection.lead_inspector.has_value());
    CHECK_FALSE(rec.inspection.type.has_value());
}

TEST_CASE("extract_metadata: the date and inspector labels in other wordings") {
    for (const char* label : {"Dates of inspection:", "Date of the inspection", "Inspection date(s):",
                              "Inspection period:", "Fieldwork dates -", "Inspection dates -"})
        CHECK(ranges(metadata(std::string(label) + " 8th to 19th June 2026\n")) == "2026-06-08/2026-06-19");
    for (const char* label : {"Lead inspector(s):", "Lead Inspector -", "LEAD INSPECTOR:"})
        CHECK(metadata(std::string(label) + " Jane Smith, His Majesty's Inspector\n").inspection.lead_inspector ==
              "Jane Smith");
}
