#include <doctest/doctest.h>

#include "ilacs/reading/readers.hpp"
#include "support.hpp"

using ilacs::Document;
using ilacs::LineRole;
using ilacs::test::a4_page;
using ilacs::test::placed_line;

namespace {
const std::string kBody = "Leaders have a clear understanding of the strengths and weaknesses of practice.";

// Page n of an A4 report: a running header with the page's number in it, body text, an
// optional footnote block in small print, a running footer and a bare page number.
ilacs::Page report_page(int n, bool with_footnote) {
    std::vector<ilacs::Line> lines = {
        placed_line(n, 40, "Inspection of Barsetshire children's services " + std::to_string(n + 10), 9),
        placed_line(n, 120, kBody),
        placed_line(n, 136, kBody),
        placed_line(n, 152, kBody),
    };
    if (with_footnote) {
        lines.push_back(placed_line(n, 700, "3 Children's social care data in England 2024, published", 8));
        lines.push_back(placed_line(n, 710, "by the Department for Education.", 8));
    }
    lines.push_back(placed_line(n, 780, "Ofsted report: 2026", 9));
    lines.push_back(placed_line(n, 800, std::to_string(n), 9));
    return a4_page(n, std::move(lines));
}

Document report(int pages) {
    Document doc;
    for (int n = 1; n <= pages; ++n) doc.pages.push_back(report_page(n, n == 2));
    return doc;
}

std::vector<LineRole> roles(const ilacs::Page& p) {
    std::vector<LineRole> out;
    for (const auto& l : p.lines) out.push_back(l.role);
    return out;
}
}  // namespace

TEST_CASE("page_furniture: repeated headers and footers, page numbers and footnotes") {
    Document doc = report(3);
    ilacs::mark_page_furniture(doc);
    using R = LineRole;
    CHECK(roles(doc.pages[0]) ==
          std::vector<R>{R::running_header, R::content, R::content, R::content, R::running_footer, R::page_number});
    CHECK(roles(doc.pages[1]) == std::vector<R>{R::running_header, R::content, R::content, R::content, R::footnote,
                                                R::footnote, R::running_footer, R::page_number});
    // Marked lines keep their text; only content reaches the extractors.
    CHECK(doc.content().size() == 9);
    CHECK(doc.plain_text(true).find("Department for Education") != std::string::npos);
    CHECK(doc.plain_text(false).find("Department for Education") == std::string::npos);
}

TEST_CASE("page_furniture: a line at the top of one page only is content") {
    Document doc = report(2);
    doc.pages[0].lines.insert(doc.pages[0].lines.begin(), placed_line(1, 20, "Barsetshire County Council", 20, true));
    ilacs::mark_page_furniture(doc);
    CHECK(doc.pages[0].lines[0].role == LineRole::content);
    CHECK(doc.pages[0].lines[1].role == LineRole::running_header);
}

TEST_CASE("page_furniture: Page N of M is a page number, and a single page has no running lines") {
    Document doc;
    doc.pages.push_back(a4_page(1, {placed_line(1, 40, "Report title", 9), placed_line(1, 120, kBody),
                                    placed_line(1, 800, "Page 1 of 1", 9)}));
    ilacs::mark_page_furniture(doc);
    CHECK(doc.pages[0].lines[0].role == LineRole::content);
    CHECK(doc.pages[0].lines[2].role == LineRole::page_number);
}

TEST_CASE("page_furniture: small print at the foot that starts with no number is not a footnote") {
    Document doc;
    doc.pages.push_back(a4_page(1, {placed_line(1, 120, kBody), placed_line(1, 136, kBody),
                                    placed_line(1, 700, "Crown copyright applies to this report.", 8)}));
    ilacs::mark_page_furniture(doc);
    CHECK(doc.pages[0].lines[2].role == LineRole::content);
}

TEST_CASE("page_furniture: plain text is left alone") {
    Document doc = ilacs::test::text_document("1\nSome text\n1\n");
    ilacs::mark_page_furniture(doc);
    for (const auto& l : doc.pages[0].lines) CHECK(l.role == LineRole::content);
}
