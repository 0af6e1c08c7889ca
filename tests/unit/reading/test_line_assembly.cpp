#include <doctest/doctest.h>

#include "ilacs/reading/line_assembly.hpp"

using ilacs::Line;
using ilacs::PlacedWord;

namespace {
// A word box from x0 to x1 whose top is at y; 10-point print unless said otherwise.
PlacedWord word(const std::string& text, double x0, double x1, double y, double size = 10, bool bold = false,
                bool space_after = true) {
    return PlacedWord{ilacs::Word{text, x0, y, x1, y + size, size, bold}, space_after};
}

std::vector<std::string> cell_texts(const Line& line) {
    std::vector<std::string> out;
    for (const auto& c : line.cells) out.push_back(c.text);
    return out;
}
}  // namespace

TEST_CASE("line_assembly: words sharing most of their height make one row, rows top to bottom") {
    // Given out of order, as a PDF's content stream may hold them.
    const auto lines = ilacs::assemble_lines({word("second", 72, 110, 130), word("line", 114, 134, 131),
                                              word("First", 72, 100, 100), word("row", 104, 124, 101.5)},
                                             3);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].text == "First row");
    CHECK(lines[1].text == "second line");
    CHECK(lines[0].page == 3);
    CHECK(lines[0].x0 == 72);
    CHECK(lines[0].x1 == 124);
    CHECK(lines[0].y0 == 100);
    CHECK(lines[1].y0 == 130);
}

TEST_CASE("line_assembly: words a little apart vertically but not overlapping enough are two rows") {
    const auto lines = ilacs::assemble_lines({word("upper", 72, 100, 100), word("lower", 104, 130, 106)}, 1);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].text == "upper");
}

TEST_CASE("line_assembly: a footnote marker in small print above the middle joins its row") {
    const auto lines = ilacs::assemble_lines(
        {word("services", 72, 110, 100), word("1", 111, 114, 99.5, 6), word("and", 118, 134, 100)}, 1);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].text == "services 1 and");
    CHECK(lines[0].y1 == 110);
}

TEST_CASE("line_assembly: a wide gap starts a new cell") {
    const auto lines = ilacs::assemble_lines(
        {word("Overall", 72, 110, 200), word("effectiveness", 113, 180, 200), word("Requires", 400, 440, 200),
         word("improvement", 443, 500, 200)},
        1);
    REQUIRE(lines.size() == 1);
    CHECK(cell_texts(lines[0]) == std::vector<std::string>{"Overall effectiveness", "Requires improvement"});
    CHECK(lines[0].text == "Overall effectiveness Requires improvement");
    CHECK(lines[0].cells[1].x0 == 400);
    CHECK(lines[0].cells[1].x1 == 500);
    CHECK(lines[0].cells[1].words.size() == 2);
}

TEST_CASE("line_assembly: words with no space after and no gap are glued") {
    const auto lines = ilacs::assemble_lines(
        {word("Inspec", 72, 100, 100, 10, false, false), word("tion", 100.5, 118, 100),
         word("dates", 122, 146, 100, 10, false, false), word(":", 150, 152, 100)},
        1);
    REQUIRE(lines.size() == 1);
    // A visible gap is a space even where the PDF puts none.
    CHECK(lines[0].text == "Inspection dates :");
}

TEST_CASE("line_assembly: print size and weight are what most characters carry, empty words vanish") {
    const auto lines = ilacs::assemble_lines(
        {word("Judgements", 72, 140, 100, 14, true), word("x", 144, 150, 100, 9), word("", 160, 160, 100)}, 1);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].font_size == 14);
    CHECK(lines[0].bold);
    CHECK(lines[0].text == "Judgements x");
    CHECK(ilacs::assemble_lines({}, 1).empty());
}

TEST_CASE("line_assembly: the normalised text is filled for the rules") {
    const auto lines = ilacs::assemble_lines({word("children\u2019s", 72, 120, 100), word("\u2013", 124, 130, 100)}, 1);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].norm == "children's -");
}
