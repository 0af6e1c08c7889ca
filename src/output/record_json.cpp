#include "ilacs/output/writers.hpp"

#include <type_traits>

#include <fmt/format.h>

namespace ilacs {

namespace {

using json = nlohmann::ordered_json;

template <typename T, typename F>
json optional_json(const std::optional<T>& v, F&& convert) {
    return v ? json(convert(*v)) : json(nullptr);
}

json string_or_null(const std::optional<std::string>& s) {
    return s ? json(*s) : json(nullptr);
}

json page_json(const std::optional<int>& page) { return page ? json(*page) : json(nullptr); }

}  // namespace

nlohmann::ordered_json to_json(const Record& rec) {
    json j;
    j["schema"] = kSchema;
    j["source"] = {{"path", rec.source.path},
                   {"sha256", rec.source.sha256.empty() ? json(nullptr) : json(rec.source.sha256)},
                   {"format", rec.source.format.empty() ? json(nullptr) : json(rec.source.format)},
                   {"pages", page_json(rec.source.pages)}};
    j["kind"] = rec.error ? json(nullptr) : json(rec.kind);
    j["framework"] = string_or_null(rec.framework);
    j["local_authority"] = optional_json(rec.local_authority, [](const LocalAuthority& la) {
        return json{{"name", la.name}, {"id", string_or_null(la.id)}, {"code", string_or_null(la.code)},
                    {"urn", string_or_null(la.urn)}};
    });
    const auto& ranges = rec.inspection.date_ranges;
    json date_ranges = json::array();
    for (const DateRange& r : ranges) date_ranges.push_back({r.start.iso(), r.end.iso()});
    j["inspection"] = {
        {"type", string_or_null(rec.inspection.type)},
        {"start_date", ranges.empty() ? json(nullptr) : json(ranges.front().start.iso())},
        {"end_date", ranges.empty() ? json(nullptr) : json(ranges.back().end.iso())},
        {"date_ranges", date_ranges},
        {"lead_inspector", string_or_null(rec.inspection.lead_inspector)},
        {"published", optional_json(rec.inspection.published, [](const Date& d) { return d.iso(); })}};
    j["meeting"] = optional_json(rec.meeting, [](const Meeting& m) {
        return json{{"body", m.body.empty() ? json(nullptr) : json(m.body)}, {"date", m.date ? json(m.date->iso()) : json(nullptr)}};
    });
    j["judgements"] = json::array();
    for (const Judgement& jd : rec.judgements)
        j["judgements"].push_back({{"key", jd.key}, {"label", jd.label}, {"grade", jd.grade},
                                   {"grade_text", jd.grade_text}, {"page", page_json(jd.page)}});
    j["improvements"] = json::array();
    for (const Improvement& i : rec.improvements)
        j["improvements"].push_back(
            {{"text", i.text}, {"priority", i.priority}, {"page", page_json(i.page)}, {"themes", i.themes}});
    j["actions"] = json::array();
    for (const Action& a : rec.actions)
        j["actions"].push_back({{"area", string_or_null(a.area)}, {"action", string_or_null(a.action)},
                                {"owner", string_or_null(a.owner)}, {"due", string_or_null(a.due)}});
    j["warnings"] = rec.warnings;
    if (rec.error) j["error"] = {{"code", rec.error->code}, {"message", rec.error->message}};
    else j["error"] = nullptr;
    return j;
}

namespace {

using in_json = nlohmann::json;

// The field's value at key as T, null as nullopt; anything else is a RecordFormatError.
template <typename T>
std::optional<T> get_optional(const in_json& obj, const char* key, const std::string& where) {
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return std::nullopt;
    try {
        return it->get<T>();
    } catch (const in_json::exception&) {
        throw RecordFormatError(fmt::format("{}{}: not a {}", where, key, std::is_same_v<T, std::string> ? "string" : "value of its type"));
    }
}

template <typename T>
T get_or(const in_json& obj, const char* key, const std::string& where, T fallback) {
    return get_optional<T>(obj, key, where).value_or(std::move(fallback));
}

const in_json& object_at(const in_json& obj, const char* key, const std::string& where) {
    static const in_json empty = in_json::object();
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return empty;
    if (!it->is_object()) throw RecordFormatError(fmt::format("{}{}: not an object", where, key));
    return *it;
}

const in_json& array_at(const in_json& obj, const char* key, const std::string& where) {
    static const in_json empty = in_json::array();
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return empty;
    if (!it->is_array()) throw RecordFormatError(fmt::format("{}{}: not a list", where, key));
    return *it;
}

Date iso_date(const in_json& v, const std::string& where) {
    const std::optional<Date> d = v.is_string() ? parse_iso_date(v.get<std::string>()) : std::nullopt;
    if (!d) throw RecordFormatError(fmt::format("{}: not a date YYYY-MM-DD", where));
    return *d;
}

}  // namespace

Record record_from_json(const nlohmann::json& j) {
    if (!j.is_object()) throw RecordFormatError("not a JSON object");
    const auto schema = get_optional<std::string>(j, "schema", "");
    if (schema != std::string(kSchema))
        throw RecordFormatError(fmt::format("schema: '{}', not {}", schema.value_or("(none)"), kSchema));
    Record rec;
    const in_json& source = object_at(j, "source", "");
    rec.source = {get_or<std::string>(source, "path", "source.", ""), get_or<std::string>(source, "sha256", "source.", ""),
                  get_or<std::string>(source, "format", "source.", ""), get_optional<int>(source, "pages", "source.")};
    rec.kind = get_or<std::string>(j, "kind", "", "unknown");
    rec.framework = get_optional<std::string>(j, "framework", "");
    if (const auto it = j.find("local_authority"); it != j.end() && !it->is_null()) {
        const in_json& la = object_at(j, "local_authority", "");
        rec.local_authority = LocalAuthority{get_or<std::string>(la, "name", "local_authority.", ""),
                                             get_optional<std::string>(la, "id", "local_authority."),
                                             get_optional<std::string>(la, "code", "local_authority."),
                                             get_optional<std::string>(la, "urn", "local_authority.")};
    }
    const in_json& inspection = object_at(j, "inspection", "");
    rec.inspection.type = get_optional<std::string>(inspection, "type", "inspection.");
    rec.inspection.lead_inspector = get_optional<std::string>(inspection, "lead_inspector", "inspection.");
    if (const auto published = get_optional<std::string>(inspection, "published", "inspection."))
        rec.inspection.published = iso_date(*published, "inspection.published");
    for (const in_json& range : array_at(inspection, "date_ranges", "inspection.")) {
        if (!range.is_array() || range.size() != 2) throw RecordFormatError("inspection.date_ranges: not a list of [start, end]");
        rec.inspection.date_ranges.push_back({iso_date(range[0], "inspection.date_ranges"), iso_date(range[1], "inspection.date_ranges")});
    }
    if (const auto it = j.find("meeting"); it != j.end() && !it->is_null()) {
        const in_json& m = object_at(j, "meeting", "");
        Meeting meeting{get_or<std::string>(m, "body", "meeting.", ""), std::nullopt};
        if (const auto date = get_optional<std::string>(m, "date", "meeting.")) meeting.date = iso_date(*date, "meeting.date");
        rec.meeting = meeting;
    }
    for (const in_json& jd : array_at(j, "judgements", "")) {
        if (!jd.is_object()) throw RecordFormatError("judgements: not a list of objects");
        rec.judgements.push_back({get_or<std::string>(jd, "key", "judgements[].", ""), get_or<std::string>(jd, "label", "judgements[].", ""),
                                  get_or<std::string>(jd, "grade", "judgements[].", ""),
                                  get_or<std::string>(jd, "grade_text", "judgements[].", ""), get_optional<int>(jd, "page", "judgements[].")});
    }
    for (const in_json& ji : array_at(j, "improvements", "")) {
        if (!ji.is_object()) throw RecordFormatError("improvements: not a list of objects");
        rec.improvements.push_back({get_or<std::string>(ji, "text", "improvements[].", ""), get_or<bool>(ji, "priority", "improvements[].", false),
                                    get_optional<int>(ji, "page", "improvements[]."),
                                    get_or<std::vector<std::string>>(ji, "themes", "improvements[].", {})});
    }
    for (const in_json& ja : array_at(j, "actions", "")) {
        if (!ja.is_object()) throw RecordFormatError("actions: not a list of objects");
        rec.actions.push_back({get_optional<std::string>(ja, "area", "actions[]."), get_optional<std::string>(ja, "action", "actions[]."),
                               get_optional<std::string>(ja, "owner", "actions[]."), get_optional<std::string>(ja, "due", "actions[].")});
    }
    rec.warnings = get_or<std::vector<std::string>>(j, "warnings", "", {});
    if (const auto it = j.find("error"); it != j.end() && !it->is_null()) {
        const in_json& e = object_at(j, "error", "");
        rec.error = RecordError{get_or<std::string>(e, "code", "error.", ""), get_or<std::string>(e, "message", "error.", "")};
    }
    return rec;
}

}  // namespace ilacs
