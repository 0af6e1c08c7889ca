// Lines joined into paragraphs: the unit that sentence rules ("The overall judgement is
// ...") and headings that wrap over lines are matched against.
#pragma once

#include <string>
#include <vector>

#include "ilacs/model/document.hpp"

namespace ilacs {

struct Paragraph {
    std::string text;   // normalised lines joined as wrapped text
    int page = 0;
    double font_size = 0;
    bool heading = false;  // its first line is bold or larger than the body
    std::vector<std::size_t> line_starts, line_ends;  // where each of its lines is in text

    // Every run of up to max_lines whole lines, by start then length: a headline-style
    // sentence starts and ends at line ends without a full stop, and print size does not
    // always set it apart from its neighbours.
    std::vector<std::string> line_spans(std::size_t max_lines) const;
};

// Consecutive content lines of one page in the same print size, without a gap between
// them, form a paragraph. Boldness may change inside one ("... (LSCB) is" / "good").
std::vector<Paragraph> paragraphs(const Document& doc);

// Bold or larger than the body text: how headings look in print.
bool is_heading_print(const Line& line, double body_font_size);

}  // namespace ilacs
