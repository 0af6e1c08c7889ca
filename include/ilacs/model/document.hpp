// Stage 2: positioned text. Pages of lines in reading order; each line keeps its words'
// boxes and fonts, so that tables can be rebuilt from geometry, and a role that tells page
// furniture (running headers, footers, page numbers, footnotes) from content.
#pragma once

#include <string>
#include <vector>

namespace ilacs {

struct Word {
    std::string text;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // points, origin top-left
    double font_size = 0;
    bool bold = false;
};

// Words of one line that stand together; a wide gap (a table column) starts a new cell.
struct Cell {
    std::string text;
    double x0 = 0, x1 = 0;
    std::vector<Word> words;
};

enum class LineRole { content, running_header, running_footer, page_number, footnote, contents_entry };

struct Line {
    int page = 0;                   // 1-based
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double font_size = 0;           // the most common size among its words
    bool bold = false;              // most of its characters are in a bold face
    std::vector<Cell> cells;
    std::string text;               // cells joined by one space, ligatures repaired
    std::string norm;               // text with quotes, dashes and spaces normalised, for rules
    LineRole role = LineRole::content;
};

struct Page {
    int number = 0;
    double width = 0, height = 0;
    std::vector<Line> lines;
};

struct Document {
    std::vector<Page> pages;
    bool paged = true;  // false for plain text, where page numbers mean nothing

    // Content lines of every page in reading order, furniture left out.
    std::vector<const Line*> content() const;
    // Every line, furniture included, as `ilacs text --all` shows it.
    std::string plain_text(bool with_furniture = false) const;
    // The size most of the text is printed in: the yardstick for headings and small print.
    double body_font_size() const;
};

// Builds a line's text, norm and extent from its cells.
void finish_line(Line& line);

}  // namespace ilacs
