// The notional page that text without print geometry (plain text, HTML) is laid out on:
// one line a row, one column a table cell, paragraph gaps as vertical space, list nesting
// as indentation. The extractors that read print geometry then read these inputs the same way.
#pragma once

#include <string>
#include <vector>

#include "ilacs/model/document.hpp"

namespace ilacs {

class NotionalPage {
public:
    static constexpr double kFontSize = 12;
    static constexpr double kLineHeight = 14.5;
    static constexpr double kLeftMargin = 72;
    static constexpr double kColumnWidth = 400;
    static constexpr double kCharWidth = 0.5 * kFontSize;

    struct CellText {
        int column = 0;
        std::string text;
    };

    // A blank line's worth of vertical space.
    void gap() { y_ += kLineHeight; }
    // One line; cells stand in their columns, the first indented by `indent` points.
    // Cells without text are left out; a line without any is only a gap.
    void add_line(const std::vector<CellText>& cells, double indent = 0, double font_size = kFontSize,
                  bool bold = false);
    // The single page, unpaged. Throws DocumentError(code, reason) when no line has text.
    Document finish(const char* code = "empty", const char* reason = "no text in the file");

private:
    Page page_{1, 0, 0, {}};
    double y_ = 0;
};

}  // namespace ilacs
