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

namespace {
// An entry of a contents page: its title at x, its page number at the right margin.
ilacs::Line entry_line(double y, double x, const std::string& title, int page, bool bold = false) {
    return ilacs::test::placed_row(1, y, {{x, title}, {500, std::to_string(page)}}, 11, bold);
}

std::vector<std::string> entry_texts(const Document& doc) {
    std::vector<std::string> out;
    for (const ilacs::ContentsEntry& e : ilacs::contents_entries(doc))
        out.push_back(e.title + " @" + std::to_string(e.page) + (e.part.empty() ? "" : " in " + e.part));
    return out;
}
}  // namespace

TEST_CASE("page_furniture: contents entries, their pages and the parts they stand in") {
    SUBCASE("parts printed further left, a wrapped title, leader dots and a number glued on") {
        Document doc;
        doc.pages.push_back(a4_page(1, {placed_line(1, 100, "Contents", 14, true), entry_line(130, 72, "The local authority", 5),
                                        entry_line(145, 86, "Recommendations .......", 7),
                                        placed_line(1, 160, "The experiences and progress of children who need help and"),
                                        ilacs::test::placed_row(1, 172, {{86, "protection"}, {500, "9"}}),
                                        entry_line(187, 72, "The Local Safeguarding Children Board (LSCB)", 28),
                                        ilacs::test::placed_row(1, 202, {{86, "Recommendations29"}}),
                                        entry_line(217, 72, "Information about this inspection", 33)}));
        ilacs::mark_page_furniture(doc);
        CHECK(entry_texts(doc) == std::vector<std::string>{
                                      "The local authority @5",
                                      "Recommendations @7 in The local authority",
                                      "The experiences and progress of children who need help and protection @9",
                                      "The Local Safeguarding Children Board (LSCB) @28",
                                      "Recommendations @29 in The Local Safeguarding Children Board (LSCB)",
                                      "Information about this inspection @33",
                                  });
    }
    SUBCASE("parts in bold stand out even when printed further right than their entries") {
        Document doc;
        doc.pages.push_back(a4_page(1, {placed_line(1, 100, "Contents", 14, true), entry_line(130, 64, "Executive summary", 2),
                                        entry_line(145, 71, "The local authority", 5, true),
                                        entry_line(160, 64, "Recommendations", 7),
                                        entry_line(175, 71, "Information about this inspection", 43, true)}));
        ilacs::mark_page_furniture(doc);
        CHECK(entry_texts(doc) == std::vector<std::string>{"Executive summary @2", "The local authority @5",
                                                           "Recommendations @7 in The local authority",
                                                           "Information about this inspection @43"});
    }
    SUBCASE("lines ending in a number without a contents title are no entries") {
        Document doc;
        doc.pages.push_back(a4_page(1, {entry_line(130, 72, "Children in care", 412)}));
        ilacs::mark_page_furniture(doc);
        CHECK(ilacs::contents_entries(doc).empty());
    }
}
