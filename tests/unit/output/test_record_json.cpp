#include <doctest/doctest.h>

#include "ilacs/output/writers.hpp"
#include "support.hpp"

using json = nlohmann::ordered_json;
using Strings = std::vector<std::string>;

namespace {
Strings keys(const json& j) {
    Strings out;
    for (const auto& item : j.items()) out.push_back(item.key());
    return out;
}
}  // namespace

TEST_CASE("record_json: an empty record has every field, null or empty, in the order of the schema") {
    const json j = ilacs::to_json(ilacs::Record{});
    CHECK(keys(j) == Strings{"schema", "source", "kind", "framework", "local_authority", "inspection", "meeting",
                             "judgements", "improvements", "actions", "warnings", "error"});
    CHECK(j["schema"] == "ilacs/1");
    CHECK(keys(j["source"]) == Strings{"path", "sha256", "format", "pages"});
    CHECK(j["source"]["sha256"].is_null());
    CHECK(j["source"]["format"].is_null());
    CHECK(j["source"]["pages"].is_null());
    CHECK(j["kind"] == "unknown");
    CHECK(j["framework"].is_null());
    CHECK(j["local_authority"].is_null());
    CHECK(keys(j["inspection"]) ==
          Strings{"type", "start_date", "end_date", "date_ranges", "lead_inspector", "published"});
    for (const char* k : {"type", "start_date", "end_date", "lead_inspector", "published"})
        CHECK(j["inspection"][k].is_null());
    CHECK(j["inspection"]["date_ranges"] == json::array());
    CHECK(j["meeting"].is_null());
    for (const char* k : {"judgements", "improvements", "actions", "warnings"}) CHECK(j[k] == json::array());
    CHECK(j["error"].is_null());
}

TEST_CASE("record_json: a full record") {
    ilacs::Record rec = ilacs::test::sample_record();
    rec.meeting = ilacs::Meeting{"Cabinet", ilacs::Date{2020, 3, 16}};
    const json j = ilacs::to_json(rec);
    CHECK(j["source"]["pages"] == 14);
    CHECK(j["local_authority"].dump() == R"({"name":"Barsetshire County Council","id":"barsetshire","code":null,"urn":null})");
    CHECK(j["inspection"]["start_date"] == "2019-07-08");
    CHECK(j["inspection"]["end_date"] == "2019-08-08");
    CHECK(j["inspection"]["date_ranges"].dump() == R"([["2019-07-08","2019-07-12"],["2019-08-07","2019-08-08"]])");
    CHECK(j["meeting"].dump() == R"({"body":"Cabinet","date":"2020-03-16"})");
    CHECK(j["judgements"][0].dump() ==
          R"({"key":"help_and_protection","label":"Children who need help and protection",)"
          R"("grade":"requires_improvement","grade_text":"Requires improvement to be good","page":1})");
    CHECK(j["improvements"][1].dump() == R"({"text":"Supervision.","priority":true,"page":null,"themes":[]})");
    CHECK(j["actions"][0].dump() == R"({"area":"Assessments","action":"Audit monthly","owner":null,"due":"2020-03"})");
    CHECK(j["warnings"] == json{"page 3: a warning"});
}

TEST_CASE("record_json: an error record has no kind and says what went wrong") {
    ilacs::Record rec;
    rec.source.path = "report.pdf";
    rec.source.format = "html";
    rec.error = ilacs::RecordError{"not_pdf", "not a PDF: the file holds an HTML page"};
    const json j = ilacs::to_json(rec);
    CHECK(j["kind"].is_null());
    CHECK(j["error"].dump() == R"({"code":"not_pdf","message":"not a PDF: the file holds an HTML page"})");
    CHECK(j["source"]["format"] == "html");
    CHECK(j["judgements"] == json::array());
}

TEST_CASE("record_json: a record read back from its JSON is the same record") {
    ilacs::Record rec = ilacs::test::sample_record();
    rec.meeting = ilacs::Meeting{"Cabinet", ilacs::Date{2020, 3, 16}};
    rec.local_authority->code = "999";
    rec.improvements[0].themes = {"front_door", "management_oversight"};
    rec.error = ilacs::RecordError{"damaged", "not a whole PDF"};
    const json j = ilacs::to_json(rec);
    CHECK(ilacs::to_json(ilacs::record_from_json(json::parse(j.dump()))) == j);
}

TEST_CASE("record_json: what is not a record is refused, naming the field") {
    const auto refusal = [](const std::string& text) {
        try {
            ilacs::record_from_json(json::parse(text));
        } catch (const ilacs::RecordFormatError& e) {
            return std::string(e.what());
        }
        return std::string("(accepted)");
    };
    CHECK(refusal("[1, 2]") == "not a JSON object");
    CHECK(refusal(R"({"schema": "other/2"})") == "schema: 'other/2', not ilacs/1");
    CHECK(refusal(R"({"schema": "ilacs/1", "judgements": {}})") == "judgements: not a list");
    CHECK(refusal(R"({"schema": "ilacs/1", "inspection": {"date_ranges": [["2019-02-30", "2019-03-01"]]}})") ==
          "inspection.date_ranges: not a date YYYY-MM-DD");
    CHECK(refusal(R"({"schema": "ilacs/1", "kind": 7})") == "kind: not a string");
    CHECK(refusal(R"({"schema": "ilacs/1", "kind": "ilacs_inspection", "extra": 1})") == "(accepted)");
}
