// The document's kind, weighed from several signals (data/classify.rules): the title, the
// framework's section headings and judgement labels, the shape of an Ofsted report (its
// date and inspector labels, its closing page) and the shape of a council's paper. No one
// line decides a report's kind, so a renamed provider, a reflowed title or a lost title
// page still classify; papers, which quote reports, are told by their own sections.
#include "ilacs/classify/classify.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <re2/re2.h>

namespace ilacs {

namespace {

constexpr std::size_t kFrontLines = 60;  // a paper's front matter: the title block and the table
constexpr std::size_t kLeadLines = 15;   // where a report's title stands
constexpr std::size_t kTitleWindow = 4;  // a title wraps over up to four lines
constexpr int kTitleWeight = 3;          // a title outweighs two headings of another framework
constexpr int kEnoughForAKind = 2;       // a title, or two distinct headings

// The distinct rules of each value that matched somewhere.
using Signals = std::map<std::string, std::set<const Rule*>>;

void collect(const RuleSet& rules, std::string_view group, const std::string& text, Signals& into) {
    for (const Rule& r : rules.group(group))
        if (RE2::PartialMatch(text, *r.re)) into[r.value].insert(&r);
}

std::size_t distinct(const Signals& signals) {
    std::size_t n = 0;
    for (const auto& [value, matched] : signals) n += matched.size();
    return n;
}

}  // namespace

std::string classify(const Document& doc, const RuleSet& rules) {
    const std::vector<const Line*> lines = doc.content();
    const std::size_t front = std::min(lines.size(), kFrontLines);
    for (std::size_t i = 0; i < front; ++i)
        if (rules.any_match("kind_paper_front", lines[i]->norm)) return "committee_paper";

    Signals titles, headings, paper, ofsted, topic;
    for (std::size_t i = 0; i < std::min(lines.size(), kLeadLines); ++i) {
        std::string window;
        for (std::size_t j = i; j < lines.size() && j < i + kTitleWindow; ++j) {
            window += (window.empty() ? "" : " ") + lines[j]->norm;
            collect(rules, "kind_title", window, titles);
        }
    }
    for (const Line* l : lines) {
        collect(rules, "kind_heading", l->norm, headings);
        collect(rules, "kind_paper", l->norm, paper);
        collect(rules, "kind_ofsted", l->norm, ofsted);
        collect(rules, "kind_topic", l->norm, topic);
    }
    const std::size_t paper_signals = distinct(paper);
    const std::size_t ofsted_signals = distinct(ofsted);

    // A report or letter is Ofsted's: more of its shape than of a paper's. Papers quote
    // titles, tables and headings, but not the labels and closing page around them.
    if (ofsted_signals <= paper_signals)
        // A paper's sections, or an inspection named without Ofsted's shape: minutes,
        // statements and releases about an inspection are the council's papers.
        return paper_signals > 0 || !topic.empty() ? "committee_paper" : "unknown";
    // The kind with the most weight; ties go to the earlier rule in the file.
    std::string best = "unknown";
    int best_score = kEnoughForAKind - 1;
    for (const std::string_view group : {"kind_title", "kind_heading"}) {
        for (const Rule& r : rules.group(group)) {
            const auto headed = headings.find(r.value);
            const int score = (titles.count(r.value) ? kTitleWeight : 0) +
                              static_cast<int>(headed == headings.end() ? 0 : headed->second.size());
            if (score > best_score) {
                best = r.value;
                best_score = score;
            }
        }
    }
    // Below enough weight: another kind of Ofsted document.
    return best;
}

}  // namespace ilacs
