// A committee paper's lists of what must improve: the bullets under a heading such as "The
// specific areas for improvement identified in the report are:" (data/committee_lists.rules).
#include "paper_stages.hpp"

namespace ilacs {

void extract_paper_improvements(const Document& doc, const std::vector<Block>& blocks, const RuleSet& rules,
                                Record& rec) {
    for (std::size_t h = 0; h < blocks.size(); ++h) {
        if (!rules.any_match("committee_list_heading", blocks[h].norm)) continue;
        // A heading that is itself a list item opens a nested list: there a gap, or a
        // bullet that steps back out, ends it.
        const bool nested = blocks[h].bullet;
        std::size_t i = h + 1;
        const double indent = i < blocks.size() ? blocks[i].x0 : 0;
        for (; i < blocks.size(); ++i) {
            const Block& b = blocks[i];
            if (!b.bullet) break;
            if (i > h + 1 && (b.x0 < indent - 3 || (nested && b.gap_before))) break;
            if (!b.text.empty()) rec.improvements.push_back({b.text, false, page_of(doc, b.page)});
        }
        h = i - 1;
    }
}

}  // namespace ilacs
