// The same document twice, or one authority inspected twice on the same dates.
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "ilacs/model/text_normalize.hpp"
#include "ilacs/validate/checks.hpp"

namespace ilacs {

namespace {

// What names the authority across datasets: its code, else URN, else id, else name.
std::string authority_key(const Record& rec) {
    if (!rec.local_authority) return "";
    const LocalAuthority& la = *rec.local_authority;
    if (la.code) return "code " + *la.code;
    if (la.urn) return "urn " + *la.urn;
    if (la.id) return "id " + *la.id;
    return la.name.empty() ? "" : "name " + snake_case(la.name);
}

bool is_inspection(const Record& rec) {
    return rec.kind.empty() || rec.kind == "ilacs_inspection" || rec.kind == "sif_inspection" ||
           rec.kind == "legacy_inspection" || rec.kind == "focused_visit" || rec.kind == "monitoring_visit";
}

}  // namespace

std::vector<Finding> check_duplicates(const std::vector<DatasetRows>& datasets) {
    std::vector<Finding> out;
    std::map<std::string, std::string> first_seen;  // key -> "dataset:line"
    for (const DatasetRows& ds : datasets) {
        for (const DatasetRow& row : ds.rows) {
            const Record& rec = row.record;
            const std::string here = fmt::format("{}:{}", ds.name, row.line);
            const std::string authority = authority_key(rec);
            // A bare file name is one only within its authority: reports of many share one.
            std::string path = std::filesystem::path(rec.source.path).lexically_normal().generic_string();
            if (!path.empty() && path.find('/') == std::string::npos) path = authority + "/" + path;
            std::string dates;
            for (const DateRange& r : rec.inspection.date_ranges) dates += r.start.iso() + ".." + r.end.iso() + " ";
            struct Key {
                std::string key, field, message;
            };
            const std::vector<Key> keys = {
                {rec.source.sha256.empty() ? "" : "sha256 " + rec.source.sha256, "source.sha256", "the same document (sha256)"},
                {rec.source.path.empty() ? "" : "path " + path, "source.path", "the same document (path)"},
                {authority.empty() || dates.empty() || !is_inspection(rec) || rec.error ? "" : "dates " + authority + " " + dates,
                 "inspection.date_ranges", fmt::format("{} inspected twice on the same dates ({})", authority, collapse_spaces(dates))},
            };
            bool reported = false;
            for (const Key& k : keys) {
                if (k.key.empty()) continue;
                const auto [it, is_new] = first_seen.emplace(k.key, here);
                if (is_new || reported) continue;
                out.push_back({ds.name, row.line, {"duplicate", row.label(k.field), fmt::format("{} as {}", k.message, it->second)}});
                reported = true;
            }
        }
    }
    return out;
}

}  // namespace ilacs
