#include <doctest/doctest.h>

#include "support.hpp"
#include "tiny_pdf.hpp"

using ilacs::Record;
using ilacs::test::rules;
using Strings = std::vector<std::string>;

namespace {
const std::string kReport =
    "Inspection of Rutland local authority children's services\n"
    "Inspection dates: 8 to 19 June 2026\n"
    "Lead inspector: Jane Smith, His Majesty's Inspector\n\n"
    "Judgement\tGrade\n"
    "The impact of leaders on social work practice with children and families\tGood\n"
    "The experiences and progress of children who need help and protection\tGood\n\n"
    "What needs to improve?\n"
    "\u2022 The quality of plans.\n";

Record from_bytes(const std::string& path, const std::string& bytes) {
    return ilacs::extract_source(ilacs::make_source(path, bytes), rules());
}
}  // namespace

TEST_CASE("extract: a text report through the whole pipeline") {
    const Record rec = from_bytes("barsetshire.txt", kReport);
    CHECK_FALSE(rec.error.has_value());
    CHECK(rec.source.path == "barsetshire.txt");
    CHECK(rec.source.sha256 == ilacs::sha256_hex(kReport));
    CHECK(rec.source.format == "text");
    CHECK_FALSE(rec.source.pages.has_value());
    CHECK(rec.kind == "ilacs_inspection");
    CHECK(rec.framework == "ILACS");
    CHECK(rec.local_authority->id == "rutland");
    CHECK(rec.inspection.lead_inspector == "Jane Smith");
    CHECK(ilacs::test::grades(rec) == Strings{"impact_of_leaders=good", "help_and_protection=good"});
    CHECK(ilacs::test::improvement_texts(rec) == Strings{"The quality of plans."});
    CHECK(rec.warnings.empty());
}

TEST_CASE("extract: a file named .pdf that is not a PDF is not_pdf, with what it holds") {
    const Record html = from_bytes("report.pdf", "<!DOCTYPE html><html><body>Report not found</body></html>");
    REQUIRE(html.error.has_value());
    CHECK(html.error->code == "not_pdf");
    CHECK(html.error->message == "not a PDF: the file holds an HTML page");
    CHECK(html.source.format == "html");
    CHECK(html.source.sha256.size() == 64);
    CHECK(html.judgements.empty());
    const Record text = from_bytes("REPORT.PDF", kReport);
    REQUIRE(text.error.has_value());
    CHECK(text.error->code == "not_pdf");
    CHECK(text.error->message == "not a PDF: the file holds plain text");
}

TEST_CASE("extract: a PDF counts its pages") {
    using ilacs::test::show;
    const Record rec = from_bytes("x.pdf", ilacs::test::tiny_pdf({show("F1", 11, 72, 700, "One"),
                                                                   show("F1", 11, 72, 700, "Two")}));
    CHECK_FALSE(rec.error.has_value());
    CHECK(rec.source.format == "pdf");
    CHECK(rec.source.pages == 2);
}

TEST_CASE("extract: a file that cannot be read gets an error record naming it") {
    const Record rec = ilacs::extract_file("/nonexistent/ilacs/report.pdf", rules());
    REQUIRE(rec.error.has_value());
    CHECK(rec.error->code == "unreadable");
    CHECK(rec.source.path == "/nonexistent/ilacs/report.pdf");
    CHECK(rec.source.sha256.empty());

    const ilacs::test::TempDir dir("extract");
    ilacs::ExtractOptions small;
    small.max_input_bytes = 16;
    const Record big = ilacs::extract_file(dir.write("big.txt", kReport).string(), rules(), small);
    REQUIRE(big.error.has_value());
    CHECK(big.error->code == "too_large");
}

TEST_CASE("extract: an unknown document gets no grades, only a warning") {
    const Record rec = ilacs::test::extract_text("A letter\n\nJudgement\tGrade\nOverall effectiveness\tGood\n");
    CHECK(rec.kind == "unknown");
    CHECK_FALSE(rec.framework.has_value());
    CHECK(rec.judgements.empty());
    REQUIRE(rec.warnings.size() == 1);
    CHECK(rec.warnings[0].find("not recognised") != std::string::npos);
}

TEST_CASE("extract: a report without dates or judgements says so") {
    const Record rec = ilacs::test::extract_text(
        "Inspection of Rutland local authority children's services\nLead inspector: Jane Smith\n");
    CHECK(rec.kind == "ilacs_inspection");
    CHECK(rec.warnings == Strings{"no inspection dates found", "no judgements found"});
}
