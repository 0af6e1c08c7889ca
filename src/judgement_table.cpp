// The judgement table, rebuilt from word positions: the header row's "Grade" gives the
// grade column; label lines are grouped into rows by the vertical gaps between them, and
// each grade line belongs to the row nearest it.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <re2/re2.h>

#include "ilacs/extract.hpp"
#include "ilacs/text_normalize.hpp"

namespace ilacs {

namespace {

constexpr std::size_t kMaxTableLines = 40;

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

// x0 of the header's "Grade" word, or a negative value when the line is no header.
double grade_column(const Line& line, const RuleSet& rules) {
    if (!rules.any_match("table_header", line.norm)) return -1;
    for (const Cell& c : line.cells)
        for (const Word& w : c.words)
            if (RE2::FullMatch(w.text, R"((?i)grades?)")) return w.x0;
    return -1;
}

std::string words_text(const std::vector<const Word*>& words) {
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

std::string canonical_grade(const RuleSet& rules, std::string_view words) {
    const Rule* r = rules.first_match("grade", normalize_for_matching(words));
    return r ? r->value : std::string();
}

void extract_judgement_table(const Document& doc, const RuleSet& rules, Record& rec) {
    const std::vector<const Line*> lines = doc.content();
    std::size_t start = 0;
    double column = -1;
    for (; start < lines.size() && column < 0; ++start) column = grade_column(*lines[start], rules);
    if (column < 0) return;

    std::vector<Row> rows;
    std::vector<Piece> grades;
    const Line* previous = lines[start - 1];
    for (std::size_t i = start; i < lines.size() && i < start + kMaxTableLines; ++i) {
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
        if (line.page == previous->page && line.y0 - previous->y1 > 4 * em) break;
        if (!label.empty()) {
            Piece p{normalize_for_matching(words_text(label)), line.page, line.y0, line.y1};
            // Plain text has no wrapped cells: there every line is a row.
            const bool new_row = rows.empty() || !doc.paged || rows.back().page != line.page ||
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
    std::vector<std::string> labels;
    for (const Row& r : rows) {
        std::string label;
        for (const Piece& p : r.label) join_wrapped(label, p.text);
        labels.push_back(label);
    }
    // Body text may follow the table closely enough to look like rows; rows after the last
    // one that names a judgement are that text.
    while (!labels.empty() && !rules.any_match("judgement", labels.back())) {
        labels.pop_back();
        rows.pop_back();
    }
    for (std::size_t n = 0; n < rows.size(); ++n) {
        Row& r = rows[n];
        const std::string& label = labels[n];
        std::string grade_text;
        // Grade pieces are joined top to bottom whatever order they were assigned in.
        std::sort(r.grade.begin(), r.grade.end(), [](const Piece& a, const Piece& b) { return a.y0 < b.y0; });
        for (const Piece& p : r.grade) grade_text += (grade_text.empty() ? "" : " ") + p.text;
        if (label.empty()) continue;
        const std::string grade = canonical_grade(rules, grade_text);
        const Rule* key = rules.first_match("judgement", label);
        if (grade == "not_judged") continue;
        if (!key) {
            rec.warnings.push_back(fmt::format("page {}: judgement table row '{}' is not a judgement ilacs knows", r.page, label));
            continue;
        }
        if (grade.empty()) {
            rec.warnings.push_back(fmt::format("page {}: judgement '{}' has no grade ilacs can read ('{}')", r.page, label, grade_text));
            continue;
        }
        rec.judgements.push_back(Judgement{key->value, label, grade, grade_text,
                                           doc.paged ? std::optional<int>(r.page) : std::nullopt});
    }
}

}  // namespace ilacs
