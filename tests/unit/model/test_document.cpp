#include <doctest/doctest.h>

#include "ilacs/model/document.hpp"
#include "support.hpp"

using ilacs::Document;
using ilacs::LineRole;
using ilacs::test::a4_page;
using ilacs::test::placed_line;

TEST_CASE("document: finish_line joins cells, collapses spaces and normalises") {
    ilacs::Line line;
    line.cells.push_back(ilacs::Cell{"Overall  effectiveness", 72, 180, {}});
    line.cells.push_back(ilacs::Cell{"Requires\u00A0improvement \u2013 to be good", 400, 520, {}});
    ilacs::finish_line(line);
    CHECK(line.text == "Overall effectiveness Requires improvement \u2013 to be good");
    CHECK(line.norm == "Overall effectiveness Requires improvement - to be good");
    CHECK(line.x0 == 72);
    CHECK(line.x1 == 520);
}

TEST_CASE("document: content leaves furniture out, plain_text shows it on request") {
    Document doc;
    doc.pages.push_back(a4_page(1, {placed_line(1, 40, "Running header", 9), placed_line(1, 100, "Body one")}));
    doc.pages.push_back(a4_page(2, {placed_line(2, 100, "Body two"), placed_line(2, 800, "2", 9)}));
    doc.pages[0].lines[0].role = LineRole::running_header;
    doc.pages[1].lines[1].role = LineRole::page_number;
    const auto content = doc.content();
    REQUIRE(content.size() == 2);
    CHECK(content[0]->text == "Body one");
    CHECK(content[1]->text == "Body two");
    // A form feed ends each page of a paged document.
    CHECK(doc.plain_text() == "Body one\n\fBody two\n\f");
    CHECK(doc.plain_text(true) == "Running header\nBody one\n\fBody two\n2\n\f");
}

TEST_CASE("document: the body print size is the size of most characters") {
    Document doc;
    doc.pages.push_back(a4_page(1, {placed_line(1, 40, "A large title", 24, true),
                                    placed_line(1, 100, "Body text that runs on for longer than the title", 11),
                                    placed_line(1, 700, "1 A footnote", 8)}));
    CHECK(doc.body_font_size() == 11);
    CHECK(Document{}.body_font_size() == 0);
}
