#include <doctest/doctest.h>

#include "support.hpp"

using ilacs::Record;
using ilacs::test::improvement_texts;
using ilacs::test::placed_line;
using ilacs::test::placed_row;
using Strings = std::vector<std::string>;

namespace {
// The list's heading is read by the framework's own rules: these are ILACS lists.
Record improvements(const ilacs::Document& doc) {
    Record rec;
    rec.kind = "ilacs_inspection";
    return ilacs::test::run_stage(ilacs::extract_improvements, doc, rec);
}

Record improvements(const std::string& text) { return improvements(ilacs::test::text_document(text)); }

// The same for a report of another framework, whose list heading is its own.
Record improvements(const std::string& text, const std::string& kind) {
    Record rec;
    rec.kind = kind;
    return ilacs::test::run_stage(ilacs::extract_improvements, ilacs::test::text_document(text), rec);
}

const std::string kSifNext = "\nThe local authority's strengths\n";

const std::string kNext = "\nThe experiences and progress of children who need help and protection: good\n";
}  // namespace

TEST_CASE("improvements: bullet items, wrapped lines joined, up to the next section") {
    // Wrapped lines hang under the item's text, as in print.
    const Record rec = improvements("What needs to improve?\n\n"
                                    "\u2022 The timeliness of assessments for disabled\n  children.\n"
                                    "\u2022 The quality of decision-\n  making for 16- and 17-\n  year-olds.\n" +
                                    kNext + "\u2022 Not an item of the list.\n");
    CHECK(improvement_texts(rec) ==
          Strings{"The timeliness of assessments for disabled children.",
                  "The quality of decision-making for 16- and 17-year-olds."});
    REQUIRE(rec.improvements.size() == 2);
    CHECK_FALSE(rec.improvements[0].priority);
    CHECK_FALSE(rec.improvements[0].page.has_value());
}

TEST_CASE("improvements: numbered items lose their numbers") {
    CHECK(improvement_texts(improvements("What needs to improve\n1. The first thing.\n2. The second\n   thing.\n" +
                                         kNext)) == Strings{"The first thing.", "The second thing."});
}

TEST_CASE("improvements: sub-bullets stay inside their item") {
    CHECK(improvement_texts(improvements("What needs to improve?\n"
                                         "\u2022 The quality of plans, including:\n"
                                         "- contingency planning\n"
                                         "- the voice of the child.\n"
                                         "\u2022 Supervision.\n" +
                                         kNext)) ==
          Strings{"The quality of plans, including: contingency planning the voice of the child.", "Supervision."});
}

TEST_CASE("improvements: a list of dashes has one item a dash") {
    CHECK(improvement_texts(improvements("What needs to improve?\n- The first.\n- The second.\n" + kNext)) ==
          Strings{"The first.", "The second."});
}

TEST_CASE("improvements: a list written as paragraphs has one item a paragraph") {
    CHECK(improvement_texts(improvements("What needs to improve?\n\nThe first thing that\nneeds to improve.\n\n"
                                         "The second thing.\n" +
                                         kNext)) == Strings{"The first thing that needs to improve.", "The second thing."});
}

TEST_CASE("improvements: a sentence saying there is nothing is no item") {
    CHECK(improvements("What needs to improve?\nThere are no areas for priority action.\n" + kNext)
              .improvements.empty());
}

TEST_CASE("improvements: without the heading there is no list") {
    CHECK(improvements("Leaders know what needs to improve in their services.\n\u2022 An item.\n").improvements.empty());
}

TEST_CASE("improvements: in print an item goes on over a page break past the furniture, with its page") {
    ilacs::Document doc;
    std::vector<ilacs::Line> p1 = {placed_line(1, 600, "What needs to improve?", 14, true),
                                   placed_row(1, 630, {{72, "\u2022"}, {84, "The quality of"}}),
                                   placed_line(1, 800, "7", 9)};
    p1.back().role = ilacs::LineRole::page_number;
    std::vector<ilacs::Line> p2 = {placed_line(2, 40, "Inspection of Barsetshire children's services", 9),
                                   placed_row(2, 100, {{84, "plans for care leavers."}}),
                                   placed_row(2, 114, {{72, "\u2022"}, {84, "Supervision."}}),
                                   placed_line(2, 150, "The impact of leaders on social work practice", 14, true)};
    p2.front().role = ilacs::LineRole::running_header;
    doc.pages.push_back(ilacs::test::a4_page(1, std::move(p1)));
    doc.pages.push_back(ilacs::test::a4_page(2, std::move(p2)));
    const Record rec = improvements(doc);
    CHECK(improvement_texts(rec) == Strings{"The quality of plans for care leavers.", "Supervision."});
    REQUIRE(rec.improvements.size() == 2);
    CHECK(rec.improvements[0].page == 1);
    CHECK(rec.improvements[1].page == 2);
}

// Lists in shapes the corpus does not show: an item's own sub-list stays in the item, and a
// list is found under a heading worded otherwise.

TEST_CASE("improvements: an item's lettered sub-list stays in the item") {
    CHECK(improvement_texts(improvements("What needs to improve?\n"
                                         "\u2022 Ensure that assessments:\n"
                                         "a) are completed on time\n"
                                         "b) take account of the child's views.\n"
                                         "\u2022 Supervision.\n" +
                                         kNext)) ==
          Strings{"Ensure that assessments: are completed on time take account of the child's views.", "Supervision."});
}

TEST_CASE("improvements: a numbered item's roman sub-list stays in the item") {
    CHECK(improvement_texts(improvements("Recommendations\n"
                                         "1. Improve the quality of plans by ensuring that:\n"
                                         "(i) contingency plans are recorded\n"
                                         "(ii) plans are reviewed.\n"
                                         "2. Improve supervision.\n" +
                                         kSifNext,
                                         "sif_inspection")) ==
          Strings{"Improve the quality of plans by ensuring that: contingency plans are recorded plans are reviewed.",
                  "Improve supervision."});
}

TEST_CASE("improvements: a sub-list numbered afresh under an item that introduces it") {
    CHECK(improvement_texts(improvements("What needs to improve?\n"
                                         "1. The timeliness of assessments.\n"
                                         "2. The response to children who go missing, including:\n"
                                         "1. return home interviews\n"
                                         "2. the sharing of information.\n"
                                         "3. Supervision.\n" +
                                         kNext)) ==
          Strings{"The timeliness of assessments.",
                  "The response to children who go missing, including: return home interviews the sharing of "
                  "information.",
                  "Supervision."});
}

TEST_CASE("improvements: in print, bullets set in under an item's text are its own") {
    ilacs::Document doc;
    doc.pages.push_back(ilacs::test::a4_page(
        1, {placed_line(1, 100, "What needs to improve?", 14, true),
            placed_row(1, 130, {{72, "\u2022"}, {84, "The quality of plans, so that they"}}),
            placed_row(1, 144, {{84, "set out:"}}),
            placed_row(1, 158, {{96, "\u2022"}, {108, "what needs to change"}}),
            placed_row(1, 172, {{96, "\u2022"}, {108, "by when."}}),
            placed_row(1, 186, {{72, "\u2022"}, {84, "Supervision."}}),
            placed_line(1, 220, "The impact of leaders on social work practice", 14, true)}));
    CHECK(improvement_texts(improvements(doc)) ==
          Strings{"The quality of plans, so that they set out: what needs to change by when.", "Supervision."});
}

TEST_CASE("improvements: a SIF heading naming a trust, or numbered as a section") {
    const std::string items = "\nAreas for improvement\n1. Improve the timeliness of assessments.\n"
                              "2. Improve supervision.\n" +
                              kSifNext;
    for (const char* heading : {"What does Barsetshire Children's Trust need to improve?",
                                "4. What does the local authority need to improve?",
                                "What the council and its partners need to improve"}) {
        CAPTURE(heading);
        CHECK(improvement_texts(improvements(heading + items, "sif_inspection")) ==
              Strings{"Improve the timeliness of assessments.", "Improve supervision."});
    }
}

TEST_CASE("improvements: without its framework's heading the list is found by its parts") {
    const Record rec = improvements("Summary of findings\nChildren are safe.\n\n"
                                    "Priority and immediate action\n1. Ensure that children at risk are seen.\n"
                                    "Areas for improvement\n2. Improve supervision.\n" +
                                        kSifNext,
                                    "sif_inspection");
    CHECK(improvement_texts(rec) == Strings{"Ensure that children at risk are seen.", "Improve supervision."});
    REQUIRE(rec.improvements.size() == 2);
    CHECK(rec.improvements[0].priority);
    CHECK_FALSE(rec.improvements[1].priority);
}

TEST_CASE("improvements: the fallback does not take the LSCB's list for the authority's") {
    CHECK(improvements("Summary of findings\nChildren are safe.\n\nWhat does the LSCB need to improve?\n"
                       "Areas for improvement\n1. The board should audit cases.\n",
                       "sif_inspection")
              .improvements.empty());
}

TEST_CASE("improvements: an ILACS heading naming the authority") {
    CHECK(improvement_texts(improvements("What needs to improve in Barsetshire?\n\u2022 Supervision.\n" + kNext)) ==
          Strings{"Supervision."});
}

TEST_CASE("improvements: the list's heading worded as another framework or year words it") {
    for (const char* heading : {"What needs to improve", "Recommendations", "Areas for improvement",
                                "What does Barsetshire need to improve?", "WHAT NEEDS TO IMPROVE?"}) {
        CAPTURE(heading);
        for (const char* kind : {"ilacs_inspection", "sif_inspection"})
            CHECK(improvement_texts(improvements(std::string(heading) + "\n\n\u2022 Supervision.\n\u2022 Plans.\n" +
                                                     kSifNext,
                                                 kind)) == Strings{"Supervision.", "Plans."});
    }
}

TEST_CASE("improvements: a SIF list worded otherwise is the authority's, not the LSCB's later one") {
    const std::string report =
        "The effectiveness of the Local Safeguarding Children Board (LSCB) is good.\n\n"
        "What does Barsetshire need to improve?\n\n\u2022 Supervision.\n" + kSifNext +
        "\nSection 2: The effectiveness of the Local Safeguarding\n\nRecommendations\n\n\u2022 The board's item.\n";
    CHECK(improvement_texts(improvements(report, "sif_inspection")) == Strings{"Supervision."});
    // Without the authority's list, the board's is not taken for it.
    const std::string board_only =
        "What does the council do well\n\nSection 2: The effectiveness of the Local Safeguarding\n\n"
        "Areas for improvement\n\n\u2022 The board's item.\n";
    CHECK(improvement_texts(improvements(board_only, "sif_inspection")).empty());
}

TEST_CASE("improvements: a heading wrapped over two lines of its print") {
    ilacs::Document doc;
    doc.pages.push_back(ilacs::test::a4_page(
        1, {placed_line(1, 100, "Body text of the report in the body's print.", 11),
            placed_line(1, 120, "More body text, so that the body's print is known.", 11),
            placed_line(1, 600, "What does the London Borough of Barsetshire need to", 14, true),
            placed_line(1, 616, "improve?", 14, true), placed_row(1, 640, {{72, "\u2022"}, {84, "Supervision."}}),
            placed_line(1, 680, "The impact of leaders on social work practice", 14, true)}));
    CHECK(improvement_texts(improvements(doc)) == Strings{"Supervision."});
    Record sif;
    sif.kind = "sif_inspection";
    CHECK(improvement_texts(ilacs::test::run_stage(ilacs::extract_improvements, doc, sif)) == Strings{"Supervision."});
}
