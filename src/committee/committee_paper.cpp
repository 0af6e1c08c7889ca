// Committee papers: meeting, inspection reported, judgements, improvements, action plans.
#include "paper_stages.hpp"

#include <algorithm>
#include <cmath>

#include <re2/re2.h>

#include "ilacs/model/text_normalize.hpp"

namespace ilacs {

namespace {

// Removes the block's bullet from the start of text; true when there was one.
bool strip_bullet(std::string& text, const RuleSet& rules) {
    for (const Rule& r : rules.group("committee_bullet")) {
        re2::StringPiece in(text);
        if (RE2::Consume(&in, *r.re)) {
            text = std::string(in);
            return true;
        }
    }
    return false;
}

bool starts_lower(const std::string& text) {
    const std::size_t first = text.find_first_not_of(" \t");
    return first != std::string::npos && text[first] >= 'a' && text[first] <= 'z';
}

bool ends_sentence(const std::string& text) {
    return !text.empty() && std::string(".:;?!").find(text.back()) != std::string::npos;
}

}  // namespace

std::vector<Block> paper_blocks(const std::vector<const Line*>& lines, const RuleSet& rules) {
    std::vector<Block> out;
    const Line* previous = nullptr;
    bool bare_bullet = false;  // the open block is a bullet that stood alone on its line
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& l = *lines[i];
        std::string text = l.text;
        const bool bullet = strip_bullet(text, rules);
        const double em = std::max(6.0, l.font_size);
        const bool gap = previous && previous->page == l.page && l.y0 - previous->y1 > 0.6 * em;
        bool continues = previous && !bullet && !gap && previous->bold == l.bold &&
                         std::fabs(previous->font_size - l.font_size) < 1.0 &&
                         !rules.any_match("committee_paragraph_start", l.norm);
        // A paragraph broken by a page break goes on where the sentence does; a list
        // item's wrapped lines hang right of its bullet.
        if (continues && previous->page != l.page) continues = !ends_sentence(out.back().text);
        // A bullet alone on its line (text copied from print) takes the lines below as its
        // text, up to the end of a sentence.
        else if (continues && bare_bullet) continues = !ends_sentence(out.back().text);
        // A wrapped line set flush with the bullet (text reflowed without its indent) goes on
        // too where the item's sentence does and the line starts in lower case.
        else if (continues && out.back().bullet)
            continues = l.x0 > out.back().x0 + 0.5 * em || (!ends_sentence(out.back().text) && starts_lower(text));
        if (continues) {
            join_wrapped(out.back().text, collapse_spaces(text));
        } else {
            out.push_back(Block{collapse_spaces(text), "", i, l.page, l.x0, bullet, !previous || gap || previous->page != l.page});
            bare_bullet = bullet && out.back().text.empty();
        }
        previous = &l;
    }
    for (Block& b : out) b.norm = normalize_for_matching(b.text);
    return out;
}

std::vector<std::string> sentences(const std::string& norm) {
    // A sentence ends at ". " before a capital, a digit or a quote, unless the word before
    // the full stop is a title or an abbreviation, or a number that numbers ("Question 3.").
    static const RE2 boundary(R"(([.!?]["']?)\s+["'(]?[A-Z0-9])");
    static const RE2 abbreviation(
        R"((?i)(?:^|\s)(?:mr|mrs|ms|dr|cllr|st|no|e\.g|i\.e|etc|para|(?:question|section|appendix|paragraph|item) \d{1,2})$)");
    std::vector<std::string> out;
    std::size_t start = 0;
    re2::StringPiece in(norm);
    re2::StringPiece stop;
    while (RE2::FindAndConsume(&in, boundary, &stop)) {
        const std::size_t end = static_cast<std::size_t>(stop.data() - norm.data()) + stop.size();
        const std::string before = norm.substr(start, static_cast<std::size_t>(stop.data() - norm.data()) - start);
        if (RE2::PartialMatch(before, abbreviation)) continue;
        out.push_back(norm.substr(start, end - start));
        start = end + 1;
        in = re2::StringPiece(norm.data() + start, norm.size() - start);
    }
    if (start < norm.size()) out.push_back(norm.substr(start));
    return out;
}

std::string elsewhere(const std::string& sentence, const RuleSet& rules, const std::vector<int>& years) {
    if (const Rule* r = rules.first_match("committee_elsewhere", sentence)) return r->id;
    if (years.empty()) return "";
    // A financial or school year ("2023/24", "2023-24") is the paper's when either of its years is.
    static const RE2 year(R"(\b((?:19|20)\d\d)(?:[/-](\d\d))?\b)");
    re2::StringPiece in(sentence);
    int y = 0;
    std::string next;
    auto own = [&](int candidate) { return std::find(years.begin(), years.end(), candidate) != years.end(); };
    while (RE2::FindAndConsume(&in, year, &y, &next))
        if (!own(y) && (next.empty() || !own(y / 100 * 100 + std::stoi(next)))) return "a year outside the inspection";
    return "";
}

std::optional<int> page_of(const Document& doc, int page) {
    return doc.paged ? std::optional<int>(page) : std::nullopt;
}

void extract_committee_paper(const Document& doc, const RuleSet& rules, Record& rec) {
    const std::vector<const Line*> lines = doc.content();
    const std::vector<Block> blocks = paper_blocks(lines, rules);
    extract_meeting(doc, rules, rec);
    const ReportedInspection reported = extract_reported_inspection(blocks, rules, rec);
    extract_paper_authority(lines, blocks, rules, rec);
    extract_paper_judgements(doc, blocks, rules, reported, rec);
    extract_paper_improvements(doc, blocks, rules, rec);
    extract_action_plan(lines, doc.paged, rules, rec);
}

}  // namespace ilacs
