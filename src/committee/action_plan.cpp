// Action plan tables ("What needs to improve | Action | By Who | By When"), rebuilt from
// word positions as the judgement table is: the header row names the columns; words are
// grouped into visual lines by their baselines and cut into segments at wide gaps; each
// segment belongs to the column whose left edge it starts at; rows are the bands of lines
// between vertical gaps (in text without print, each line is a row). Cells that wrap over
// many lines, or over a page break, stay whole; a row without an area is the area above's.
#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include "ilacs/model/text_normalize.hpp"
#include "paper_stages.hpp"

namespace ilacs {

namespace {

enum Field { area, action, owner, due, kFields };

constexpr double kColumnMin = 60;  // points: no column of an action plan is narrower

struct Column {
    Field field;
    double x0;
};

using Cells = std::array<std::string, kFields>;

// The columns a header line names, left to right, or none when it is no header.
std::vector<Column> header_columns(const Line& line, const RuleSet& rules) {
    std::vector<Column> out;
    bool has_action = false;
    for (const Cell& c : line.cells) {
        const Rule* r = rules.first_match("action_column", normalize_for_matching(c.text));
        if (!r) return {};
        const Field f = r->value == "area" ? area : r->value == "action" ? action : r->value == "owner" ? owner : due;
        has_action = has_action || f == action;
        out.push_back({f, c.x0});
    }
    if (!has_action || out.size() < 3) return {};
    return out;
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

    void add(Cells cells, bool page_top) {
        if (std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return c.empty(); })) return;
        if (continues_above(cells, page_top)) {
            for (std::size_t f = 0; f < kFields; ++f) join_wrapped(rows_.back()[f], cells[f]);
            return;
        }
        if (cells[area].empty() && !rows_.empty()) cells[area] = rows_.back()[area];
        rows_.push_back(std::move(cells));
    }

    std::vector<Column> columns_;
    const RuleSet& rules_;
    std::vector<Cells> rows_;
    std::vector<double> seen_;  // left edges of cells in the rows read so far on page_
    int page_ = -1;
};

}  // namespace

void extract_action_plan(const std::vector<const Line*>& lines, bool paged, const RuleSet& rules, Record& rec) {
    for (std::size_t h = 0; h < lines.size(); ++h) {
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
}

}  // namespace ilacs
