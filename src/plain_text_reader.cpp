#include <sstream>

#include "ilacs/document_error.hpp"
#include "ilacs/readers.hpp"
#include "ilacs/text_normalize.hpp"

namespace ilacs {

namespace {
// The notional page a text file is laid out on: one line a row, one column a tab stop.
constexpr double kFontSize = 12;
constexpr double kLineHeight = 14.5;
constexpr double kLeftMargin = 72;
constexpr double kColumnWidth = 400;
}  // namespace

Document read_plain_text(const Source& source) {
    Document doc;
    doc.paged = false;
    Page page;
    page.number = 1;
    std::istringstream in(repair_glyphs(source.bytes));
    std::string raw;
    double y = 0;
    while (std::getline(in, raw)) {
        y += kLineHeight;
        if (!raw.empty() && raw.back() == '\r') raw.pop_back();
        Line line;
        line.page = 1;
        line.y0 = y;
        line.y1 = y + kFontSize;
        line.font_size = kFontSize;
        // Tabs separate the cells of a table row. Each cell stands in a column of its own
        // on a notional page, so that the extractors that read tables from geometry read
        // tab-separated tables the same way.
        std::istringstream cells(raw);
        std::string cell;
        for (int column = 0; std::getline(cells, cell, '\t'); ++column) {
            const std::string text = collapse_spaces(cell);
            if (text.empty()) continue;
            const double x0 = kLeftMargin + column * kColumnWidth;
            Cell c{text, x0, x0 + kColumnWidth - kFontSize, {}};
            double x = x0;
            std::istringstream words(text);
            for (std::string w; words >> w;) {
                const double width = 0.5 * kFontSize * static_cast<double>(w.size());
                c.words.push_back(Word{w, x, line.y0, x + width, line.y1, kFontSize, false});
                x += width + 0.25 * kFontSize;
            }
            line.cells.push_back(std::move(c));
        }
        // A blank line is kept only as the vertical gap it leaves, as in print.
        if (line.cells.empty()) continue;
        finish_line(line);
        page.lines.push_back(std::move(line));
    }
    doc.pages.push_back(std::move(page));
    if (doc.pages.front().lines.empty()) throw DocumentError("empty", "no text in the file");
    return doc;
}

Document read_document(const Source& source) {
    switch (source.format) {
        case InputFormat::pdf: return read_pdf(source);
        case InputFormat::text: return read_plain_text(source);
        case InputFormat::html:
            throw DocumentError("not_pdf", "not a PDF: the file holds an HTML page");
        case InputFormat::binary: break;
    }
    throw DocumentError("not_pdf", "not a PDF, HTML or text file (unrecognised bytes)");
}

}  // namespace ilacs
