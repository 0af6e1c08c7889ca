#include "ilacs/model/authorities.hpp"

#include <fstream>

#include <fmt/format.h>

#include "ilacs/model/csv.hpp"
#include "ilacs/model/rules.hpp"
#include "ilacs/model/text_normalize.hpp"

namespace ilacs {

namespace {

std::vector<std::string> split_list(const std::string& s) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos <= s.size()) {
        const std::size_t end = std::min(s.find(';', pos), s.size());
        const std::string item = collapse_spaces(s.substr(pos, end - pos));
        if (!item.empty()) out.push_back(item);
        pos = end + 1;
    }
    return out;
}

// The id SPEC.md asks for: the slug of the ONS name, ", City of" dropped.
std::string id_of(std::string name) {
    const std::string city = ", City of";
    if (name.size() > city.size() && name.compare(name.size() - city.size(), city.size(), city) == 0)
        name.erase(name.size() - city.size());
    return snake_case(name);
}

}  // namespace

AuthorityTable AuthorityTable::load(const std::filesystem::path& csv) {
    std::ifstream in(csv);
    if (!in) throw RulesError(fmt::format("{}: cannot be read", csv.string()));
    CsvTable table;
    try {
        table = read_csv(in);
    } catch (const CsvError& e) {
        throw RulesError(fmt::format("{}: {}", csv.string(), e.what()));
    }
    const char* required[] = {"urn", "la_code", "ons_code", "name", "also_known_as", "la_type",
                              "region_code", "region_name", "domain", "stat_neighbours_la_codes"};
    std::vector<int> col;
    for (const char* name : required) {
        col.push_back(table.column(name));
        if (col.back() < 0) throw RulesError(fmt::format("{}:1: no column '{}'", csv.string(), name));
    }
    AuthorityTable out;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        auto cell = [&](std::size_t i) { return static_cast<std::size_t>(col[i]) < row.size() ? row[col[i]] : std::string(); };
        Authority a{cell(0), cell(1), cell(2), cell(3), split_list(cell(4)), cell(5), cell(6), cell(7), cell(8),
                    split_list(cell(9)), id_of(cell(3))};
        if (a.code.empty() || a.name.empty())
            throw RulesError(fmt::format("{}:{}: a row without its la_code or name", csv.string(), table.lines[r]));
        out.rows_.push_back(std::move(a));
    }
    return out;
}

const Authority* AuthorityTable::by_code(const std::string& code) const {
    for (const Authority& a : rows_)
        if (a.code == code) return &a;
    return nullptr;
}

const Authority* AuthorityTable::by_urn(const std::string& urn) const {
    for (const Authority& a : rows_)
        if (a.urn == urn) return &a;
    return nullptr;
}

const Authority* AuthorityTable::by_id(const std::string& id) const {
    for (const Authority& a : rows_)
        if (a.id == id) return &a;
    return nullptr;
}

}  // namespace ilacs
