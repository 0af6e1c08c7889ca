#include "ilacs/themes/themes.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include <re2/re2.h>

#include "ilacs/model/text_normalize.hpp"

namespace ilacs {

namespace {

// Text set aside (a purpose, or a wording already claimed) is overwritten with this, which
// no theme wording contains, so that no later rule matches across it.
constexpr char kSetAside = '~';

// Where a word stands in the item, in the order themes rank: the main demand (the first
// clause), a qualifier of it, a later sentence, a qualifier there.
enum Standing : int { kMain = 0, kQualifier = 1, kLater = 2, kLaterQualifier = 3 };

struct Span {
    std::size_t begin = 0, end = 0;
};

// Every match of a rule, left to right, without overlaps; with `claimed`, the span of its
// first capture group when the rule has one and it took part, else the whole match.
std::vector<Span> matches(const Rule& rule, const std::string& text, bool claimed) {
    const RE2& re = *rule.re;
    const int groups = std::min(re.NumberOfCapturingGroups(), 1);
    re2::StringPiece found[2];
    const re2::StringPiece in(text);
    std::vector<Span> out;
    std::size_t pos = 0;
    while (pos <= text.size() && re.Match(in, pos, text.size(), RE2::UNANCHORED, found, groups + 1)) {
        const std::size_t begin = static_cast<std::size_t>(found[0].data() - text.data());
        const std::size_t end = begin + found[0].size();
        Span span{begin, end};
        if (claimed && groups == 1 && found[1].data() != nullptr) {
            span.begin = static_cast<std::size_t>(found[1].data() - text.data());
            span.end = span.begin + found[1].size();
        }
        out.push_back(span);
        pos = end > begin ? end : end + 1;
    }
    return out;
}

bool is_clause_end(const std::string& text, std::size_t i) {
    return (text[i] == '.' || text[i] == ';') && (i + 1 == text.size() || text[i + 1] == ' ');
}

// Where the clause that holds position `from` ends: its '.' or ';', or the end of the text.
std::size_t clause_end(const std::string& text, std::size_t from) {
    for (std::size_t i = from; i < text.size(); ++i)
        if (is_clause_end(text, i)) return i;
    return text.size();
}

void set_aside(std::string& text, std::size_t begin, std::size_t end, char with) {
    std::fill(text.begin() + static_cast<std::ptrdiff_t>(begin), text.begin() + static_cast<std::ptrdiff_t>(end), with);
}

std::vector<std::string> themes_of(const std::string& normalised, const RuleSet& rules, bool purposes_apart) {
    std::string text = normalised;
    for (const Rule& r : rules.group("theme_neutral"))
        for (const Span& s : matches(r, text, true)) set_aside(text, s.begin, s.end, ' ');

    std::vector<int> standing(text.size(), kMain);
    if (const std::size_t end = clause_end(text, 0); end < text.size())
        std::fill(standing.begin() + static_cast<std::ptrdiff_t>(end) + 1, standing.end(), kLater);
    if (purposes_apart)
        for (const Rule& r : rules.group("theme_purpose"))
            for (const Span& s : matches(r, text, false)) set_aside(text, s.begin, clause_end(text, s.begin), kSetAside);
    for (const Rule& r : rules.group("theme_qualifier"))
        for (const Span& s : matches(r, text, false))
            for (std::size_t i = s.begin, end = clause_end(text, s.begin); i < end; ++i)
                if (standing[i] == kMain || standing[i] == kLater) standing[i] += 1;

    // theme id -> (standing, position) of its first naming
    std::map<std::string, std::pair<int, std::size_t>> named;
    // A generic wording ("plans") names what is to improve only in the head of the main
    // demand, before any specific wording: after one it is that theme's object or context.
    std::size_t first_specific = text.size();
    const auto read = [&](const std::vector<Rule>& group, bool generic) {
        for (const Rule& r : group)
            for (const Span& s : matches(r, text, true)) {
                if (s.begin == s.end || text.find(kSetAside, s.begin) < s.end) continue;
                if (generic && (standing[s.begin] != kMain || s.begin > first_specific)) continue;
                if (!generic && standing[s.begin] == kMain) first_specific = std::min(first_specific, s.begin);
                const std::pair<int, std::size_t> where{standing[s.begin], s.begin};
                const auto [it, fresh] = named.emplace(r.value, where);
                if (!fresh && where < it->second) it->second = where;
                set_aside(text, s.begin, s.end, kSetAside);
            }
    };
    read(rules.group("theme"), false);
    read(rules.group("theme_generic"), true);

    std::vector<std::pair<std::pair<int, std::size_t>, std::string>> ranked;
    for (const auto& [id, where] : named) ranked.emplace_back(where, id);
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::string> out;
    for (const auto& entry : ranked) {
        if (out.size() == kMaxThemes) break;
        out.push_back(entry.second);
    }
    return out;
}

}  // namespace

std::vector<std::string> improvement_themes(std::string_view text, const RuleSet& rules) {
    const std::string normalised = normalize_for_matching(text);
    std::vector<std::string> themes = themes_of(normalised, rules, true);
    // An item whose only demand stands in its purpose ("Strengthen frontline practice to
    // support children at risk of ...") is read whole (TAXONOMY G1's empty lead).
    if (themes.empty()) themes = themes_of(normalised, rules, false);
    return themes;
}

void assign_themes(std::vector<Improvement>& improvements, const RuleSet& rules) {
    for (Improvement& item : improvements) item.themes = improvement_themes(item.text, rules);
}

}  // namespace ilacs
