// The extractors of Ofsted reports and visit letters, each in its own file, filling the
// fields of a Record from a Document.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ilacs/model/document.hpp"
#include "ilacs/model/record.hpp"
#include "ilacs/model/rules.hpp"

namespace ilacs {

void extract_metadata(const Document& doc, const RuleSet& rules, Record& rec);  // extract_metadata.cpp
// The authority a report or letter is about, from the first signal that names a row of the
// authorities table: its title (rules title_group, e.g. "authority"), a "Local authority:"
// label, a title line that is a council's name, the authority its sentences name most.
void extract_report_authority(const Document& doc, std::string_view title_group, const RuleSet& rules,
                              Record& rec);  // extract_metadata.cpp
void extract_judgement_table(const Document& doc, const RuleSet& rules, Record& rec);  // judgement_table.cpp
void extract_sif_judgements(const Document& doc, const RuleSet& rules, Record& rec);  // sif_judgements.cpp
// A SIF-era review of the LSCB published on its own, without the authority's inspection: no
// title of the authority's and no grade but the board's.
bool is_standalone_lscb_review(const Document& doc, const RuleSet& rules);  // sif_judgements.cpp
void extract_legacy_judgements(const Document& doc, const RuleSet& rules, Record& rec);  // legacy_judgements.cpp
void check_section_grades(const Document& doc, const RuleSet& rules, Record& rec);  // section_grades.cpp
void extract_improvements(const Document& doc, const RuleSet& rules, Record& rec);  // improvements.cpp
void extract_visit_letter(const Document& doc, const RuleSet& rules, Record& rec);  // visit_letter.cpp

struct TableRow;
// Judgements from table rows whose labels name canonical keys (rules group "judgement").
void add_table_judgements(std::vector<TableRow> rows, const Document& doc, const RuleSet& rules, Record& rec);

// Canonical grade for printed grade words ("Requires improvement to be good"), or "".
std::string canonical_grade(const RuleSet& rules, std::string_view words);

// The inspector's name(s) in text such as "Ann Jones, His Majesty's Inspector, and Bob
// Smith HMI": titles removed, names joined with " and ".
std::string clean_inspector(std::string text, const RuleSet& rules);  // extract_metadata.cpp

}  // namespace ilacs
