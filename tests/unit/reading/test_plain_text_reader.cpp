#include <doctest/doctest.h>

#include "ilacs/reading/readers.hpp"
#include "support.hpp"

using ilacs::Line;
using ilacs::test::document_error_code;
using ilacs::test::text_document;

TEST_CASE("plain_text_reader: one line a text line, unpaged, blank lines left out") {
    const ilacs::Document doc = text_document("First line\r\n\n  second   line \n");
    CHECK_FALSE(doc.paged);
    REQUIRE(doc.pages.size() == 1);
    const auto lines = doc.content();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0]->text == "First line");
    CHECK(lines[1]->text == "second line");
    CHECK(lines[0]->page == 1);
    CHECK(doc.plain_text() == "First line\nsecond line\n");
}

TEST_CASE("plain_text_reader: a blank line leaves a gap as in print") {
    const ilacs::Document doc = text_document("one\ntwo\n\nthree\n");
    const auto lines = doc.content();
    REQUIRE(lines.size() == 3);
    const double close = lines[1]->y0 - lines[0]->y1;
    const double apart = lines[2]->y0 - lines[1]->y1;
    CHECK(apart > close + 10);
}

TEST_CASE("plain_text_reader: tab-separated cells stand in columns of their own") {
    const ilacs::Document doc = text_document("Judgement\tGrade\nOverall effectiveness\tGood\n");
    const auto lines = doc.content();
    REQUIRE(lines.size() == 2);
    REQUIRE(lines[1]->cells.size() == 2);
    CHECK(lines[1]->cells[0].text == "Overall effectiveness");
    CHECK(lines[1]->cells[1].text == "Good");
    // The grade lines up under the header's "Grade", whatever the label's length.
    CHECK(lines[1]->cells[1].x0 == lines[0]->cells[1].x0);
    CHECK(lines[1]->cells[1].words.front().x0 == lines[1]->cells[1].x0);
}

TEST_CASE("plain_text_reader: leading spaces indent a line") {
    const ilacs::Document doc = text_document("- item\n    - sub-item\n");
    const auto lines = doc.content();
    REQUIRE(lines.size() == 2);
    CHECK(lines[1]->x0 > lines[0]->x0);
    CHECK(lines[1]->text == "- sub-item");
}

TEST_CASE("plain_text_reader: Markdown headings and strong lines print bold") {
    const ilacs::Document doc = text_document("# What needs to improve?\nbody text\n**Overall effectiveness**\n");
    const auto lines = doc.content();
    REQUIRE(lines.size() == 3);
    CHECK(lines[0]->text == "What needs to improve?");
    CHECK(lines[0]->bold);
    CHECK(lines[0]->font_size > lines[1]->font_size);
    CHECK_FALSE(lines[1]->bold);
    CHECK(lines[2]->text == "Overall effectiveness");
    CHECK(lines[2]->bold);
}

TEST_CASE("plain_text_reader: ligatures are repaired and the text normalised for the rules") {
    const ilacs::Document doc = text_document("e\uFB00ective \u2018care\u2019\n");
    const auto lines = doc.content();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0]->text == "effective \u2018care\u2019");
    CHECK(lines[0]->norm == "effective 'care'");
}

TEST_CASE("plain_text_reader: a file of blank lines is empty") {
    CHECK(document_error_code([] { text_document(" \n\t\n\n"); }) == "empty");
}

TEST_CASE("plain_text_reader: read_document refuses bytes that are no known format") {
    CHECK(document_error_code([] { ilacs::read_document(ilacs::make_source("x.bin", std::string("\0\1\2", 3))); }) ==
          "not_pdf");
}
