// The authority a committee paper is about.
#include <re2/re2.h>

#include "ilacs/model/authority_id.hpp"
#include "ilacs/model/text_normalize.hpp"
#include "paper_stages.hpp"

namespace ilacs {

void extract_paper_authority(const std::vector<const Line*>& lines, const std::vector<Block>& blocks,
                             const RuleSet& rules, Record& rec) {
    // Rules in file order, each over the whole paper: a heading naming the council beats a
    // council named in passing. Partners and other authorities are passed over.
    for (const Rule& r : rules.group("paper_authority")) {
        auto try_text = [&](const std::string& text) {
            std::string name;
            if (!RE2::PartialMatch(text, *r.re, &name)) return false;
            name = collapse_spaces(name);
            const std::string id = authority_id(rules, name);
            if (id.empty()) return false;
            rec.local_authority = LocalAuthority{name, id};
            return true;
        };
        if (r.value == "heading") {
            for (const Line* l : lines)
                if (try_text(l->norm)) return;
            continue;
        }
        for (const Block& b : blocks)
            for (const std::string& s : sentences(b.norm))
                if (elsewhere(s, rules, {}).empty() && try_text(s)) return;
    }
}

}  // namespace ilacs
