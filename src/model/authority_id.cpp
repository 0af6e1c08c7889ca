#include <re2/re2.h>

#include "ilacs/model/authority_id.hpp"
#include "ilacs/model/text_normalize.hpp"

namespace ilacs {

std::string authority_id(const RuleSet& rules, std::string_view name) {
    std::string text = to_lower_ascii(normalize_for_matching(name));
    if (const Rule* alias = rules.first_match("authority_alias", text)) return alias->value;
    // Trimmed after each removal, so that the next rule's ^ sees the name's new start.
    for (const Rule& r : rules.group("authority_noise")) {
        RE2::GlobalReplace(&text, *r.re, " ");
        text = collapse_spaces(text);
    }
    return snake_case(text);
}

}  // namespace ilacs
