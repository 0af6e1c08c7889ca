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

namespace {

using ilacs::test::show;

// Lines of 11-point body text that run across the page (past any grade column).
std::string body_text(int lines, int top = 800) {
    std::string out;
    for (int i = 0; i < lines; ++i)
        out += show("F1", 11, 72, top - 13 * i, fmt::format("Body text line {} runs across the page from one margin towards the other.", i));
    return out;
}

std::string bold_heading(int y, const std::string& text) { return show("F2", 12, 72, y, text); }

std::string front_page() {
    return show("F2", 16, 72, 800, "Inspection of Rutland local authority children's services") +
           show("F1", 11, 72, 770, "Inspection dates: 8 to 19 June 2026") +
           show("F1", 11, 72, 757, "Lead inspector: Jane Smith, His Majesty's Inspector") +
           show("F2", 11, 72, 720, "Judgement") + show("F2", 11, 440, 720, "Grade") +
           show("F1", 10, 72, 700, "The impact of leaders on social work practice with children") + show("F1", 10, 440, 700, "Good") +
           show("F1", 10, 72, 680, "The experiences and progress of children who need help") + show("F1", 10, 440, 680, "Good") +
           body_text(30, 640);
}

// Pages after the list: body text, then a section heading whose grade disagrees with the table.
std::vector<std::string> later_pages(int body_pages) {
    std::vector<std::string> pages(static_cast<std::size_t>(body_pages), body_text(40));
    pages.push_back(bold_heading(800, "The experiences and progress of children who need help and protection: inadequate") +
                    body_text(30, 770));
    return pages;
}

Record from_pdf(const std::vector<std::string>& pages, bool every_page) {
    ilacs::ExtractOptions opts;
    opts.read_every_page = every_page;
    return ilacs::extract_source(ilacs::make_source("rutland.pdf", ilacs::test::tiny_pdf(pages)), rules(), opts);
}

}  // namespace

TEST_CASE("extract: an ILACS report is read only up to a page past its list") {
    std::vector<std::string> pages = {front_page(), bold_heading(800, "What needs to improve?") +
                                                        show("F1", 11, 72, 780, "1. The quality of plans.") +
                                                        show("F1", 11, 72, 767, "2. Supervision of social workers.") +
                                                        bold_heading(730, "Main findings") + body_text(30, 710)};
    for (std::string& p : later_pages(2)) pages.push_back(std::move(p));
    const Record lazy = from_pdf(pages, false);
    CHECK_FALSE(lazy.error.has_value());
    CHECK(lazy.kind == "ilacs_inspection");
    CHECK(lazy.source.pages == 5);
    CHECK(ilacs::test::grades(lazy) == Strings{"impact_of_leaders=good", "help_and_protection=good"});
    CHECK(ilacs::test::improvement_texts(lazy) ==
          Strings{"The quality of plans.", "Supervision of social workers."});
    // The heading on page 5 disagrees with the table: read, it would warn.
    CHECK(lazy.warnings.empty());
    const Record whole = from_pdf(pages, true);
    CHECK(ilacs::test::improvement_texts(whole) == ilacs::test::improvement_texts(lazy));
    REQUIRE(whole.warnings.size() == 1);
    CHECK(whole.warnings[0].rfind("page 5: the heading", 0) == 0);
}

TEST_CASE("extract: a list that runs on over later pages is read to its end") {
    std::string list_page = bold_heading(800, "What needs to improve?");
    for (int i = 1; i <= 55; ++i) list_page += show("F1", 11, 72, 780 - 13 * i, fmt::format("{}. Improvement number {}.", i, i));
    std::string run_on;
    for (int i = 56; i <= 95; ++i) run_on += show("F1", 11, 72, 800 - 13 * (i - 56), fmt::format("{}. Improvement number {}.", i, i));
    std::vector<std::string> pages = {front_page(), list_page, run_on,
                                      show("F1", 11, 72, 800, "96. The last improvement.") +
                                          bold_heading(760, "Main findings") + body_text(30, 740)};
    for (std::string& p : later_pages(2)) pages.push_back(std::move(p));
    const Record lazy = from_pdf(pages, false);
    const Strings items = ilacs::test::improvement_texts(lazy);
    REQUIRE(items.size() == 96);
    CHECK(items.back() == "The last improvement.");
    CHECK(lazy.improvements.back().page == 4);
    CHECK(items == ilacs::test::improvement_texts(from_pdf(pages, true)));
    CHECK(lazy.warnings.empty());
}

namespace {

// An SIF report of 12 pages: its front page and contents page, the authority's findings, the
// LSCB's part (its judgement on page 8, its own recommendations on page 9) and the inspection
// team on page 11. The authority's list stands on page 4; `listed` says whether the contents
// names it; `lscb_reviewed` whether the report has the LSCB's part; `misnumbered` is added to
// every page number the contents page prints; with `planted`, page 6 holds a second "Lead
// inspector" line, which only a reading of that page would take.
struct SifReport {
    bool listed;
    bool lscb_reviewed;
    int misnumbered;
    bool planted;
};

std::vector<std::string> sif_pages(const SifReport& r) {
    auto contents_entry = [&](int y, bool part, const std::string& title, int page) {
        return show(part ? "F2" : "F1", 11, part ? 72 : 86, y, title) +
               show("F1", 11, 500, y, std::to_string(page + r.misnumbered));
    };
    std::vector<std::string> pages(12, body_text(40));
    pages[0] = show("F2", 16, 72, 800, "Inspection of services for children in need of help and protection,") +
               show("F2", 16, 72, 780, "children looked after and care leavers") +
               (r.lscb_reviewed ? show("F2", 16, 72, 760, "Review of the effectiveness of the Local Safeguarding Children Board")
                                : std::string()) +
               show("F1", 11, 72, 730, "Inspection dates: 8 May 2017 to 1 June 2017") +
               show("F1", 11, 72, 700, "The overall judgement is that children's services are good.") + body_text(30, 670);
    std::string contents = bold_heading(800, "Contents") + contents_entry(770, true, "The local authority", 3) +
                           contents_entry(755, false, "Information about this local authority area", 3);
    int y = 740;
    if (r.listed) {
        contents += contents_entry(y, false, "Recommendations", 4);
        y -= 15;
    }
    contents += contents_entry(y, false, "Leadership, management and governance", 5);
    if (r.lscb_reviewed)
        contents += contents_entry(y - 15, true, "The Local Safeguarding Children Board (LSCB)", 8) +
                    contents_entry(y - 30, false, "Executive summary", 8) +
                    contents_entry(y - 45, false, "Recommendations", 9);
    contents += contents_entry(y - 60, true, "Information about this inspection", 11);
    pages[1] = contents + show("F1", 11, 72, 500, "2");
    pages[3] = bold_heading(800, "Recommendations") + show("F1", 11, 72, 780, "1. Improve the quality of plans.") +
               show("F1", 11, 72, 760, "2. Reduce the caseloads of social workers.") + bold_heading(720, "Summary for children") +
               body_text(30, 700);
    if (r.planted) pages[5] = show("F1", 11, 72, 800, "Lead inspector: Someone Else") + body_text(30, 770);
    if (r.lscb_reviewed) {
        pages[7] = bold_heading(800, "Executive summary") +
                   show("F1", 11, 72, 780, "The Local Safeguarding Children Board is good") + body_text(30, 750);
        pages[8] = bold_heading(800, "Recommendations") + show("F1", 11, 72, 780, "1. The board should audit its training.") +
                   bold_heading(740, "Inspection findings") + body_text(30, 720);
    }
    pages[10] = bold_heading(800, "Information about this inspection") +
                show("F1", 11, 72, 780, "Lead inspector: Jane Smith, HMI") + body_text(30, 750);
    return pages;
}

}  // namespace

TEST_CASE("extract: an SIF report is read at the sections its contents page names, not every page up to them") {
    const std::vector<std::string> pages = sif_pages({true, true, 0, true});
    const Record lazy = from_pdf(pages, false);
    CHECK(lazy.kind == "sif_inspection");
    CHECK(ilacs::test::improvement_texts(lazy) ==
          Strings{"Improve the quality of plans.", "Reduce the caseloads of social workers."});
    CHECK(ilacs::test::grades(lazy) == Strings{"overall_effectiveness=good", "lscb=good"});
    // Page 6, outside every section the record needs, was not read.
    CHECK(lazy.inspection.lead_inspector == "Jane Smith");
    const Record whole = from_pdf(pages, true);
    CHECK(whole.inspection.lead_inspector == "Someone Else");
    CHECK(ilacs::test::improvement_texts(whole) == ilacs::test::improvement_texts(lazy));
    CHECK(ilacs::test::grades(whole) == ilacs::test::grades(lazy));
}

TEST_CASE("extract: the LSCB's recommendations, read for its judgement, are not taken for the authority's list") {
    // The contents page does not name the authority's list: it is found by reading on.
    const std::vector<std::string> pages = sif_pages({false, true, 0, true});
    const Record lazy = from_pdf(pages, false);
    CHECK(ilacs::test::improvement_texts(lazy) ==
          Strings{"Improve the quality of plans.", "Reduce the caseloads of social workers."});
    CHECK(ilacs::test::grades(lazy) == Strings{"overall_effectiveness=good", "lscb=good"});
    CHECK(ilacs::test::improvement_texts(from_pdf(pages, true)) == ilacs::test::improvement_texts(lazy));
}

TEST_CASE("extract: a report without an LSCB review in its title or contents is not searched for the LSCB's judgement") {
    const std::vector<std::string> pages = sif_pages({true, false, 0, true});
    const Record lazy = from_pdf(pages, false);
    CHECK(ilacs::test::grades(lazy) == Strings{"overall_effectiveness=good"});
    CHECK(ilacs::test::improvement_texts(lazy) ==
          Strings{"Improve the quality of plans.", "Reduce the caseloads of social workers."});
    // Had it been searched for, every page up to the last would have been read, page 6 among them.
    CHECK(lazy.inspection.lead_inspector == "Jane Smith");
    CHECK(ilacs::test::grades(from_pdf(pages, true)) == ilacs::test::grades(lazy));
}

TEST_CASE("extract: a contents page numbered otherwise than the file gives the records of every page") {
    for (const int misnumbered : {-1, 1, 30}) {
        CAPTURE(misnumbered);
        const std::vector<std::string> pages = sif_pages({true, true, misnumbered, false});
        const Record lazy = from_pdf(pages, false);
        const Record whole = from_pdf(pages, true);
        CHECK(ilacs::test::improvement_texts(lazy) == ilacs::test::improvement_texts(whole));
        CHECK(ilacs::test::grades(lazy) == ilacs::test::grades(whole));
        CHECK(lazy.inspection.lead_inspector == whole.inspection.lead_inspector);
        CHECK(lazy.inspection.lead_inspector == "Jane Smith");
    }
}
