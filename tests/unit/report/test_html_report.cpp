#include <sstream>

#include "ilacs/report/html_report.hpp"
#include "support.hpp"

namespace {

std::string page(const std::vector<ilacs::Record>& records, ilacs::ReportOptions opts = {}) {
    opts.as_of = {2026, 11, 27};
    std::ostringstream out;
    ilacs::write_report(out, records, ilacs::test::rules(), opts);
    return out.str();
}

ilacs::Record derbyshire(ilacs::Date start, const std::string& help_and_protection, std::vector<std::string> themes) {
    ilacs::Record rec = ilacs::test::sample_record();
    rec.local_authority = ilacs::LocalAuthority{"Derbyshire County Council", "derbyshire", "830", "80460"};
    rec.inspection.date_ranges = {{start, start}};
    rec.source.sha256 = start.iso();  // a document of its own: history counts a document once
    rec.judgements[0].grade = help_and_protection;
    rec.improvements = {{"An item.", false, 1, std::move(themes)}};
    return rec;
}

}  // namespace

TEST_CASE("html report: a page with the overview, the authority's timeline and changes, themes and tables") {
    const std::string html = page({derbyshire({2019, 7, 8}, "requires_improvement", {"front_door"}),
                                   derbyshire({2023, 5, 1}, "good", {"care_planning"})});
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<table id=\"overview\"") != std::string::npos);
    CHECK(html.find("id=\"la-830\"") != std::string::npos);
    CHECK(html.find("Help and protection: <span class=\"g g-requires_improvement\">Requires improvement</span> → "
                    "<span class=\"g g-good\">Good</span> — <span class=\"up\">▲ improved</span>") != std::string::npos);
    CHECK(html.find("<h4>Resolved since the inspection before</h4><ul><li>front door</li>") != std::string::npos);
    CHECK(html.find("<h4>New at the latest inspection</h4><ul><li>care planning</li>") != std::string::npos);
    CHECK(html.find("Beside its ten statistical neighbours") != std::string::npos);
    CHECK(html.find("id=\"table-last_inspections\"") != std::string::npos);
    CHECK(html.find("http") == std::string::npos);  // nothing fetched, nothing linked outside
}

TEST_CASE("html report: text from documents is shown, never run") {
    ilacs::Record rec = derbyshire({2019, 7, 8}, "good", {});
    rec.local_authority->code = std::nullopt;
    rec.local_authority->id = std::nullopt;
    rec.local_authority->name = "<script>alert(1)</script>";
    rec.inspection.lead_inspector = "<img src=x onload=alert(2)>";
    const std::string html = page({rec});
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
}

TEST_CASE("html report: --authority puts one first or alone, and names none it cannot find") {
    ilacs::Record bristol = derbyshire({2020, 1, 1}, "good", {});
    bristol.local_authority = ilacs::LocalAuthority{"Bristol City Council", "bristol", "801", "80441"};
    bristol.source.sha256 = "bristol";
    ilacs::ReportOptions opts;
    opts.authority = "830";
    const std::string first = page({bristol, derbyshire({2019, 7, 8}, "good", {})}, opts);
    CHECK(first.find("id=\"la-830\"") < first.find("id=\"la-801\""));
    opts.only_authority = true;
    const std::string alone = page({bristol, derbyshire({2019, 7, 8}, "good", {})}, opts);
    CHECK(alone.find("id=\"la-801\"") == std::string::npos);
    CHECK(alone.find("id=\"overview\"") == std::string::npos);
    opts.authority = "Nowhere";
    CHECK_THROWS_AS(page({bristol}, opts), std::invalid_argument);
}
