#include "ilacs/model/document.hpp"

#include <algorithm>
#include <map>

#include "ilacs/model/text_normalize.hpp"

namespace ilacs {

void finish_line(Line& line) {
    line.text.clear();
    for (const Cell& c : line.cells) {
        if (!line.text.empty()) line.text += ' ';
        line.text += c.text;
    }
    line.text = collapse_spaces(line.text);
    line.norm = normalize_for_matching(line.text);
    if (!line.cells.empty()) {
        line.x0 = line.cells.front().x0;
        line.x1 = 0;
        for (const Cell& c : line.cells) line.x1 = std::max(line.x1, c.x1);
    }
}

std::vector<const Line*> Document::content() const {
    std::vector<const Line*> out;
    for (const Page& p : pages)
        for (const Line& l : p.lines)
            if (l.role == LineRole::content) out.push_back(&l);
    return out;
}

double Document::body_font_size() const {
    std::map<double, std::size_t> votes;
    for (const Page& p : pages)
        for (const Line& l : p.lines) votes[l.font_size] += l.text.size();
    if (votes.empty()) return 0;
    return std::max_element(votes.begin(), votes.end(),
                            [](const auto& a, const auto& b) { return a.second < b.second; })->first;
}

std::string Document::plain_text(bool with_furniture) const {
    std::string out;
    for (const Page& p : pages) {
        for (const Line& l : p.lines) {
            if (l.role != LineRole::content && !with_furniture) continue;
            out += l.text;
            out += '\n';
        }
        if (paged) out += '\f';
    }
    return out;
}

}  // namespace ilacs
