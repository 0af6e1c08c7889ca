#include <doctest/doctest.h>

#include <sstream>

#include "ilacs/output/writers.hpp"
#include "support.hpp"

namespace {
std::string text(const ilacs::Record& rec, bool color = false) {
    std::ostringstream out;
    ilacs::write_text(out, rec, color);
    return out.str();
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("write_text: authority, fieldwork, inspector, grades, improvements and warnings") {
    const std::string t = text(ilacs::test::sample_record());
    CHECK(t.rfind("in/barsetshire, 2026.pdf\n", 0) == 0);
    CHECK(has(t, "ilacs_inspection (ILACS)"));
    CHECK(has(t, "Barsetshire County Council [barsetshire]"));
    CHECK(has(t, "2019-07-08 to 2019-07-12, 2019-08-07 to 2019-08-08 (standard)"));
    CHECK(has(t, "Jane \"JJ\" Smith"));
    CHECK(has(t, "help_and_protection    requires improvement\n"));
    CHECK(has(t, "overall_effectiveness  good\n"));
    CHECK(has(t, " 1. The timeliness of assessments, for all children.\n"));
    CHECK(has(t, " 2. [priority] Supervision.\n"));
    CHECK(has(t, "Assessments | Audit monthly | - | 2020-03"));
    CHECK(has(t, "! page 3: a warning"));
    CHECK_FALSE(has(t, "\033["));
}

TEST_CASE("write_text: colour only when asked") {
    const std::string t = text(ilacs::test::sample_record(), true);
    CHECK(has(t, "\033[33mrequires improvement\033[0m"));
    CHECK(has(t, "\033[32mgood\033[0m"));
}

TEST_CASE("write_text: a single day, a meeting, and an error") {
    ilacs::Record rec;
    rec.source.path = "paper.txt";
    rec.kind = "committee_paper";
    rec.inspection.date_ranges = {{{2018, 5, 4}, {2018, 5, 4}}};
    rec.meeting = ilacs::Meeting{"Cabinet", ilacs::Date{2020, 3, 16}};
    const std::string t = text(rec);
    CHECK(has(t, "2018-05-04\n"));
    CHECK(has(t, "Cabinet, 2020-03-16"));
    CHECK_FALSE(has(t, "Judgements"));

    ilacs::Record bad;
    bad.source.path = "bad.pdf";
    bad.error = ilacs::RecordError{"not_pdf", "not a PDF: the file holds an HTML page"};
    CHECK(text(bad) == "bad.pdf\n  error (not_pdf): not a PDF: the file holds an HTML page\n\n");
}

TEST_CASE("write_text: the authority's LA code beside its id") {
    ilacs::Record rec = ilacs::test::sample_record();
    rec.local_authority = ilacs::LocalAuthority{"Derby City Council", "derby", "831", "80459"};
    CHECK(has(text(rec), "Derby City Council [derby, LA 831]"));
}
