// Rules as data: RE2 patterns in the *.rules files of a directory, loaded at start-up.
//
// A rule file holds one rule a line, "<id> <pattern>", with '#' comments and blank lines.
// An id names a group and, after its last dot, the value a match stands for
// ("judgement.help_and_protection", "grade.good"); several lines may share an id, and
// within a group the rules are tried in file order.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "ilacs/model/authorities.hpp"

namespace ilacs {

struct Rule {
    std::string id;       // "judgement.help_and_protection"
    std::string value;    // the part after the group: "help_and_protection"
    std::string pattern;
    std::string file;     // where it was written, for diagnostics
    int line = 0;
    std::shared_ptr<const re2::RE2> re;
};

// A rule file that cannot be used; what() is "file:line: reason".
class RulesError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class RuleSet {
public:
    // Loads every *.rules file in dir, in name order. Throws RulesError naming the first
    // broken line of each bad file (all of them, one per line of what()).
    static RuleSet load(const std::filesystem::path& dir);
    // Loads rules from text, as if read from a file called name (tests).
    static RuleSet from_text(const std::string& text, const std::string& name = "<text>");

    // Rules of a group ("grade" holds "grade.good", "grade.inadequate", ...), in file order.
    const std::vector<Rule>& group(std::string_view group) const;

    // The first rule of the group that finds a match in text (partial match), if any.
    const Rule* first_match(std::string_view group, std::string_view text) const;
    // The same, filling the first capture group of that rule into *capture when it has one.
    const Rule* first_match(std::string_view group, std::string_view text, std::string* capture) const;
    bool any_match(std::string_view group, std::string_view text) const {
        return first_match(group, text) != nullptr;
    }

    std::size_t size() const;

    // The authorities table of the same directory (local_authorities.csv beside the rule
    // files); empty when the directory has none, so that nothing matches an authority.
    const AuthorityTable& authorities() const { return *authorities_; }
    void merge(RuleSet other);

private:
    std::map<std::string, std::vector<Rule>, std::less<>> groups_;
    std::shared_ptr<const AuthorityTable> authorities_ = std::make_shared<AuthorityTable>();
};

// Where rules come from: the --rules option, else $ILACS_RULES, else the data directory
// beside the source tree of this build or the installed one.
std::filesystem::path default_rules_dir();

}  // namespace ilacs
