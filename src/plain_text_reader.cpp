#include <sstream>

#include "ilacs/document_error.hpp"
#include "ilacs/readers.hpp"
#include "ilacs/text_normalize.hpp"

namespace ilacs {

Document read_plain_text(const Source& source) {
    Document doc;
    doc.paged = false;
    Page page;
    page.number = 1;
    std::istringstream in(repair_glyphs(source.bytes));
    std::string raw;
    double y = 0;
    while (std::getline(in, raw)) {
        y += 1;
        if (!raw.empty() && raw.back() == '\r') raw.pop_back();
        Line line;
        line.page = 1;
        line.y0 = y;
        line.y1 = y + 0.8;
        // Tabs separate the cells of a table row; keep them as cells.
        std::istringstream cells(raw);
        std::string cell;
        while (std::getline(cells, cell, '\t')) {
            const std::string text = collapse_spaces(cell);
            if (!text.empty()) line.cells.push_back(Cell{text, 0, 0, {}});
        }
        finish_line(line);
        page.lines.push_back(std::move(line));  // blank lines kept: they separate paragraphs
    }
    doc.pages.push_back(std::move(page));
    bool any_text = false;
    for (const Line& l : doc.pages.front().lines) any_text = any_text || !l.text.empty();
    if (!any_text) throw DocumentError("empty", "no text in the file");
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
