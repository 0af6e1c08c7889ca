// A committee paper's lists of what Ofsted said must improve (data/committee_lists.rules):
// the bullets under a heading such as "The specific areas for improvement identified in the
// report are:" or "The areas identified as needing more focus included:-", and the items a
// sentence gives inline ("Ofsted's recommendations included the requirements to X, to Y,
// and to Z"). Strengths, and the council's or a committee's own recommendations, are not.
#include <algorithm>

#include <re2/re2.h>

#include "ilacs/model/text_normalize.hpp"
#include "paper_stages.hpp"

namespace ilacs {

namespace {

// How far above a topic heading (or earlier in its paragraph) the inspection may be named.
constexpr std::size_t kContextBlocks = 6;

// Block h's last sentence introduces a list of what must improve.
bool is_list_heading(const std::vector<Block>& blocks, std::size_t h, const RuleSet& rules) {
    if (rules.any_match("committee_list_heading", blocks[h].norm)) return true;
    const std::vector<std::string> said = sentences(blocks[h].norm);
    if (said.empty()) return false;
    const std::string& last = said.back();
    if (rules.any_match("improve_not", last)) return false;
    if (rules.any_match("improve_intro", last) && rules.any_match("improve_subject", last) &&
        rules.any_match("improve_source", last))
        return true;
    if (!rules.any_match("improve_topic", last)) return false;
    if (rules.any_match("improve_source", blocks[h].norm)) return true;
    for (std::size_t above = h; above > 0 && h - above < kContextBlocks; --above)
        if (rules.any_match("improve_source", blocks[above - 1].norm)) return true;
    return false;
}

// The text of a list item: a bullet's, or a numbered paragraph's without its number under
// a heading that is not itself numbered (numbered paragraphs are then the paper's own).
std::optional<std::string> item_text(const Block& b, const Block& heading, const RuleSet& rules) {
    if (b.bullet) return b.text;
    if (rules.any_match("improve_item_number", heading.text)) return std::nullopt;
    for (const Rule& r : rules.group("improve_item_number")) {
        re2::StringPiece in(b.text);
        if (RE2::Consume(&in, *r.re)) return std::string(in);
    }
    return std::nullopt;
}

std::string trim_item(std::string item) {
    item = collapse_spaces(item);
    static const RE2 lead_and(R"(^(?:and|or)\s+)");
    RE2::Replace(&item, lead_and, "");
    while (!item.empty() && std::string(".;, ").find(item.back()) != std::string::npos) item.pop_back();
    return item;
}

// Inline items: split on semicolons, else before each repetition of the first item's first
// word after a comma ("to recruit ..., to improve ..., and to offer ..."), since items hold
// commas of their own.
std::vector<std::string> split_inline(const std::string& items) {
    std::vector<std::string> out;
    auto add = [&](const std::string& piece) {
        const std::string item = trim_item(piece);
        if (!item.empty()) out.push_back(item);
    };
    if (items.find(';') != std::string::npos) {
        std::size_t start = 0;
        for (std::size_t semi; (semi = items.find(';', start)) != std::string::npos; start = semi + 1)
            add(items.substr(start, semi - start));
        add(items.substr(start));
        return out;
    }
    const std::string first_word = items.substr(0, items.find(' '));
    const RE2 repeat("(, (?:and |or )?)" + RE2::QuoteMeta(first_word) + " ");
    std::size_t start = 0;
    re2::StringPiece in(items);
    re2::StringPiece separator;
    while (RE2::FindAndConsume(&in, repeat, &separator)) {
        const std::size_t at = static_cast<std::size_t>(separator.data() - items.data());
        add(items.substr(start, at - start));
        start = at + separator.size();
    }
    add(items.substr(start));
    return out;
}

// "X, Y and Z": split on commas, and the last piece before its last "and" when a
// determiner or a noun phrase follows it ("... of thresholds and the consideration of ...").
std::vector<std::string> split_series(const std::string& items) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t comma; (comma = items.find(", ", start)) != std::string::npos; start = comma + 2)
        out.push_back(trim_item(items.substr(start, comma - start)));
    std::string last = items.substr(start);
    static const RE2 last_and(R"(^(.+) and ((?:the|a|an|their|its) .+)$)");
    std::string head, tail;
    if (RE2::FullMatch(last, last_and, &head, &tail)) {
        out.push_back(trim_item(head));
        last = tail;
    }
    out.push_back(trim_item(last));
    out.erase(std::remove(out.begin(), out.end(), std::string()), out.end());
    return out;
}

void add_item(Record& rec, const std::string& text, std::optional<int> page) {
    const std::string key = normalize_for_matching(text);
    for (const Improvement& i : rec.improvements)
        if (normalize_for_matching(i.text) == key) return;
    rec.improvements.push_back({text, false, page, {}});
}

}  // namespace

void extract_paper_improvements(const Document& doc, const std::vector<Block>& blocks, const RuleSet& rules,
                                Record& rec) {
    for (std::size_t h = 0; h < blocks.size(); ++h) {
        if (!is_list_heading(blocks, h, rules)) {
            // Not a heading: a sentence of it may give its items inline.
            for (const std::string& s : sentences(blocks[h].norm)) {
                std::string items;
                const Rule* inline_list = rules.first_match("improve_inline", s, &items);
                if (!inline_list || items.empty()) continue;
                // Who found them is said around the items ("Ofsted's recommendations included
                // ...", "... were raised"), not inside them.
                const std::size_t at = s.rfind(items);
                const std::string around = s.substr(0, at) + s.substr(at + items.size());
                if (!rules.any_match("improve_source", around) || rules.any_match("improve_not", s)) continue;
                const bool series = inline_list->value == "series";
                if (series && !rules.any_match("improve_subject", blocks[h].norm)) continue;
                for (const std::string& item : series ? split_series(items) : split_inline(items))
                    if (!rules.any_match("improve_inline_not", item)) add_item(rec, item, page_of(doc, blocks[h].page));
            }
            continue;
        }
        // A heading that is itself a list item opens a nested list: there a gap, or a
        // bullet that steps back out, ends it.
        const bool nested = blocks[h].bullet;
        std::size_t i = h + 1;
        const double indent = i < blocks.size() ? blocks[i].x0 : 0;
        for (; i < blocks.size(); ++i) {
            const Block& b = blocks[i];
            const std::optional<std::string> text = item_text(b, blocks[h], rules);
            if (!text) break;
            if (i > h + 1 && (b.x0 < indent - 3 || (nested && b.gap_before))) break;
            if (!text->empty()) add_item(rec, *text, page_of(doc, b.page));
        }
        h = i - 1;
    }
}

}  // namespace ilacs
