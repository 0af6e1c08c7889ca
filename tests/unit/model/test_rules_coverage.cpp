// Every rule under data/ is exercised: each rule matches at least one example of its id in
// rule_examples.tsv, and each example there matches some rule of its id (STYLE.md item 10).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include <fmt/format.h>

#include "support.hpp"

namespace fs = std::filesystem;

namespace {

struct Example {
    int line = 0;
    std::string id, text;
};

const std::string kExamplesName = "tests/unit/rule_examples.tsv";

std::vector<Example> examples() {
    std::ifstream in(ILACS_TEST_RULE_EXAMPLES);
    REQUIRE_MESSAGE(in, "cannot read " << ILACS_TEST_RULE_EXAMPLES);
    std::vector<Example> out;
    std::string raw;
    for (int n = 1; std::getline(in, raw); ++n) {
        if (raw.empty() || raw[0] == '#') continue;
        const std::size_t tab = raw.find('\t');
        if (tab == std::string::npos || tab == 0 || tab + 1 == raw.size()) {
            FAIL_CHECK(fmt::format("{}:{}: not '<rule id><TAB><example>'", kExamplesName, n));
            continue;
        }
        out.push_back({n, raw.substr(0, tab), raw.substr(tab + 1)});
    }
    return out;
}

// The groups of every rule file, from each rule line's first word: the RuleSet is asked
// for the rules of each group, so none is missed whatever its name.
std::set<std::string> rule_groups(const fs::path& dir) {
    std::set<std::string> groups;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".rules") continue;
        std::ifstream in(entry.path());
        for (std::string raw; std::getline(in, raw);) {
            const std::size_t start = raw.find_first_not_of(" \t");
            if (start == std::string::npos || raw[start] == '#') continue;
            const std::string id = raw.substr(start, raw.find_first_of(" \t", start) - start);
            groups.insert(id.substr(0, id.rfind('.')));
        }
    }
    return groups;
}

bool matches(const ilacs::Rule& rule, const std::string& text) { return RE2::PartialMatch(text, *rule.re); }

}  // namespace

TEST_CASE("rules_coverage: every rule matches an example of its id") {
    const std::vector<Example> all = examples();
    const ilacs::RuleSet& rules = ilacs::test::rules();
    std::size_t checked = 0;
    for (const std::string& group : rule_groups(ILACS_TEST_RULES_DIR)) {
        for (const ilacs::Rule& rule : rules.group(group)) {
            ++checked;
            const bool exercised = std::any_of(all.begin(), all.end(), [&](const Example& e) {
                return e.id == rule.id && matches(rule, e.text);
            });
            if (!exercised)
                FAIL_CHECK(fmt::format("data/{}:{}: rule {} ({}) matches no example of its id in {}",
                                       fs::path(rule.file).filename().string(), rule.line, rule.id, rule.pattern,
                                       kExamplesName));
        }
    }
    CHECK(checked == rules.size());
}

TEST_CASE("rules_coverage: every example matches a rule of its id") {
    const ilacs::RuleSet& rules = ilacs::test::rules();
    for (const Example& e : examples()) {
        const std::string group = e.id.substr(0, e.id.rfind('.'));
        bool known = false, matched = false;
        for (const ilacs::Rule& rule : rules.group(group)) {
            if (rule.id != e.id) continue;
            known = true;
            matched = matched || matches(rule, e.text);
        }
        if (!known)
            FAIL_CHECK(fmt::format("{}:{}: no rule has the id {}", kExamplesName, e.line, e.id));
        else if (!matched)
            FAIL_CHECK(fmt::format("{}:{}: no rule {} matches '{}'", kExamplesName, e.line, e.id, e.text));
    }
}
