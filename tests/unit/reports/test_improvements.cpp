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
