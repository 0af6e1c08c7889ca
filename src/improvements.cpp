// The improvement list: ILACS "What needs to improve?", SIF "What does the local authority
// need to improve?" (priority and immediate action items flagged), legacy "Areas for
// improvement". Items are kept whole across line and page breaks, bullets and footnote
// markers removed, up to the next section.
#include <re2/re2.h>

#include "ilacs/extract.hpp"
#include "ilacs/paragraphs.hpp"
#include "ilacs/text_normalize.hpp"

namespace ilacs {

namespace {

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

class ListReader {
public:
    ListReader(const Document& doc, const RuleSet& rules, const Line& heading)
        : doc_(doc), rules_(rules), body_(doc.body_font_size()), heading_(heading), previous_(&heading) {}

    // Takes the next line; false when the list has ended before it.
    bool take(const Line& l) {
        const double em = std::max(6.0, l.font_size);
        const bool gap_before = l.page != previous_->page || l.y0 - previous_->y1 > 0.6 * em;
        const bool heading_print = is_heading_print(l, body_);
        if (!items_.empty() && bullet_style_ != "number" && rules_.any_match("improve_end_any", l.norm)) return false;
        // A section heading ends the list: in print it stands out, in plain text it
        // starts a paragraph; so does a heading as prominent as the list's own.
        if (rules_.any_match("improve_end", l.norm) && (heading_print || gap_before)) return false;
        if (heading_print && !items_.empty() && l.font_size >= heading_.font_size - 0.1 &&
            heading_print == is_heading_print(heading_, body_) && gap_before && !starts_item(l))
            return false;
        previous_ = &l;
        if (const Rule* r = rules_.first_match("improve_priority", l.norm)) {
            priority_ = r->value == "start";
            open_ = false;
            return true;
        }
        std::string text = l.text;
        const Rule* bullet = strip_leading(text, rules_, "improve_bullet");
        const bool dash = !bullet && strip_leading(text, rules_, "improve_sub_bullet");
        text = collapse_spaces(text);
        if (rules_.any_match("improve_not_item", normalize_for_matching(text))) {
            open_ = false;
            return true;
        }
        if (bullet && open_ && bullet_style_ == "number" && bullet->value != "number") {
            // Bullets under a numbered recommendation are parts of it.
            join_wrapped(items_.back().text, text);
        } else if (bullet) {
            if (bullet_style_.empty()) bullet_style_ = bullet->value;
            start_item(text, l);
        } else if (dash && (bullet_style_.empty() || bullet_style_ == "dash")) {
            // A dash is a sub-bullet under another bullet, but the bullet of a list of dashes.
            bullet_style_ = "dash";
            start_item(text, l);
        } else if (heading_print && (gap_before || !open_)) {
            // A theme sub-heading between items is not an item.
            open_ = false;
        } else if (!open_ || (bullet_style_.empty() && gap_before)) {
            // A list written as paragraphs: each paragraph is an item.
            start_item(text, l);
        } else {
            join_wrapped(items_.back().text, text);
        }
        return true;
    }

    std::vector<Improvement> items() && { return std::move(items_); }

private:
    bool starts_item(const Line& l) const {
        std::string text = l.text;
        return strip_leading(text, rules_, "improve_bullet") != nullptr;
    }

    void start_item(const std::string& text, const Line& l) {
        items_.push_back({text, priority_, doc_.paged ? std::optional<int>(l.page) : std::nullopt});
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
    std::vector<Improvement> items_;
};

}  // namespace

void extract_improvements(const Document& doc, const RuleSet& rules, Record& rec) {
    const std::vector<const Line*> lines = doc.content();
    // The first heading with items under it: a contents page may name the heading first.
    for (std::size_t h = 0; h < lines.size(); ++h) {
        if (!rules.any_match("improve_heading", lines[h]->norm)) continue;
        ListReader reader(doc, rules, *lines[h]);
        for (std::size_t i = h + 1; i < lines.size() && reader.take(*lines[i]); ++i) {
        }
        std::vector<Improvement> items = std::move(reader).items();
        for (Improvement& item : items)
            if (!item.text.empty()) rec.improvements.push_back(std::move(item));
        if (!rec.improvements.empty()) return;
    }
}

}  // namespace ilacs
