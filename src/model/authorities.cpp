#include "ilacs/model/authorities.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <utility>

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
    out.index();
    return out;
}

std::string AuthorityTable::name_key(std::string_view name) {
    std::string spelt;
    for (const char c : name) spelt += c == '&' ? std::string(" and ") : std::string(1, c);
    return snake_case(spelt);
}

namespace {

constexpr std::size_t kShared = static_cast<std::size_t>(-1);

// A name as a pattern: its key's words, "and" also as "&", separated by any run of spaces,
// hyphens, full stops and commas ("St. Helens", "Stoke-on-Trent", "Bournemouth, Christchurch
// and Poole").
std::string name_pattern(const std::string& key) {
    std::string out;
    std::size_t pos = 0;
    while (pos < key.size()) {
        const std::size_t end = std::min(key.find('_', pos), key.size());
        const std::string word = key.substr(pos, end - pos);
        if (word == "and") out += R"((?:[\s.,-]*&[\s.,-]*|[\s.,-]+and[\s.,-]+))";
        else out += (out.empty() || out.back() == ')' ? "" : R"([\s.,-]+)") + word;
        pos = end + 1;
    }
    return out;
}

// The short form a place named for its river or county is called by ("Richmond upon Thames",
// "Stockton-on-Tees", "East Riding of Yorkshire" are "Richmond", "Stockton", "East Riding"),
// or "" when it has none. A short form two rows share names neither.
std::string short_form(const std::string& name) {
    static const RE2 qualifier(R"((?i)^(.+?)(?:[\s-]+(?:upon|on)[\s-]+\w+|\s+of\s+yorkshire)$)");
    std::string place;
    return RE2::FullMatch(name, qualifier, &place) ? place : std::string();
}

}  // namespace

void AuthorityTable::index() {
    std::vector<std::string> patterns;
    auto add = [&](const std::string& name, std::size_t row) {
        const std::string key = name_key(name);
        if (key.empty()) return;
        const auto [it, added] = by_key_.emplace(key, row);
        if (!added && it->second != row) it->second = kShared;
        if (added) patterns.push_back(name_pattern(key));
    };
    // The names the table gives first; a short form made from them only where no row's name
    // is already that ("Kingston" is Kingston upon Thames's other name, not Hull's).
    std::vector<std::pair<std::string, std::size_t>> short_forms;
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        std::vector<std::string> names = rows_[i].also_known_as;
        names.push_back(rows_[i].name);
        names.push_back(rows_[i].id);
        for (const std::string& n : names) {
            add(n, i);
            if (std::string place = short_form(n); !place.empty()) short_forms.emplace_back(std::move(place), i);
        }
    }
    std::set<std::string> named;
    for (const auto& entry : by_key_) named.insert(entry.first);
    for (const auto& [place, row] : short_forms)
        if (named.count(name_key(place)) == 0) add(place, row);
    if (patterns.empty()) return;
    // Longest first: where two names start at one place ("Bournemouth" and "Bournemouth,
    // Christchurch and Poole") the longer is the one meant.
    std::stable_sort(patterns.begin(), patterns.end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    std::string all;
    for (const std::string& p : patterns) all += (all.empty() ? "" : "|") + p;
    RE2::Options options;
    options.set_case_sensitive(false);
    names_pattern_ = std::make_shared<RE2>(R"(\b()" + all + R"()\b)", options);
}

const Authority* AuthorityTable::by_name(std::string_view name) const {
    const auto it = by_key_.find(name_key(name));
    return it == by_key_.end() || it->second == kShared ? nullptr : &rows_[it->second];
}

const Authority* AuthorityTable::by_name_start(std::string_view name) const {
    const std::string start = name_key(name);
    if (start.empty()) return nullptr;
    std::size_t found = kShared;
    for (auto it = by_key_.lower_bound(start); it != by_key_.end() && it->first.compare(0, start.size(), start) == 0; ++it) {
        if (it->first.size() > start.size() && it->first[start.size()] != '_') continue;
        if (it->second == kShared) return nullptr;
        if (found != kShared && found != it->second) return nullptr;
        found = it->second;
    }
    return found == kShared ? nullptr : &rows_[found];
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
