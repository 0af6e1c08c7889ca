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

TEST_CASE("pdf_reader: PdfPages reads only the pages asked for, in order") {
    const std::string pdf = tiny_pdf({show("F1", 11, 72, 770, "One"), show("F1", 11, 72, 770, "Two"),
                                      show("F1", 11, 72, 770, "Three"), show("F1", 11, 72, 770, "Four")});
    const ilacs::Source source = ilacs::make_source("tiny.pdf", pdf);
    ilacs::PdfPages pages(source);
    CHECK(pages.page_count() == 4);
    CHECK(pages.pages_read() == 0);
    pages.read_through(2);
    CHECK(pages.pages_read() == 2);
    CHECK_FALSE(pages.all_read());
    REQUIRE(pages.document().pages.size() == 2);
    CHECK(pages.document().pages[1].lines.at(0).text == "Two");
    pages.read_through(1);  // pages already read are not read again
    CHECK(pages.pages_read() == 2);
    pages.read_through(9);
    CHECK(pages.all_read());
    CHECK(pages.document().pages[3].lines.at(0).text == "Four");
}

TEST_CASE("pdf_reader: PdfPages reads pages out of order and keeps them in page order") {
    const std::string pdf = tiny_pdf({show("F1", 11, 72, 770, "One"), show("F1", 11, 72, 770, "Two"),
                                      show("F1", 11, 72, 770, "Three"), show("F1", 11, 72, 770, "Four")});
    const ilacs::Source source = ilacs::make_source("tiny.pdf", pdf);
    ilacs::PdfPages pages(source);
    pages.read_pages({4, 2, 9, 0});  // numbers out of range are ignored
    CHECK(pages.pages_read() == 2);
    CHECK(pages.has_read(2));
    CHECK_FALSE(pages.has_read(1));
    CHECK(pages.leading_pages_read() == 0);
    REQUIRE(pages.document().pages.size() == 2);
    CHECK(pages.document().pages[0].number == 2);
    CHECK(pages.document().pages[1].lines.at(0).text == "Four");
    pages.read_through(1);
    CHECK(pages.leading_pages_read() == 2);
    pages.read_pages({3});
    CHECK(pages.all_read());
    std::vector<int> numbers;
    for (const ilacs::Page& p : pages.document().pages) numbers.push_back(p.number);
    CHECK(numbers == std::vector<int>{1, 2, 3, 4});
    CHECK(pages.document().pages[2].lines.at(0).text == "Three");
}

TEST_CASE("pdf_reader: a PDF whose read pages have no text is no_text only once every page is read") {
    const ilacs::Source source = ilacs::make_source("tiny.pdf", tiny_pdf({"0 0 m 100 100 l S", show("F1", 11, 72, 770, "Text on page two")}));
    ilacs::PdfPages pages(source);
    pages.read_through(1);
    CHECK(pages.document().pages.at(0).lines.empty());
    pages.read_through(2);
    CHECK(pages.document().pages.at(1).lines.at(0).text == "Text on page two");
    const ilacs::Source blank = ilacs::make_source("blank.pdf", tiny_pdf({"0 0 m 100 100 l S", "0 0 m 50 50 l S"}));
    ilacs::PdfPages blank_pages(blank);
    blank_pages.read_through(1);
    CHECK(document_error_code([&] { blank_pages.read_through(2); }) == "no_text");
}

TEST_CASE("pdf_reader: PdfPages decides running footers over the pages read, anew as pages are added") {
    std::vector<std::string> streams;
    for (int i = 1; i <= 6; ++i)
        streams.push_back(show("F1", 11, 72, 770, fmt::format("Body text of page {}", i)) +
                          show("F1", 11, 72, 30, "Barsetshire children's services inspection"));
    const ilacs::Source source = ilacs::make_source("tiny.pdf", tiny_pdf(streams));
    ilacs::PdfPages pages(source);
    auto footer_roles = [&] {
        std::vector<ilacs::LineRole> roles;
        for (const ilacs::Page& p : pages.document().pages) roles.push_back(p.lines.back().role);
        return roles;
    };
    pages.read_through(2);  // on two pages in body print: not yet a running footer
    CHECK(footer_roles() == std::vector<ilacs::LineRole>(2, ilacs::LineRole::content));
    pages.read_through(3);
    CHECK(footer_roles() == std::vector<ilacs::LineRole>(3, ilacs::LineRole::running_footer));
    pages.read_through(6);
    CHECK(footer_roles() == std::vector<ilacs::LineRole>(6, ilacs::LineRole::running_footer));
    const ilacs::Document whole = ilacs::read_pdf(source);
    for (std::size_t i = 0; i < whole.pages.size(); ++i) CHECK(whole.pages[i].lines.back().role == footer_roles()[i]);
}
