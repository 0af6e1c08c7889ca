#include "ilacs/history/wording.hpp"

#include <algorithm>
#include <set>
#include <string_view>
#include <tuple>

#include "ilacs/model/text_normalize.hpp"

namespace ilacs {

namespace {

// Words that every improvement list uses whatever its subject: English function words and
// the stock words of Ofsted's lists ("Ensure that the quality of ... for children").
const std::set<std::string, std::less<>>& noise_words() {
    static const std::set<std::string, std::less<>> words = {
        "a", "all", "an", "and", "any", "are", "as", "at", "be", "been", "being", "by", "can", "do", "does",
        "for", "from", "has", "have", "how", "in", "into", "is", "it", "its", "more", "most", "of", "on", "or",
        "so", "such", "that", "the", "their", "them", "there", "these", "they", "this", "those", "through",
        "to", "was", "were", "when", "where", "which", "who", "whom", "whose", "will", "with", "within",
        // stock words of the lists
        "child", "children", "young", "people", "person", "family", "families", "ensure", "ensuring",
        "improve", "improving", "improvement", "improvements", "quality", "timeliness", "timely",
        "effective", "effectiveness", "consistent", "consistently", "including", "practice", "need", "needs",
        "local", "authority", "service", "services"};
    return words;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// A light stem: plurals (Porter's step 1a), then one common suffix, so that the forms of a
// word in two reports meet: "assessments", "assessment", "assessed" all give "assess".
std::string stem(std::string w) {
    if (ends_with(w, "sses")) w.erase(w.size() - 2);
    else if (ends_with(w, "ies") && w.size() > 4) w.replace(w.size() - 3, 3, "y");
    else if (ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us") && w.size() > 3) w.pop_back();
    for (std::string_view suffix : {"ment", "ness", "ation", "ion", "ing", "ed", "ly"}) {
        if (!ends_with(w, suffix) || w.size() < suffix.size() + 3) continue;
        w.erase(w.size() - suffix.size());
        // "planning" -> "plann" -> "plan"; "assess" keeps its double s
        const std::size_t n = w.size();
        if ((suffix == "ing" || suffix == "ed") && w[n - 1] == w[n - 2] && !is_vowel(w[n - 1]) && w[n - 1] != 's' &&
            w[n - 1] != 'l')
            w.pop_back();
        break;
    }
    return w;
}

// The text without its cross-references: a parenthesis that holds a number ("(paragraph
// 25)", "(outcome 4, national framework)") points elsewhere and says nothing of the subject,
// while one without ("(MASH)") may name it.
std::string without_references(const std::string& text) {
    std::string out;
    std::size_t at = 0;
    for (std::size_t open; (open = text.find('(', at)) != std::string::npos;) {
        const std::size_t close = text.find(')', open);
        if (close == std::string::npos) break;
        const std::string inside = text.substr(open, close - open);
        const bool reference = inside.find_first_of("0123456789") != std::string::npos;
        out += text.substr(at, open - at) + (reference ? " " : text.substr(open, close + 1 - open));
        at = close + 1;
    }
    return out + text.substr(at);
}

std::set<std::string> content_stems(const std::string& text) {
    std::set<std::string> stems;
    std::string word;
    const std::string lower = to_lower_ascii(normalize_for_matching(without_references(text))) + ' ';
    for (char c : lower) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            word += c;
            continue;
        }
        if (word.size() > 1 && noise_words().count(word) == 0) stems.insert(stem(word));
        word.clear();
    }
    return stems;
}

}  // namespace

double wording_similarity(const std::string& a, const std::string& b) {
    const std::set<std::string> sa = content_stems(a), sb = content_stems(b);
    if (sa.empty() || sb.empty()) return 0;
    std::size_t shared = 0;
    for (const std::string& s : sa) shared += sb.count(s);
    return 2.0 * static_cast<double>(shared) / static_cast<double>(sa.size() + sb.size());
}

std::vector<WordingPair> pair_by_wording(const std::vector<std::string>& before, const std::vector<std::string>& after) {
    std::vector<std::tuple<double, std::size_t, std::size_t>> candidates;
    for (std::size_t i = 0; i < before.size(); ++i)
        for (std::size_t j = 0; j < after.size(); ++j)
            if (const double s = wording_similarity(before[i], after[j]); s >= kPairingThreshold) candidates.emplace_back(s, i, j);
    // Most alike first; ties in list order, so that the result does not depend on the sort.
    std::sort(candidates.begin(), candidates.end(), [](const auto& x, const auto& y) {
        if (std::get<0>(x) != std::get<0>(y)) return std::get<0>(x) > std::get<0>(y);
        return std::tie(std::get<1>(x), std::get<2>(x)) < std::tie(std::get<1>(y), std::get<2>(y));
    });
    std::vector<bool> before_used(before.size()), after_used(after.size());
    std::vector<WordingPair> pairs;
    for (const auto& [similarity, i, j] : candidates) {
        if (before_used[i] || after_used[j]) continue;
        before_used[i] = after_used[j] = true;
        pairs.push_back({i, j, similarity});
    }
    std::sort(pairs.begin(), pairs.end(), [](const WordingPair& x, const WordingPair& y) { return *x.before < *y.before; });
    for (std::size_t i = 0; i < before.size(); ++i)
        if (!before_used[i]) pairs.push_back({i, std::nullopt, 0});
    for (std::size_t j = 0; j < after.size(); ++j)
        if (!after_used[j]) pairs.push_back({std::nullopt, j, 0});
    return pairs;
}

}  // namespace ilacs
