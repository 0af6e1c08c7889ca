// What the diff and history renderers share: how a document, a grade and a change are
// shown, and the sections of a diff that history repeats for each pair.
#pragma once

#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "ilacs/history/diff.hpp"

namespace ilacs::render {

// text wrapped in an ANSI SGR code when color is on.
std::string paint(const std::string& text, const char* sgr, bool color);

// "requires improvement", coloured by grade; padded to width before the colour codes.
std::string grade_cell(const std::string& grade, std::size_t width, bool color);

// "↑", "↓", "=", "-", coloured up green, down red.
std::string arrow(GradeChange c, bool color);

// "assessment", "homeless 16 17"; "(no theme)" for items that carry none.
std::string theme_words(const std::string& theme);

// "2014-10-21 to 2014-11-12", or "dates not known".
std::string fieldwork(const Record& rec);

// "SIF (2013-18) inspection", "ILACS (2023-26) focused visit", "committee paper".
std::string document_words(const Record& rec);

// The authority as the records name it: "Surrey (936)".
std::string authority_words(const Record& rec);

nlohmann::ordered_json document_json(const Record& rec);

// The body of a diff's JSON (all but its schema).
nlohmann::ordered_json diff_body(const DiffResult& diff);

// The judgement rows and the themes of a diff, indented by indent spaces.
void write_judgements_text(std::ostream& out, const DiffResult& diff, bool color, int indent);
void write_themes_text(std::ostream& out, const DiffResult& diff, bool color, int indent);
// "2 persisting, 1 resolved, 3 new"
std::string theme_counts(const DiffResult& diff);

// The judgement table and the theme table of a diff in Markdown.
void write_judgements_markdown(std::ostream& out, const DiffResult& diff);
void write_themes_markdown(std::ostream& out, const DiffResult& diff);

// A Markdown table cell: '|' escaped, line breaks as spaces.
std::string md_cell(const std::string& text);

}  // namespace ilacs::render
