// Classification: what kind of document this is, from its first pages.
#pragma once

#include <string>

#include "ilacs/model/document.hpp"
#include "ilacs/model/rules.hpp"

namespace ilacs {

// The record's kind: ilacs_inspection, sif_inspection, legacy_inspection, focused_visit,
// monitoring_visit, committee_paper or unknown.
std::string classify(const Document& doc, const RuleSet& rules);

}  // namespace ilacs
