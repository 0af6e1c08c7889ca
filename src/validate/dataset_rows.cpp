#include "ilacs/validate/dataset_rows.hpp"

#include <fstream>
#include <iterator>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include "ilacs/batch/dataset.hpp"
#include "ilacs/model/csv.hpp"
#include "ilacs/model/text_normalize.hpp"
#include "ilacs/output/writers.hpp"
#include "ilacs/validate/checks.hpp"
#include "ilacs/validate/frameworks.hpp"

namespace ilacs {

std::string DatasetRow::label(const std::string& field) const {
    const auto it = columns.find(field);
    return it == columns.end() ? field : it->second;
}

namespace {

// A mappable field: its short name (--column NAME=..., and the value of the csv_column rules
// of data/validate.rules that recognise other tools' names for it) and the record field.
struct FieldSpec {
    std::string name;
    std::string field;
};

const std::vector<FieldSpec>& field_specs() {
    static const std::vector<FieldSpec> specs = {
        {"path", "source.path"},
        {"sha256", "source.sha256"},
        {"kind", "kind"},
        {"framework", "framework"},
        {"type", "inspection.type"},
        {"local_authority", "local_authority.name"},
        {"local_authority_id", "local_authority.id"},
        {"la_code", "local_authority.code"},
        {"urn", "local_authority.urn"},
        {"start_date", "inspection.start_date"},
        {"end_date", "inspection.end_date"},
        {"lead_inspector", "inspection.lead_inspector"},
        {"published", "inspection.published"},
    };
    return specs;
}

// Grade columns other tools name by a short form; "a|b" is told apart by the row's date.
const std::map<std::string, std::string>& grade_aliases() {
    static const std::map<std::string, std::string> aliases = {
        {"overall", "overall_effectiveness"},
        {"leaders", "impact_of_leaders"},
        {"leadership", "impact_of_leaders"},
        {"in_care", "children_in_care|children_in_care_and_care_leavers"},
        {"looked_after", "children_looked_after"},
    };
    return aliases;
}

bool is_judgement_column(const std::string& name) {
    for (const auto* keys : {&framework_judgement_keys(), &csv_judgement_columns()})
        if (std::find(keys->begin(), keys->end(), name) != keys->end()) return true;
    return false;
}

// The judgement key(s) a column holds, from its name: a key itself, or a key or a short
// form followed by _grade, _judgement or _rating.
std::string grade_key_of(const std::string& column) {
    if (is_judgement_column(column)) return column;
    static const RE2 suffixed(R"(^(.+?)_(?:grade|judgement|rating)$)");
    std::string base;
    if (!RE2::FullMatch(column, suffixed, &base)) return "";
    if (is_judgement_column(base)) return base;
    const auto it = grade_aliases().find(base);
    return it == grade_aliases().end() ? "" : it->second;
}

std::string lower_words(const std::string& value) {
    std::string text = value;
    for (char& c : text)
        if (c == '_' || c == '-') c = ' ';
    return to_lower_ascii(collapse_spaces(text));
}

bool means_not_read(const std::string& value, const RuleSet& rules) {
    return rules.any_match("not_read", collapse_spaces(value));
}

enum class Cell { empty, value, unread, invalid };

// A grade cell: a grade word (any case, "requires improvement to be good" too) or a grade
// number of Ofsted's management information (1 outstanding .. 4 inadequate).
Cell grade_cell(const std::string& raw, const RuleSet& rules, std::string* grade) {
    const std::string text = lower_words(raw);
    if (text.empty()) return Cell::empty;
    const Rule* r = rules.first_match("grade", text);
    if (!r) r = rules.first_match("csv_grade", text);
    if (r) {
        if (r->value == "not_judged") return Cell::empty;
        *grade = r->value;
        return Cell::value;
    }
    return means_not_read(raw, rules) ? Cell::unread : Cell::invalid;
}

// A date cell: YYYY-MM-DD, dd/mm/yyyy or dd/mm/yy (also with dots or dashes), or words.
Cell date_cell(const std::string& raw, const RuleSet& rules, std::optional<Date>* date) {
    const std::string text = collapse_spaces(raw);
    if (text.empty()) return Cell::empty;
    if ((*date = parse_iso_date(text))) return Cell::value;
    static const RE2 numeric(R"(^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$)");
    int day = 0, month = 0, year = 0;
    if (RE2::FullMatch(text, numeric, &day, &month, &year)) {
        if (year < 100) year += 2000;
        *date = parse_iso_date(fmt::format("{:04}-{:02}-{:02}", year, month, day));
        return *date ? Cell::value : Cell::invalid;
    }
    static const RE2 has_letter("[A-Za-z]");
    if (RE2::PartialMatch(text, has_letter) && !means_not_read(text, rules)) {
        const auto ranges = parse_date_ranges(text);
        if (ranges.size() == 1 && ranges.front().start == ranges.front().end) {
            *date = ranges.front().start;
            return Cell::value;
        }
    }
    return means_not_read(raw, rules) ? Cell::unread : Cell::invalid;
}

// The columns of a table mapped to record fields: explicit ones first, then by name.
struct TableLayout {
    std::map<std::string, int> field_column;  // record field -> column index
    std::map<int, std::string> grade_column;  // column index -> judgement key(s)
};

TableLayout layout_of(const CsvTable& table, const ColumnMap& map, const RuleSet& rules, DatasetRows& out) {
    TableLayout layout;
    std::vector<std::string> names;
    for (const std::string& h : table.header) names.push_back(snake_case(h));
    auto find_column = [&](const std::string& wanted) {
        for (std::size_t i = 0; i < table.header.size(); ++i)
            if (table.header[i] == wanted || names[i] == snake_case(wanted)) return static_cast<int>(i);
        return -1;
    };
    std::set<int> used;
    auto use = [&](const std::string& what, const std::string& column, auto&& assign) {
        const int i = find_column(column);
        if (i < 0) {
            out.findings.push_back({out.name, 1, {"schema", column, fmt::format("no such column (mapped to {})", what)}});
            return;
        }
        assign(i);
        used.insert(i);
    };
    for (const FieldSpec& spec : field_specs())
        if (const auto it = map.fields.find(spec.name); it != map.fields.end())
            use(spec.name, it->second, [&](int i) { layout.field_column[spec.field] = i; });
    // The first column a rule recognises fills a field not mapped by hand.
    for (std::size_t i = 0; i < names.size(); ++i) {
        const Rule* r = used.count(static_cast<int>(i)) ? nullptr : rules.first_match("csv_column", names[i]);
        if (!r) continue;
        for (const FieldSpec& spec : field_specs())
            if (spec.name == r->value && !layout.field_column.count(spec.field)) {
                layout.field_column[spec.field] = static_cast<int>(i);
                used.insert(static_cast<int>(i));
            }
    }
    for (const auto& [key, column] : map.grades)
        use("judgement " + key, column, [&, k = key](int i) { layout.grade_column[i] = k; });
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (used.count(static_cast<int>(i))) continue;
        const std::string key = grade_key_of(names[i]);
        if (!key.empty()) {
            layout.grade_column[static_cast<int>(i)] = key;
            used.insert(static_cast<int>(i));
        }
    }
    for (std::size_t i = 0; i < names.size(); ++i)
        if (!used.count(static_cast<int>(i)))
            out.findings.push_back({out.name, 1, {"schema", table.header[i], "column not checked (map it with --column or --grade-column)", true}});
    return layout;
}

// Of "a|b", the key the framework of the row's date has.
std::string resolve_key(const std::string& keys, const Record& rec) {
    const std::size_t bar = keys.find('|');
    if (bar == std::string::npos) return keys;
    const std::string first = keys.substr(0, bar), second = keys.substr(bar + 1);
    std::optional<Date> when = rec.inspection.published;
    if (!rec.inspection.date_ranges.empty()) when = rec.inspection.date_ranges.front().start;
    if (!when) return first;
    for (const FrameworkEra& era : framework_eras())
        if (!(*when < era.from) && !(era.until < *when) && era_allows(era, second) && !era.any_other_key) return second;
    return first;
}

DatasetRow csv_row(const CsvTable& table, std::size_t r, const TableLayout& layout, const RuleSet& rules, DatasetRows& out) {
    const auto& cells = table.rows[r];
    DatasetRow row;
    row.line = table.lines[r];
    row.partial = true;
    auto cell = [&](int i) { return static_cast<std::size_t>(i) < cells.size() ? cells[i] : std::string(); };
    auto problem = [&](const std::string& check, const std::string& field, const std::string& message) {
        out.findings.push_back({out.name, row.line, {check, row.label(field), message}});
    };
    std::map<std::string, std::string> text;  // record field -> the cell
    for (const auto& [field, i] : layout.field_column) {
        row.fields.insert(field);
        row.columns[field] = table.header[i];
        text[field] = collapse_spaces(cell(i));
    }
    Record& rec = row.record;
    rec.kind = "";
    // A file name is kept as written: spaces matter in it.
    if (const auto it = layout.field_column.find("source.path"); it != layout.field_column.end()) rec.source.path = cell(it->second);
    rec.source.sha256 = text["source.sha256"];
    if (!text["kind"].empty()) rec.kind = text["kind"];
    if (!text["framework"].empty()) rec.framework = text["framework"];
    if (!text["inspection.type"].empty()) rec.inspection.type = to_lower_ascii(text["inspection.type"]);
    auto optional_text = [](const std::string& s) { return s.empty() ? std::nullopt : std::optional<std::string>(s); };
    if (!text["local_authority.name"].empty() || !text["local_authority.id"].empty() ||
        !text["local_authority.code"].empty() || !text["local_authority.urn"].empty())
        rec.local_authority = LocalAuthority{text["local_authority.name"], optional_text(text["local_authority.id"]),
                                             optional_text(text["local_authority.code"]), optional_text(text["local_authority.urn"])};
    const std::string& inspector = text["inspection.lead_inspector"];
    if (means_not_read(inspector, rules)) row.unread["inspection.lead_inspector"] = inspector;
    else if (!inspector.empty()) rec.inspection.lead_inspector = inspector;
    std::map<std::string, std::optional<Date>> dates;
    for (const char* field : {"inspection.start_date", "inspection.end_date", "inspection.published"}) {
        if (!row.fields.count(field)) continue;
        switch (date_cell(text[field], rules, &dates[field])) {
            case Cell::unread: row.unread[field] = text[field]; break;
            case Cell::invalid: problem("date", field, fmt::format("'{}' is not a date", text[field])); break;
            default: break;
        }
    }
    rec.inspection.published = dates["inspection.published"];
    const auto& start = dates["inspection.start_date"];
    const auto& end = dates["inspection.end_date"];
    if (start || end) rec.inspection.date_ranges.push_back({start.value_or(*end), end.value_or(*start)});
    for (const auto& [i, keys] : layout.grade_column) {
        const std::string key = resolve_key(keys, rec);
        const std::string field = "judgements." + key;
        row.fields.insert(field);
        row.columns[field] = table.header[i];
        std::string grade;
        switch (grade_cell(cell(i), rules, &grade)) {
            case Cell::value: rec.judgements.push_back({key, key, grade, collapse_spaces(cell(i)), std::nullopt}); break;
            case Cell::unread: row.unread[field] = collapse_spaces(cell(i)); break;
            case Cell::invalid: problem("vocabulary", field, fmt::format("'{}' is not a grade", collapse_spaces(cell(i)))); break;
            case Cell::empty: break;
        }
    }
    return row;
}

}  // namespace

const std::vector<std::string>& mappable_fields() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> v;
        for (const FieldSpec& spec : field_specs()) v.push_back(spec.name);
        return v;
    }();
    return names;
}

DatasetRows read_jsonl_rows(const std::string& name, const std::string& text) {
    DatasetRows out{name, {}, {}};
    std::istringstream in(text);
    long number = 0;
    for (std::string line; std::getline(in, line);) {
        ++number;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        nlohmann::json j;
        try {
            j = nlohmann::json::parse(line);
        } catch (const nlohmann::json::exception& e) {
            out.findings.push_back({name, number, {"schema", "(line)", fmt::format("not JSON ({})", e.what())}});
            continue;
        }
        Issues issues = check_record_json(j);
        try {
            out.rows.push_back({number, record_from_json(j)});
        } catch (const RecordFormatError& e) {
            // The schema check says why in detail; its own words only if it said nothing.
            if (issues.empty()) issues.push_back({"schema", "(record)", e.what()});
        }
        for (Issue& issue : issues) out.findings.push_back({name, number, std::move(issue)});
    }
    return out;
}

DatasetRows read_csv_rows(const std::string& name, const std::string& text, const ColumnMap& columns, const RuleSet& rules) {
    DatasetRows out{name, {}, {}};
    std::istringstream in(text);
    CsvTable table;
    try {
        table = read_csv(in);
    } catch (const CsvError& e) {
        throw DatasetError(fmt::format("{}: not CSV ({})", name, e.what()));
    }
    if (table.header.empty()) throw DatasetError(fmt::format("{}: empty", name));
    const TableLayout layout = layout_of(table, columns, rules, out);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        if (table.rows[r].size() == 1 && collapse_spaces(table.rows[r][0]).empty()) continue;
        out.rows.push_back(csv_row(table, r, layout, rules, out));
    }
    return out;
}

DatasetRows read_dataset_rows(const std::filesystem::path& path, const ColumnMap& columns, const RuleSet& rules) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw DatasetError(fmt::format("{}: cannot be read", path.string()));
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) throw DatasetError(fmt::format("{}: cannot be read", path.string()));
    if (text.rfind(std::string("SQLite format 3\0", 16), 0) == 0) {
        DatasetRows out{path.string(), {}, {}};
        long number = 0;
        for (Record& rec : read_dataset(path)) out.rows.push_back({++number, std::move(rec)});
        return out;
    }
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) throw DatasetError(fmt::format("{}: empty", path.string()));
    if (text[first] == '{') return read_jsonl_rows(path.string(), text);
    return read_csv_rows(path.string(), text, columns, rules);
}

}  // namespace ilacs
