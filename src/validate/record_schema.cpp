// The JSON of a record against schema ilacs/1, field by field. record_from_json forgives
// what a dataset should not hold (unknown keys, missing ones), so this walks the JSON itself.
#include <fmt/format.h>
#include <re2/re2.h>

#include "ilacs/model/record.hpp"
#include "ilacs/validate/checks.hpp"

namespace ilacs {

namespace {

using json = nlohmann::json;

// The shape of a record: an object maps each key to its shape; a one-element array is a
// list of that shape; a string names a leaf type, '?' after it allowing null. "?" as a key
// of an object allows the object itself to be null.
const json& record_shape() {
    static const json shape = json::parse(R"({
        "schema": "string",
        "source": {"path": "string", "sha256": "sha256?", "format": "string?", "pages": "integer?"},
        "kind": "string?",
        "framework": "string?",
        "local_authority": {"?": true, "name": "string", "id": "string?", "code": "string?", "urn": "string?"},
        "inspection": {"type": "string?", "start_date": "date?", "end_date": "date?", "date_ranges": ["date_range"],
                       "lead_inspector": "string?", "published": "date?"},
        "meeting": {"?": true, "body": "string", "date": "date?"},
        "judgements": [{"key": "string", "label": "string", "grade": "string", "grade_text": "string", "page": "integer?"}],
        "improvements": [{"text": "string", "priority": "boolean", "page": "integer?", "themes": ["string"]}],
        "actions": [{"area": "string?", "action": "string?", "owner": "string?", "due": "string?"}],
        "warnings": ["string"],
        "error": {"?": true, "code": "string", "message": "string"}
    })");
    return shape;
}

const char* type_name(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "an object";
        case json::value_t::array: return "a list";
        case json::value_t::string: return "a string";
        case json::value_t::boolean: return "true or false";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned: return "an integer";
        default: return "a number";
    }
}

void check_leaf(const json& v, std::string type, const std::string& field, Issues& out) {
    const bool nullable = !type.empty() && type.back() == '?';
    if (nullable) type.pop_back();
    if (v.is_null()) {
        if (!nullable) out.push_back({"schema", field, "null, but it may not be"});
        return;
    }
    auto wrong = [&](const char* wanted) { out.push_back({"schema", field, fmt::format("{}, not {}", type_name(v), wanted)}); };
    if (type == "string") {
        if (!v.is_string()) wrong("a string");
    } else if (type == "integer") {
        if (!v.is_number_integer()) wrong("an integer");
    } else if (type == "boolean") {
        if (!v.is_boolean()) wrong("true or false");
    } else if (type == "sha256") {
        static const RE2 hex64("[0-9a-f]{64}");
        if (!v.is_string()) wrong("a string");
        else if (!RE2::FullMatch(v.get<std::string>(), hex64)) out.push_back({"schema", field, fmt::format("'{}' is not 64 lowercase hex digits", v.get<std::string>())});
    } else if (type == "date") {
        if (!v.is_string()) wrong("a date YYYY-MM-DD");
        else if (!parse_iso_date(v.get<std::string>())) out.push_back({"date", field, fmt::format("'{}' is not a real date YYYY-MM-DD", v.get<std::string>())});
    } else if (type == "date_range") {
        if (!v.is_array() || v.size() != 2) wrong("a [start, end] pair");
        else for (const json& d : v) check_leaf(d, "date", field, out);
    }
}

void check_value(const json& v, const json& shape, const std::string& field, Issues& out) {
    if (shape.is_string()) return check_leaf(v, shape.get<std::string>(), field, out);
    if (shape.is_array()) {
        if (!v.is_array()) return out.push_back({"schema", field, fmt::format("{}, not a list", type_name(v))});
        for (std::size_t i = 0; i < v.size(); ++i) check_value(v[i], shape[0], fmt::format("{}[{}]", field, i), out);
        return;
    }
    if (v.is_null() && shape.contains("?")) return;
    if (!v.is_object()) return out.push_back({"schema", field, fmt::format("{}, not an object", type_name(v))});
    const std::string prefix = field.empty() ? "" : field + ".";
    for (const auto& [key, sub] : shape.items()) {
        if (key == "?") continue;
        if (!v.contains(key)) out.push_back({"schema", prefix + key, "missing (a field that does not apply is null or empty, never missing)"});
        else check_value(v.at(key), sub, prefix + key, out);
    }
    for (const auto& [key, sub] : v.items())
        if (!shape.contains(key) || key == "?") out.push_back({"schema", prefix + key, "not a field of schema ilacs/1"});
}

}  // namespace

Issues check_record_json(const json& j) {
    Issues out;
    check_value(j, record_shape(), "", out);
    if (j.is_object() && j.contains("schema") && j["schema"] != kSchema)
        out.push_back({"schema", "schema", fmt::format("{}, not \"{}\"", j["schema"].dump(), kSchema)});
    // start_date and end_date repeat the first and last day of date_ranges.
    if (out.empty() && j.is_object()) {
        const json& in = j["inspection"];
        const json& ranges = in["date_ranges"];
        const json start = ranges.empty() ? json(nullptr) : ranges.front()[0];
        const json end = ranges.empty() ? json(nullptr) : ranges.back()[1];
        if (in["start_date"] != start)
            out.push_back({"schema", "inspection.start_date", fmt::format("{}, but date_ranges begin {}", in["start_date"].dump(), start.dump())});
        if (in["end_date"] != end)
            out.push_back({"schema", "inspection.end_date", fmt::format("{}, but date_ranges end {}", in["end_date"].dump(), end.dump())});
    }
    return out;
}

}  // namespace ilacs
