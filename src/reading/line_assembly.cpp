#include "ilacs/reading/line_assembly.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace ilacs {

namespace {

double height(const Word& w) { return std::max(0.1, w.y1 - w.y0); }

// Share of the shorter box's height that the two boxes have in common.
double vertical_overlap(double a0, double a1, double b0, double b1) {
    const double common = std::min(a1, b1) - std::max(a0, b0);
    return common / std::max(0.1, std::min(a1 - a0, b1 - b0));
}

struct Row {
    double y0, y1;
    std::vector<PlacedWord> words;
};

// A gap wider than this, in units of the font size, is a column gap, not a word space.
constexpr double kCellGapEm = 1.6;
// A gap narrower than this between words the PDF does not space is inside one word.
constexpr double kGlueGapEm = 0.12;

Cell make_cell(const std::vector<PlacedWord>& words, std::size_t from, std::size_t to) {
    Cell cell;
    cell.x0 = words[from].word.x0;
    for (std::size_t i = from; i < to; ++i) {
        const PlacedWord& pw = words[i];
        if (i > from) {
            const PlacedWord& prev = words[i - 1];
            const double gap = pw.word.x0 - prev.word.x1;
            const double em = std::max(1.0, prev.word.font_size);
            if (prev.space_after || gap > kGlueGapEm * em) cell.text += ' ';
        }
        cell.text += pw.word.text;
        cell.x1 = std::max(cell.x1, pw.word.x1);
        cell.words.push_back(pw.word);
    }
    return cell;
}

}  // namespace

std::vector<Line> assemble_lines(std::vector<PlacedWord> words, int page_number) {
    words.erase(std::remove_if(words.begin(), words.end(),
                               [](const PlacedWord& w) { return w.word.text.empty(); }),
                words.end());
    std::sort(words.begin(), words.end(), [](const PlacedWord& a, const PlacedWord& b) {
        const double ca = (a.word.y0 + a.word.y1) / 2, cb = (b.word.y0 + b.word.y1) / 2;
        return ca != cb ? ca < cb : a.word.x0 < b.word.x0;
    });

    std::vector<Row> rows;
    for (PlacedWord& pw : words) {
        // Rows are built top-down; a word belongs to the lowest row it shares most height with.
        Row* home = nullptr;
        for (auto it = rows.rbegin(); it != rows.rend() && it - rows.rbegin() < 3; ++it) {
            if (vertical_overlap(it->y0, it->y1, pw.word.y0, pw.word.y1) >= 0.55) { home = &*it; break; }
        }
        if (!home) {
            rows.push_back({pw.word.y0, pw.word.y1, {}});
            home = &rows.back();
        } else if (height(pw.word) > 0.6 * (home->y1 - home->y0)) {
            // Superscripts join a row without stretching it.
            home->y0 = std::min(home->y0, pw.word.y0);
            home->y1 = std::max(home->y1, pw.word.y1);
        }
        home->words.push_back(std::move(pw));
    }

    std::vector<Line> lines;
    lines.reserve(rows.size());
    for (Row& row : rows) {
        std::stable_sort(row.words.begin(), row.words.end(),
                         [](const PlacedWord& a, const PlacedWord& b) { return a.word.x0 < b.word.x0; });
        Line line;
        line.page = page_number;
        std::size_t cell_start = 0;
        for (std::size_t i = 1; i <= row.words.size(); ++i) {
            bool split = i == row.words.size();
            if (!split) {
                const Word& prev = row.words[i - 1].word;
                const Word& cur = row.words[i].word;
                split = cur.x0 - prev.x1 > kCellGapEm * std::max(4.0, std::max(prev.font_size, cur.font_size));
            }
            if (split) {
                line.cells.push_back(make_cell(row.words, cell_start, i));
                cell_start = i;
            }
        }
        // Font size and weight of the line: what most of its characters carry.
        std::map<double, std::size_t> size_votes;
        std::size_t bold_chars = 0, all_chars = 0;
        for (const PlacedWord& pw : row.words) {
            size_votes[std::round(pw.word.font_size * 2) / 2] += pw.word.text.size();
            all_chars += pw.word.text.size();
            if (pw.word.bold) bold_chars += pw.word.text.size();
        }
        line.font_size = std::max_element(size_votes.begin(), size_votes.end(),
                                          [](const auto& a, const auto& b) { return a.second < b.second; })
                             ->first;
        line.bold = bold_chars * 2 > all_chars;
        line.y0 = row.y0;
        line.y1 = row.y1;
        finish_line(line);
        lines.push_back(std::move(line));
    }
    return lines;
}

}  // namespace ilacs
