#include "ilacs/model/paragraphs.hpp"

#include <algorithm>
#include <cmath>

#include "ilacs/model/text_normalize.hpp"

namespace ilacs {

bool is_heading_print(const Line& line, double body_font_size) {
    return line.bold || (body_font_size > 0 && line.font_size > body_font_size + 0.9);
}

std::vector<std::string> Paragraph::line_spans(std::size_t max_lines) const {
    std::vector<std::string> out;
    for (std::size_t first = 0; first < line_starts.size(); ++first)
        for (std::size_t last = first; last < line_ends.size() && last < first + max_lines; ++last)
            out.push_back(text.substr(line_starts[first], line_ends[last] - line_starts[first]));
    return out;
}

std::vector<Paragraph> paragraphs(const Document& doc) {
    const double body = doc.body_font_size();
    std::vector<Paragraph> out;
    const Line* previous = nullptr;
    for (const Line* l : doc.content()) {
        const double em = std::max(6.0, l->font_size);
        const bool continues = previous && previous->page == l->page &&
                               std::fabs(previous->font_size - l->font_size) < 1.0 &&
                               l->y0 - previous->y1 < 0.6 * em;
        if (continues) {
            join_wrapped(out.back().text, l->norm);
        } else {
            out.push_back({l->norm, l->page, l->font_size, is_heading_print(*l, body), {}, {}});
        }
        out.back().line_starts.push_back(out.back().text.size() - l->norm.size());
        out.back().line_ends.push_back(out.back().text.size());
        previous = l;
    }
    return out;
}

}  // namespace ilacs
