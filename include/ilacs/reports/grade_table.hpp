// Tables of judgement names and grades, rebuilt from word positions. ILACS tables have a
// "Judgement | Grade" header, SIF front pages number their rows, legacy reports keep a
// "Record of main findings"; all are a label column and a grade column.
#pragma once

#include <string>
#include <vector>

#include "ilacs/model/document.hpp"
#include "ilacs/model/rules.hpp"

namespace ilacs {

struct TableRow {
    std::string label;       // normalised, wrapped lines joined
    std::string grade_text;  // normalised, top to bottom
    int page = 0;
};

// Reads rows from lines[first] on: words left of `column` are labels, the rest grades.
// Label lines are grouped into rows by the vertical gaps between them; each grade line
// belongs to the row nearest it. The table ends where text runs across the grade column,
// a grade cell holds other words, or a wide gap opens.
std::vector<TableRow> read_grade_table(const std::vector<const Line*>& lines, std::size_t first,
                                       double column, bool paged, const RuleSet& rules);

// The left edge of the grade column of a table starting at lines[first]: the leftmost
// cell within the next lines that holds only grade words and stands right of a label.
// Negative when there is none.
double find_grade_column(const std::vector<const Line*>& lines, std::size_t first, const RuleSet& rules);

}  // namespace ilacs
