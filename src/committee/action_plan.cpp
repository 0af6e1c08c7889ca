// Action plan tables ("What needs to improve | Action | By Who | By When"), rebuilt from
// word positions as the judgement table is: the header row names the columns; words are
// grouped into visual lines by their baselines and cut into segments at wide gaps; each
// segment belongs to the column whose left edge it starts at; rows are the bands of lines
// between vertical gaps (in text without print, each line is a row). Cells that wrap over
// many lines, or over a page break, stay whole; a row without an area is the area above's.
// Web pages saved as text keep a table as rows of cells between pipes ("| Area | Action |"),
// read cell by cell; and some plans are prose with a label to each field ("Action: ...",
// "Lead officer: ...", "Timescale: ...").
#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include <re2/re2.h>

#include "ilacs/model/text_normalize.hpp"
#include "paper_stages.hpp"

namespace ilacs {

namespace {

// `other` is a column a plan may have that no field of a row takes (a number, a status).
enum Field { area, action, owner, due, other, kFields };

constexpr double kColumnMin = 60;  // points: no column of an action plan is narrower

struct Column {
    Field field;
    double x0;
};

using Cells = std::array<std::string, kFields>;

std::optional<Field> field_named(const std::string& label, const RuleSet& rules) {
    const Rule* r = rules.first_match("action_column", normalize_for_matching(label));
    if (!r) return std::nullopt;
    return r->value == "area" ? area : r->value == "action" ? action : r->value == "owner" ? owner
                                     : r->value == "due"  ? due
                                                          : other;
}

// The fields of a header's cells, or none when they are no header: every cell names a
// column, one of them the action, three at least.
std::vector<Field> header_fields(const std::vector<std::string>& cells, const RuleSet& rules) {
    std::vector<Field> out;
    for (const std::string& c : cells) {
        const std::optional<Field> f = field_named(c, rules);
        if (!f) return {};
        out.push_back(*f);
    }
    if (std::count(out.begin(), out.end(), action) == 0 || out.size() < 3) return {};
    return out;
}

// The columns a header line names, left to right, or none when it is no header.
std::vector<Column> header_columns(const Line& line, const RuleSet& rules) {
    std::vector<std::string> texts;
    for (const Cell& c : line.cells) texts.push_back(c.text);
    const std::vector<Field> fields = header_fields(texts, rules);
    std::vector<Column> out;
    for (std::size_t i = 0; i < fields.size(); ++i) out.push_back({fields[i], line.cells[i].x0});
    return out;
}

// The cells of a line written between pipes ("| Area | Action |", "Area | Action"), none
// when it has no pipe; a Markdown rule line ("---|---") has cells without text.
std::vector<std::string> pipe_cells(const Line& line) {
    if (line.cells.size() != 1 || line.text.find('|') == std::string::npos) return {};
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t bar; (bar = line.text.find('|', start)) != std::string::npos; start = bar + 1)
        out.push_back(collapse_spaces(line.text.substr(start, bar - start)));
    out.push_back(collapse_spaces(line.text.substr(start)));
    // The pipes that open and close the row have no cell outside them.
    if (!out.empty() && out.front().empty()) out.erase(out.begin());
    if (!out.empty() && out.back().empty()) out.pop_back();
    return out;
}

bool is_rule_line(const std::vector<std::string>& cells) {
    static const RE2 dashes(R"(^:?-{3,}:?$)");
    return std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return c.empty() || RE2::FullMatch(c, dashes); });
}

// A stretch of words on one baseline with no wide gap inside.
struct Segment {
    double x0 = 0, y0 = 0;
    std::vector<const Word*> words;
};

// Where cells start: left edges shared by segments, 3 points apart at least.
std::vector<double> cell_starts(const std::vector<double>& xs) {
    std::vector<double> starts;
    for (double x : xs)
        if (std::none_of(starts.begin(), starts.end(), [&](double s) { return std::fabs(s - x) < 3; })) starts.push_back(x);
    std::sort(starts.begin(), starts.end());
    return starts;
}

// Words on one baseline, left to right, cut into segments at wide gaps and at `starts`.
std::vector<Segment> segments(std::vector<const Word*> words, const std::vector<double>& starts) {
    std::sort(words.begin(), words.end(), [](const Word* a, const Word* b) {
        return std::fabs(a->y0 - b->y0) > 1 ? a->y0 < b->y0 : a->x0 < b->x0;
    });
    std::vector<Segment> out;
    const Word* previous = nullptr;
    for (const Word* w : words) {
        const double em = std::max(6.0, w->font_size);
        const bool same_baseline = previous && std::fabs(w->y0 - previous->y0) <= 1;
        const bool at_start = std::any_of(starts.begin(), starts.end(), [&](double s) { return std::fabs(s - w->x0) < 1.5; });
        if (!same_baseline || w->x0 - previous->x1 > 0.6 * em || at_start) out.push_back({w->x0, w->y0, {}});
        out.back().words.push_back(w);
        previous = w;
    }
    return out;
}

class ActionTable {
public:
    ActionTable(std::vector<Column> columns, const RuleSet& rules) : columns_(std::move(columns)), rules_(rules) {}

    // Reads one row's words; false when they are not a row of the table (the table has ended).
    bool row(const std::vector<const Word*>& words, int page, bool page_top) {
        const std::vector<Segment> segs = segments(words, cut_points(words, page));
        if (segs.empty()) return true;
        assign_columns(segs);
        Cells cells;
        std::array<double, kFields> last_y{};
        for (const Segment& s : segs) {
            const Field f = column_of(s.x0);
            std::string text;
            for (const Word* w : s.words) text += (text.empty() ? "" : " ") + w->text;
            // Lines of one cell join as wrapped text; a cell's pieces on one baseline by a space.
            if (!cells[f].empty() && std::fabs(s.y0 - last_y[f]) <= 1) cells[f] += " " + text;
            else join_wrapped(cells[f], text);
            last_y[f] = s.y0;
        }
        const bool only_area = !cells[area].empty() && cells[action].empty() && cells[owner].empty() && cells[due].empty();
        if (only_area) return rules_.any_match("action_row_skip", normalize_for_matching(cells[area]));
        add(std::move(cells), page_top);
        return true;
    }

    // A row whose cells are already told apart (a row between pipes).
    void add(Cells cells, bool page_top) {
        cells[other].clear();
        if (std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return c.empty(); })) return;
        if (continues_above(cells, page_top)) {
            for (std::size_t f = 0; f < kFields; ++f) join_wrapped(rows_.back()[f], cells[f]);
            return;
        }
        if (cells[area].empty() && !rows_.empty()) cells[area] = rows_.back()[area];
        rows_.push_back(std::move(cells));
    }

    std::vector<Action> actions() const {
        std::vector<Action> out;
        auto value = [](const std::string& s) { return s.empty() ? std::nullopt : std::optional<std::string>(s); };
        for (const Cells& c : rows_) out.push_back({value(c[area]), value(c[action]), value(c[owner]), value(c[due])});
        return out;
    }

private:
    // Where to cut this row's baselines besides wide gaps: the left edges of cells seen in
    // this row and the rows above it on the page, as long as the layout stays the same.
    // Neighbouring columns may stand closer than a wide gap ("... Early Help & March 2020").
    std::vector<double> cut_points(const std::vector<const Word*>& words, int page) {
        std::vector<double> xs;
        for (const Segment& s : segments(words, {})) xs.push_back(s.x0);
        const std::vector<double> starts = cell_starts(xs);
        if (page != page_) {
            page_ = page;
            seen_.clear();
        }
        // A cell edge close to a known one, but not at it, is a table laid out again (after
        // a page number between its rows, say): what the rows above showed no longer holds.
        const bool moved = std::any_of(starts.begin(), starts.end(), [&](double x) {
            return std::any_of(seen_.begin(), seen_.end(), [&](double s) { return std::fabs(s - x) < kColumnMin; }) &&
                   std::none_of(seen_.begin(), seen_.end(), [&](double s) { return std::fabs(s - x) < 3; });
        });
        if (moved) seen_.clear();
        seen_.insert(seen_.end(), starts.begin(), starts.end());
        seen_ = cell_starts(seen_);
        return seen_;
    }

    // Columns move from page to page as a table is laid out again: a row that fills every
    // column tells where they now stand; the segments of any row go to the nearest.
    void assign_columns(const std::vector<Segment>& segs) {
        std::vector<double> xs;
        for (const Segment& s : segs) xs.push_back(s.x0);
        const std::vector<double> starts = cell_starts(xs);
        if (starts.size() == columns_.size())
            for (std::size_t i = 0; i < starts.size(); ++i) columns_[i].x0 = starts[i];
    }

    Field column_of(double x) const {
        const Column* best = &columns_.front();
        for (const Column& c : columns_)
            if (std::fabs(c.x0 - x) < std::fabs(best->x0 - x)) best = &c;
        return best->field;
    }

    // A row is the row above going on when it has no area and each of its cells continues
    // a cell above that has not finished its sentence: one cell alone (a cell the text
    // broke over two rows), or the first row of a page (a row the page broke).
    bool continues_above(const Cells& cells, bool page_top) const {
        if (rows_.empty() || !cells[area].empty()) return false;
        std::size_t filled = 0;
        for (std::size_t f = 0; f < kFields; ++f) {
            if (cells[f].empty()) continue;
            ++filled;
            const std::string& above = rows_.back()[f];
            if (above.empty() || std::string(".;!?").find(above.back()) != std::string::npos) return false;
        }
        return filled == 1 || page_top;
    }

    std::vector<Column> columns_;
    const RuleSet& rules_;
    std::vector<Cells> rows_;
    std::vector<double> seen_;  // left edges of cells in the rows read so far on page_
    int page_ = -1;
};

// A plan written as prose, a label to each field: "Area for improvement: ...", "Action:
// ...", "Lead officer: ...", "Timescale: ...". A row opens at an area or an action; a field
// given again, or an area after the action, opens the next; a line without a label goes on
// with the field above unless a gap stands before it, which ends the row (a label alone on
// its line takes the next line as its value). A row needs its action and one field more.
class LabelledPlan {
public:
    explicit LabelledPlan(const RuleSet& rules) : rules_(rules) {}

    void line(const Line& l, bool gap_before) {
        std::string value;
        const std::optional<Field> f = label_of(l.text, value);
        if (f) {
            if (!open_ && *f != area && *f != action) return;  // a field before any row opens
            if (open_ && (!cells_[*f].empty() || (*f == area && !cells_[action].empty()))) finish();
            open_ = true;
            cells_[*f] = value;
            last_ = *f;
            waiting_ = value.empty();
        } else if (open_ && (waiting_ || !gap_before)) {
            join_wrapped(cells_[last_], collapse_spaces(l.text));
            waiting_ = false;
        } else if (open_) {
            finish();
        }
    }

    std::vector<Action> finish_all() {
        finish();
        return std::move(rows_);
    }

private:
    // The field a line's label names ("Lead officer: ..." -> owner), and the text after it.
    std::optional<Field> label_of(const std::string& text, std::string& value) const {
        static const RE2 labelled(R"(^\s*((?:[^\s:]+\s+){0,5}?[^\s:]+)\s*:\s*(.*)$)");
        static const RE2 numbered(R"((?:\s*\(\s*(?:\d{1,2}[a-z]?|[ivx]{1,4})\s*\)|\s*\d{1,2}[a-z]?|\s+[ivx]{1,4})\.?$)");
        std::string label;
        if (!RE2::FullMatch(text, labelled, &label, &value)) return std::nullopt;
        RE2::Replace(&label, numbered, "");
        value = collapse_spaces(value);
        return field_named(label, rules_);
    }

    void finish() {
        if (!open_) return;
        const std::size_t filled = static_cast<std::size_t>(
            std::count_if(cells_.begin(), cells_.begin() + other, [](const std::string& c) { return !c.empty(); }));
        if (!cells_[action].empty() && filled >= 2) {
            auto value = [](const std::string& c) { return c.empty() ? std::nullopt : std::optional<std::string>(c); };
            if (cells_[area].empty() && !rows_.empty()) cells_[area] = rows_.back().area.value_or("");
            rows_.push_back({value(cells_[area]), value(cells_[action]), value(cells_[owner]), value(cells_[due])});
        }
        cells_ = Cells{};
        open_ = waiting_ = false;
    }

    const RuleSet& rules_;
    Cells cells_;
    Field last_ = area;
    bool open_ = false, waiting_ = false;
    std::vector<Action> rows_;
};

// A plan written as lists (rules action_list_intro, action_list_area): each bullet under an
// area's heading is one of its actions. The lists end at the first paragraph that is
// neither.
void read_action_lists(const std::vector<Block>& blocks, const RuleSet& rules, Record& rec) {
    for (std::size_t h = 0; h < blocks.size(); ++h) {
        const std::vector<std::string> said = sentences(blocks[h].norm);
        if (said.empty() || !rules.any_match("action_list_intro", said.back())) continue;
        std::optional<std::string> area;
        std::size_t i = h + 1;
        for (; i < blocks.size(); ++i) {
            const Block& b = blocks[i];
            std::string heading;
            if (b.bullet) {
                if (!b.text.empty()) rec.actions.push_back({area, b.text, std::nullopt, std::nullopt});
            } else if (rules.first_match("action_list_area", b.text, &heading) && !heading.empty()) {
                area = heading;
            } else {
                break;
            }
        }
        h = i - 1;
    }
}

// The rows of a table written between pipes, from its header line at h; where it ends.
std::size_t read_pipe_table(const std::vector<const Line*>& lines, std::size_t h, const std::vector<Field>& fields,
                            const RuleSet& rules, Record& rec) {
    ActionTable table({}, rules);
    std::size_t i = h + 1;
    for (; i < lines.size(); ++i) {
        const std::vector<std::string> cells = pipe_cells(*lines[i]);
        if (cells.empty()) break;
        if (is_rule_line(cells) || !header_fields(cells, rules).empty()) continue;
        Cells row;
        for (std::size_t k = 0; k < cells.size() && k < fields.size(); ++k) join_wrapped(row[fields[k]], cells[k]);
        table.add(std::move(row), false);
    }
    for (Action& a : table.actions()) rec.actions.push_back(std::move(a));
    return i;
}

}  // namespace

void extract_action_plan(const std::vector<const Line*>& lines, bool paged, const RuleSet& rules, Record& rec) {
    for (std::size_t h = 0; h < lines.size(); ++h) {
        if (const std::vector<Field> fields = header_fields(pipe_cells(*lines[h]), rules); !fields.empty()) {
            h = read_pipe_table(lines, h, fields, rules, rec) - 1;
            continue;
        }
        std::vector<Column> columns = header_columns(*lines[h], rules);
        if (columns.empty()) continue;
        ActionTable table(std::move(columns), rules);
        std::vector<const Word*> words;
        const Line* previous = nullptr;
        bool page_top = false;  // the row being gathered opens a page
        std::size_t i = h + 1;
        for (; i < lines.size(); ++i) {
            const Line& l = *lines[i];
            if (!header_columns(l, rules).empty()) continue;  // the header repeated on a new page
            // In print a row is the lines that touch or nearly touch; in text, a line.
            const double em = std::max(6.0, l.font_size);
            const bool new_row = !paged || !previous || previous->page != l.page || l.y0 - previous->y1 > 0.5 * em;
            if (new_row && !words.empty()) {
                if (!table.row(words, previous->page, page_top)) break;
                words.clear();
                page_top = previous->page != l.page;
            }
            for (const Cell& c : l.cells)
                for (const Word& w : c.words) words.push_back(&w);
            previous = &l;
        }
        if (i == lines.size() && !words.empty()) table.row(words, previous->page, page_top);
        for (Action& a : table.actions()) rec.actions.push_back(std::move(a));
        h = i;
    }
    if (!rec.actions.empty()) return;
    LabelledPlan plan(rules);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line* l = lines[i];
        const Line* above = i > 0 ? lines[i - 1] : nullptr;
        plan.line(*l, !above || above->page != l->page || l->y0 - above->y1 > 0.5 * std::max(6.0, l->font_size));
    }
    for (Action& a : plan.finish_all()) rec.actions.push_back(std::move(a));
    if (rec.actions.empty()) read_action_lists(paper_blocks(lines, rules), rules, rec);
}

}  // namespace ilacs
