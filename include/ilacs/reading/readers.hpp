// Stage 2 entry points: a Source becomes a Document.
#pragma once

#include "ilacs/model/document.hpp"
#include "ilacs/reading/source.hpp"

namespace ilacs {

// Throws DocumentError: encrypted, damaged, no_text.
Document read_pdf(const Source& source);

// Plain text or Markdown: one page, one line per text line, laid out on a notional page.
Document read_plain_text(const Source& source);

// HTML: block elements, list items and table rows become lines on a notional page; a
// table row's cells stand in columns. Throws DocumentError (damaged, no_text).
Document read_html(const Source& source);

// Any readable source by its detected format. Throws DocumentError (not_pdf, unreadable...).
Document read_document(const Source& source);

// Marks running headers and footers, page numbers and footnotes (they keep their text).
void mark_page_furniture(Document& doc);

}  // namespace ilacs
