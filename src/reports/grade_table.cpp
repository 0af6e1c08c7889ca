#include "ilacs/reports/grade_table.hpp"

#include <algorithm>
#include <cmath>

#include "ilacs/model/text_normalize.hpp"

namespace ilacs {

namespace {

constexpr std::size_t kMaxTableLines = 40;
constexpr std::size_t kColumnSearchLines = 12;

struct Piece {
    std::string text;
    int page = 0;
    double y0 = 0, y1 = 0;
};

struct Row {
    std::vector<Piece> label;
    std::vector<Piece> grade;
    double y0 = 0, y1 = 0;
    int page = 0;
};

// Words in reading order: one assembled line may hold two baselines of a cell (a label
// wrapped beside a grade centred on it), its words ordered left to right across both.
std::string words_text(std::vector<const Word*> words) {
    std::stable_sort(words.begin(), words.end(), [](const Word* a, const Word* b) {
        return std::fabs(a->y0 - b->y0) > 1 ? a->y0 < b->y0 : a->x0 < b->x0;
    });
    std::string out;
    for (const Word* w : words) out += (out.empty() ? "" : " ") + w->text;
    return out;
}

double distance(const Row& row, const Piece& p) {
    const double mid = (p.y0 + p.y1) / 2;
    if (mid >= row.y0 && mid <= row.y1) return 0;
    return std::min(std::fabs(mid - row.y0), std::fabs(mid - row.y1));
}

}  // namespace

double find_grade_column(const std::vector<const Line*>& lines, std::size_t first, const RuleSet& rules) {
    double column = -1;
    for (std::size_t i = first; i < lines.size() && i < first + kColumnSearchLines; ++i) {
        const Line& l = *lines[i];
        for (const Cell& c : l.cells) {
            const bool right_of_label = &c != &l.cells.front() || c.x0 > lines[first]->x0 + 150;
            if (right_of_label && rules.any_match("table_grade", normalize_for_matching(c.text)) &&
                (column < 0 || c.x0 < column))
                column = c.x0;
        }
    }
    return column;
}

std::vector<TableRow> read_grade_table(const std::vector<const Line*>& lines, std::size_t first,
                                       double column, bool paged, const RuleSet& rules) {
    std::vector<Row> rows;
    std::vector<Piece> grades;
    const Line* previous = nullptr;
    for (std::size_t i = first; i < lines.size() && i < first + kMaxTableLines; ++i) {
        const Line& line = *lines[i];
        const double em = std::max(6.0, line.font_size);
        std::vector<const Word*> label, grade;
        bool straddles = false;
        for (const Cell& c : line.cells)
            for (const Word& w : c.words) {
                if (w.x0 >= column - 0.5 * em) grade.push_back(&w);
                else label.push_back(&w);
                straddles = straddles || (w.x0 < column - 0.5 * em && w.x1 > column + 0.5 * em);
            }
        const std::string grade_text = normalize_for_matching(words_text(grade));
        // Body text runs across the grade column: the table has ended.
        if (straddles || (!grade.empty() && !rules.any_match("table_grade", grade_text))) break;
        if (previous && line.page == previous->page && line.y0 - previous->y1 > 4 * em) break;
        if (!label.empty()) {
            Piece p{normalize_for_matching(words_text(label)), line.page, line.y0, line.y1};
            // Plain text has no wrapped cells: there every line is a row.
            const bool new_row = rows.empty() || !paged || rows.back().page != line.page ||
                                 line.y0 - rows.back().y1 > 0.5 * em;
            if (new_row) rows.push_back(Row{{}, {}, line.y0, line.y1, line.page});
            rows.back().label.push_back(p);
            rows.back().y1 = line.y1;
        }
        if (!grade.empty()) grades.push_back(Piece{grade_text, line.page, line.y0, line.y1});
        previous = &line;
    }
    for (const Piece& g : grades) {
        Row* nearest = nullptr;
        for (Row& r : rows)
            if (r.page == g.page && (!nearest || distance(r, g) < distance(*nearest, g))) nearest = &r;
        if (nearest) nearest->grade.push_back(g);
    }
    std::vector<TableRow> out;
    for (Row& r : rows) {
        TableRow row;
        row.page = r.page;
        for (const Piece& p : r.label) join_wrapped(row.label, p.text);
        // Grade pieces are joined top to bottom whatever order they were assigned in.
        std::sort(r.grade.begin(), r.grade.end(), [](const Piece& a, const Piece& b) { return a.y0 < b.y0; });
        for (const Piece& p : r.grade) row.grade_text += (row.grade_text.empty() ? "" : " ") + p.text;
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace ilacs
