// Committee papers: meeting, inspection reported, judgements, improvements, action plans.
#include "ilacs/extract.hpp"

namespace ilacs {

void extract_committee_paper(const Document&, const RuleSet&, Record&) {}

}  // namespace ilacs
