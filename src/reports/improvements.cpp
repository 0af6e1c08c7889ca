// The improvement list: ILACS "What needs to improve?", SIF "What does the local authority
// need to improve?" (priority and immediate action items flagged), legacy "Areas for
// improvement". Items are kept whole across line and page breaks, bullets and footnote
// markers removed, up to the next section.
#include <algorithm>
#include <cmath>

#include <re2/re2.h>

#include "ilacs/model/paragraphs.hpp"
#include "ilacs/model/text_normalize.hpp"
#include "ilacs/reports/extractors.hpp"

namespace ilacs {

namespace {

// How far right of an item's bullet a bullet of its own sub-list stands, in points.
constexpr double kSubListIndent = 8;

// Removes the first matching rule's match from the start of text; returns that rule.
const Rule* strip_leading(std::string& text, const RuleSet& rules, std::string_view group) {
    for (const Rule& r : rules.group(group)) {
        re2::StringPiece in(text);
        if (RE2::Consume(&in, *r.re)) {
            text = std::string(in);
            return &r;
        }
    }
    return nullptr;
}

// An item as read: its own lines, then its sub-bullets.
struct Draft {
    Improvement item;
    std::vector<std::string> parts;
    std::string bullet;  // glyph, number, letter, roman, dash; empty for a paragraph
    std::size_t head_lines = 1;
    int number = 0;          // a numbered item's number
    int part_number = 0;     // the last number of its own numbered sub-list
    bool parts_are_glyphs = true;  // only glyph and dash parts can be items under a theme
};

// The number a numbered bullet gives ("12." and "(3)" give 12 and 3), 0 for any other.
int leading_number(const std::string& text) {
    static const RE2 number(R"(^\(?(\d{1,3})[.)])");
    int n = 0;
    return RE2::PartialMatch(text, number, &n) ? n : 0;
}

class ListReader {
public:
    ListReader(const Document& doc, const RuleSet& rules, const Line& heading)
        : doc_(doc), rules_(rules), body_(doc.body_font_size()), heading_(heading), previous_(&heading) {
        // A list headed "Areas for priority action" is priority from its first item.
        if (const Rule* r = rules.first_match("improve_priority", heading.norm)) priority_ = r->value == "start";
    }

    // Takes the next line; false when the list has ended before it.
    bool take(const Line& l) {
        const double em = std::max(6.0, l.font_size);
        // A page break is no paragraph break: items run on across pages.
        const bool gap_before = l.page == previous_->page && l.y0 - previous_->y1 > 0.6 * em;
        const bool heading_print = is_heading_print(l, body_);
        if (bulleted_items_ && bullet_style_ != "number" && rules_.any_match("improve_end_any", l.norm)) return false;
        // A section heading ends the list: in print it stands out, in plain text it
        // starts a paragraph; so does a heading as prominent as the list's own.
        if (rules_.any_match("improve_end", l.norm) && (heading_print || gap_before)) return false;
        if (const Rule* r = rules_.first_match("improve_priority", l.norm)) {
            previous_ = &l;
            priority_ = r->value == "start";
            open_ = false;
            return true;
        }
        if (heading_print && !drafts_.empty() && l.font_size >= heading_.font_size - 0.1 &&
            heading_print == is_heading_print(heading_, body_) && gap_before && !starts_item(l))
            return false;
        previous_ = &l;
        std::string text = l.text;
        const Rule* bullet = strip_leading(text, rules_, "improve_bullet");
        const bool dash = !bullet && strip_leading(text, rules_, "improve_sub_bullet");
        text = collapse_spaces(text);
        if (rules_.any_match("improve_not_item", normalize_for_matching(text)) ||
            rules_.any_match("improve_theme", l.norm)) {
            open_ = false;
            return true;
        }
        if (bullet && open_ && in_sub_list(l, *bullet, leading_number(l.norm))) {
            add_part(text, bullet->value, leading_number(l.norm));
        } else if (bullet || (dash && (bullet_style_.empty() || bullet_style_ == "dash"))) {
            // A dash is a sub-bullet under another bullet, but the bullet of a list of dashes.
            if (bullet_style_.empty()) bullet_style_ = bullet ? bullet->value : "dash";
            start_item(text, l, bullet ? bullet->value : "dash");
        } else if (dash && open_) {
            add_part(text, "dash", 0);
        } else if (open_ && !gap_before && !heading_print && !outdented(l)) {
            Draft& d = drafts_.back();
            if (d.parts.empty()) {
                join_wrapped(d.item.text, text);
                d.head_lines += 1;
            } else {
                join_wrapped(d.parts.back(), text);
            }
        } else if (!bullet_style_.empty() || heading_print) {
            // A paragraph of its own between bullets is a theme sub-heading, not an item.
            open_ = false;
        } else {
            // A list written as paragraphs: each paragraph is an item.
            start_item(text, l, "");
        }
        return true;
    }

    // The items. In a bulleted list, paragraphs were theme sub-headings or introductions; a
    // one-line numbered heading without a stop over bullets is a theme, its bullets the
    // items ("1. Quality and effectiveness of practice"); other sub-bullets stay in their item.
    std::vector<Improvement> items() && {
        std::vector<Improvement> out;
        for (Draft& d : drafts_) {
            if (bulleted_items_ && d.bullet.empty()) continue;
            static const RE2 closed(R"([.:;,]\s*$)");
            if (!d.parts.empty() && d.parts_are_glyphs && d.head_lines == 1 &&
                !RE2::PartialMatch(d.item.text, closed)) {
                for (std::string& part : d.parts) out.push_back({std::move(part), d.item.priority, d.item.page});
                continue;
            }
            for (const std::string& part : d.parts) join_wrapped(d.item.text, part);
            if (rules_.any_match("improve_not_item", normalize_for_matching(d.item.text))) continue;
            out.push_back(std::move(d.item));
        }
        return out;
    }

private:
    // A bullet of the open item's own sub-list, not a new item: set in from the item's bullet
    // as far as its text (in print), of another style than the item's ("a)", "i)", bullets
    // under a numbered item), or numbered afresh under an item that introduces a list.
    bool in_sub_list(const Line& l, const Rule& bullet, int number) const {
        const Draft& d = drafts_.back();
        // Bullets after a paragraph are the list's items; the paragraph introduced them.
        if (d.bullet.empty()) return false;
        if (doc_.paged && l.page == item_page_ && l.x0 > item_bullet_x_ + kSubListIndent &&
            l.x0 >= item_text_x_ - 2)
            return true;
        if (bullet.value != d.bullet) return true;
        if (bullet.value != "number" || d.number == 0 || number == d.number + 1) return false;
        static const RE2 introduces(R"((?i)(?::|\b(?:including|following))\s*$)");
        return d.part_number > 0 ? number == d.part_number + 1
                                 : number == 1 && RE2::PartialMatch(d.item.text, introduces);
    }

    void add_part(const std::string& text, const std::string& style, int number) {
        Draft& d = drafts_.back();
        d.parts.push_back(text);
        d.parts_are_glyphs = d.parts_are_glyphs && (style == "glyph" || style == "dash");
        if (number > 0) d.part_number = number;
    }

    bool starts_item(const Line& l) const {
        std::string text = l.text;
        return strip_leading(text, rules_, "improve_bullet") != nullptr;
    }

    // An item printed with a hanging indent: a line back at the bullet's margin is not
    // part of it (a theme sub-heading set close under the item).
    bool outdented(const Line& l) const {
        // Plain text wraps without indents, so only print has hanging indents to go by.
        return doc_.paged && item_text_x_ > item_bullet_x_ + 5 && l.x0 < item_bullet_x_ + 2;
    }

    // bullet: the rule value of the item's bullet, empty for a paragraph.
    void start_item(const std::string& text, const Line& l, const std::string& bullet) {
        const bool bulleted = !bullet.empty();
        item_bullet_x_ = l.x0;
        item_text_x_ = l.x0;
        // A bulleted item's text starts at its second word, maybe in the next cell.
        std::size_t n = 0;
        for (const Cell& c : l.cells)
            for (const Word& w : c.words)
                if (n++ == 1 && bulleted) item_text_x_ = w.x0;
        item_page_ = l.page;
        drafts_.push_back({{text, priority_, doc_.paged ? std::optional<int>(l.page) : std::nullopt},
                           {},
                           bullet,
                           1,
                           bullet == "number" ? leading_number(l.norm) : 0});
        bulleted_items_ = bulleted_items_ || bulleted;
        open_ = true;
    }

    const Document& doc_;
    const RuleSet& rules_;
    double body_;
    const Line& heading_;
    const Line* previous_;
    std::string bullet_style_;  // the bullet rule of the first item: glyph, number, letter, dash
    bool priority_ = false;     // under "Priority and immediate action"
    bool open_ = false;         // the last item may go on in the next line
    bool bulleted_items_ = false;
    std::vector<Draft> drafts_;
    double item_bullet_x_ = 0, item_text_x_ = 0;  // where the open item's first line starts, and its text
    int item_page_ = 0;
};

}  // namespace

namespace {

// The items of the first list under a heading of one of heading_groups that has any,
// looking no further than a line of stop_group (none when empty). Empty when there is none.
std::vector<Improvement> first_list(const Document& doc, const RuleSet& rules, const std::vector<const Line*>& lines,
                                    const std::vector<std::string>& heading_groups, std::string_view stop_group) {
    auto heads = [&](const std::string& norm) {
        return std::any_of(heading_groups.begin(), heading_groups.end(),
                           [&](const std::string& g) { return rules.any_match(g, norm); });
    };
    const double body = doc.body_font_size();
    // A heading wrapped onto a second line of the same print ("What does the local
    // authority need to" / "improve?") is read as one.
    auto heading_lines = [&](std::size_t h) -> std::size_t {
        if (heads(lines[h]->norm)) return 1;
        if (h + 1 >= lines.size()) return 0;
        const Line &l = *lines[h], &next = *lines[h + 1];
        const bool same_print = next.page == l.page && next.bold == l.bold &&
                                std::fabs(next.font_size - l.font_size) < 0.5 && is_heading_print(l, body);
        return same_print && heads(l.norm + " " + next.norm) ? 2 : 0;
    };
    // The first heading with items under it: a contents page may name the heading first.
    for (std::size_t h = 0; h < lines.size(); ++h) {
        if (!stop_group.empty() && rules.any_match(stop_group, lines[h]->norm)) break;
        const std::size_t span = heading_lines(h);
        if (span == 0) continue;
        ListReader reader(doc, rules, *lines[h + span - 1]);
        for (std::size_t i = h + span; i < lines.size() && reader.take(*lines[i]); ++i) {
        }
        std::vector<Improvement> items;
        for (Improvement& item : std::move(reader).items())
            if (!item.text.empty()) items.push_back(std::move(item));
        if (!items.empty()) return items;
    }
    return {};
}

}  // namespace

void extract_improvements(const Document& doc, const RuleSet& rules, Record& rec) {
    // Each framework heads its list in its own words ("ilacs_inspection" reads the rules of
    // improve_heading_ilacs), but a report may word it as another framework or year does
    // ("Recommendations", "What does Barsetshire need to improve?"): the first heading of
    // either, short of the LSCB's own section, heads the list; failing that, the framework's
    // heading wherever it stands.
    const std::string heading_group = "improve_heading_" + rec.kind.substr(0, rec.kind.find('_'));
    const std::vector<const Line*> lines = doc.content();
    std::vector<Improvement> items =
        first_list(doc, rules, lines, {heading_group, "improve_heading_fallback"}, "improve_heading_stop");
    if (items.empty()) items = first_list(doc, rules, lines, {heading_group}, {});
    for (Improvement& item : items) rec.improvements.push_back(std::move(item));
}

}  // namespace ilacs
