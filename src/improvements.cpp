// "What needs to improve?": the items under the heading, whole across line and page
// breaks, bullets and footnote markers removed, up to the next section.
#include <re2/re2.h>

#include "ilacs/extract.hpp"
#include "ilacs/text_normalize.hpp"

namespace ilacs {

namespace {

bool is_heading_print(const Line& l, double body) {
    return l.bold || (body > 0 && l.font_size > body + 0.9);
}

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

}  // namespace

void extract_improvements(const Document& doc, const RuleSet& rules, Record& rec) {
    const std::vector<const Line*> lines = doc.content();
    std::size_t i = 0;
    while (i < lines.size() && !rules.any_match("improve_heading", lines[i]->norm)) ++i;
    if (i == lines.size()) return;
    const double body = doc.body_font_size();

    std::vector<Improvement> items;
    std::string bullet_style;  // the bullet rule of the first item: glyph, number, letter
    const Line* previous = lines[i];
    for (++i; i < lines.size(); ++i) {
        const Line& l = *lines[i];
        if (bullet_style != "number" && rules.any_match("improve_end_any", l.norm)) break;
        const double em = std::max(6.0, l.font_size);
        const bool gap_before = l.page == previous->page && l.y0 - previous->y1 > 0.6 * em;
        // A section heading ends the list: in print it stands out, in plain text it
        // starts a paragraph.
        if (rules.any_match("improve_end", l.norm) && (is_heading_print(l, body) || gap_before)) break;
        if (rules.any_match("improve_not_item", l.norm)) {
            previous = &l;
            continue;
        }
        std::string text = l.text;
        if (const Rule* bullet = strip_leading(text, rules, "improve_bullet")) {
            if (bullet_style.empty()) bullet_style = bullet->value;
            items.push_back({collapse_spaces(text), false, doc.paged ? std::optional<int>(l.page) : std::nullopt});
        } else if (strip_leading(text, rules, "improve_sub_bullet")) {
            // A dash is a sub-bullet under another bullet, but the bullet of a list of dashes.
            if (bullet_style.empty() || bullet_style == "dash") {
                bullet_style = "dash";
                items.push_back({collapse_spaces(text), false, doc.paged ? std::optional<int>(l.page) : std::nullopt});
            } else {
                join_wrapped(items.back().text, collapse_spaces(text));
            }
        } else if (is_heading_print(l, body) && !items.empty() && gap_before) {
            // A theme sub-heading between items is not an item.
            break;
        } else if (items.empty() || (bullet_style.empty() && gap_before)) {
            // A list written as paragraphs: each paragraph is an item.
            if (is_heading_print(l, body)) { previous = &l; continue; }
            items.push_back({collapse_spaces(text), false, doc.paged ? std::optional<int>(l.page) : std::nullopt});
        } else {
            join_wrapped(items.back().text, collapse_spaces(text));
        }
        previous = &l;
    }
    for (Improvement& item : items)
        if (!item.text.empty()) rec.improvements.push_back(std::move(item));
}

}  // namespace ilacs
