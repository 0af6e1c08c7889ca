#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "ilacs/output/writers.hpp"
#include "support.hpp"

namespace {
std::string header() {
    std::ostringstream out;
    ilacs::write_csv_header(out);
    return out.str();
}

std::string row(const ilacs::Record& rec) {
    std::ostringstream out;
    ilacs::write_csv_row(out, rec);
    return out.str();
}

std::size_t fields(const std::string& header_line) {
    return static_cast<std::size_t>(std::count(header_line.begin(), header_line.end(), ',')) + 1;
}
}  // namespace

TEST_CASE("write_csv: the header names fixed columns, judgement keys among them, CRLF at the end") {
    const std::string h = header();
    CHECK(h.rfind("path,sha256,kind,framework,local_authority,local_authority_id,local_authority_code,"
                  "local_authority_urn,type,start_date,end_date,lead_inspector,overall_effectiveness,",
                  0) == 0);
    CHECK(h.find(",care_leavers,") != std::string::npos);
    CHECK(h.size() >= 2);
    CHECK(h.substr(h.size() - 2) == "\r\n");
    CHECK(h.find(",improvements,warnings,error\r\n") != std::string::npos);
}

TEST_CASE("write_csv: fields with commas, quotes or line breaks are quoted, quotes doubled") {
    const std::string r = row(ilacs::test::sample_record());
    CHECK(r.rfind("\"in/barsetshire, 2026.pdf\"," + std::string(64, 'a') + ",ilacs_inspection,ILACS,", 0) == 0);
    CHECK(r.find(",Barsetshire County Council,barsetshire,,,standard,2019-07-08,2019-08-08,") != std::string::npos);
    CHECK(r.find(",\"Jane \"\"JJ\"\" Smith\",") != std::string::npos);
    // Improvements are one field, one line each.
    CHECK(r.find(",\"The timeliness of assessments, for all children.\nSupervision.\",") != std::string::npos);
    CHECK(r.substr(r.size() - 2) == "\r\n");
}

TEST_CASE("write_csv: a row has as many fields as the header and grades under their keys") {
    ilacs::Record rec;
    rec.source.path = "plain.pdf";
    rec.judgements = {{"overall_effectiveness", "Overall effectiveness", "good", "Good", 1}};
    const std::string r = row(rec);
    CHECK(fields(r) == fields(header()));
    CHECK(r.rfind("plain.pdf,,unknown,,,,,,,,,,good,", 0) == 0);  // overall effectiveness after the lead inspector
}

TEST_CASE("write_csv: an error record names its code and message and no kind") {
    ilacs::Record rec;
    rec.source.path = "bad.pdf";
    rec.error = ilacs::RecordError{"not_pdf", "not a PDF: the file holds an HTML page"};
    const std::string r = row(rec);
    CHECK(r.rfind("bad.pdf,,,", 0) == 0);
    CHECK(r.find(",not_pdf: not a PDF: the file holds an HTML page\r\n") != std::string::npos);
}

TEST_CASE("write_csv: a cell a spreadsheet would run as a formula is quoted behind a single quote") {
    ilacs::Record rec;
    rec.source.path = "=HYPERLINK(\"http://x\").pdf";
    rec.inspection.lead_inspector = "@SUM(A1)";
    rec.warnings = {"-2+3"};
    rec.improvements = {{"+cmd|' /C calc'!A0", false, 1}, {"=second line is not at the start", false, 1}};
    const std::string r = row(rec);
    CHECK(r.rfind("\"'=HYPERLINK(\"\"http://x\"\").pdf\",", 0) == 0);
    CHECK(r.find(",\"'@SUM(A1)\",") != std::string::npos);
    CHECK(r.find(",\"'+cmd|' /C calc'!A0\n=second line is not at the start\",\"'-2+3\",") != std::string::npos);
    ilacs::Record tab;
    tab.source.path = "\tname.pdf";
    CHECK(row(tab).rfind("\"'\tname.pdf\",", 0) == 0);
    // Text that only contains those characters later is left as it is.
    ilacs::Record plain;
    plain.source.path = "a=b-c@d.pdf";
    CHECK(row(plain).rfind("a=b-c@d.pdf,", 0) == 0);
}

TEST_CASE("write_csv: the authority's LA code and URN, the analysts' join keys") {
    ilacs::Record rec = ilacs::test::sample_record();
    rec.local_authority = ilacs::LocalAuthority{"Derby City Council", "derby", "831", "80459"};
    CHECK(row(rec).find(",Derby City Council,derby,831,80459,standard,") != std::string::npos);
}
