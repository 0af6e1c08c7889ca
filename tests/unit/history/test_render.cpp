#include <sstream>

#include "ilacs/history/render.hpp"
#include "support.hpp"

namespace {

ilacs::Record record(const std::string& path, ilacs::Date start, const std::string& grade, const std::string& item) {
    ilacs::Record rec;
    rec.source.path = path;
    rec.kind = "ilacs_inspection";
    rec.framework = "ILACS";
    rec.local_authority = ilacs::LocalAuthority{"Kent", std::nullopt, std::string("886"), std::nullopt};
    rec.inspection.date_ranges = {{start, start}};
    rec.judgements = {{"help_and_protection", "Help and protection", grade, grade, 1}};
    rec.improvements = {{item, false, std::nullopt, {"assessment"}}};
    return rec;
}

const ilacs::DiffResult& sample_diff() {
    static const ilacs::DiffResult diff = ilacs::diff_records(record("a.pdf", {2019, 1, 7}, "inadequate", "Assessments | plans."),
                                                              record("b.pdf", {2023, 3, 6}, "good", "The quality of assessments."),
                                                              ilacs::test::rules());
    return diff;
}

}  // namespace

TEST_CASE("render: diff JSON names its schema and the change of each area") {
    const auto j = ilacs::diff_to_json(sample_diff());
    CHECK(j["schema"] == "ilacs-diff/1");
    CHECK(j["changed"] == true);
    CHECK(j["judgements"][0]["change"] == "up");
    CHECK(j["judgements"][0]["note"].is_null());
    CHECK(j["themes"][0]["items"][0]["after"] == "The quality of assessments.");
}

TEST_CASE("render: diff text shows the move with an arrow, in colour only when asked") {
    std::ostringstream plain, coloured;
    ilacs::write_diff_text(plain, sample_diff(), false);
    ilacs::write_diff_text(coloured, sample_diff(), true);
    CHECK(plain.str().find("inadequate            ↑  good") != std::string::npos);
    CHECK(plain.str().find('\033') == std::string::npos);
    CHECK(coloured.str().find("\033[32;1m↑\033[0m") != std::string::npos);
}

TEST_CASE("render: Markdown cells keep a pipe in the text from splitting the row") {
    std::ostringstream out;
    ilacs::write_diff_markdown(out, sample_diff());
    CHECK(out.str().find("| Help and protection | Inadequate | Good | ↑ improved |  |") != std::string::npos);
    CHECK(out.str().find("Assessments \\| plans.") != std::string::npos);
}

TEST_CASE("render: history CSV gives each area's grade and its change since the previous inspection") {
    const ilacs::HistoryResult h = ilacs::build_history({record("b.pdf", {2023, 3, 6}, "good", "x"), record("a.pdf", {2019, 1, 7}, "inadequate", "y")},
                                                        ilacs::test::rules());
    std::ostringstream out;
    ilacs::write_history_csv(out, h);
    CHECK(out.str() ==
          "authority_code,authority,date,inspection,framework,judgement,key,grade,change,previous_grade\r\n"
          "886,Kent,2019-01-07,a.pdf,ILACS (2018-22),help_and_protection,help_and_protection,inadequate,,\r\n"
          "886,Kent,2023-03-06,b.pdf,ILACS (2023-26),help_and_protection,help_and_protection,good,up,inadequate\r\n");
}
