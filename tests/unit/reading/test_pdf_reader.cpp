#include <doctest/doctest.h>

#include "ilacs/reading/readers.hpp"
#include "support.hpp"
#include "tiny_pdf.hpp"

using ilacs::test::document_error_code;
using ilacs::test::show;
using ilacs::test::tiny_pdf;

namespace {

ilacs::Document read(const std::string& pdf) { return ilacs::read_pdf(ilacs::make_source("tiny.pdf", pdf)); }

}  // namespace

TEST_CASE("pdf_reader: pages of lines with positions from the top, print size and weight") {
    const std::string pdf = tiny_pdf({show("F2", 16, 72, 770, "Inspection of Barsetshire") +
                                          show("F1", 11, 72, 700, "Inspection dates: 8 to 19 June 2026"),
                                      show("F1", 11, 72, 770, "Second page")});
    REQUIRE(ilacs::make_source("tiny.pdf", pdf).format == ilacs::InputFormat::pdf);
    const ilacs::Document doc = read(pdf);
    CHECK(doc.paged);
    REQUIRE(doc.pages.size() == 2);
    const ilacs::Page& p1 = doc.pages[0];
    CHECK(p1.number == 1);
    CHECK(p1.width == doctest::Approx(595));
    CHECK(p1.height == doctest::Approx(842));
    REQUIRE(p1.lines.size() == 2);
    CHECK(p1.lines[0].text == "Inspection of Barsetshire");
    CHECK(p1.lines[0].bold);
    CHECK(p1.lines[0].font_size == doctest::Approx(16));
    CHECK(p1.lines[0].y0 < 842 - 770);  // the top of the page is y = 0
    CHECK(p1.lines[1].text == "Inspection dates: 8 to 19 June 2026");
    CHECK_FALSE(p1.lines[1].bold);
    CHECK(p1.lines[1].y0 > p1.lines[0].y1);
    REQUIRE(doc.pages[1].lines.size() == 1);
    CHECK(doc.pages[1].lines[0].page == 2);
    CHECK(doc.pages[1].lines[0].text == "Second page");
}

TEST_CASE("pdf_reader: a PDF without text is no_text, a broken one damaged") {
    CHECK(document_error_code([] { read(tiny_pdf({"0 0 m 100 100 l S"})); }) == "no_text");
    CHECK(document_error_code([] { read("%PDF-1.4\nthis is not a PDF body\n"); }) == "damaged");
    std::string cut = tiny_pdf({show("F1", 11, 72, 700, "Text")});
    cut.resize(40);
    CHECK(document_error_code([&] { read(cut); }) == "damaged");
}

TEST_CASE("pdf_reader: read_document sends a PDF to the PDF reader") {
    const ilacs::Document doc =
        ilacs::read_document(ilacs::make_source("report.bin", tiny_pdf({show("F1", 11, 72, 700, "Words")})));
    CHECK(doc.paged);
    CHECK(doc.plain_text() == "Words\n\f");
}
