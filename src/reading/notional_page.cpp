#include "notional_page.hpp"

#include <sstream>

#include "ilacs/model/document_error.hpp"
#include "ilacs/model/text_normalize.hpp"

namespace ilacs {

void NotionalPage::add_line(const std::vector<CellText>& cells, double indent, double font_size, bool bold) {
    y_ += kLineHeight;
    Line line;
    line.page = 1;
    line.y0 = y_;
    line.y1 = y_ + font_size;
    line.font_size = font_size;
    line.bold = bold;
    for (const CellText& cell : cells) {
        const std::string text = collapse_spaces(cell.text);
        if (text.empty()) continue;
        const double x0 = kLeftMargin + cell.column * kColumnWidth + (cell.column == 0 ? indent : 0);
        Cell c{text, x0, kLeftMargin + (cell.column + 1) * kColumnWidth - font_size, {}};
        std::vector<std::string> words;
        std::istringstream split(text);
        double natural = 0;  // the words' width at the notional character width
        for (std::string w; split >> w; words.push_back(w))
            natural += 0.5 * font_size * static_cast<double>(w.size()) + (words.empty() ? 0 : 0.25 * font_size);
        // In a table row a cell too long for its column is set closer, as print would wrap
        // it inside the column: its words never reach into the next one. A line of body
        // text runs on across the page.
        const bool table_row = cells.size() > 1;
        const double scale = table_row && natural > c.x1 - x0 ? (c.x1 - x0) / natural : 1.0;
        double x = x0;
        for (const std::string& w : words) {
            const double width = scale * 0.5 * font_size * static_cast<double>(w.size());
            c.words.push_back(Word{w, x, line.y0, x + width, line.y1, font_size, bold});
            x += width + scale * 0.25 * font_size;
        }
        line.cells.push_back(std::move(c));
    }
    if (line.cells.empty()) return;
    finish_line(line);
    page_.lines.push_back(std::move(line));
}

Document NotionalPage::finish(const char* code, const char* reason) {
    if (page_.lines.empty()) throw DocumentError(code, reason);
    Document doc;
    doc.paged = false;
    doc.pages.push_back(std::move(page_));
    return doc;
}

}  // namespace ilacs
