// Plain text and Markdown on a notional page: tab-separated tables, blank-line gaps and
// indented lists look as they would in print; Markdown's heading and emphasis marks become
// the bold and larger print they stand for.
#include <algorithm>
#include <sstream>

#include <re2/re2.h>

#include "ilacs/model/document_error.hpp"
#include "ilacs/model/text_normalize.hpp"
#include "ilacs/reading/readers.hpp"
#include "notional_page.hpp"

namespace ilacs {

namespace {

struct Markup {
    double font_size = NotionalPage::kFontSize;
    bool bold = false;
};

// Removes Markdown heading marks, strong emphasis and the inline HTML tags that Markdown
// passes through ("<b>Risk Area</b>"), and says how the line would print.
Markup strip_markdown(std::string& text) {
    Markup m;
    static const RE2 heading(R"(^\s{0,3}(#{1,6})\s+)");
    std::string hashes;
    re2::StringPiece in(text);
    if (RE2::Consume(&in, heading, &hashes)) {
        text = std::string(in);
        m.bold = true;
        m.font_size = hashes.size() <= 3 ? NotionalPage::kFontSize + 2 * static_cast<double>(4 - hashes.size())
                                         : NotionalPage::kFontSize;
    }
    static const RE2 strong(R"(\*\*(.+?)\*\*|__(.+?)__)");
    static const RE2 whole_strong(R"(^\s*(?:[-*+]\s+)?\*\*.+\*\*[.:]?\s*$)");
    if (RE2::FullMatch(text, whole_strong)) m.bold = true;
    RE2::GlobalReplace(&text, strong, R"(\1\2)");
    static const RE2 tag(R"(</?(?i:b|strong|i|em|u|p|span|br)\b[^>]*>)");
    RE2::GlobalReplace(&text, tag, "");
    return m;
}

}  // namespace

Document read_plain_text(const Source& source) {
    NotionalPage page;
    std::istringstream in(repair_glyphs(source.bytes));
    std::string raw;
    while (std::getline(in, raw)) {
        if (!raw.empty() && raw.back() == '\r') raw.pop_back();
        const Markup markup = strip_markdown(raw);
        // Tabs separate the cells of a table row; each cell stands in a column of its own.
        std::vector<NotionalPage::CellText> cells;
        std::istringstream columns(raw);
        std::string cell;
        for (int column = 0; std::getline(columns, cell, '\t'); ++column) cells.push_back({column, cell});
        // Leading spaces nest a list item under the one above, as indentation does in print.
        const std::size_t spaces = cells.empty() ? 0 : cells.front().text.find_first_not_of(' ');
        const double indent = spaces == std::string::npos ? 0 : static_cast<double>(spaces) * NotionalPage::kCharWidth;
        page.add_line(cells, indent, markup.font_size, markup.bold);
    }
    return page.finish();
}

namespace {

bool named_pdf(const std::string& path) {
    if (path.size() < 4) return false;
    std::string ext = path.substr(path.size() - 4);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".pdf";
}

}  // namespace

Document read_document(const Source& source) {
    // A file named .pdf that holds anything else is a broken download, not a document.
    if (named_pdf(source.path) && source.format != InputFormat::pdf)
        throw DocumentError("not_pdf", std::string("not a PDF: the file holds ") +
                                           (source.format == InputFormat::html   ? "an HTML page"
                                            : source.format == InputFormat::text ? "plain text"
                                                                                 : "unrecognised bytes"));
    switch (source.format) {
        case InputFormat::pdf: return read_pdf(source);
        case InputFormat::text: return read_plain_text(source);
        case InputFormat::html: return read_html(source);
        case InputFormat::binary: break;
    }
    throw DocumentError("not_pdf", "not a PDF, HTML or text file (unrecognised bytes)");
}

}  // namespace ilacs
