// The document's kind, from the wording of its first page.
#include "ilacs/classify/classify.hpp"

namespace ilacs {

namespace {
constexpr std::size_t kLinesLooked = 60;  // the title block and the table, not the body
}

std::string classify(const Document& doc, const RuleSet& rules) {
    std::size_t seen = 0;
    // Titles wrap: each line is also tried joined with the next one.
    const std::vector<const Line*> lines = doc.content();
    for (std::size_t i = 0; i < lines.size() && seen < kLinesLooked; ++i, ++seen) {
        if (const Rule* r = rules.first_match("kind", lines[i]->norm)) return r->value;
        if (i + 1 < lines.size()) {
            if (const Rule* r = rules.first_match("kind", lines[i]->norm + " " + lines[i + 1]->norm)) return r->value;
        }
    }
    return "unknown";
}

}  // namespace ilacs
