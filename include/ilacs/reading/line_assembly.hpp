// Words with positions become lines (one per visual row) split into cells at wide gaps.
#pragma once

#include <vector>

#include "ilacs/model/document.hpp"

namespace ilacs {

struct PlacedWord {
    Word word;
    bool space_after = true;  // the PDF puts a space after this word
};

// Lines of one page, top to bottom, each with its cells left to right.
std::vector<Line> assemble_lines(std::vector<PlacedWord> words, int page_number);

}  // namespace ilacs
