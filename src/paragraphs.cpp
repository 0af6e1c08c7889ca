#include "ilacs/paragraphs.hpp"

#include <algorithm>
#include <cmath>

#include "ilacs/text_normalize.hpp"

namespace ilacs {

bool is_heading_print(const Line& line, double body_font_size) {
    return line.bold || (body_font_size > 0 && line.font_size > body_font_size + 0.9);
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
            out.push_back({l->norm, l->page, l->font_size, is_heading_print(*l, body)});
        }
        previous = l;
    }
    return out;
}

}  // namespace ilacs
