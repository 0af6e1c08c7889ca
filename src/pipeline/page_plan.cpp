#include "ilacs/pipeline/page_plan.hpp"

#include <algorithm>

#include <re2/re2.h>

namespace ilacs {

std::string section_field(const ContentsEntry& entry, const RuleSet& rules) {
    if (!entry.part.empty() && rules.any_match("contents_section", entry.part)) return {};
    const Rule* own = rules.first_match("contents_section", entry.title);
    return own ? own->value : std::string();
}

std::map<std::string, std::set<int>> section_pages(const std::vector<ContentsEntry>& contents,
                                                      const std::vector<std::string>& missing, const RuleSet& rules,
                                                      int page_count) {
    std::map<std::string, std::set<int>> pages;
    for (std::size_t i = 0; i < contents.size(); ++i) {
        const std::string field = section_field(contents[i], rules);
        if (field.empty() || std::find(missing.begin(), missing.end(), field) == missing.end()) continue;
        int next = page_count;
        for (std::size_t j = i + 1; j < contents.size(); ++j) {
            if (contents[j].page <= contents[i].page) continue;
            next = contents[j].page;
            break;
        }
        const int last = std::min({next, contents[i].page + kSectionPages - 1, page_count});
        for (int p = contents[i].page; p <= last; ++p) pages[field].insert(p);
    }
    return pages;
}

bool part_absent(const std::string& field, const Document& doc, const std::vector<ContentsEntry>& contents,
                 const RuleSet& rules) {
    std::vector<const RE2*> part;
    for (const Rule& r : rules.group("report_part"))
        if (r.value == field) part.push_back(r.re.get());
    if (part.empty() || contents.empty()) return false;
    auto names_part = [&](const std::string& text) {
        return std::any_of(part.begin(), part.end(), [&](const RE2* re) { return RE2::PartialMatch(text, *re); });
    };
    for (const ContentsEntry& e : contents)
        if (names_part(e.title) || names_part(e.part)) return false;
    const std::vector<const Line*> lines = doc.content();
    for (const Line* l : lines) {
        if (l->page != lines.front()->page || rules.any_match("dates", l->norm)) break;
        if (names_part(l->norm)) return false;
    }
    return true;
}

}  // namespace ilacs
