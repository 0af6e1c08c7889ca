// Which pages of a PDF report to read for the fields its record still lacks: the sections its
// contents page names for them (data/contents.rules).
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "ilacs/model/document.hpp"
#include "ilacs/model/rules.hpp"
#include "ilacs/reading/readers.hpp"

namespace ilacs {

// Pages of a section read for a field it should hold: the field stands near its start.
constexpr int kSectionPages = 3;

// The field a contents entry leads to ("improvements", "lscb", "lead_inspector"), or empty.
// An entry within a part that leads to a field leads nowhere itself: the part's own entry
// is where its field stands, and the LSCB's "Recommendations" are not the authority's.
std::string section_field(const ContentsEntry& entry, const RuleSet& rules);

// The pages of the sections that lead to the fields missing, by field: from a section's
// page to the next section's (the last runs to page_count), at most kSectionPages.
std::map<std::string, std::set<int>> section_pages(const std::vector<ContentsEntry>& contents,
                                                      const std::vector<std::string>& missing, const RuleSet& rules,
                                                      int page_count);

// Whether a field belongs to a part that this report lacks (an SIF re-inspection has no
// review of the LSCB): a contents page was read, it lists no section of the part, and the
// title (the first page's lines above its dates) does not name it either.
bool part_absent(const std::string& field, const Document& doc, const std::vector<ContentsEntry>& contents,
                 const RuleSet& rules);

}  // namespace ilacs
