#include "ilacs/output/writers.hpp"

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
        return json{{"name", la.name}, {"id", la.id}};
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
        return json{{"body", m.body}, {"date", m.date ? json(m.date->iso()) : json(nullptr)}};
    });
    j["judgements"] = json::array();
    for (const Judgement& jd : rec.judgements)
        j["judgements"].push_back({{"key", jd.key}, {"label", jd.label}, {"grade", jd.grade},
                                   {"grade_text", jd.grade_text}, {"page", page_json(jd.page)}});
    j["improvements"] = json::array();
    for (const Improvement& i : rec.improvements)
        j["improvements"].push_back({{"text", i.text}, {"priority", i.priority}, {"page", page_json(i.page)}});
    j["actions"] = json::array();
    for (const Action& a : rec.actions)
        j["actions"].push_back({{"area", string_or_null(a.area)}, {"action", string_or_null(a.action)},
                                {"owner", string_or_null(a.owner)}, {"due", string_or_null(a.due)}});
    j["warnings"] = rec.warnings;
    if (rec.error) j["error"] = {{"code", rec.error->code}, {"message", rec.error->message}};
    else j["error"] = nullptr;
    return j;
}

}  // namespace ilacs
