// Committee papers: the meeting, the inspection reported, its grades, lists and action plan.
#pragma once

#include "ilacs/model/document.hpp"
#include "ilacs/model/record.hpp"
#include "ilacs/model/rules.hpp"

namespace ilacs {

void extract_committee_paper(const Document& doc, const RuleSet& rules, Record& rec);

}  // namespace ilacs
