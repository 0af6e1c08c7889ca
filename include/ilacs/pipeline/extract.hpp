// The library's front door: one input in, one record out.
#pragma once

#include <cstddef>
#include <string>

#include "ilacs/model/document.hpp"
#include "ilacs/model/record.hpp"
#include "ilacs/model/rules.hpp"
#include "ilacs/reading/source.hpp"

namespace ilacs {

struct ExtractOptions {
    std::size_t max_input_bytes = kDefaultMaxInputBytes;
    // A PDF report is read only up to the pages its fields stand on. Every page makes the
    // section-heading cross-check (a heading's grade against the table's) cover the whole
    // report, at the cost of reading it all.
    bool read_every_page = false;
};

// Reads path and extracts its record. Never throws for a bad document: the record then
// carries `error` (and the source fields that could be known); an unexpected exception
// met on the document becomes error code "internal".
Record extract_file(const std::string& path, const RuleSet& rules, const ExtractOptions& opts = {});

// The same, for a source already loaded.
Record extract_source(const Source& source, const RuleSet& rules, const ExtractOptions& opts = {});

// Extraction proper, from a document model (tests build these by hand).
Record extract_document(const Document& doc, const RuleSet& rules);

}  // namespace ilacs
