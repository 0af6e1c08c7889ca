#include <doctest/doctest.h>

#include "ilacs/reading/readers.hpp"
#include "ilacs/reading/source.hpp"
#include "support.hpp"

using namespace ilacs;
using ilacs::test::document_error_code;

namespace {

Document html(const std::string& body) {
    return read_html(make_source("test.html", "<!DOCTYPE html><html><head><title>Minutes</title>"
                                              "<style>p{margin:0}</style></head><body>" + body + "</body></html>"));
}

std::vector<std::string> texts(const Document& doc) {
    std::vector<std::string> out;
    for (const Line* l : doc.content()) out.push_back(l->text);
    return out;
}

}  // namespace

TEST_CASE("html reader: block elements become lines, entities and nbsp padding are text") {
    const Document doc = html("<p>Children who need help and protection&nbsp;&nbsp;&nbsp; -&nbsp;&nbsp; Requires improvement</p>"
                              "<div>Council&#x2019;s <b>Head</b> of &amp; services<br>second line</div>");
    CHECK_FALSE(doc.paged);
    CHECK(texts(doc) == std::vector<std::string>{"Children who need help and protection - Requires improvement",
                                                 "Council\u2019s Head of & services", "second line"});
    // The title and the style sheet are not text of the page.
    CHECK(doc.plain_text().find("Minutes") == std::string::npos);
}

TEST_CASE("html reader: a paragraph is set off by a gap, list items are not") {
    const Document doc = html("<p>One</p><p>Two</p><ul><li>a</li><li>b</li></ul>");
    const auto lines = doc.content();
    REQUIRE(lines.size() == 4);
    CHECK(lines[1]->y0 - lines[0]->y1 > 12);
    CHECK(lines[3]->y0 - lines[2]->y1 < 6);
}

TEST_CASE("html reader: list items carry their bullet or number and nest as indentation") {
    const Document doc = html("<ul><li>Outer<ul><li>Inner</li></ul></li></ul><ol start=\"3\"><li>three</li><li>four</li></ol>");
    CHECK(texts(doc) == std::vector<std::string>{"\u2022 Outer", "\u2022 Inner", "3. three", "4. four"});
    const auto lines = doc.content();
    CHECK(lines[1]->x0 > lines[0]->x0);
}

TEST_CASE("html reader: table rows are lines whose cells stand in columns") {
    const Document doc = html("<table><tr><th>What needs to improve</th><th>Action</th><th>By Who</th><th>By When</th></tr>"
                              "<tr><td><p>Timeliness of</p><p>assessments</p></td><td>Audit</td><td></td><td>March 2020</td></tr>"
                              "<tr><td colspan=\"2\">Wide</td><td>Owner</td></tr></table>");
    const auto lines = doc.content();
    REQUIRE(lines.size() == 3);
    CHECK(lines[0]->bold);
    REQUIRE(lines[0]->cells.size() == 4);
    CHECK(lines[0]->cells[2].text == "By Who");
    // A cell stays whole whatever it holds; an empty cell leaves its column empty.
    REQUIRE(lines[1]->cells.size() == 3);
    CHECK(lines[1]->cells[0].text == "Timeliness of assessments");
    CHECK(lines[1]->cells[2].text == "March 2020");
    CHECK(lines[1]->cells[2].x0 == doctest::Approx(lines[0]->cells[3].x0));
    // colspan moves the next cell along.
    CHECK(lines[2]->cells[1].x0 == doctest::Approx(lines[0]->cells[2].x0));
    // Every word has a box inside its cell, for the extractors that read geometry.
    for (const Cell& c : lines[1]->cells)
        for (const Word& w : c.words) CHECK((w.x0 >= c.x0 && w.x1 <= c.x1));
}

TEST_CASE("html reader: headings print bold and larger") {
    const Document doc = html("<h2>Scrutiny Committee</h2><p>Body text</p>");
    const auto lines = doc.content();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0]->bold);
    CHECK(lines[0]->font_size > lines[1]->font_size);
}

TEST_CASE("html reader: a page without text is an error, broken markup is read") {
    CHECK(document_error_code([] { html("<script>var x = 1;</script>"); }) == "no_text");
    CHECK(texts(read_html(make_source("x.html", "<html><body><p>unclosed <b>bold<p>next"))) ==
          std::vector<std::string>{"unclosed bold", "next"});
}

TEST_CASE("html reader: read_document reads HTML, but a file named .pdf holding HTML stays not_pdf") {
    const Source page = make_source("minutes.html", "<html><body><p>Cabinet</p></body></html>");
    CHECK(texts(read_document(page)) == std::vector<std::string>{"Cabinet"});
    const Record rec = extract_source(make_source("report.pdf", "<html><body><p>Report not found</p></body></html>"),
                                      ilacs::test::rules());
    REQUIRE(rec.error);
    CHECK(rec.error->code == "not_pdf");
}

TEST_CASE("html reader: a page saved whole reads as its content, without the site around it") {
    const std::string page =
        "<!DOCTYPE html><html><head><title>Agenda item - Barsetshire Council</title><script>var a = 1;</script></head>"
        "<body><a href=\"#content\" hidden>Skip to main content</a>"
        "<div id=\"cookieBanner\"><p>We use cookies to make this site work.</p><button>Accept all cookies</button></div>"
        "<header><p>Barsetshire Council</p><nav><ul><li>Home</li><li>Councillors</li></ul></nav>"
        "<form action=\"/search\"><label>Search</label><input type=\"text\"></form></header>"
        "<div role=\"navigation\"><p>You are here: Home &gt; Meetings</p></div>"
        "<main><article><header><h1>Cabinet - Thursday, 16th March, 2023 10.00 am</h1></header>"
        "<p>Ofsted identified the following areas for improvement:</p><ul><li>The quality of plans.</li></ul>"
        "<p style=\"display: none\">Print this page</p><footer><p>Minutes published 20 March 2023</p></footer>"
        "</article><aside><p>Related documents</p></aside></main>"
        "<div><p>Latest news: bin collections</p></div><footer><p>Copyright Barsetshire Council</p></footer>"
        "<div role=\"dialog\" aria-label=\"Feedback\"><p>Was this page useful?</p></div></body></html>";
    const Document doc = read_html(make_source("saved.html", page));
    CHECK(texts(doc) == std::vector<std::string>{"Cabinet - Thursday, 16th March, 2023 10.00 am",
                                                 "Ofsted identified the following areas for improvement:",
                                                 "\u2022 The quality of plans.", "Minutes published 20 March 2023"});
}

TEST_CASE("html reader: without <main>, the page's header, footer and navigation are dropped, a form around it all is not") {
    const Document doc = read_html(make_source(
        "x.html", "<html><body><form id=\"aspnetForm\"><header role=\"banner\"><p>Site name</p></header>"
                  "<div class=\"consent-panel\"><p>Your privacy choices</p></div>"
                  "<h2>Scrutiny Committee</h2><section><header><p>Item 6</p></header><p>Minutes:</p></section>"
                  "<div role=\"contentinfo\"><p>Contact us</p></div><div aria-hidden=\"true\"><p>icon</p></div>"
                  "</form></body></html>"));
    CHECK(texts(doc) == std::vector<std::string>{"Scrutiny Committee", "Item 6", "Minutes:"});
}

TEST_CASE("html reader: a table that lays out the page is read as blocks, a data table as rows") {
    const Document doc = read_html(make_source(
        "old.html", "<html><body><table width=\"100%\"><tr><td><ul><li>Home</li></ul></td><td><h1>Cabinet</h1>"
                    "<p>The areas for improvement were:</p><table><tr><th>Area</th><th>Action</th></tr>"
                    "<tr><td>Plans</td><td>Audit</td></tr></table></td></tr></table></body></html>"));
    CHECK(texts(doc) == std::vector<std::string>{"\u2022 Home", "Cabinet", "The areas for improvement were:", "Area Action",
                                                 "Plans Audit"});
    const auto lines = doc.content();
    REQUIRE(lines.size() == 5);
    CHECK(lines[4]->cells.size() == 2);
}
