// The library's front door: one input in, one record out.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ilacs/document.hpp"
#include "ilacs/record.hpp"
#include "ilacs/rules.hpp"
#include "ilacs/source.hpp"

namespace ilacs {

struct ExtractOptions {
    std::size_t max_input_bytes = kDefaultMaxInputBytes;
};

// Reads path and extracts its record. Never throws for a bad document: the record then
// carries `error` (and the source fields that could be known); an unexpected exception
// met on the document becomes error code "internal".
Record extract_file(const std::string& path, const RuleSet& rules, const ExtractOptions& opts = {});

// The same, for a source already loaded.
Record extract_source(const Source& source, const RuleSet& rules);

// Extraction proper, from a document model (tests build these by hand).
Record extract_document(const Document& doc, const RuleSet& rules);

// The stages behind extract_document, each in its own file.
std::string classify(const Document& doc, const RuleSet& rules);  // classify.cpp
void extract_metadata(const Document& doc, const RuleSet& rules, Record& rec);  // extract_metadata.cpp
void extract_judgement_table(const Document& doc, const RuleSet& rules, Record& rec);  // judgement_table.cpp
void extract_sif_judgements(const Document& doc, const RuleSet& rules, Record& rec);  // sif_judgements.cpp
// A SIF-era review of the LSCB published on its own, without the authority's inspection.
bool is_standalone_lscb_review(const Document& doc, const RuleSet& rules);  // sif_judgements.cpp
void extract_legacy_judgements(const Document& doc, const RuleSet& rules, Record& rec);  // legacy_judgements.cpp
void check_section_grades(const Document& doc, const RuleSet& rules, Record& rec);  // section_grades.cpp
void extract_improvements(const Document& doc, const RuleSet& rules, Record& rec);  // improvements.cpp
void extract_visit_letter(const Document& doc, const RuleSet& rules, Record& rec);  // visit_letter.cpp
void extract_committee_paper(const Document& doc, const RuleSet& rules, Record& rec);  // committee_paper.cpp

struct TableRow;
// Judgements from table rows whose labels name canonical keys (rules group "judgement").
void add_table_judgements(std::vector<TableRow> rows, const Document& doc, const RuleSet& rules, Record& rec);

// Canonical grade for printed grade words ("Requires improvement to be good"), or "".
std::string canonical_grade(const RuleSet& rules, std::string_view words);

// The inspector's name(s) in text such as "Ann Jones, His Majesty's Inspector, and Bob
// Smith HMI": titles removed, names joined with " and ".
std::string clean_inspector(std::string text, const RuleSet& rules);  // extract_metadata.cpp

// A stable id for an authority name: "Derby City Council" and "Derby" give "derby".
std::string authority_id(const RuleSet& rules, std::string_view name);

}  // namespace ilacs
