// Stage 2 entry points: a Source becomes a Document.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ilacs/model/document.hpp"
#include "ilacs/reading/source.hpp"

namespace ilacs {

// A PDF whose pages are read on demand, in any order; the document holds those read, in page
// order. Poppler's text extraction is nearly all the time ilacs spends, and a report's
// record needs only some of its pages: the first ones, and those its contents page points to.
class PdfPages {
public:
    // Opens the PDF without reading any page's text. Throws DocumentError: encrypted, damaged.
    // Poppler reads the source's bytes in place: the source must outlive this.
    explicit PdfPages(const Source& source);
    explicit PdfPages(Source&&) = delete;
    ~PdfPages();
    PdfPages(const PdfPages&) = delete;
    PdfPages& operator=(const PdfPages&) = delete;

    int page_count() const;
    int pages_read() const;
    bool all_read() const { return pages_read() == page_count(); }
    bool has_read(int number) const;  // 1-based
    // How many pages from the first on have all been read.
    int leading_pages_read() const;
    // Reads the pages up to `count` (at most page_count()) that are not read yet.
    void read_through(int count);
    // Reads the pages numbered (1-based) that are not read yet; numbers out of range are
    // ignored. Page furniture is marked anew over every page read so far. Reading the last
    // unread page checks the whole file as read_pdf does: throws DocumentError (damaged,
    // no_text).
    void read_pages(const std::vector<int>& numbers);
    // The pages read so far, with their furniture marked.
    const Document& document() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

// Every page. Throws DocumentError: encrypted, damaged, no_text.
Document read_pdf(const Source& source);

// Plain text or Markdown: one page, one line per text line, laid out on a notional page.
Document read_plain_text(const Source& source);

// HTML: block elements, list items and table rows become lines on a notional page; a
// table row's cells stand in columns. Throws DocumentError (damaged, no_text).
Document read_html(const Source& source);

// Any readable source by its detected format. Throws DocumentError (not_pdf, unreadable...).
Document read_document(const Source& source);

// Marks running headers and footers, page numbers, footnotes and the entries of a contents
// page (they keep their text); a line marked before is decided again, so that pages can be
// added and marked anew.
void mark_page_furniture(Document& doc);

// An entry of a contents page: a section's title and the page number printed beside it.
struct ContentsEntry {
    std::string title;  // normalised, its page number and leader dots taken off
    int page = 0;
    std::string part;   // the title of the part it stands in (an entry above in bold, or further left)
};

// The entries of the contents pages among the pages marked, in the order printed. A title
// wrapped over two lines is joined.
std::vector<ContentsEntry> contents_entries(const Document& doc);

}  // namespace ilacs
