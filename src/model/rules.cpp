#include "ilacs/model/rules.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace ilacs {

namespace {

const std::vector<Rule> kNoRules;

bool valid_id(const std::string& id) {
    static const RE2 re(R"([a-z][a-z0-9_]*(\.[a-z0-9_]+)+)");
    return RE2::FullMatch(id, re);
}

// Parses one file's text; appends problems as "file:line: reason".
void parse_rules(const std::string& text, const std::string& file,
                 std::map<std::string, std::vector<Rule>, std::less<>>& groups,
                 std::vector<std::string>& problems) {
    std::istringstream in(text);
    std::string raw;
    int number = 0;
    while (std::getline(in, raw)) {
        ++number;
        if (!raw.empty() && raw.back() == '\r') raw.pop_back();
        const std::size_t start = raw.find_first_not_of(" \t");
        if (start == std::string::npos || raw[start] == '#') continue;
        const std::size_t id_end = raw.find_first_of(" \t", start);
        const std::string id = raw.substr(start, id_end == std::string::npos ? std::string::npos : id_end - start);
        if (!valid_id(id)) {
            problems.push_back(fmt::format("{}:{}: '{}' is not a rule id (group.name: lower case, digits, _)",
                                           file, number, id));
            continue;
        }
        std::string pattern;
        if (id_end != std::string::npos) {
            const std::size_t p = raw.find_first_not_of(" \t", id_end);
            if (p != std::string::npos) pattern = raw.substr(p);
        }
        while (!pattern.empty() && (pattern.back() == ' ' || pattern.back() == '\t')) pattern.pop_back();
        if (pattern.empty()) {
            problems.push_back(fmt::format("{}:{}: rule '{}' has no pattern", file, number, id));
            continue;
        }
        RE2::Options options;
        options.set_log_errors(false);
        auto re = std::make_shared<const RE2>(pattern, options);
        if (!re->ok()) {
            problems.push_back(fmt::format("{}:{}: rule '{}': {}", file, number, id, re->error()));
            continue;
        }
        const std::size_t dot = id.rfind('.');
        Rule rule{id, id.substr(dot + 1), pattern, file, number, std::move(re)};
        groups[id.substr(0, dot)].push_back(std::move(rule));
    }
}

}  // namespace

RuleSet RuleSet::from_text(const std::string& text, const std::string& name) {
    RuleSet set;
    std::vector<std::string> problems;
    parse_rules(text, name, set.groups_, problems);
    if (!problems.empty()) {
        std::string all;
        for (const auto& p : problems) all += (all.empty() ? "" : "\n") + p;
        throw RulesError(all);
    }
    return set;
}

RuleSet RuleSet::load(const std::filesystem::path& dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        throw RulesError(fmt::format("{}: not a directory of rule files", dir.string()));
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.path().extension() == ".rules") files.push_back(entry.path());
    if (files.empty()) throw RulesError(fmt::format("{}: no *.rules files", dir.string()));
    std::sort(files.begin(), files.end());
    RuleSet set;
    std::vector<std::string> problems;
    for (const auto& f : files) {
        std::ifstream in(f);
        if (!in) {
            problems.push_back(fmt::format("{}: cannot be read", f.string()));
            continue;
        }
        std::stringstream buffer;
        buffer << in.rdbuf();
        parse_rules(buffer.str(), f.string(), set.groups_, problems);
    }
    const std::filesystem::path authorities = dir / "local_authorities.csv";
    if (std::filesystem::exists(authorities, ec)) {
        try {
            set.authorities_ = std::make_shared<AuthorityTable>(AuthorityTable::load(authorities));
        } catch (const RulesError& e) {
            problems.push_back(e.what());
        }
    }
    if (!problems.empty()) {
        std::string all;
        for (const auto& p : problems) all += (all.empty() ? "" : "\n") + p;
        throw RulesError(all);
    }
    return set;
}

const std::vector<Rule>& RuleSet::group(std::string_view group) const {
    const auto it = groups_.find(group);
    return it == groups_.end() ? kNoRules : it->second;
}

const Rule* RuleSet::first_match(std::string_view group_name, std::string_view text) const {
    for (const Rule& r : group(group_name))
        if (RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *r.re)) return &r;
    return nullptr;
}

const Rule* RuleSet::first_match(std::string_view group_name, std::string_view text, std::string* capture) const {
    for (const Rule& r : group(group_name)) {
        const re2::StringPiece in(text.data(), text.size());
        if (r.re->NumberOfCapturingGroups() == 0) {
            if (RE2::PartialMatch(in, *r.re)) {
                if (capture) capture->clear();
                return &r;
            }
        } else if (RE2::PartialMatch(in, *r.re, capture)) {
            return &r;
        }
    }
    return nullptr;
}

std::size_t RuleSet::size() const {
    std::size_t n = 0;
    for (const auto& [name, rules] : groups_) n += rules.size();
    return n;
}

void RuleSet::merge(RuleSet other) {
    for (auto& [name, rules] : other.groups_) {
        auto& mine = groups_[name];
        for (auto& r : rules) mine.push_back(std::move(r));
    }
}

std::filesystem::path default_rules_dir() {
    if (const char* env = std::getenv("ILACS_RULES"); env && *env) return env;
    std::error_code ec;
    // An installed binary finds the rules beside it (bin/../share/ilacs/data) wherever the
    // tree was moved; a binary run from its build directory uses the source tree's.
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const auto beside = exe.parent_path().parent_path() / "share" / "ilacs" / "data";
        if (std::filesystem::is_directory(beside, ec)) return beside;
    }
    if (std::filesystem::is_directory(ILACS_SOURCE_RULES_DIR, ec)) return ILACS_SOURCE_RULES_DIR;
    return ILACS_INSTALLED_RULES_DIR;
}

}  // namespace ilacs
