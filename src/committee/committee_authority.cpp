// The authority a committee paper is about: the council its own words name most, not a
// partner, a neighbour or a person who shares a place's name.
#include <re2/re2.h>

#include "ilacs/model/authority_match.hpp"
#include "ilacs/model/text_normalize.hpp"
#include "paper_stages.hpp"

namespace ilacs {

void extract_paper_authority(const std::vector<const Line*>& lines, const std::vector<Block>& blocks,
                             const RuleSet& rules, Record& rec) {
    AuthorityTally tally;
    // A line that is a council's name and nothing else heads the paper as its own
    // ("DERBYSHIRE COUNTY COUNCIL"); one that no row matches is kept for the warning.
    std::string unmatched;
    for (const Line* l : lines) {
        if (!rules.any_match("paper_authority_heading", l->norm)) continue;
        if (const Authority* row = match_authority(rules, l->norm)) tally.add(row, collapse_spaces(l->text), 3);
        else if (unmatched.empty() && rules.any_match("authority_council_name", l->norm)) unmatched = collapse_spaces(l->text);
    }
    for (const Block& b : blocks)
        for (const AuthorityMention& m : authority_mentions(rules, b.norm))
            tally.add(m.authority, m.printed, mention_weight(rules, m));
    // A council's web domain (an address, a link) supports a council the paper names; alone
    // it does not name one.
    std::string text;
    for (const Line* l : lines) text += l->norm + "\n";
    if (const Authority* row = authority_by_domain(rules, text); row && tally.weight(row) > 0) tally.add(row, row->name, 2);
    rec.local_authority.reset();
    const auto best = tally.best();
    if (const std::string other = tally.tied_with_best(); best && !other.empty())
        rec.warnings.push_back("the paper names '" + best->second + "' and '" + other + "' alike: no authority given");
    else if (best)
        rec.local_authority = local_authority_for(best->second, best->first, rec.warnings);
    else if (!unmatched.empty()) rec.local_authority = local_authority_for(unmatched, nullptr, rec.warnings);
}

}  // namespace ilacs
